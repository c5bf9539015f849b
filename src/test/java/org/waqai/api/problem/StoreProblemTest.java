package org.waqai.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waqai.store.StoreException;
import org.waqai.store.StoreUnavailableException;
import org.waqai.store.rdf.RdfDataException;
import org.waqai.store.rdf.RdfStoreUnavailableException;
import org.waqai.testing.CapturedLog;

/** Both stores' failures map by {@link StoreException#retryable()}: 503 when trying again may help, else 500. */
class StoreProblemTest {
  private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
      new Class<?>[] {UriInfo.class}, (proxy, method, args) -> method.getName().equals("getPath") ? "/events" : null);

  static Stream<Arguments> failures() {
    Throwable cause = new IllegalStateException("connection refused");
    return Stream.of(
        Arguments.of(new StoreUnavailableException("no leader", cause), 503, "the graph database is unavailable"),
        Arguments.of(new RdfStoreUnavailableException("endpoint down", cause), 503, "the RDF store is unavailable"),
        Arguments.of(new StoreException("constraint violated", cause), 500, "internal error"),
        Arguments.of(new RdfDataException("bad row"), 500, "internal error"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void mapsByRetryable(StoreException e, int status, String detail) {
    Response r;
    try (CapturedLog log = CapturedLog.of(ProblemMappers.class)) {
      r = new ProblemMappers().store(e, URI);
      // The operator is told, with the cause: a warning when retrying may help, an error (an incident) otherwise.
      List<LogRecord> records = log.records();
      assertEquals(1, records.size(), records.toString());
      assertEquals(status == 503 ? Level.WARNING : Level.SEVERE, records.get(0).getLevel());
      assertSame(e, records.get(0).getThrown());
    }
    assertEquals(status, r.getStatus());
    String body = String.valueOf(r.getEntity());
    assertTrue(body.contains(detail), body);
    // nothing of the store's own message leaves the server
    assertFalse(body.contains(e.getMessage()), body);
  }
}

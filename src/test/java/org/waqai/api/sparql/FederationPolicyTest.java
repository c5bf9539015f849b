package org.waqai.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/** An operator's allowed endpoint is called; any other address, given literally or by a variable, is not. */
class FederationPolicyTest {
  @TempDir
  Path dir;

  private HttpServer endpoint;
  private final AtomicInteger calls = new AtomicInteger();

  @BeforeEach
  void endpoint() throws IOException {
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.createContext("/", exchange -> {
      calls.incrementAndGet();
      byte[] body = ("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\","
          + "\"value\":\"مرحبا\"}}]}}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    endpoint.start();
  }

  @AfterEach
  void stop() {
    endpoint.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + endpoint.getAddress().getPort() + path;
  }

  @Test
  void callsAnAllowedEndpointOnly() {
    FederationPolicy policy = FederationPolicy.of(List.of(url("/allowed")));
    QueryTarget target = new LocalQueryTarget(dir, policy);
    try {
      assertEquals(1, rows(target, policy, "SELECT ?x { SERVICE <" + url("/allowed") + "> { ?s ?p ?x } }"));
      assertEquals(1, calls.get());
      assertEquals(1, rows(target, policy, "SELECT ?x { VALUES ?u { <" + url("/allowed") + "> } SERVICE ?u { ?s ?p ?x } }"));
      assertEquals(2, calls.get());
      ApiException literal = assertThrows(ApiException.class,
          () -> rows(target, policy, "SELECT ?x { SERVICE <" + url("/other") + "> { ?s ?p ?x } }"));
      assertEquals(ProblemType.REFUSED_OPERATION, literal.type());
      // A variable passes the check of the text; the guard refuses its value when the query runs.
      ApiException bound = assertThrows(ApiException.class,
          () -> rows(target, policy, "SELECT ?x { VALUES ?u { <" + url("/other") + "> } SERVICE ?u { ?s ?p ?x } }"));
      assertEquals(ProblemType.REFUSED_OPERATION, bound.type());
      assertEquals(2, calls.get(), "no request went to an address that is not allowed");
    } finally {
      DatabaseMgr.connectDatasetGraph(dir.toString()).close();
    }
  }

  private static int rows(QueryTarget target, FederationPolicy policy, String text) {
    Query query = QueryFactory.create(text);
    policy.check(query);
    return target.read(() -> {
      try (QueryExec exec = target.newQuery(query).build()) {
        RowSet rows = exec.select();
        int n = 0;
        while (rows.hasNext()) {
          rows.next();
          n++;
        }
        return n;
      }
    });
  }
}

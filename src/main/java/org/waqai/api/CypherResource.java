package org.waqai.api;

import io.netty.channel.EventLoop;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.ContextInternal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.waqai.api.cypher.CypherRequest;
import org.waqai.api.cypher.CypherResult;
import org.waqai.api.cypher.CypherService;
import org.waqai.api.format.Negotiation;
import org.waqai.api.security.QueryGate;

/** {@code POST /cypher}: read-only Cypher over the property graph, as JSON rows or CSV. */
@Path("/cypher")
@Tag(name = "query")
public class CypherResource {
  private static final MediaType CSV = MediaType.valueOf("text/csv");
  /** Answers of up to this many rows are written on the event loop (tens of microseconds); longer ones are not. */
  private static final int WRITE_ON_LOOP = 100;

  @Inject
  CypherService cypher;

  @Inject
  QueryGate gate;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Run a read-only Cypher query",
      description = "Body {\"query\", \"parameters\"}. Writes are refused by the database (403), a query past the "
          + "timeout is stopped (504), a syntax error is a 400 with line and column. Rows beyond the cap are cut "
          + "and 'truncated' is true (also the Waqai-Truncated header). Accept: application/json or text/csv.")
  public CompletionStage<RestResponse<byte[]>> query(CypherRequest request, @Context HttpHeaders headers,
      @Context HttpServerRequest http) {
    MediaType type = Negotiation.choose(headers, List.of(MediaType.APPLICATION_JSON_TYPE, CSV),
        t -> t);
    // Runs on the event loop that took the request (a method returning a CompletionStage does); the query goes out
    // and comes back on it, see CypherService.runAsync.
    EventLoop loop = Vertx.currentContext() instanceof ContextInternal context
        && io.vertx.core.Context.isOnEventLoopThread()
        ? context.nettyEventLoop() : null;
    // A long answer is written out on a worker thread, not on the event loop, which serves other connections too.
    // The place is held until Neo4j has answered, however long that takes (QueryGate).
    QueryGate.Permit permit = gate.enter(Headers.client(http));
    CompletionStage<CypherResult> answer;
    try {
      answer = cypher.runAsync(request, loop);
    } catch (RuntimeException e) {
      permit.close();
      throw e;
    }
    answer.whenComplete((result, error) -> permit.close());
    return answer.thenCompose(result -> result.records().size() <= WRITE_ON_LOOP
        ? CompletableFuture.completedFuture(response(result, type))
        : CompletableFuture.supplyAsync(() -> response(result, type), Infrastructure.getDefaultWorkerPool()));
  }

  private static RestResponse<byte[]> response(CypherResult result, MediaType type) {
    // The records are all read and the transaction closed: the body is written from them in one piece, without
    // going through maps or the object mapper, and handed to the server as one buffer. A RestResponse of byte[],
    // not a Response, so that the body's writer is chosen at build time, not looked up and sorted per request.
    RestResponse.ResponseBuilder<byte[]> r = type.equals(CSV)
        ? RestResponse.ResponseBuilder.ok(result.csv(), CSV.withCharset("utf-8"))
        : RestResponse.ResponseBuilder.ok(result.json(), MediaType.APPLICATION_JSON_TYPE);
    return r.header(Headers.TRUNCATED, result.truncated()).build();
  }
}

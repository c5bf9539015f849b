package org.waqai.api.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Map.Entry;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.api.problem.Problem;
import org.waqai.api.problem.ProblemType;

/**
 * Requests too large to be handled answered like every other failure, as {@code application/problem+json}: a URI
 * longer than {@code waqai.api.max-uri-length} (414), headers larger than {@code waqai.api.max-header-size} (431),
 * and a body the HTTP layer refused (413). The HTTP server's own limits ({@code quarkus.http.limits.*}) are set
 * well above these, because the server answers a request past them before any handler runs, with an empty body.
 */
@ApplicationScoped
public class OversizedRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  void install(@Observes Router router, WaqaiConfig config) {
    int maxUri = config.api().maxUriLength();
    int maxHeaders = config.api().maxHeaderSize();
    router.route().order(Integer.MIN_VALUE).handler(ctx -> {
      if (ctx.request().uri().length() > maxUri) {
        send(ctx, ProblemType.URI_TOO_LONG, "the request URI is " + ctx.request().uri().length() + " characters "
            + "long; at most " + maxUri + " are accepted (send a long query in a POST body)");
      } else if (headerBytes(ctx.request().headers()) > maxHeaders) {
        send(ctx, ProblemType.HEADERS_TOO_LARGE, "the request headers are larger than " + maxHeaders + " bytes");
      } else {
        ctx.next();
      }
    });
    router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
      if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
        send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than this endpoint accepts");
      } else {
        ctx.next();
      }
    });
  }

  private static int headerBytes(MultiMap headers) {
    int total = 0;
    for (Entry<String, String> h : headers) {
      total += h.getKey().length() + h.getValue().length() + 4; // ": " and CRLF
    }
    return total;
  }

  private static void send(RoutingContext ctx, ProblemType type, String detail) {
    String body;
    try {
      body = JSON.writeValueAsString(Problem.of(type, detail, ctx.normalizedPath(), Map.of()));
    } catch (JsonProcessingException e) {
      body = "{}";
    }
    ctx.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader("Connection", "close").end(body);
  }
}

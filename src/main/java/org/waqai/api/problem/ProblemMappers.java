package org.waqai.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.waqai.store.StoreException;
import org.waqai.store.rdf.RdfQueryException;
import org.waqai.store.rdf.RdfStoreException;

/**
 * Turns every failure into {@code application/problem+json}. Anything not foreseen is logged with an incident id
 * and reported to the client as that id only: no message, stack trace or class name leaves the server.
 */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response api(ApiException e, UriInfo uri) {
    if (e.type() == ProblemType.STORE_UNAVAILABLE) {
      LOG.warnf(e.getCause(), "%s: %s", uri.getPath(), e.getMessage());
    } else if (e.type() == ProblemType.INTERNAL) {
      LOG.errorf(e.getCause(), "%s: %s", uri.getPath(), e.getMessage());
    } else if (e.type() == ProblemType.QUERY_TIMEOUT) {
      LOG.infof("%s: %s", uri.getPath(), e.getMessage());
    }
    return Problem.of(e.type(), e.getMessage(), uri.getPath(), e.extensions()).toResponse();
  }

  /** The framework's own refusals: unknown path, wrong method, unsupported body type, unacceptable Accept. */
  @ServerExceptionMapper
  public Response framework(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail = switch (type) {
      case NOT_FOUND -> "nothing here: " + uri.getPath();
      case METHOD_NOT_ALLOWED -> "this method is not allowed on " + uri.getPath();
      default -> e.getMessage();
    };
    Response r = new Problem(type.uri(), type.title(), status, detail, uri.getPath(), Map.of()).toResponse();
    if (e.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(r).header("Allow", e.getResponse().getHeaderString("Allow")).build();
    }
    return r;
  }

  /** A request body that is not the JSON the endpoint expects. */
  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return Problem.of(ProblemType.BAD_REQUEST, "request body is not valid JSON" + where + ": " + e.getOriginalMessage(),
        uri.getPath(), Map.of()).toResponse();
  }

  /** More specific than the above, so that it also replaces the framework's own mapper for this type. */
  @ServerExceptionMapper
  public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
    // Jackson's own message names Java types; the client is told which field, in JSON terms.
    String field = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
    String detail = field.isEmpty() ? "request body has the wrong JSON type"
        : "request body field '" + field + "' has the wrong JSON type";
    return Problem.of(ProblemType.BAD_REQUEST, detail, uri.getPath(), Map.of()).toResponse();
  }

  @ServerExceptionMapper
  public Response rdfQuery(RdfQueryException e, UriInfo uri) {
    return api(ApiException.invalidQuery(e.getMessage(), e.line(), e.column(), e), uri);
  }

  /** Both stores fail with {@link StoreException}s; {@link StoreException#retryable()} tells 503 from 500. */
  @ServerExceptionMapper
  public Response store(StoreException e, UriInfo uri) {
    if (e.retryable()) {
      String which = e instanceof RdfStoreException ? "the RDF store" : "the graph database";
      return api(new ApiException(ProblemType.STORE_UNAVAILABLE, which + " is unavailable; try again later",
          Map.of(), e), uri);
    }
    return unexpected(e, uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "incident %s on %s", incident, uri.getPath());
    return Problem.of(ProblemType.INTERNAL, "internal error; incident " + incident, uri.getPath(),
        Map.of("incident", incident)).toResponse();
  }
}

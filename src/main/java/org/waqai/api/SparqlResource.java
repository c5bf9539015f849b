package org.waqai.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import org.apache.jena.query.Query;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.waqai.api.format.Negotiation;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.api.security.QueryGate;
import org.waqai.api.sparql.SparqlFormat;
import org.waqai.api.sparql.SparqlResult;
import org.waqai.api.sparql.SparqlService;
import org.waqai.api.sparql.SparqlWriter;

/**
 * The SPARQL 1.1 Protocol query operation over the RDF store (query via GET, via URL-encoded POST and via
 * {@code application/sparql-query} POST); the update operation is refused.
 */
@Path("/sparql")
@Tag(name = "query")
public class SparqlResource {
  private static final String SPARQL_QUERY = "application/sparql-query";
  private static final String SPARQL_UPDATE = "application/sparql-update";

  @Inject
  SparqlService sparql;

  @Inject
  QueryGate gate;

  @GET
  @Operation(summary = "SPARQL query (GET)", description = "SELECT/ASK as SPARQL results JSON, XML, CSV or TSV; "
      + "CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML, by Accept. Malformed SPARQL is a 400 with line "
      + "and column; a query past the timeout is stopped (504). Rows past waqai.sparql.max-rows and triples past "
      + "waqai.sparql.max-triples are cut, with Waqai-Truncated: true. GeoSPARQL functions (geof:distance, "
      + "geof:sfWithin, …) are available on the embedded store.")
  public Response get(@QueryParam("query") String query, @QueryParam("default-graph-uri") List<String> defaultGraphs,
      @QueryParam("named-graph-uri") List<String> namedGraphs, @Context HttpHeaders headers,
      @Context HttpServerRequest http) {
    return answer(query, defaultGraphs, namedGraphs, headers, http);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "SPARQL query (URL-encoded POST)")
  public Response form(@FormParam("query") String query, @FormParam("update") String update,
      @FormParam("default-graph-uri") List<String> defaultGraphs,
      @FormParam("named-graph-uri") List<String> namedGraphs, @Context HttpHeaders headers,
      @Context HttpServerRequest http) {
    if (update != null) {
      throw updatesRefused();
    }
    return answer(query, defaultGraphs, namedGraphs, headers, http);
  }

  @POST
  @Consumes(SPARQL_QUERY)
  @Operation(summary = "SPARQL query (direct POST)")
  public Response direct(String query, @QueryParam("default-graph-uri") List<String> defaultGraphs,
      @QueryParam("named-graph-uri") List<String> namedGraphs, @Context HttpHeaders headers,
      @Context HttpServerRequest http) {
    return answer(query, defaultGraphs, namedGraphs, headers, http);
  }

  @POST
  @Consumes(SPARQL_UPDATE)
  @Operation(summary = "SPARQL update: always refused (403)")
  public Response update(String update) {
    throw updatesRefused();
  }

  private Response answer(String text, List<String> defaultGraphs, List<String> namedGraphs, HttpHeaders headers,
      HttpServerRequest http) {
    Query query = sparql.parse(text, defaultGraphs, namedGraphs);
    // Negotiated before running, so that an unacceptable Accept costs no query.
    SparqlFormat format = Negotiation.choose(headers, sparql.formatsFor(query),
        SparqlFormat::mediaType);
    SparqlResult result;
    try (QueryGate.Permit permit = gate.enter(Headers.client(http))) {
      result = sparql.execute(query);
    }
    StreamingOutput body = out -> SparqlWriter.write(result, format, out);
    Response.ResponseBuilder r = Response.ok(body, format.contentType()).header("Vary", "Accept");
    if (result instanceof SparqlResult.Rows rows) {
      r.header(Headers.TRUNCATED, rows.truncated());
    } else if (result instanceof SparqlResult.Triples triples) {
      r.header(Headers.TRUNCATED, triples.truncated());
    }
    return r.build();
  }

  private static ApiException updatesRefused() {
    return new ApiException(ProblemType.READ_ONLY, "this endpoint answers queries only; SPARQL updates are refused");
  }
}

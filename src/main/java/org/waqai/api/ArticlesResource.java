package org.waqai.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.api.events.EventWriters;
import org.waqai.api.ingest.ArticleBody;
import org.waqai.api.ingest.IngestService;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.api.security.RequiresToken;

/** {@code POST /articles}: extract events from articles and store them in both stores. */
@Path("/articles")
@Tag(name = "ingest")
public class ArticlesResource {
  private static final String NDJSON = "application/x-ndjson";
  private static final String JSONL = "application/jsonl";
  private static final String JSON_LINES = "application/x-jsonlines";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ACCEPTED = List.of(MediaType.APPLICATION_JSON, NDJSON, JSONL, JSON_LINES);

  @Inject
  IngestService ingest;

  @Inject
  WaqaiConfig config;

  @POST
  @RequiresToken
  @Consumes({MediaType.APPLICATION_JSON, NDJSON, JSONL, JSON_LINES})
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Ingest articles",
      description = "One article {\"id\", \"text\", \"published\", \"url\", \"outlet\"} or an array of them as "
          + "application/json, or one per line as application/x-ndjson. Returns the events stored for them and "
          + "the records that could not be read. Bearer token required when waqai.api.token is set; 413 past the "
          + "size or count limit; 400 for a body that is not UTF-8 or not JSON.")
  public Response ingest(InputStream body, @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType)
      throws IOException {
    byte[] bytes = readCapped(body, config.api().maxBody().asLongValue());
    MediaType type = MediaType.valueOf(contentType);
    int max = config.api().maxArticles();
    ArticleBody.Parsed parsed = type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        ? ArticleBody.json(bytes, max) : ArticleBody.jsonLines(bytes, max);
    IngestService.Outcome outcome = ingest.ingest(parsed);
    ObjectNode o = JSON.createObjectNode();
    o.put("articles", outcome.articles()).put("rewritten", outcome.rewritten());
    ArrayNode events = o.putArray("events");
    outcome.events().forEach(e -> events.add(EventWriters.json(e)));
    o.set("problems", JSON.valueToTree(outcome.problems()));
    return Response.ok(o, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * Any other body type: a 415 that names the accepted ones, rather than the framework's bare one. Hidden from the
   * OpenAPI document, which lists the accepted types on the method above.
   */
  @POST
  @RequiresToken
  @Consumes(MediaType.WILDCARD)
  @Operation(hidden = true)
  public Response unsupported(@RestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
    String sent = contentType == null || contentType.isBlank() ? "a body without Content-Type" : contentType;
    throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "POST /articles takes " + String.join(", ", ACCEPTED)
        + " (one article, an array, or one article per line); not " + sent, Map.of("accepted", ACCEPTED), null);
  }

  private static byte[] readCapped(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "body larger than " + max + " bytes "
          + "(waqai.api.max-body)", Map.of("limit", max), null);
    }
    return bytes;
  }
}

package org.waqai.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.waqai.api.export.ExportFormat;
import org.waqai.api.export.ExportService;
import org.waqai.api.format.Negotiation;

/** {@code GET /export}: the whole graph as RDF, or the events as ACLED-like CSV or GeoJSON, streamed. */
@Path("/export")
@Tag(name = "export")
public class ExportResource {
  @Inject
  ExportService export;

  @GET
  @Operation(summary = "Export the knowledge graph",
      description = "format=turtle|ntriples|trig|jsonld|rdfxml (the article graphs) or csv|geojson (the events; "
          + "CSV columns as ACLED's). Without format, chosen by Accept.")
  public Response export(@QueryParam("format") String format, @Context HttpHeaders headers) {
    ExportFormat f = format == null || format.isBlank()
        ? Negotiation.choose(headers, List.of(ExportFormat.values()), ExportFormat::mediaType)
        : ExportFormat.parse(format);
    StreamingOutput body = out -> export.write(f, out);
    return Response.ok(body, f.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"").build();
  }
}

package org.waqai.api.export;

import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/**
 * The formats of {@code GET /export}. RDF formats dump the article graphs; {@code csv} and {@code geojson} list
 * the events that happened (denied ones left out). All but JSON-LD and RDF/XML are streamed as they are read.
 */
public enum ExportFormat {
  TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_BLOCKS, true),
  NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES, true),
  TRIG("application/trig", "trig", RDFFormat.TRIG_BLOCKS, true),
  JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PLAIN, false),
  RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN, false),
  CSV("text/csv", "csv", null, true),
  GEOJSON("application/geo+json", "geojson", null, true);

  private final MediaType mediaType;
  private final String extension;
  private final RDFFormat rdfFormat;
  private final boolean streamed;

  ExportFormat(String mediaType, String extension, RDFFormat rdfFormat, boolean streamed) {
    this.mediaType = MediaType.valueOf(mediaType);
    this.extension = extension;
    this.rdfFormat = rdfFormat;
    this.streamed = streamed;
  }

  public static ExportFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiException(ProblemType.BAD_REQUEST,
          "format must be one of turtle, ntriples, trig, jsonld, rdfxml, csv, geojson; not '" + name + "'");
    }
  }

  public MediaType mediaType() {
    return mediaType;
  }

  public MediaType contentType() {
    return mediaType.withCharset("utf-8");
  }

  public String fileName() {
    return "waqai-" + (rdfFormat == null ? "events" : "graph") + "." + extension;
  }

  RDFFormat rdfFormat() {
    return rdfFormat;
  }

  boolean isRdf() {
    return rdfFormat != null;
  }

  /** Written statement by statement (true) or built in memory first (JSON-LD, RDF/XML). */
  boolean streamed() {
    return streamed;
  }

  boolean quads() {
    return this == TRIG;
  }
}

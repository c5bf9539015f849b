package org.waqai.api.sparql;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The representations the SPARQL endpoint and the linked-data pages write, in order of preference. */
public enum SparqlFormat {
  RESULTS_JSON("application/sparql-results+json", ResultSetLang.RS_JSON, null),
  RESULTS_JSON_PLAIN("application/json", ResultSetLang.RS_JSON, null),
  RESULTS_XML("application/sparql-results+xml", ResultSetLang.RS_XML, null),
  RESULTS_CSV("text/csv", ResultSetLang.RS_CSV, null),
  RESULTS_TSV("text/tab-separated-values", ResultSetLang.RS_TSV, null),
  TURTLE("text/turtle", null, RDFFormat.TURTLE_PRETTY),
  NTRIPLES("application/n-triples", null, RDFFormat.NTRIPLES),
  JSONLD("application/ld+json", null, RDFFormat.JSONLD11_PRETTY),
  RDFXML("application/rdf+xml", null, RDFFormat.RDFXML_PLAIN);

  private final MediaType mediaType;
  private final Lang resultsLang;
  private final RDFFormat graphFormat;

  SparqlFormat(String mediaType, Lang resultsLang, RDFFormat graphFormat) {
    this.mediaType = MediaType.valueOf(mediaType);
    this.resultsLang = resultsLang;
    this.graphFormat = graphFormat;
  }

  /** The formats for SELECT and ASK results. */
  public static List<SparqlFormat> results() {
    return Arrays.stream(values()).filter(f -> f.resultsLang != null).toList();
  }

  /** The formats for graphs (CONSTRUCT, DESCRIBE, linked-data descriptions). */
  public static List<SparqlFormat> graphs() {
    return Arrays.stream(values()).filter(f -> f.graphFormat != null).toList();
  }

  /** The media type with {@code charset=utf-8} for the text formats, as sent in {@code Content-Type}. */
  public MediaType contentType() {
    return mediaType.withCharset("utf-8");
  }

  public MediaType mediaType() {
    return mediaType;
  }

  Lang resultsLang() {
    return resultsLang;
  }

  RDFFormat graphFormat() {
    return graphFormat;
  }
}

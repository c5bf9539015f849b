package org.waqai.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.waqai.api.format.Negotiation;
import org.waqai.api.format.RdfPrefixes;
import org.waqai.api.linked.HtmlPage;
import org.waqai.api.linked.LinkedDataService;
import org.waqai.api.linked.ResourceKind;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.api.sparql.SparqlFormat;
import org.waqai.api.sparql.SparqlResult;
import org.waqai.api.sparql.SparqlWriter;

/**
 * Dereferenceable IRIs: {@code /id/event/{id}}, {@code /id/actor/{id}}, {@code /id/place/{id}},
 * {@code /id/article/{id}} (and {@code /id/area/{slug}}), as HTML for browsers and as RDF for machines.
 */
@Path("/id/{kind}/{id: .+}")
@Tag(name = "linked data")
public class LinkedDataResource {
  /** One offer: HTML or an RDF format. */
  private record Offer(MediaType type, SparqlFormat rdf) {}

  private static final List<Offer> OFFERS = offers();
  private static final Map<String, SparqlFormat> BY_NAME = Map.of("turtle", SparqlFormat.TURTLE, "ntriples",
      SparqlFormat.NTRIPLES, "jsonld", SparqlFormat.JSONLD, "rdfxml", SparqlFormat.RDFXML);

  @Inject
  LinkedDataService linked;

  @GET
  @Operation(summary = "Describe an event, actor, place or article",
      description = "Content negotiation: text/html for browsers (Arabic evidence right-to-left), text/turtle "
          + "(the default), application/ld+json, application/n-triples, application/rdf+xml; or ?format=html|turtle|"
          + "jsonld|ntriples|rdfxml. An unknown id is a 404.")
  public Response describe(@PathParam("kind") String kind, @PathParam("id") String id,
      @QueryParam("format") String format, @Context HttpHeaders headers) {
    Offer offer = format == null ? Negotiation.choose(headers, OFFERS, Offer::type)
        : byName(format);
    LinkedDataService.Description description = linked.describe(ResourceKind.parse(kind), id);
    Response.ResponseBuilder r;
    if (offer.rdf() == null) {
      r = Response.ok(HtmlPage.render(description, linked.base()), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"));
    } else {
      description.graph().getPrefixMapping().setNsPrefixes(RdfPrefixes.with(linked.base()));
      SparqlResult graph = new SparqlResult.Triples(description.graph());
      StreamingOutput body = out -> SparqlWriter.write(graph, offer.rdf(), out);
      r = Response.ok(body, offer.rdf().contentType());
    }
    return r.header("Vary", "Accept").build();
  }

  private static Offer byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("html")) {
      return OFFERS.get(OFFERS.size() - 1);
    }
    SparqlFormat f = BY_NAME.get(n);
    if (f == null) {
      throw new ApiException(ProblemType.BAD_REQUEST, "format must be html, turtle, jsonld, ntriples or rdfxml");
    }
    return new Offer(f.mediaType(), f);
  }

  /** RDF first, so that a client accepting anything gets Turtle; browsers ask for HTML by name. */
  private static List<Offer> offers() {
    List<Offer> offers = new ArrayList<>();
    SparqlFormat.graphs().forEach(f -> offers.add(new Offer(f.mediaType(), f)));
    offers.add(new Offer(MediaType.APPLICATION_XHTML_XML_TYPE, null));
    offers.add(new Offer(MediaType.TEXT_HTML_TYPE, null));
    return List.copyOf(offers);
  }
}

package org.waqai.api.format;

import org.apache.jena.shared.PrefixMapping;
import org.waqai.store.rdf.vocab.GEO;
import org.waqai.store.rdf.vocab.PROV;
import org.waqai.store.rdf.vocab.SEM;
import org.waqai.store.rdf.vocab.TIME;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/** The prefixes of the ontology's README, for Turtle and the HTML pages. */
public final class RdfPrefixes {
  private RdfPrefixes() {}

  public static PrefixMapping with(String base) {
    return PrefixMapping.Factory.create()
        .setNsPrefixes(PrefixMapping.Standard)
        .setNsPrefix("wq", WQ.NS)
        .setNsPrefix("wqet", WQ.EVENT_TYPE_NS)
        .setNsPrefix("wqst", WQ.SUB_EVENT_TYPE_NS)
        .setNsPrefix("wqat", WQ.ACTOR_TYPE_NS)
        .setNsPrefix("sem", SEM.NS)
        .setNsPrefix("time", TIME.NS)
        .setNsPrefix("geo", GEO.NS)
        .setNsPrefix("wgs", GEO.WGS_NS)
        .setNsPrefix("prov", PROV.NS)
        .setNsPrefix("skos", Terms.SKOS_NS)
        .setNsPrefix("dct", Terms.DCT_NS)
        .setNsPrefix("event", base + "event/")
        .setNsPrefix("actor", base + "actor/")
        .setNsPrefix("place", base + "place/")
        .setNsPrefix("article", base + "article/")
        .setNsPrefix("area", base + "area/")
        .lock();
  }
}

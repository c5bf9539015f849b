package org.waqai.store.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.waqai.store.rdf.vocab.GEO;
import org.waqai.store.rdf.vocab.PROV;
import org.waqai.store.rdf.vocab.SEM;
import org.waqai.store.rdf.vocab.TIME;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/** The prefixes the ontology files and written Turtle use, so that output reads like the ontology. */
public final class Prefixes {
  /** The vocabulary prefixes only. */
  public static final PrefixMapping ALL = PrefixMapping.Factory.create()
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
      .lock();

  private Prefixes() {}

  /** The vocabulary prefixes plus short prefixes for the instance IRIs minted under {@code base}. */
  public static PrefixMapping with(String base) {
    return PrefixMapping.Factory.create().setNsPrefixes(ALL)
        .setNsPrefix("event", base + "event/")
        .setNsPrefix("actor", base + "actor/")
        .setNsPrefix("place", base + "place/")
        .setNsPrefix("article", base + "article/")
        .setNsPrefix("area", base + "area/")
        .lock();
  }
}

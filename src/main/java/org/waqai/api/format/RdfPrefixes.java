package org.waqai.api.format;

import org.apache.jena.shared.PrefixMapping;
import org.waqai.store.rdf.Prefixes;

/** The prefixes of the ontology's README, for Turtle and the HTML pages. */
public final class RdfPrefixes {
  private RdfPrefixes() {}

  public static PrefixMapping with(String base) {
    return Prefixes.with(base);
  }
}

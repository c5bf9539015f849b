package org.waqai.store.rdf;

import org.waqai.data.TsvResource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/**
 * The areas places lie within. An {@code admin1} that names one of Syria's governorates (from
 * {@code governorates.tsv}) is a {@code wq:Governorate} within Syria; any other names a {@code wq:Country}.
 */
final class AdminAreas {
  static final String SYRIA = "Syria";
  private static final String RESOURCE = "/org/waqai/store/rdf/governorates.tsv";

  private final Iris iris;
  private final Map<String, TsvResource.Row> governorates;

  AdminAreas(Iris iris) {
    this.iris = iris;
    List<TsvResource.Row> rows = TsvResource.classpath(RESOURCE);
    this.governorates = rows.stream().collect(Collectors.toUnmodifiableMap(r -> r.get("name"), Function.identity()));
  }

  /** Describes the area named {@code admin1} (and Syria, for a governorate) and returns it. */
  Node describe(Triples out, String admin1) {
    Node area = iris.area(admin1);
    out.lang(area, Terms.label, admin1, "en");
    TsvResource.Row gov = governorates.get(admin1);
    if (gov == null) {
      out.type(area, WQ.Country);
      return area;
    }
    out.type(area, WQ.Governorate);
    out.lang(area, Terms.label, gov.get("arabic"), "ar");
    out.string(area, Terms.notation, gov.get("iso"));
    Node syria = iris.area(SYRIA);
    out.add(area, WQ.within, syria);
    out.type(syria, WQ.Country);
    out.lang(syria, Terms.label, SYRIA, "en");
    return area;
  }
}

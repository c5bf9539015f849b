package org.waqai.extract;

import java.util.Map;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;

/**
 * Chooses one gazetteer row for a place expression (the kind word before it, the governorates the article names,
 * a preference for towns over homonymous villages) and turns region expressions into region places with a centre
 * moved towards the compass direction.
 */
final class PlaceResolver {
  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  PlaceRef resolve(PlaceMention m, Map<String, Integer> context, String sentenceAdmin1, Span span, String text) {
    if (m.isUnknown()) {
      return unknown(m, context, sentenceAdmin1, span, text);
    }
    PlaceEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (PlaceEntry e : m.candidates()) {
      double s = score(e, m, context, sentenceAdmin1);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    if (best == null) {
      return null;
    }
    if (!m.isRegionExpression()) {
      return new PlaceRef(best.id(), best.name(), text, best.lat(), best.lon(), best.admin1(), best.precision(), span);
    }
    return region(best, m, span, text);
  }

  /**
   * A name the gazetteer lacks, placed where the text puts it: inside its anchor (قرية X بريف حماة → the Hama
   * countryside, precision region), else in the governorate of the sentence or, failing that, the one the article
   * names most (precision governorate). Its id and name stay its own, so that two such villages remain two places.
   */
  private PlaceRef unknown(PlaceMention m, Map<String, Integer> context, String sentenceAdmin1, Span span,
      String text) {
    PlaceRef where;
    if (!m.candidates().isEmpty()) {
      PlaceMention anchor = new PlaceMention(m.first(), m.last(), m.candidates(), m.direction(), m.dlat(), m.dlon(),
          m.countryside(), m.countryside() ? "countryside" : null);
      where = resolve(anchor, context, sentenceAdmin1, span, text);
    } else {
      String admin1 = sentenceAdmin1 != null ? sentenceAdmin1 : context.entrySet().stream()
          .filter(e -> gazetteer.governorate(e.getKey()) != null)
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).orElse(null);
      PlaceEntry g = admin1 == null ? null : gazetteer.governorate(admin1);
      where = g == null ? null : new PlaceRef(g.id(), g.name(), text, g.lat(), g.lon(), g.admin1(), g.precision(), span);
    }
    if (where == null) {
      return null;
    }
    Precision p = where.precision().compareTo(Precision.REGION) < 0 ? Precision.REGION : where.precision();
    String id = where.id().replace('/', '.') + ".u" + Integer.toHexString(m.unknown().hashCode());
    String name = text.startsWith("و") && !m.unknown().startsWith("و") ? text.substring(1) : text;
    return new PlaceRef(id, name + " (" + where.name() + ")", text, where.lat(), where.lon(), where.admin1(), p,
        span);
  }

  private PlaceRef region(PlaceEntry e, PlaceMention m, Span span, String text) {
    if (m.countryside() && m.direction() == null && e.admin1().equals("Damascus")) {
      PlaceEntry rif = gazetteer.governorate("Rif Dimashq");
      if (rif != null) {
        return new PlaceRef(rif.id(), rif.name(), text, rif.lat(), rif.lon(), rif.admin1(), rif.precision(), span);
      }
    }
    String admin1 = e.admin1();
    if (m.countryside() && admin1.equals("Damascus")) {
      admin1 = "Rif Dimashq";
    }
    String base = e.name().replace(" governorate", "").replace(" Governorate", "");
    String dir = m.direction() == null ? "" : m.direction() + " ";
    String name = m.countryside() ? dir + base + " countryside" : dir + base;
    String id = e.id() + (m.countryside() ? "/countryside" : "") + (m.direction() == null ? ""
        : "/" + m.direction().toLowerCase(java.util.Locale.ROOT));
    return new PlaceRef(id, name.trim(), text, round(e.lat() + m.dlat()), round(e.lon() + m.dlon()), admin1,
        Precision.REGION, span);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static double score(PlaceEntry e, PlaceMention m, Map<String, Integer> context, String sentenceAdmin1) {
    double s = switch (e.kind()) {
      case "city" -> 4;
      case "governorate" -> 3;
      case "town" -> 2.5;
      case "country" -> 2;
      case "village", "region" -> 1.5;
      case "neighbourhood" -> 1.2;
      case "district" -> 1;
      default -> 0.8;
    };
    if (m.cue() != null) {
      s += switch (m.cue()) {
        case "city" -> e.kind().equals("city") || e.kind().equals("town") ? 5 : 0;
        case "town" -> e.kind().equals("town") || e.kind().equals("village") ? 5 : 0;
        case "quarter" -> e.kind().equals("neighbourhood") ? 5 : 0;
        case "governorate" -> e.kind().equals("governorate") ? 8 : 0;
        case "countryside" -> e.kind().equals("city") || e.kind().equals("governorate") ? 3 : 0;
        default -> 0;
      };
    }
    s += Math.min(3, context.getOrDefault(e.admin1(), 0));
    if (e.admin1().equals(sentenceAdmin1)) {
      s += 3;
    }
    return s;
  }
}

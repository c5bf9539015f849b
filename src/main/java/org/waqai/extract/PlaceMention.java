package org.waqai.extract;

import java.util.List;

/**
 * A place expression in a sentence before disambiguation.
 *
 * @param first first token
 * @param last last token, inclusive
 * @param candidates gazetteer rows the name may stand for; for an unknown name, the rows of the place the text puts
 *     it in (ريف حماة، محافظة درعا), or none when the text gives none
 * @param direction compass label of a region expression ("Northern"), or null
 * @param dlat latitude offset of the region's centre
 * @param dlon longitude offset of the region's centre
 * @param countryside true for ريف X expressions
 * @param cue the kind word before the name: city, town, quarter, governorate, or null
 * @param unknown the name as written when the gazetteer lacks it (قرية X، بلدات X وY), else null
 */
public record PlaceMention(int first, int last, List<PlaceEntry> candidates, String direction, double dlat,
    double dlon, boolean countryside, String cue, String unknown) {

  public PlaceMention(int first, int last, List<PlaceEntry> candidates, String direction, double dlat, double dlon,
      boolean countryside, String cue) {
    this(first, last, candidates, direction, dlat, dlon, countryside, cue, null);
  }

  public boolean isRegionExpression() {
    return countryside || direction != null;
  }

  public boolean isUnknown() {
    return unknown != null;
  }

  /** True when there are candidates and all of them lie in one governorate. */
  boolean inOneGovernorate() {
    return !candidates.isEmpty() && oneAdmin1(candidates);
  }

  /** True when all the entries lie in one governorate (admin1; none count as one). */
  static boolean oneAdmin1(List<PlaceEntry> entries) {
    for (int k = 1; k < entries.size(); k++) {
      if (!java.util.Objects.equals(entries.get(k).admin1(), entries.get(0).admin1())) {
        return false;
      }
    }
    return true;
  }

  /** True when one of the candidates is of the kind (a {@link PlaceEntry#kind} string). */
  boolean hasKind(String kind) {
    for (PlaceEntry e : candidates) {
      if (e.kind().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /** The same name placed inside {@code anchor}'s place (its rows, countryside and direction). */
  PlaceMention within(PlaceMention anchor) {
    return new PlaceMention(first, last, anchor.candidates(), anchor.direction(), anchor.dlat(), anchor.dlon(),
        anchor.countryside(), cue, unknown);
  }
}

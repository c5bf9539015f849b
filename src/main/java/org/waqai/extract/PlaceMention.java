package org.waqai.extract;

import java.util.List;

/**
 * A place expression in a sentence before disambiguation.
 *
 * @param first first token
 * @param last last token, inclusive
 * @param candidates gazetteer rows the name may stand for
 * @param direction compass label of a region expression ("Northern"), or null
 * @param dlat latitude offset of the region's centre
 * @param dlon longitude offset of the region's centre
 * @param countryside true for ريف X expressions
 * @param cue the kind word before the name: city, town, quarter, governorate, or null
 */
public record PlaceMention(int first, int last, List<PlaceEntry> candidates, String direction, double dlat,
    double dlon, boolean countryside, String cue) {

  public boolean isRegionExpression() {
    return countryside || direction != null;
  }
}

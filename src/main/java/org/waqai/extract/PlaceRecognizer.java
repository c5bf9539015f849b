package org.waqai.extract;

import org.waqai.data.TsvResource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.waqai.text.ArabicNormalizer;
import org.waqai.text.Clitics;
import org.waqai.text.Token;

/**
 * Finds place expressions: gazetteer names (with the kind word before them: مدينة، بلدة، حي، محافظة), countryside and
 * compass regions (ريف حماة الشمالي، شرقي دمشق، الريف الغربي لحماة). Names of villages, quarters, points and
 * single-word regions only count after a locative word or preposition, or inside a list of places, because many of
 * them are ordinary words too.
 */
public final class PlaceRecognizer {
  private record Direction(String label, double dlat, double dlon) {}

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final PhraseMatcher<Direction> directions = new PhraseMatcher<>();

  public PlaceRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (TsvResource.Row r : TsvResource.classpath("/org/waqai/extract/places/directions.tsv")) {
      Direction d = new Direction(r.get("label"), Double.parseDouble(r.get("dlat")), Double.parseDouble(r.get("dlon")));
      for (String f : TsvResource.list(r.get("forms"))) {
        directions.add(n.normalizeString(f), d);
      }
    }
  }

  /** Place expressions of a sentence, left to right, skipping tokens already claimed by other mentions. */
  public List<PlaceMention> find(List<Token> tokens, BitSet claimed) {
    List<PlaceMention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (claimed.get(i)) {
        continue;
      }
      PlaceMention m = at(tokens, i, claimed, out);
      if (m != null) {
        out.add(m);
        i = m.last();
      }
    }
    return out;
  }

  private PlaceMention at(List<Token> tokens, int i, BitSet claimed, List<PlaceMention> before) {
    String w = tokens.get(i).text();
    if (lexicon.is("countryside", w) || lexicon.is("countryside", Clitics.withoutArticle(w))) {
      PlaceMention r = countryside(tokens, i, claimed);
      if (r != null) {
        return r;
      }
    }
    PhraseMatcher.Match<Direction> dir = directions.longestAt(tokens, i);
    if (dir != null && !w.startsWith("ال") && dir.last() + 1 < tokens.size()) {
      PhraseMatcher.Match<PlaceEntry> p = names(tokens, dir.last() + 1, claimed);
      if (p != null && p.values().stream().anyMatch(e -> !e.kind().equals("country"))) {
        Direction d = dir.values().get(0);
        return new PlaceMention(i, p.last(), p.values(), d.label(), d.dlat(), d.dlon(), false, null);
      }
    }
    PhraseMatcher.Match<PlaceEntry> m = names(tokens, i, claimed);
    if (m == null) {
      return null;
    }
    String cue = cueBefore(tokens, i);
    boolean inList = !before.isEmpty() && before.get(before.size() - 1).last() >= i - 2
        && (tokens.get(i).text().startsWith("و") || tokens.get(i - 1).text().equals("،"));
    boolean locative = cue != null || inList || hasPrepositionClitic(tokens.get(i).text(), m.phrase())
        || (i > 0 && lexicon.is("place-cue", tokens.get(i - 1).text()));
    boolean single = m.first() == m.last();
    String bare = m.phrase();
    if (single && lexicon.is("place-never", bare) && cue == null) {
      return null;
    }
    boolean strongCue = cue != null || hasPrepositionClitic(tokens.get(i).text(), m.phrase())
        || i > 0 && tokens.get(i - 1).text().equals("في");
    if (single && lexicon.is("place-needs-cue", bare) && !strongCue && !inList) {
      return null;
    }
    List<PlaceEntry> ok = new ArrayList<>();
    for (PlaceEntry e : m.values()) {
      if (locative || !needsCue(e, m)) {
        ok.add(e);
      }
    }
    if (ok.isEmpty()) {
      return null;
    }
    if (cue == null && inList) {
      // محافظات حلب وإدلب والرقة: list members share the kind word of the first
      cue = before.get(before.size() - 1).cue();
    }
    return trailingDirection(tokens, new PlaceMention(i, m.last(), ok, null, 0, 0, false, cue));
  }

  /** ريف X [direction], الريف [direction] ل X, ريفها: the countryside of a place. */
  private PlaceMention countryside(List<Token> tokens, int i, BitSet claimed) {
    int j = i + 1;
    Direction d = null;
    PhraseMatcher.Match<Direction> dir = j < tokens.size() ? directions.longestAt(tokens, j) : null;
    if (dir != null) {
      d = dir.values().get(0);
      j = dir.last() + 1;
    }
    if (j >= tokens.size()) {
      return null;
    }
    PhraseMatcher.Match<PlaceEntry> p = names(tokens, j, claimed);
    if (p == null) {
      return null;
    }
    PlaceMention m = new PlaceMention(i, p.last(), p.values(), d == null ? null : d.label(),
        d == null ? 0 : d.dlat(), d == null ? 0 : d.dlon(), true, "countryside");
    return d == null ? trailingDirection(tokens, m) : m;
  }

  private PlaceMention trailingDirection(List<Token> tokens, PlaceMention m) {
    int k = m.last() + 1;
    if (k < tokens.size() && tokens.get(k).text().startsWith("ال")) {
      PhraseMatcher.Match<Direction> dir = directions.longestAt(tokens, k);
      if (dir != null && (m.countryside() || "governorate".equals(m.cue()))) {
        Direction d = dir.values().get(0);
        return new PlaceMention(m.first(), dir.last(), m.candidates(), d.label(), d.dlat(), d.dlon(),
            m.countryside(), m.cue());
      }
    }
    return m;
  }

  private PhraseMatcher.Match<PlaceEntry> names(List<Token> tokens, int i, BitSet claimed) {
    if (claimed.get(i)) {
      return null;
    }
    PhraseMatcher.Match<PlaceEntry> m = gazetteer.names().longestAt(tokens, i);
    if (m == null || claimed.get(i, m.last() + 1).cardinality() > 0) {
      return null;
    }
    boolean kindCue = cueBefore(tokens, i) != null;
    if (m.first() == m.last() && lexicon.is("place-never", m.phrase()) && !kindCue) {
      return null;
    }
    return m;
  }

  private String cueBefore(List<Token> tokens, int i) {
    if (i == 0) {
      return null;
    }
    String p = tokens.get(i - 1).text();
    if (lexicon.is("city-cue", p)) {
      return "city";
    }
    if (lexicon.is("town-cue", p)) {
      return "town";
    }
    if (lexicon.is("quarter-cue", p)) {
      return "quarter";
    }
    if (lexicon.is("governorate-cue", p)) {
      return "governorate";
    }
    return null;
  }

  private static boolean needsCue(PlaceEntry e, PhraseMatcher.Match<PlaceEntry> m) {
    boolean oneWord = m.first() == m.last();
    return switch (e.kind()) {
      case "city", "governorate", "country" -> false;
      case "town", "district", "subdistrict" -> oneWord && m.phrase().length() <= 4;
      default -> oneWord;
    };
  }

  private static boolean hasPrepositionClitic(String token, String phrase) {
    String first = phrase.split(" ")[0];
    if (token.length() <= first.length()) {
      return false;
    }
    char c = token.charAt(0) == 'و' ? token.charAt(1) : token.charAt(0);
    return c == 'ب' || c == 'ل';
  }
}

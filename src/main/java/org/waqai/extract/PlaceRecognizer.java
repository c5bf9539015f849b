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
    this.notNameClasses = lexicon.classes(NOT_NAME_CLASSES);
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
    BitSet open = new BitSet(); // mentions that head or continue a list opened by a plural kind word (قرى، بلدات)
    for (int i = 0; i < tokens.size(); i++) {
      if (claimed.get(i)) {
        continue;
      }
      PlaceMention m = at(tokens, i, claimed, out);
      boolean listed = !out.isEmpty() && joined(tokens, out.get(out.size() - 1).last(), i);
      boolean comma = listed && commaAnd(tokens, out.get(out.size() - 1).last(), i);
      boolean continues = listed && !dualFull(tokens, out, open)
          && (open.get(out.size() - 1) || comma && !out.get(out.size() - 1).isRegionExpression());
      if (m == null) {
        m = unknownAt(tokens, i, claimed, continues || listIntroduced(tokens, i));
        // في إدلب، وصارت قواته على بعد …: after "، و" an unknown name ends where a list member ends
        if (m != null && comma && !open.get(out.size() - 1) && !memberEnds(tokens, m.last() + 1)) {
          m = null;
        }
      }
      if (m == null) {
        continue;
      }
      if (listed && !m.countryside() && m.direction() == null && dualCountryside(tokens, out.get(out.size() - 1))) {
        // ريفي حلب وإدلب: the second name of a dual countryside is a countryside too
        m = new PlaceMention(m.first(), m.last(), m.candidates(), null, 0, 0, true, "countryside", m.unknown());
      }
      boolean head = isClass("plural-place-cue", before(tokens, m.first())) || listIntroduced(tokens, m.first());
      boolean isOpen = head || listed && open.get(out.size() - 1);
      for (PlaceMention part : splitDual(tokens, m)) {
        if (isOpen) {
          open.set(out.size());
        }
        out.add(part);
      }
      i = m.last();
    }
    return nearOthers(anchor(tokens, withoutFalsePlaces(tokens, out)));
  }

  /**
   * A name that several governorates have (or two countries) keeps the readings closest to the sentence's other,
   * unambiguous places: those in the same governorate, else the nearest one.
   */
  /** True when the entries (none or some) are all in one governorate (or all have none). */

  private static List<PlaceMention> nearOthers(List<PlaceMention> in) {
    List<PlaceEntry> fixed = new ArrayList<>();
    for (PlaceMention m : in) {
      if (m.inOneGovernorate()) {
        PlaceEntry f = m.candidates().get(0);
        for (PlaceEntry e : m.candidates()) {
          if (!e.kind().equals("governorate")) {
            f = e;
            break;
          }
        }
        fixed.add(f);
      }
    }
    if (fixed.isEmpty()) {
      return in;
    }
    List<PlaceMention> out = new ArrayList<>();
    for (PlaceMention m : in) {
      if (PlaceMention.oneAdmin1(m.candidates())) {
        out.add(m);
        continue;
      }
      List<PlaceEntry> same = new ArrayList<>();
      for (PlaceEntry e : m.candidates()) {
        for (PlaceEntry f : fixed) {
          if (f.admin1().equals(e.admin1())) {
            same.add(e);
            break;
          }
        }
      }
      if (same.isEmpty()) {
        double best = Double.MAX_VALUE;
        String admin1 = null;
        for (PlaceEntry e : m.candidates()) {
          for (PlaceEntry f : fixed) {
            double d = e.km(f.lat(), f.lon());
            if (d < best) {
              best = d;
              admin1 = e.admin1();
            }
          }
        }
        for (PlaceEntry e : m.candidates()) {
          if (e.admin1().equals(admin1)) {
            same.add(e);
          }
        }
      }
      out.add(new PlaceMention(m.first(), m.last(), same, m.direction(), m.dlat(), m.dlon(), m.countryside(), m.cue(),
          m.unknown()));
    }
    return out;
  }

  /** The word before token {@code i}, looking through an opening quote («قرية» «X»). */
  private static String before(List<Token> tokens, int i) {
    int k = beforeIndex(tokens, i);
    return k < 0 ? "" : tokens.get(k).text();
  }

  /** The position of the word before token {@code i}, skipping quotes, or -1. */
  private static int beforeIndex(List<Token> tokens, int i) {
    int k = i - 1;
    while (k >= 0 && isQuote(tokens.get(k).text())) {
      k--;
    }
    return k;
  }

  private static boolean isQuote(String t) {
    // one character long first: most tokens are words, and this is asked before every place and list member
    return t.length() == 1 && "«»\"“”'()".indexOf(t.charAt(0)) >= 0;
  }

  /**
   * Token {@code i} continues a list whose last member ends at {@code prevLast}: "A وB"، "A، B"، "A، وB"، "A و B"،
   * quotes and brackets around the members allowed.
   */
  private boolean joined(List<Token> tokens, int prevLast, int i) {
    if (i <= prevLast || i - prevLast > 5) {
      return false;
    }
    boolean joiner = tokens.get(i).text().startsWith("و") && tokens.get(i).text().length() > 2;
    for (int k = prevLast + 1; k < i; k++) {
      String t = tokens.get(k).text();
      if (t.equals("،") || t.equals(",") || t.equals("و")) {
        joiner = true;
      } else if (k == i - 1 && t.startsWith("و") && (isClass("unknown-place-cue", t) || isClass("list-kind", t))) {
        joiner = true; // A، وقرية B، ومنطقة C: a kind word inside the list
      } else if (!isQuote(t) && !(k == prevLast + 1 && lexicon.is("place-adjective", t))) {
        return false; // الشيخ سعيد الاستراتيجي، والشحادين: an adjective may close a member
      }
    }
    return joiner;
  }

  /**
   * بلدتي التح وتحتايا، وفشل الهجوم: a dual kind word names two places, so its list is full after two members and
   * an unknown word after them is no third one.
   */
  private boolean dualFull(List<Token> tokens, List<PlaceMention> out, BitSet open) {
    int n = 0;
    for (int k = out.size() - 1; k >= 0 && open.get(k); k--) {
      n++;
      String cue = before(tokens, out.get(k).first());
      if (isClass("plural-place-cue", cue)) {
        return n >= 2 && isClass("dual-place-cue", cue);
      }
    }
    return false;
  }

  /** After a list member: a clause break, the end, the next member (و…), or where it lies (في، بريف، شمال …). */
  private boolean memberEnds(List<Token> tokens, int k) {
    if (k >= tokens.size() || tokens.get(k).isClauseBreak() || isQuote(tokens.get(k).text())) {
      return true;
    }
    String w = tokens.get(k).text();
    return w.startsWith("و") || isClass("member-end", w) || directions.longestAt(tokens, k) != null;
  }

  /** "، وB": a comma and و together continue a list even when B is not in the gazetteer. */
  private static boolean commaAnd(List<Token> tokens, int prevLast, int i) {
    return i == prevLast + 2 && tokens.get(prevLast + 1).text().equals("،") && tokens.get(i).text().startsWith("و");
  }

  /** أبرزها، منها، بينها after a plural kind word (قرى عدة أبرزها A وB): the list starts after it. */
  private boolean listIntroduced(List<Token> tokens, int i) {
    if (!lexicon.is("list-intro", tokens, beforeIndex(tokens, i))) {
      return false;
    }
    for (int k = Math.max(0, i - 10); k < i - 1; k++) {
      if (lexicon.isReading("plural-place-cue", tokens, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean dualCountryside(List<Token> tokens, PlaceMention prev) {
    return prev.countryside() && isClass("dual-countryside", tokens.get(prev.first()).text());
  }

  /** الريفين الغربي والشمالي لحلب: two region mentions, one per direction. */
  private List<PlaceMention> splitDual(List<Token> tokens, PlaceMention m) {
    if (!m.countryside() || m.direction() == null || m.first() + 2 > m.last()) {
      return List.of(m);
    }
    PhraseMatcher.Match<Direction> d1 = directions.longestAt(tokens, m.first() + 1);
    int k = d1 == null ? -1 : d1.last() + 1;
    if (k <= 0 || k > m.last() || !tokens.get(k).text().startsWith("و")) {
      return List.of(m);
    }
    PhraseMatcher.Match<Direction> d2 = directions.longestAt(tokens, k);
    if (d2 == null) {
      return List.of(m);
    }
    Direction a = d1.values().get(0);
    return List.of(new PlaceMention(m.first(), d1.last(), m.candidates(), a.label(), a.dlat(), a.dlon(), true,
        m.cue()), new PlaceMention(k, m.last(), m.candidates(), m.direction(), m.dlat(), m.dlon(), true, m.cue()));
  }

  /**
   * A name the gazetteer lacks is still a place after a kind word (قرية X، بلدة X، حي X، مخيم X، محور X) or as a
   * member of a list opened by a plural kind word (قرى A وB وC); its region comes from the text ({@link #anchor}).
   */
  private PlaceMention unknownAt(List<Token> tokens, int i, BitSet claimed, boolean inOpenList) {
    int cueAt = beforeIndex(tokens, i);
    boolean afterCue = lexicon.isReading("unknown-place-cue", tokens, cueAt)
        || lexicon.isReading("plural-place-cue", tokens, cueAt);
    if (!afterCue && !inOpenList || !nameWord(tokens, i, claimed)) {
      return null;
    }
    String cue = cueAt < 0 ? "" : tokens.get(cueAt).text();
    int last = i;
    String first = stripConjunction(tokens.get(i).text());
    if (i + 1 < tokens.size() && nameWord(tokens, i + 1, claimed) && !tokens.get(i + 1).text().startsWith("و")
        && gazetteer.names().longestAt(tokens, i + 1) == null
        && (isClass("name-head", first) || !startsWithPreposition(tokens.get(i + 1).text()))) {
      last = i + 1;
    }
    if (last + 1 < tokens.size() && tokens.get(last + 1).text().startsWith("ال") && !claimed.get(last + 1)
        && directions.longestAt(tokens, last + 1) != null && directions.longestAt(tokens, last + 1).last() == last + 1
        && !(last + 2 < tokens.size() && tokens.get(last + 2).text().startsWith("ل"))) {
      last++;
    }
    StringBuilder name = new StringBuilder(first);
    for (int k = i + 1; k <= last; k++) {
      name.append(' ').append(tokens.get(k).text());
    }
    String kind = cueBefore(tokens, i);
    List<PlaceEntry> headed = withHead(cue, name.toString());
    if (!headed.isEmpty()) {
      return new PlaceMention(i, last, headed, null, 0, 0, false, kind);
    }
    return new PlaceMention(i, last, List.of(), null, 0, 0, false, kind == null ? "town" : kind, name.toString());
  }

  /** مطار "تيفور": the kind word and the quoted or bare name may together be a gazetteer name (مطار التيفور). */
  private List<PlaceEntry> withHead(String cueWord, String name) {
    for (String head : Clitics.readings(cueWord)) {
      for (String n : name.startsWith("ال") ? List.of(name) : List.of(name, "ال" + name)) {
        List<Token> phrase = new ArrayList<>();
        int k = 0;
        for (String w : (head + " " + n).split(" ")) {
          phrase.add(new Token(k, 0, 0, w, Token.Kind.WORD));
          k++;
        }
        PhraseMatcher.Match<PlaceEntry> m = gazetteer.names().longestAt(phrase, 0);
        if (m != null && m.last() == phrase.size() - 1) {
          return m.values();
        }
      }
    }
    return List.of();
  }

  private static boolean startsWithPreposition(String w) {
    return w.length() > 3 && (w.startsWith("لل") || (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك'
        || w.charAt(0) == 'ف') && w.startsWith("ال", 1));
  }

  private static String stripConjunction(String w) {
    return w.length() > 2 && w.charAt(0) == 'و' && !w.startsWith("وادي") ? w.substring(1) : w;
  }

  /** A word that may be (part of) a place name: not a function word, trigger, cue, number, or claimed token. */
  private boolean nameWord(List<Token> tokens, int k, BitSet claimed) {
    Token t = tokens.get(k);
    if (claimed.get(k) || !t.isWord() || t.isNumber()) {
      return false;
    }
    String w = t.text();
    String bare = stripConjunction(w);
    if (bare.length() < 3 && !(bare.length() == 2 && isClass("name-head", bare) && k + 1 < tokens.size())
        || directions.longestAt(tokens, k) != null
        || lexicon.triggers().longestAt(tokens, k) != null || lexicon.cues().longestAt(tokens, k) != null) {
      return false;
    }
    return !lexicon.isAny(notNameClasses, tokens, k) && (bare == w || !lexicon.isAny(notNameClasses, bare));
  }

  private final Lexicon.Classes notNameClasses;
  private static final String[] NOT_NAME_CLASSES = {"not-place-name", "locative", "place-cue", "countryside",
      "target", "operation", "list-intro", "relative", "source-prep", "light-verb", "anaphoric-place", "between",
      "against", "with", "by-agent", "since", "about", "setting", "civilian", "combatant", "crowd", "was",
      "modal-qad", "subjunctive", "unknown-place-cue", "plural-place-cue", "place-blocker", "allies", "sides",
      "list-kind", "list-filler"};

  /** True when a reading of the word (without و، ب، ل) belongs to the class. */
  private boolean isClass(String wordClass, String w) {
    return lexicon.isReading(wordClass, w);
  }

  /**
   * Drops place mentions that are not where anything happens: a source's seat (ومقره لندن)، a patron (المدعومة من
   * تركيا، بدعم روسي)، and سورية used as an adjective (مصادر سورية) rather than as the country.
   */
  private List<PlaceMention> withoutFalsePlaces(List<Token> tokens, List<PlaceMention> in) {
    List<PlaceMention> out = new ArrayList<>();
    for (PlaceMention m : in) {
      int k = m.first() - 1;
      while (k >= 0 && (isQuote(tokens.get(k).text()) || tokens.get(k).text().equals("من")
          || tokens.get(k).text().equals("في") || tokens.get(k).text().equals("ل"))) {
        k--;
      }
      if (k >= 0 && isClass("place-blocker", tokens.get(k).text())) {
        continue;
      }
      if (adjectiveSyria(tokens, m)) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private boolean adjectiveSyria(List<Token> tokens, PlaceMention m) {
    if (m.first() != m.last() || m.first() == 0 || !m.hasKind("country")) {
      return false;
    }
    String w = tokens.get(m.first()).text();
    if (!lexicon.is("country-adjective", w)) {
      return false; // بسورية، وسوريا، لسورية: a clitic makes it the country
    }
    Token prev = tokens.get(m.first() - 1);
    String p = prev.text();
    return prev.isWord() && !lexicon.is("locative", p) && !lexicon.is("place-cue", p) && !p.equals("و")
        && !lexicon.is("not-place-name", p) && !lexicon.is("with", p) && !lexicon.is("against", p)
        && !lexicon.is("between", p) && !lexicon.is("about", p) && !isClass("not-place-name", p)
        && lexicon.triggers().longestAt(tokens, m.first() - 1) == null;
  }

  /**
   * An unknown name takes its place from the text: the next region, governorate or town the sentence names (قرية X
   * بريف حماة → Hama countryside), else the last one before it; with none, it keeps no rows and the resolver falls
   * back on the article's governorate.
   */
  private List<PlaceMention> anchor(List<Token> tokens, List<PlaceMention> in) {
    List<PlaceMention> out = new ArrayList<>(in);
    for (int i = 0; i < out.size(); i++) {
      PlaceMention m = out.get(i);
      boolean cued = m.cue() != null;
      for (int k = 0; cued && k < m.candidates().size(); k++) {
        String kind = m.candidates().get(k).kind();
        cued = kind.equals("village") || kind.equals("town");
      }
      // والمالكية وشوارغة … في ريف حلب: a list member too, when the list closes on a countryside (ريف X, not the
      // directional شمال حماة, which reaches over the border of X)
      boolean inList = !cued && listed(tokens, out, i);
      for (int k = 0; inList && k < m.candidates().size(); k++) {
        inList = switch (m.candidates().get(k).kind()) {
          case "village", "town", "district", "subdistrict" -> true;
          default -> false;
        };
      }
      if (!m.isUnknown() && !m.isRegionExpression() && !m.candidates().isEmpty() && (cued || inList)) {
        // قرى الحويز … في ريف إدلب: a village the gazetteer knows only in another governorate is the text's
        PlaceMention region = null;
        for (int j = i + 1; j < out.size() && region == null; j++) {
          if (out.get(j).isRegionExpression() && out.get(j).first() - out.get(j - 1).last() <= 8) {
            region = out.get(j);
          }
        }
        if (region != null && (cued || region.countryside() && !damascene(region))
            && region.candidates().stream().map(PlaceEntry::admin1)
            .noneMatch(a1 -> m.candidates().stream().anyMatch(e -> e.admin1().equals(a1)))) {
          StringBuilder t = new StringBuilder();
          for (int k = m.first(); k <= m.last(); k++) {
            t.append(k > m.first() ? " " : "").append(stripConjunction(tokens.get(k).text()));
          }
          out.set(i, new PlaceMention(m.first(), m.last(), List.of(), null, 0, 0, false, m.cue(), t.toString()));
        }
      }
      if (!out.get(i).isUnknown()) {
        continue;
      }
      PlaceMention a = null;
      for (int pass = 0; pass < 2 && a == null; pass++) {
        for (int j = i + 1; j < out.size() && a == null; j++) {
          if (out.get(j).first() - out.get(j - 1).last() > 8) {
            break;
          }
          // a town or city after the name anchors it only within its clause (not: والعلقمية، كما قطعت طريق عنتاب)
          if (isAnchor(out.get(j)) && (pass == 0 && isRegion(out.get(j))
              || pass == 1 && !breakBetween(tokens, out.get(i).last(), out.get(j).first()))) {
            a = out.get(j);
          }
        }
      }
      // backwards only along the chain of places the name stands in (not to a city named clauses before)
      for (int j = i - 1; j >= 0 && a == null && out.get(j + 1).first() - out.get(j).last() <= 8; j--) {
        if (isAnchor(out.get(j))) {
          a = out.get(j);
        }
      }
      if (a != null) {
        out.set(i, out.get(i).within(a));
      } else {
        PlaceEntry town = nearestTown(out, i);
        if (town != null) {
          out.set(i, new PlaceMention(m.first(), m.last(), List.of(near(List.of(town))), null, 0, 0, false, m.cue(),
              out.get(i).unknown()));
        }
      }
    }
    return nearListMates(tokens, out);
  }

  /**
   * هضبة مشتى النور المتاخمة للمدينة، بالقرب من قرية التنورية: an unknown name the text gives no region for lies, as far
   * as the sentence says, near the town or village it names (the nearest one, when all it names lie in one
   * governorate); null when it names none or towns of several governorates.
   */
  private static PlaceEntry nearestTown(List<PlaceMention> ms, int i) {
    PlaceEntry best = null;
    int bestDist = Integer.MAX_VALUE;
    String admin1 = null;
    for (int j = 0; j < ms.size(); j++) {
      PlaceMention o = ms.get(j);
      if (j == i || o.isUnknown() || o.candidates().isEmpty()) {
        continue;
      }
      if (!PlaceMention.oneAdmin1(o.candidates())) {
        return null;
      }
      String a1 = o.candidates().get(0).admin1();
      if (admin1 != null && !admin1.equals(a1)) {
        return null;
      }
      admin1 = a1;
      if (o.isRegionExpression() || o.candidates().size() > 1 || !o.candidates().get(0).isSettlement()) {
        continue;
      }
      int dist = j < i ? ms.get(i).first() - o.last() : o.first() - ms.get(i).last() + 1;
      if (dist < bestDist) {
        bestDist = dist;
        best = o.candidates().get(0);
      }
    }
    return best;
  }

  private static PlaceEntry near(List<PlaceEntry> mates) {
    double lat = mates.stream().mapToDouble(PlaceEntry::lat).average().orElseThrow();
    double lon = mates.stream().mapToDouble(PlaceEntry::lon).average().orElseThrow();
    return new PlaceEntry("near-" + mates.get(0).id(), "region", "near " + mates.get(0).name(), mates.get(0).admin1(),
        Math.round(lat * 1000) / 1000.0, Math.round(lon * 1000) / 1000.0, mates.get(0).parent());
  }

  /**
   * طيبة الإمام، وكفر زيتة، وحلفايا: an unknown name listed with known villages of the same governorate lies among
   * them; it is placed at their centre (still precision region) rather than at the centre of the whole region.
   */
  private List<PlaceMention> nearListMates(List<Token> tokens, List<PlaceMention> in) {
    List<PlaceMention> out = new ArrayList<>(in);
    for (int i = 0; i < in.size(); i++) {
      PlaceMention m = in.get(i);
      if (!m.isUnknown()) {
        continue;
      }
      List<PlaceEntry> mates = new ArrayList<>();
      for (int j = i - 1; j >= 0 && joined(tokens, in.get(j).last(), in.get(j + 1).first()); j--) {
        settlement(in.get(j), mates);
      }
      for (int j = i + 1; j < in.size() && joined(tokens, in.get(j - 1).last(), in.get(j).first()); j++) {
        settlement(in.get(j), mates);
      }
      if (mates.isEmpty() || !PlaceMention.oneAdmin1(mates)) {
        continue;
      }
      String admin1 = mates.get(0).admin1();
      if (!m.candidates().isEmpty() && m.candidates().stream().noneMatch(e -> e.admin1().equals(admin1))) {
        continue;
      }
      PlaceEntry near = near(mates);
      out.set(i, new PlaceMention(m.first(), m.last(), List.of(near), null, 0, 0, false, m.cue(), m.unknown()));
    }
    return out;
  }

  private static void settlement(PlaceMention m, List<PlaceEntry> out) {
    if (!m.isUnknown() && !m.isRegionExpression() && m.candidates().size() == 1) {
      PlaceEntry e = m.candidates().get(0);
      if (e.isSettlement() || e.kind().equals("neighbourhood")) {
        out.add(e);
      }
    }
  }

  private static boolean isRegion(PlaceMention m) {
    if (m.isRegionExpression()) {
      return true;
    }
    for (PlaceEntry e : m.candidates()) {
      if (!(e.kind().equals("governorate") || e.kind().equals("region") || e.kind().equals("district"))) {
        return false;
      }
    }
    return true;
  }

  /** ريف دمشق: Damascus and its countryside are two governorates the text does not tell apart. */
  private static boolean damascene(PlaceMention region) {
    for (PlaceEntry e : region.candidates()) {
      if (e.admin1().equals("Damascus") || e.admin1().equals("Rif Dimashq")) {
        return true;
      }
    }
    return false;
  }

  /** A member of a list of places (A وB، وC): joined to the place before or after it. */
  private boolean listed(List<Token> tokens, List<PlaceMention> ms, int i) {
    return i > 0 && joined(tokens, ms.get(i - 1).last(), ms.get(i).first())
        || i + 1 < ms.size() && joined(tokens, ms.get(i).last(), ms.get(i + 1).first());
  }

  private static boolean breakBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).isClauseBreak()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAnchor(PlaceMention m) {
    if (m.isUnknown()) {
      return false;
    }
    if (m.isRegionExpression()) {
      return true;
    }
    for (PlaceEntry e : m.candidates()) {
      switch (e.kind()) {
        case "governorate", "district", "subdistrict", "city", "region":
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private PlaceMention at(List<Token> tokens, int i, BitSet claimed, List<PlaceMention> before) {
    String w = tokens.get(i).text();
    if (lexicon.is("countryside", tokens, i) || lexicon.isWithoutArticle("countryside", tokens, i)
        || gluedCountryside(w)) {
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
    boolean inList = !before.isEmpty() && joined(tokens, before.get(before.size() - 1).last(), i);
    boolean locative = cue != null || inList || hasPrepositionClitic(tokens.get(i).text(), m.phrase())
        || lexicon.is("place-cue", tokens, i - 1);
    boolean single = m.first() == m.last();
    String bare = m.phrase();
    if (single && lexicon.is("place-never", bare) && cue == null) {
      return null;
    }
    boolean strongCue = cue != null || hasPrepositionClitic(tokens.get(i).text(), m.phrase())
        || i > 0 && (tokens.get(i - 1).text().equals("في") || tokens.get(i - 1).text().equals("ب")
        || tokens.get(i - 1).text().equals("ل"));
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
      // الريفين الغربي والشمالي لحلب: the last direction names this mention; find() splits off the first
      PhraseMatcher.Match<Direction> dir2 = j < tokens.size() && tokens.get(j).text().startsWith("و")
          ? directions.longestAt(tokens, j) : null;
      if (dir2 != null) {
        d = dir2.values().get(0);
        j = dir2.last() + 1;
      }
    }
    if (j < tokens.size() && (tokens.get(j).text().equals("ل") || tokens.get(j).text().equals("ب"))) {
      j++; // الريف الشرقي لـ الرقة: a detached preposition
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
    Token t = tokens.get(i);
    if (m == null && t.text().startsWith("لل") && t.text().length() > 4) {
      // للاذقية = ل + اللاذقية: the article's lam merges with a name that starts with ل
      List<Token> copy = new ArrayList<>(tokens);
      copy.set(i, new Token(t.index(), t.start(), t.end(), "ا" + t.text(), t.kind()));
      m = gazetteer.names().longestAt(copy, i);
    }
    boolean glued = false;
    if (m == null) {
      // وفيحمص، فيدير الزور: a preposition glued to the name in scraped text (the name itself must be known)
      String rest = gluedPreposition(t.text());
      if (rest != null) {
        List<Token> copy = new ArrayList<>(tokens);
        copy.set(i, new Token(t.index(), t.start(), t.end(), rest, t.kind()));
        m = gazetteer.names().longestAt(copy, i);
        int sp = m == null ? -1 : m.phrase().indexOf(' ');
        glued = m != null && (sp < 0 ? m.phrase() : m.phrase().substring(0, sp)).equals(rest);
        m = glued ? m : null;
      }
    }
    if (m == null || claimed.get(i, m.last() + 1).cardinality() > 0
        || !glued && !placeProclitic(t.text(), m.phrase())) {
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
    String p = before(tokens, i);
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

  /** The prepositions scraped text glues to the next word (فيريف، وفيمحافظة، منقرية), normalised. */
  private static final String[] GLUED = {"وفي", "في", "ومن", "من", "وعلي", "علي", "والي", "الي"};

  /**
   * The word after a preposition glued to it (فيحمص → حمص), or null: only a rest of four letters or more (three
   * after في), so that short words that merely start like a preposition (فيما، منها، منصور → صور) stay whole. The
   * caller accepts the rest only as the first word of a known name or as a countryside word.
   */
  static String gluedPreposition(String w) {
    if (w.length() < 5) {
      return null;
    }
    for (String p : GLUED) {
      // فيحمص، فيحلب: after في a name of three letters too (no common word is في + a three-letter name)
      int min = p.endsWith("في") ? 3 : 4;
      if (w.startsWith(p) && w.length() - p.length() >= min) {
        return w.substring(p.length());
      }
    }
    return null;
  }

  /** فيريف، منريف، وفيريف: a countryside word with a preposition glued to it. */
  private boolean gluedCountryside(String w) {
    if (w.length() < 5 || w.length() > 9) {
      return false;
    }
    for (String p : GLUED) {
      if (w.startsWith(p) && lexicon.is("countryside", w.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * وحلب، بدمشق، لإدلب، وبريف، فبحمص: the proclitics that stand before a place name are و and the prepositions ب and ل
   * (ف only before one of these). كسرت (she broke) is no ك + سرت, فرقة (a division) no ف + رقة: a name read through ك
   * or a bare ف is a verb or a noun. True when the token is the name's first word itself or carries only such clitics.
   */
  static boolean placeProclitic(String token, String phrase) {
    int sp = phrase.indexOf(' ');
    String first = sp < 0 ? phrase : phrase.substring(0, sp);
    int n = token.length() - first.length();
    if (n <= 0 || !token.endsWith(first)) {
      return true;
    }
    int k = 0;
    if (token.charAt(k) == 'و' || token.charAt(k) == 'ف') {
      k++;
    }
    boolean preposition = k < n && (token.charAt(k) == 'ب' || token.charAt(k) == 'ل');
    if (preposition) {
      k++;
    }
    return k == n && (token.charAt(0) != 'ف' || preposition);
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

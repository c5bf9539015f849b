package org.waqai.extract;

import org.waqai.data.TsvResource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.waqai.model.DatePrecision;
import org.waqai.text.ArabicNormalizer;
import org.waqai.text.ArabicNumbers;
import org.waqai.text.NumberMatch;
import org.waqai.text.Token;

/**
 * Finds temporal expressions in a sentence and resolves them against the article's date: اليوم، أمس، فجر أمس، أول
 * أمس، weekdays (the latest such day not after the article), ليل الإثنين الثلاثاء، منذ الجمعة، خلال الـ24 ساعة
 * الماضية، قبل يومين، explicit dates with Gregorian or Syriac month names, months and years. Words live in
 * {@code lexicon/time.tsv}.
 */
public final class TemporalResolver {
  private record Word(String kind, int value) {}

  private final PhraseMatcher<Word> words = new PhraseMatcher<>();
  private final ArabicNumbers numbers = ArabicNumbers.standard();

  public TemporalResolver() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (TsvResource.Row r : TsvResource.classpath("/org/waqai/extract/lexicon/time.tsv")) {
      Word w = new Word(r.get("kind"), Integer.parseInt(r.get("value")));
      for (String f : TsvResource.list(r.get("forms"))) {
        words.add(n.normalizeString(f), w);
      }
    }
  }

  /**
   * Every temporal expression of the tokens, resolved against {@code ref}. Without a reference date only the
   * expressions that carry their year (في 19 نوفمبر 2024، عام 2013) are found.
   */
  public List<TimeMention> find(List<Token> tokens, LocalDate ref) {
    List<TimeMention> out = new ArrayList<>();
    LocalDate anchor = ref != null ? ref : NO_REFERENCE;
    for (int i = 0; i < tokens.size(); i++) {
      TimeMention m = at(tokens, i, anchor);
      if (m != null) {
        if (ref != null || withYear(tokens, m)) {
          out.add(m);
        }
        i = m.last();
      }
    }
    return out;
  }

  /** Stands in for a missing reference date while reading dates that carry their year (which never use it). */
  private static final LocalDate NO_REFERENCE = LocalDate.of(2100, 12, 31);

  private static boolean withYear(List<Token> tokens, TimeMention m) {
    for (int k = m.first(); k <= m.last(); k++) {
      long v = tokens.get(k).isNumber() ? parse(tokens.get(k).text()) : -1;
      if (v > 1900 && v < 2100) {
        return true;
      }
    }
    return false;
  }

  private static final int YEAR_WORD = 1;
  private static final int BEFORE = 2;
  private static final int IN = 3;
  private static final int SINCE = 4;
  private static final int AND_SINCE = 5;

  private TimeMention at(List<Token> tokens, int i, LocalDate ref) {
    Token t = tokens.get(i);
    if (t.isNumber()) {
      return numeric(tokens, i, ref);
    }
    // the words this looks for first, by one hash of the token (a token's text keeps its hash) instead of 9 compares
    int opener = switch (t.text()) {
      case "عام", "العام", "لعام" -> YEAR_WORD;
      case "قبل", "وقبل" -> BEFORE;
      case "في" -> IN;
      case "منذ" -> SINCE;
      case "ومنذ" -> AND_SINCE;
      default -> 0;
    };
    if (opener == YEAR_WORD && i + 1 < tokens.size() && tokens.get(i + 1).isNumber()) {
      int y = (int) parse(tokens.get(i + 1).text());
      if (y > 1900 && y < 2100) {
        return new TimeMention(i, i + 1, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
      }
    }
    // وقبل يومين، ومنذ أمس: the conjunction before a fronted time adverbial
    if (opener == BEFORE && i + 1 < tokens.size()) {
      return ago(tokens, i, ref);
    }
    // في 1996، منذ 2003: a bare year after في or منذ
    if ((opener == IN || opener == SINCE) && i + 1 < tokens.size() && tokens.get(i + 1).isNumber()) {
      int y = (int) parse(tokens.get(i + 1).text());
      if (y > 1900 && y < 2100) {
        return new TimeMention(i, i + 1, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
      }
    }
    boolean since = opener == SINCE || opener == AND_SINCE;
    int j = since ? i + 1 : i;
    if (j >= tokens.size()) {
      return null;
    }
    PhraseMatcher.Match<Word> m = words.longestAt(tokens, j);
    if (m == null) {
      return null;
    }
    Word word = m.values().get(0);
    TimeMention r = switch (word.kind()) {
      case "day-offset" -> dayOffset(tokens, i, m, word.value(), ref);
      case "weekday" -> weekday(tokens, i, m, word.value(), ref);
      case "month" -> month(i, m.last(), word.value(), tokens, ref);
      case "recent-hours" -> TimeMention.range(i, m.last(), ref.minusDays(1), ref);
      case "recent-days" -> TimeMention.range(i, m.last(), ref.minusDays(word.value()), ref);
      case "decade" -> decade(tokens, i, m.last(), word.value());
      case "future" -> TimeMention.range(i, m.last(), ref.plusDays(1), ref.plusDays(word.value()));
      default -> null;
    };
    if (r != null && since && r.precision() == DatePrecision.DAY) {
      return TimeMention.range(i, r.last(), r.start(), ref);
    }
    return r;
  }

  /** في الخمسينات، التسعينيات: a decade of the last century; في الستينات من عمره is an age, not a time. */
  private static TimeMention decade(List<Token> tokens, int i, int last, int firstYear) {
    if (last + 2 < tokens.size() && tokens.get(last + 1).text().equals("من")
        && tokens.get(last + 2).text().startsWith("عمر")) {
      return null;
    }
    return new TimeMention(i, last, LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31),
        DatePrecision.YEAR);
  }

  /**
   * اليوم، أمس; with a weekday after it (اليوم الثلاثاء، أمس الأحد) the weekday names the day: a report dated the day
   * after (a print edition, an aggregator, another time zone) keeps the wire's "today Tuesday", which is then the
   * latest Tuesday, not the article's date.
   */
  private TimeMention dayOffset(List<Token> tokens, int i, PhraseMatcher.Match<Word> m, int offset, LocalDate ref) {
    LocalDate d = ref.minusDays(offset);
    int k = m.last() + 1;
    if (k < tokens.size()) {
      PhraseMatcher.Match<Word> next = words.longestAt(tokens, k);
      if (next != null && next.values().get(0).kind().equals("weekday")) {
        int dow = next.values().get(0).value();
        return TimeMention.day(i, next.last(), d.getDayOfWeek().getValue() == dow ? d : latest(ref, dow));
      }
    }
    return TimeMention.day(i, m.last(), d);
  }

  private TimeMention weekday(List<Token> tokens, int i, PhraseMatcher.Match<Word> m, int dow, LocalDate ref) {
    if (!definiteDay(tokens.get(m.first()).text()) && !(m.first() > 0 && DAY_TIME_NOUNS.contains(
        tokens.get(m.first() - 1).text()))) {
      // مواطنين اثنين (two citizens), محمد خميس (a name): a day's name without the article is a number or a name,
      // unless a word for a time of day stands before it (مساء خميس، ليل اثنين)
      return null;
    }
    LocalDate d = latest(ref, dow);
    int k = m.last() + 1;
    // الأحد المقبل، يوم الخميس القادم: the next such day, after the article
    if (unitAt(tokens, k, "next") != null) {
      return TimeMention.day(i, k, d.plusDays(7));
    }
    // ليل الإثنين الثلاثاء / ليلة الاثنين على الثلاثاء
    if (k < tokens.size() && (tokens.get(k).text().equals("علي") || tokens.get(k).text().equals("-"))) {
      k++;
    }
    if (k < tokens.size()) {
      PhraseMatcher.Match<Word> next = words.longestAt(tokens, k);
      if (next != null && next.values().get(0).kind().equals("weekday")) {
        int dow2 = next.values().get(0).value();
        if (dow2 == dow % 7 + 1) {
          LocalDate d2 = latest(ref, dow2);
          return TimeMention.range(i, next.last(), d2.minusDays(1), d2);
        }
      }
    }
    return TimeMention.day(i, m.last(), d);
  }

  /** The nouns of a time of day that may stand before a day's name without its article. */
  private static final Set<String> DAY_TIME_NOUNS = Set.of("يوم", "ليل", "ليله", "مساء", "صباح", "فجر", "ظهر",
      "عصر", "ظهيره", "منتصف");

  /** الاثنين، والخميس، بالجمعة، للسبت، يوم الأحد: the name with its article (or the phrase with يوم). */
  private static boolean definiteDay(String w) {
    int k = w.startsWith("و") || w.startsWith("ف") ? 1 : 0;
    if (w.startsWith("لل", k) || w.startsWith("ال", k) || w.startsWith("يوم", k)) {
      return true;
    }
    return (w.startsWith("ب", k) || w.startsWith("ل", k)) && w.startsWith("ال", k + 1);
  }

  private static LocalDate latest(LocalDate ref, int isoDow) {
    int diff = (ref.getDayOfWeek().getValue() - DayOfWeek.of(isoDow).getValue() + 7) % 7;
    return ref.minusDays(diff);
  }

  /** عام 1995، العام 2005، سنة 2001: a word for year before the number. */
  private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنة", "لعام");

  private TimeMention month(int i, int last, int month, List<Token> tokens, LocalDate ref) {
    int year = ref.getYear();
    int end = last;
    // تشرين الثاني/نوفمبر 2024: the Levantine and the Western name of the month, then the year
    if (last + 2 < tokens.size() && tokens.get(last + 1).text().equals("/")) {
      PhraseMatcher.Match<Word> other = words.longestAt(tokens, last + 2);
      if (other != null && other.values().get(0).kind().equals("month")) {
        last = other.last();
        end = last;
      }
    }
    // فبراير (شباط) 2007: the other name of the month in brackets
    if (last + 3 < tokens.size() && tokens.get(last + 1).text().equals("(")) {
      PhraseMatcher.Match<Word> other = words.longestAt(tokens, last + 2);
      if (other != null && other.values().get(0).kind().equals("month") && other.last() + 1 < tokens.size()
          && tokens.get(other.last() + 1).text().equals(")")) {
        last = other.last() + 1;
        end = last;
      }
    }
    // 11 يوليو عام 1995: the year after the word for year
    int yearAt = last + 1;
    if (yearAt + 1 < tokens.size() && YEAR_WORDS.contains(tokens.get(yearAt).text())
        && tokens.get(yearAt + 1).isNumber()) {
      yearAt++;
    }
    int y = yearAt < tokens.size() && tokens.get(yearAt).isNumber() ? (int) parse(tokens.get(yearAt).text()) : -1;
    if (y > 1900 && y < 2100) {
      year = y;
      end = yearAt;
    } else if (month > ref.getMonthValue()) {
      year--;
    }
    YearMonth ym = YearMonth.of(year, month);
    return new TimeMention(i, end, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
  }

  private TimeMention numeric(List<Token> tokens, int i, LocalDate ref) {
    long day = parse(tokens.get(i).text());
    if (day < 1 || day > 31 || i + 1 >= tokens.size()) {
      return null;
    }
    PhraseMatcher.Match<Word> m = words.longestAt(tokens, i + 1);
    if (m == null || !m.values().get(0).kind().equals("month")) {
      return null;
    }
    TimeMention month = month(i, m.last(), m.values().get(0).value(), tokens, ref);
    YearMonth ym = YearMonth.from(month.start());
    if (day > ym.lengthOfMonth()) {
      return null;
    }
    LocalDate d = ym.atDay((int) day);
    if (d.isAfter(ref) && !tokens.get(month.last()).isNumber()) {
      d = d.minusYears(1);
    }
    return TimeMention.day(i, month.last(), d);
  }

  private TimeMention ago(List<Token> tokens, int i, LocalDate ref) {
    String w = tokens.get(i + 1).text();
    if (w.equals("يومين")) {
      return TimeMention.day(i, i + 1, ref.minusDays(2));
    }
    if (w.equals("اسبوع")) {
      return new TimeMention(i, i + 1, ref.minusDays(10), ref.minusDays(4), DatePrecision.WEEK);
    }
    NumberMatch n = numbers.read(tokens, i + 1);
    if (n != null && !n.vague() && n.lastToken() + 1 < tokens.size()) {
      String unit = tokens.get(n.lastToken() + 1).text();
      if (unit.equals("ايام") || unit.equals("يوما") || unit.equals("يوم")) {
        return TimeMention.day(i, n.lastToken() + 1, ref.minusDays(n.value()));
      }
      Word u = unitAt(tokens, n.lastToken() + 1, "ago-unit", "ago-plural");
      if (u != null && n.value() > 0 && n.value() < 100) {
        return monthsAgo(i, n.lastToken() + 1, ref, n.value() * u.value(), u.value());
      }
    }
    // قبل عام (not قبل عام 2005, a year named): one year back
    Word one = unitAt(tokens, i + 1, "ago-one");
    if (one != null && !(i + 2 < tokens.size() && tokens.get(i + 2).isNumber())) {
      return monthsAgo(i, i + 1, ref, one.value(), one.value());
    }
    // قبل شهرين، قبل عامين: a dual is two months or years back; قبل أشهر، قبل عدة سنوات: a vague count, two to ten
    // (a singular unit is left alone: قبل عام 2005، قبل شهر رمضان name a time, not a distance)
    int k = unitAt(tokens, i + 1, "ago-few") != null ? i + 2 : i + 1;
    Word dual = unitAt(tokens, k, "ago-dual");
    if (dual != null) {
      return monthsAgo(i, k, ref, dual.value(), dual.value() / 2);
    }
    Word plural = unitAt(tokens, k, "ago-plural");
    if (plural != null) {
      return new TimeMention(i, k, ref.minusMonths(10L * plural.value()), ref.minusMonths(2L * plural.value()),
          DatePrecision.MONTH);
    }
    return null;
  }

  /**
   * So many months before the reference date ({@code unit}: 1 for months, 12 for years): the months around that day
   * (two before it for years, one for months, one after), so a recap of history reads as history.
   */
  private static TimeMention monthsAgo(int first, int last, LocalDate ref, long months, long unit) {
    LocalDate d = ref.minusMonths(months);
    return new TimeMention(first, last, d.minusMonths(1 + unit / 12), d.plusMonths(1), DatePrecision.MONTH);
  }

  /** The one-word time word of one of the kinds at token k (units of time after قبل), or null. */
  private Word unitAt(List<Token> tokens, int k, String... kinds) {
    if (k >= tokens.size()) {
      return null;
    }
    PhraseMatcher.Match<Word> m = words.longestAt(tokens, k);
    if (m == null || m.last() != k) {
      return null;
    }
    return m.values().stream().filter(v -> List.of(kinds).contains(v.kind())).findFirst().orElse(null);
  }

  private static long parse(String digits) {
    try {
      return Long.parseLong(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

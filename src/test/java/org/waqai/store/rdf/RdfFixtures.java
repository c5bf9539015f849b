package org.waqai.store.rdf;

import java.time.LocalDate;
import java.util.List;
import org.waqai.model.ActorRef;
import org.waqai.model.Article;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;
import org.waqai.model.SubEventType;
import org.waqai.store.ArticleEvents;

/**
 * Three small articles whose events cover what the mapping must handle: both sides and associated actors, an actor
 * outside the vocabulary, a negated event, a day, a range, a month and no date, places in a governorate, a region
 * and a country, and an event without a place. Offsets are found in the text, so they are right by construction.
 */
final class RdfFixtures {
  static final String VERSION = "0.1.0";

  static final String TEXT_000 = "دمشق - اندلعت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة في حي جوبر شرق "
      + "العاصمة. وقتل ثلاثة مدنيين في غارة للطيران الروسي على بلدة معرة النعمان في ريف إدلب. "
      + "ونفت المعارضة انسحابها من حي القابون.";

  static final String TEXT_001 = "خلال الأسبوع الماضي، شنت هيئة تحرير الشام بمساندة فيلق الشام هجوما على مواقع قوات "
      + "النظام في ريف حماة الشمالي. وأعلن لواء الفرقان انضمامه إلى المعارك.";

  static final String TEXT_002 = "تظاهر مئات اللبنانيين في بيروت خلال شهر أيار احتجاجا على الأوضاع المعيشية.";

  private RdfFixtures() {}

  static List<ArticleEvents> all() {
    return List.of(article000(), article001(), article002());
  }

  static ArticleEvents article000() {
    Article a = new Article("000", TEXT_000, LocalDate.of(2017, 3, 23), "https://example.org/news/000", "Example News");
    String s1 = sentence(TEXT_000, 0);
    String s2 = sentence(TEXT_000, 1);
    String s3 = sentence(TEXT_000, 2);
    LocalDate day = LocalDate.of(2017, 3, 23);
    Event clash = new Event("000-e1", "000", SubEventType.ARMED_CLASH,
        actor(TEXT_000, s1, "syria-gov-forces", "Military Forces of Syria (2000-2024)", 1, "قوات النظام"),
        actor(TEXT_000, s1, "opposition-rebels", "Syrian opposition armed factions (unspecified)", 2, "فصائل المعارضة"),
        List.of(), List.of(),
        place(TEXT_000, s1, "jobar", "Jobar", "جوبر", 33.531, 36.337, "Damascus", Precision.NEIGHBOURHOOD),
        day, null, DatePrecision.DAY, null, null, null, false, false,
        evidence(TEXT_000, s1, "اشتباكات"), 0.8);
    Event strike = new Event("000-e2", "000", SubEventType.AIR_DRONE_STRIKE,
        actor(TEXT_000, s2, "russia-forces", "Military Forces of Russia", 8, "للطيران الروسي"),
        actor(TEXT_000, s2, "civilians", "Civilians (Syria)", 7, "مدنيين"),
        List.of(), List.of(),
        place(TEXT_000, s2, "maarat-al-numan", "Maarat al-Numan", "معرة النعمان", 35.6433, 36.6714, "Idlib",
            Precision.TOWN),
        day, null, DatePrecision.DAY, 3, null, null, false, false,
        evidence(TEXT_000, s2, "غارة"), 0.9);
    Event denied = new Event("000-e3", "000", SubEventType.NON_VIOLENT_TRANSFER,
        actor(TEXT_000, s3, "opposition-rebels", "Syrian opposition armed factions (unspecified)", 2, "المعارضة"),
        null, List.of(), List.of(),
        place(TEXT_000, s3, "qaboun", "Qaboun", "القابون", 33.5419, 36.3323, "Damascus", Precision.NEIGHBOURHOOD),
        day, null, DatePrecision.DAY, null, null, null, true, false,
        evidence(TEXT_000, s3, "انسحابها"), 0.6);
    return new ArticleEvents(a, List.of(clash, strike, denied), "hash-000", VERSION);
  }

  static ArticleEvents article001() {
    Article a = new Article("001", TEXT_001, LocalDate.of(2017, 4, 10), null, "Example News");
    String s1 = sentence(TEXT_001, 0);
    String s2 = sentence(TEXT_001, 1);
    Event offensive = new Event("001-e1", "001", SubEventType.ARMED_CLASH,
        actor(TEXT_001, s1, "hts", "Hayat Tahrir al-Sham", 2, "هيئة تحرير الشام"),
        actor(TEXT_001, s1, "syria-gov-forces", "Military Forces of Syria (2000-2024)", 1, "قوات النظام"),
        List.of(actor(TEXT_001, s1, "faylaq-al-sham", "Faylaq al-Sham", 2, "فيلق الشام")), List.of(),
        place(TEXT_001, s1, "hama-gov/north", "Northern Hama countryside", "ريف حماة الشمالي", 35.3, 36.65, "Hama",
            Precision.REGION),
        LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 9), DatePrecision.RANGE, null, null, null, false, false,
        evidence(TEXT_001, s1, "هجوما"), 0.7);
    ActorRef furqan = new ActorRef("liwa-al-furqan", null, "Liwa al-Furqan", 2, "لواء الفرقان",
        span(TEXT_001, s2, "لواء الفرقان"));
    Event joined = new Event("001-e2", "001", SubEventType.CHANGE_TO_GROUP, furqan, null, List.of(), List.of(),
        null, null, null, null, null, null, null, false, true,
        evidence(TEXT_001, s2, "انضمامه"), 0.5);
    return new ArticleEvents(a, List.of(offensive, joined), "hash-001", VERSION);
  }

  static ArticleEvents article002() {
    Article a = new Article("002", TEXT_002, null, null, null);
    Event protest = new Event("002-e1", "002", SubEventType.PEACEFUL_PROTEST,
        new ActorRef("protesters-lebanon", null, "Protesters (Lebanon)", 6, "اللبنانيين",
            span(TEXT_002, TEXT_002, "اللبنانيين")),
        null, List.of(), List.of(),
        place(TEXT_002, TEXT_002, "beirut", "Beirut", "بيروت", 33.8938, 35.5018, "Lebanon", Precision.TOWN),
        LocalDate.of(2017, 5, 1), null, DatePrecision.MONTH, null, null, null, false, false,
        evidence(TEXT_002, TEXT_002, "تظاهر"), 0.75);
    return new ArticleEvents(a, List.of(protest), "hash-002", VERSION);
  }

  /** An actor of the vocabulary (registry id = key), named in {@code sentence}. */
  static ActorRef actor(String text, String sentence, String key, String name, int inter, String mention) {
    return new ActorRef(key, key, name, inter, mention, span(text, sentence, mention));
  }

  static PlaceRef place(String text, String sentence, String id, String name, String mention, double lat, double lon,
      String admin1, Precision precision) {
    return new PlaceRef(id, name, mention, lat, lon, admin1, precision, span(text, sentence, mention));
  }

  static Evidence evidence(String text, String sentence, String trigger) {
    return new Evidence(span(text, sentence, sentence), sentence, span(text, sentence, trigger));
  }

  /** The n-th sentence, ending at its full stop. */
  static String sentence(String text, int n) {
    String[] parts = text.split("(?<=\\.) ");
    return parts[n];
  }

  /** Where {@code part} first stands in {@code text} at or after the start of {@code sentence}. */
  static Span span(String text, String sentence, String part) {
    int i = text.indexOf(part, text.indexOf(sentence));
    if (i < 0) {
      throw new IllegalArgumentException("not in text: " + part);
    }
    return new Span(i, i + part.length());
  }
}

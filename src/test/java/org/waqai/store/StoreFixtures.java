package org.waqai.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.waqai.model.ActorRef;
import org.waqai.model.Article;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;
import org.waqai.model.SubEventType;

/**
 * Articles and their events for store tests, written by hand: six short Arabic reports from 2017 and December
 * 2024 with ten events between them (one negated, one hedged) and one article without events. Every offset is
 * found in the article's text, so that a fixture cannot point beside its own words. {@link #synthetic} makes any
 * number of plausible events for benchmarks and concurrency tests.
 */
public final class StoreFixtures {
  public static final String EXTRACTOR = "fixtures-1";

  public static final String HAMA_2017 = "enab-2017-03-22-hama";
  public static final String JOBAR_2017 = "smart-2017-03-19-jobar";
  public static final String KHANASSER_2017 = "sana-2017-02-14-khanasser";
  public static final String HOMS_2024 = "aljazeera-2024-12-08-homs";
  public static final String HAMA_2024 = "enab-2024-12-06-hama";
  public static final String WEATHER_2017 = "sana-2017-07-10-weather";

  private StoreFixtures() {}

  /** A registry row that can be mentioned; {@code arabic} is how synthetic sentences name it. */
  interface ActorRow {
    ActorRef mention(String text, Span span);

    String arabic();
  }

  /** A gazetteer row that can be mentioned. */
  interface PlaceRow {
    PlaceRef mention(String text, Span span);

    String arabic();
  }

  /** Actors as registry rows; {@code JAISH_AL_IZZA} lies outside the vocabulary, so its identity is its row id. */
  public enum Actor implements ActorRow {
    GOV("reg:0001", "syria-gov-forces", "Military Forces of Syria", 1, "قوات النظام"),
    HTS("reg:0002", "hts", "Hayat Tahrir al-Sham", 2, "هيئة تحرير الشام"),
    OPPOSITION("reg:0003", "opposition-rebels", "Syrian opposition rebels", 2, "فصائل المعارضة"),
    RUSSIA("reg:0004", "russia-forces", "Military Forces of Russia", 8, "القوات الروسية"),
    CIVILIANS("reg:0005", "civilians", "Civilians (Syria)", 7, "المدنيين"),
    ISIS("reg:0006", "isis", "Islamic State (Syria)", 2, "تنظيم الدولة الإسلامية"),
    JAISH_AL_IZZA("reg:jaish-al-izza", null, "Jaish al-Izza", 2, "جيش العزة");

    public final String registryId;
    public final String key;
    public final String englishName;
    public final int inter;
    private final String arabic;

    Actor(String registryId, String key, String englishName, int inter, String arabic) {
      this.registryId = registryId;
      this.key = key;
      this.englishName = englishName;
      this.inter = inter;
      this.arabic = arabic;
    }

    public String identity() {
      return key != null ? key : registryId;
    }

    @Override
    public ActorRef mention(String text, Span span) {
      return new ActorRef(registryId, key, englishName, inter, text, span);
    }

    @Override
    public String arabic() {
      return arabic;
    }
  }

  /** Gazetteer places with their real coordinates. */
  public enum Place implements PlaceRow {
    JOBAR("sy-jobar", "Jobar", 33.531, 36.337, "Damascus", Precision.NEIGHBOURHOOD, "حي جوبر"),
    HALFAYA("sy-halfaya", "Halfaya", 35.261, 36.604, "Hama", Precision.TOWN, "حلفايا"),
    HAMA("sy-hama", "Hama", 35.132, 36.758, "Hama", Precision.TOWN, "مدينة حماة"),
    KHANASSER("sy-khanasser", "Khanasser", 35.783, 37.5, "Aleppo", Precision.TOWN, "خناصر"),
    HOMS("sy-homs", "Homs", 34.727, 36.723, "Homs", Precision.TOWN, "مدينة حمص"),
    NORTH_HAMA("hama-gov/north", "Northern Hama countryside", 35.3, 36.65, "Hama", Precision.REGION,
        "ريف حماة الشمالي");

    public final String id;
    public final String englishName;
    public final double lat;
    public final double lon;
    public final String admin1;
    public final Precision precision;
    private final String arabic;

    Place(String id, String englishName, double lat, double lon, String admin1, Precision precision,
        String arabic) {
      this.id = id;
      this.englishName = englishName;
      this.lat = lat;
      this.lon = lon;
      this.admin1 = admin1;
      this.precision = precision;
      this.arabic = arabic;
    }

    @Override
    public PlaceRef mention(String text, Span span) {
      return new PlaceRef(id, englishName, text, lat, lon, admin1, precision, span);
    }

    @Override
    public String arabic() {
      return arabic;
    }
  }

  /** The six articles as first extracted: 10 events, 22 actor roles. */
  public static List<ArticleEvents> articles() {
    return List.of(hama2017(), jobar2017(), khanasser2017(), homs2024(), hama2024(), weather2017());
  }

  public static ArticleEvents hama2017() {
    ArticleDraft a = hama2017Text();
    a.event("e1", 0, SubEventType.ARMED_CLASH, "اشتباكات").on(2017, 3, 21)
        .actor1(Actor.GOV, "قوات النظام").actor2(Actor.OPPOSITION, "فصائل المعارضة")
        .assoc2(Actor.JAISH_AL_IZZA, "جيش العزة").at(Place.NORTH_HAMA, "ريف حماة الشمالي").add();
    a.event("e2", 1, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "وسيطرت").on(2017, 3, 22)
        .actor1(Actor.HTS, "هيئة تحرير الشام").actor2(Actor.GOV, "قوات النظام")
        .at(Place.HALFAYA, "حلفايا").killed(12).add();
    a.event("e3", 2, SubEventType.AIR_DRONE_STRIKE, "غارات").on(2017, 3, 22)
        .actor1(Actor.RUSSIA, "الطائرات الحربية الروسية").at(Place.HALFAYA, "حلفايا").add();
    return a.done(EXTRACTOR);
  }

  /**
   * The same article read by a newer extractor: e1 loses its associate, the Halfaya takeover becomes a clash
   * with a new id (c2) and the air strike is gone. 2 events, 4 roles, where there were 3 and 6.
   */
  public static ArticleEvents hama2017ReExtracted() {
    ArticleDraft a = hama2017Text();
    a.event("e1", 0, SubEventType.ARMED_CLASH, "اشتباكات").on(2017, 3, 21)
        .actor1(Actor.GOV, "قوات النظام").actor2(Actor.OPPOSITION, "فصائل المعارضة")
        .at(Place.NORTH_HAMA, "ريف حماة الشمالي").add();
    a.event("c2", 1, SubEventType.ARMED_CLASH, "معارك").on(2017, 3, 22)
        .actor1(Actor.HTS, "هيئة تحرير الشام").actor2(Actor.GOV, "قوات النظام")
        .at(Place.HALFAYA, "حلفايا").killed(12).add();
    return a.done("fixtures-2");
  }

  private static ArticleDraft hama2017Text() {
    return new ArticleDraft(HAMA_2017, LocalDate.of(2017, 3, 22), "Enab Baladi",
        "اشتباكات عنيفة يوم الثلاثاء بين قوات النظام وفصائل المعارضة بينها جيش العزة في ريف حماة الشمالي.",
        "وسيطرت هيئة تحرير الشام على بلدة حلفايا بعد معارك مع قوات النظام أسفرت عن مقتل 12 عنصراً.",
        "كما شنت الطائرات الحربية الروسية غارات على أطراف حلفايا.");
  }

  public static ArticleEvents jobar2017() {
    ArticleDraft a = new ArticleDraft(JOBAR_2017, LocalDate.of(2017, 3, 19), "Smart News",
        "هاجمت فصائل المعارضة بمشاركة هيئة تحرير الشام مواقع قوات النظام في حي جوبر شرقي دمشق.",
        "ونفى مصدر عسكري أن تكون فصائل المعارضة قد سيطرت على الحي بعد انسحاب قوات النظام.");
    a.event("e1", 0, SubEventType.ARMED_CLASH, "هاجمت").on(2017, 3, 19)
        .actor1(Actor.OPPOSITION, "فصائل المعارضة").assoc1(Actor.HTS, "هيئة تحرير الشام")
        .actor2(Actor.GOV, "قوات النظام").at(Place.JOBAR, "حي جوبر").add();
    a.event("e2", 1, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "سيطرت").on(2017, 3, 19)
        .actor1(Actor.OPPOSITION, "فصائل المعارضة").actor2(Actor.GOV, "قوات النظام")
        .at(Place.JOBAR, "الحي").negated().add();
    return a.done(EXTRACTOR);
  }

  public static ArticleEvents khanasser2017() {
    return khanasser2017Text().event("e1", 0, SubEventType.GOVERNMENT_REGAINS_TERRITORY, "استعادت")
        .on(2017, 2, 13).actor1(Actor.GOV, "قوات النظام").actor2(Actor.ISIS, "تنظيم الدولة الإسلامية")
        .at(Place.KHANASSER, "خناصر").add().done(EXTRACTOR);
  }

  /** The Khanasser article read again by an extractor that finds no event in it. */
  public static ArticleEvents khanasser2017WithoutEvents() {
    return khanasser2017Text().done("fixtures-2");
  }

  private static ArticleDraft khanasser2017Text() {
    return new ArticleDraft(KHANASSER_2017, LocalDate.of(2017, 2, 14), "SANA",
        "استعادت قوات النظام أمس الاثنين السيطرة على بلدة خناصر في ريف حلب الجنوبي الشرقي"
            + " بعد معارك مع تنظيم الدولة الإسلامية.");
  }

  public static ArticleEvents homs2024() {
    ArticleDraft a = new ArticleDraft(HOMS_2024, LocalDate.of(2024, 12, 8), "Al Jazeera",
        "أعلنت فصائل المعارضة بقيادة هيئة تحرير الشام سيطرتها على مدينة حمص فجر الأحد بعد انسحاب قوات النظام منها.",
        "وقالت مصادر محلية إن غارات روسية استهدفت أطراف المدينة يوم السبت وأدت إلى مقتل ثلاثة مدنيين.");
    a.event("e1", 0, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "سيطرتها").on(2024, 12, 8)
        .actor1(Actor.OPPOSITION, "فصائل المعارضة").assoc1(Actor.HTS, "هيئة تحرير الشام")
        .actor2(Actor.GOV, "قوات النظام").at(Place.HOMS, "مدينة حمص").add();
    a.event("e2", 1, SubEventType.AIR_DRONE_STRIKE, "غارات").on(2024, 12, 7)
        .actor1(Actor.RUSSIA, "روسية").actor2(Actor.CIVILIANS, "مدنيين")
        .at(Place.HOMS, "المدينة").killed(3).hedged().add();
    return a.done(EXTRACTOR);
  }

  public static ArticleEvents hama2024() {
    ArticleDraft a = new ArticleDraft(HAMA_2024, LocalDate.of(2024, 12, 6), "Enab Baladi",
        "دخلت هيئة تحرير الشام وفصائل المعارضة مدينة حماة يوم الخميس بعد اشتباكات مع قوات النظام.",
        "ونزح آلاف المدنيين من المدينة باتجاه حمص.");
    a.event("e1", 0, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "دخلت").on(2024, 12, 5)
        .actor1(Actor.HTS, "هيئة تحرير الشام").assoc1(Actor.OPPOSITION, "فصائل المعارضة")
        .actor2(Actor.GOV, "قوات النظام").at(Place.HAMA, "مدينة حماة").add();
    a.event("e2", 1, SubEventType.DISPLACEMENT, "ونزح").on(2024, 12, 5)
        .actor1(Actor.CIVILIANS, "المدنيين").at(Place.HAMA, "المدينة").add();
    return a.done(EXTRACTOR);
  }

  /**
   * Not one of {@link #articles()}: a clash, then a shelling whose sentence names only the army, so the extractor
   * takes the other side from the clash (an inferred actor2, without a mention).
   */
  public static ArticleEvents inferredSide2017() {
    ArticleDraft a = new ArticleDraft("fixture-inferred-2017", LocalDate.of(2017, 3, 22), "SANA",
        "دارت اشتباكات بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي.",
        "وقصفت قوات النظام بلدة حلفايا بالمدفعية الثقيلة.");
    a.event("e1", 0, SubEventType.ARMED_CLASH, "اشتباكات").on(2017, 3, 21)
        .actor1(Actor.GOV, "قوات النظام").actor2(Actor.OPPOSITION, "فصائل المعارضة")
        .at(Place.NORTH_HAMA, "ريف حماة الشمالي").add();
    a.event("e2", 1, SubEventType.SHELLING_ARTILLERY_MISSILE, "وقصفت").on(2017, 3, 21)
        .actor1(Actor.GOV, "قوات النظام").inferredActor2(Actor.OPPOSITION)
        .at(Place.HALFAYA, "حلفايا").add();
    return a.done(EXTRACTOR);
  }

  public static ArticleEvents weather2017() {
    return new ArticleDraft(WEATHER_2017, LocalDate.of(2017, 7, 10), "SANA",
        "توقعات بارتفاع درجات الحرارة في دمشق خلال الأيام المقبلة.").done(EXTRACTOR);
  }

  /**
   * Plausible articles of {@code eventsPerArticle} events each, the same for the same arguments: actors drawn
   * from the fixture actors and twenty local groups outside the vocabulary, places from the fixture places and
   * three hundred villages across Syria, dates from 2017 to 2024.
   */
  public static List<ArticleEvents> synthetic(int articles, int eventsPerArticle, long seed) {
    return new Synthetic(new Random(seed)).articles(articles, eventsPerArticle);
  }

  static String sha256(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** An article under construction: its text is the sentences joined by one space. */
  static final class ArticleDraft {
    private final Article article;
    private final List<Span> sentences = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    ArticleDraft(String id, LocalDate published, String outlet, String... sentenceTexts) {
      String text = String.join(" ", sentenceTexts);
      int start = 0;
      for (String s : sentenceTexts) {
        sentences.add(new Span(start, start + s.length()));
        start += s.length() + 1;
      }
      this.article = new Article(id, text, published, "https://example.org/news/" + id, outlet);
    }

    EventDraft event(String localId, int sentence, SubEventType type, String trigger) {
      return new EventDraft(this, article.id() + "#" + localId, sentences.get(sentence), type, trigger);
    }

    ArticleEvents done(String extractorVersion) {
      String hash = sha256(article.id(), article.text(), String.valueOf(article.published()), article.url(),
          article.outlet());
      return new ArticleEvents(article, events, hash, extractorVersion);
    }

    Span find(String mention, Span within) {
      int at = article.text().indexOf(mention, within.start());
      if (at < 0 || at + mention.length() > within.end()) {
        throw new IllegalArgumentException("'" + mention + "' not in sentence " + within + " of " + article.id());
      }
      return new Span(at, at + mention.length());
    }

    String text(Span span) {
      return article.text().substring(span.start(), span.end());
    }

    void add(Event event) {
      events.add(event);
    }

    String id() {
      return article.id();
    }
  }

  /** An event under construction, its mentions looked up inside its sentence. */
  static final class EventDraft {
    private final ArticleDraft article;
    private final String id;
    private final Span sentence;
    private final SubEventType type;
    private final Span trigger;
    private ActorRef actor1;
    private ActorRef actor2;
    private final List<ActorRef> assoc1 = new ArrayList<>();
    private final List<ActorRef> assoc2 = new ArrayList<>();
    private PlaceRef place;
    private LocalDate date;
    private Integer fatalities;
    private boolean negated;
    private boolean hedged;

    EventDraft(ArticleDraft article, String id, Span sentence, SubEventType type, String trigger) {
      this.article = article;
      this.id = id;
      this.sentence = sentence;
      this.type = type;
      this.trigger = article.find(trigger, sentence);
    }

    EventDraft actor1(ActorRow a, String mention) {
      actor1 = a.mention(mention, article.find(mention, sentence));
      return this;
    }

    EventDraft actor2(ActorRow a, String mention) {
      actor2 = a.mention(mention, article.find(mention, sentence));
      return this;
    }

    /** An actor2 the sentence does not name: no mention text, no span. */
    EventDraft inferredActor2(ActorRow a) {
      actor2 = a.mention(null, null);
      return this;
    }

    EventDraft assoc1(ActorRow a, String mention) {
      assoc1.add(a.mention(mention, article.find(mention, sentence)));
      return this;
    }

    EventDraft assoc2(ActorRow a, String mention) {
      assoc2.add(a.mention(mention, article.find(mention, sentence)));
      return this;
    }

    EventDraft at(PlaceRow p, String mention) {
      place = p.mention(mention, article.find(mention, sentence));
      return this;
    }

    EventDraft on(int year, int month, int day) {
      return on(LocalDate.of(year, month, day));
    }

    EventDraft on(LocalDate day) {
      date = day;
      return this;
    }

    EventDraft killed(Integer n) {
      fatalities = n;
      return this;
    }

    EventDraft negated() {
      negated = true;
      return this;
    }

    EventDraft hedged() {
      hedged = true;
      return this;
    }

    ArticleDraft add() {
      Evidence evidence = new Evidence(sentence, article.text(sentence), trigger);
      article.add(new Event(id, article.id(), type, actor1, actor2, assoc1, assoc2, place, date, null,
          DatePrecision.DAY, fatalities, null, null, negated, hedged, evidence, hedged ? 0.6 : 0.9));
      return article;
    }
  }

  /** The generator behind {@link #synthetic}: one templated sentence per event. */
  private static final class Synthetic {
    private static final String[] GOVERNORATES = {"Damascus", "Rif Dimashq", "Aleppo", "Idlib", "Hama", "Homs",
        "Latakia", "Tartus", "Daraa", "As-Suwayda", "Quneitra", "Deir ez-Zor", "Raqqa", "Hasakah"};
    private static final SubEventType[] TYPES = {SubEventType.ARMED_CLASH,
        SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.AIR_DRONE_STRIKE, SubEventType.ATTACK};
    private static final String[] TEMPLATES = {"اشتباكات بين %s و%s في %s.", "قصفت %s مواقع %s في %s.",
        "شنت %s غارات استهدفت %s قرب %s.", "هاجمت %s %s في %s."};
    private static final String[] TRIGGERS = {"اشتباكات", "قصفت", "غارات", "هاجمت"};
    // Villages come from their own fixed seed so that a place id means the same place in every run.
    private static final List<PlaceRow> PLACES = places(new Random(20_171_224L), 300);
    private static final List<ActorRow> ACTORS = actors(20);
    private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
    private static final int DAYS = 8 * 365;

    private final Random random;

    Synthetic(Random random) {
      this.random = random;
    }

    List<ArticleEvents> articles(int count, int eventsPerArticle) {
      List<ArticleEvents> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(article(String.format("syn-%07d", i), eventsPerArticle));
      }
      return out;
    }

    private ArticleEvents article(String id, int events) {
      LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
      String[] sentences = new String[events];
      int[] kinds = new int[events];
      ActorRow[][] sides = new ActorRow[events][];
      PlaceRow[] places = new PlaceRow[events];
      for (int e = 0; e < events; e++) {
        kinds[e] = random.nextInt(TYPES.length);
        sides[e] = twoActors();
        places[e] = PLACES.get(random.nextInt(PLACES.size()));
        sentences[e] = String.format(TEMPLATES[kinds[e]], sides[e][0].arabic(), sides[e][1].arabic(),
            places[e].arabic());
      }
      ArticleDraft draft = new ArticleDraft(id, published, "Synthetic", sentences);
      for (int e = 0; e < events; e++) {
        draft.event("e" + (e + 1), e, TYPES[kinds[e]], TRIGGERS[kinds[e]])
            .actor1(sides[e][0], sides[e][0].arabic()).actor2(sides[e][1], sides[e][1].arabic())
            .at(places[e], places[e].arabic()).on(published.minusDays(random.nextInt(3)))
            .killed(random.nextInt(4) == 0 ? null : random.nextInt(20)).add();
      }
      return draft.done(EXTRACTOR);
    }

    private ActorRow[] twoActors() {
      ActorRow first = ACTORS.get(random.nextInt(ACTORS.size()));
      ActorRow second = first;
      while (second == first) {
        second = ACTORS.get(random.nextInt(ACTORS.size()));
      }
      return new ActorRow[] {first, second};
    }

    /** The fixture actors plus local groups outside the vocabulary; two-digit names so none contains another. */
    private static List<ActorRow> actors(int localGroups) {
      List<ActorRow> actors = new ArrayList<>(List.of(Actor.values()));
      for (int n = 1; n <= localGroups; n++) {
        String number = String.format("%02d", n);
        actors.add(new LocalGroup("reg:local-" + number, "Local group " + number, "لواء " + number));
      }
      return actors;
    }

    private static List<PlaceRow> places(Random random, int villages) {
      List<PlaceRow> places = new ArrayList<>(List.of(Place.values()));
      for (int n = 1; n <= villages; n++) {
        String number = String.format("%03d", n);
        places.add(new Village("syn-village-" + number, "Village " + number, "قرية " + number,
            32.4 + random.nextDouble() * 4.8, 35.8 + random.nextDouble() * 6.4,
            GOVERNORATES[random.nextInt(GOVERNORATES.length)]));
      }
      return places;
    }
  }

  private record LocalGroup(String registryId, String englishName, String arabic) implements ActorRow {
    @Override
    public ActorRef mention(String text, Span span) {
      return new ActorRef(registryId, null, englishName, 3, text, span);
    }
  }

  private record Village(String id, String englishName, String arabic, double lat, double lon, String admin1)
      implements PlaceRow {
    @Override
    public PlaceRef mention(String text, Span span) {
      return new PlaceRef(id, englishName, text, lat, lon, admin1, Precision.TOWN, span);
    }
  }
}

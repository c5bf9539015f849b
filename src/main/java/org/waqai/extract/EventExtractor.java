package org.waqai.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waqai.model.ActorRef;
import org.waqai.model.Article;
import org.waqai.model.Event;
import org.waqai.model.EventType;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.model.Span;
import org.waqai.model.SubEventType;
import org.waqai.resolve.EventIds;
import org.waqai.resolve.EventMerger;
import org.waqai.text.ArabicNormalizer;
import org.waqai.text.NormalizedText;
import org.waqai.text.Sentence;
import org.waqai.text.SentenceSplitter;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * The extraction pipeline: normalise (keeping the alignment), drop page furniture, split sentences, recognise,
 * link arguments, fill implicit places from the discourse, merge, and map every offset back to the original text.
 * Immutable after construction and safe to share between threads; deterministic.
 */
public final class EventExtractor {
  /** Sentences after the last event within which an implicit place is still taken from it. */
  private static final int DISCOURSE_REACH = 4;

  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();
  private final Recognizers recognizers;
  private final PageFurniture furniture;
  private final EventLinker linker;
  private final PlaceResolver placeResolver;
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final ActorRegistry actors;
  private final EventMerger merger = new EventMerger();
  private final String version;

  public EventExtractor() {
    this(new Gazetteer());
  }

  public EventExtractor(Gazetteer gazetteer) {
    ActorRegistry actors = new ActorRegistry();
    Lexicon lexicon = new Lexicon();
    this.lexicon = lexicon;
    this.actors = actors;
    this.recognizers = new Recognizers(actors, gazetteer, lexicon);
    this.furniture = new PageFurniture(lexicon);
    this.linker = new EventLinker(lexicon, actors);
    this.placeResolver = new PlaceResolver(gazetteer);
    this.gazetteer = gazetteer;
    this.version = ExtractorVersion.current();
  }

  /** The extractor's version: the software version plus a digest of its data files. */
  public String version() {
    return version;
  }

  public List<Event> extract(Article article) {
    NormalizedText nt = normalizer.normalize(article.text());
    LocalDate ref = article.published() != null ? article.published() : Dateline.find(article.text());
    // the text is cut into words once: the furniture pass and every sentence take their tokens from this list
    // (with each word's lexicon codes, looked up the first time they are asked for)
    CodedTokens all = CodedTokens.of(tokenizer.tokenize(nt.text(), 0, nt.text().length()));
    BitSet ignored = furniture.mark(nt.text(), all);
    List<Sentence> sentences = splitter.split(nt.text(), ignored);
    List<List<Token>> sentenceTokens = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      sentenceTokens.add(all.slice(nt.text(), tokenizer, s.start(), s.end()));
    }
    List<SentenceAnalysis> analyses = analyse(sentences, sentenceTokens, ref);
    LocalDate stated = statedDate(analyses);
    if (stated != null && !stated.equals(ref)) {
      // the report dates itself (دمشق، 20 تشرين الثاني 2024 –، اليوم 24 تشرين الأول 2016): relative dates count from it
      ref = stated;
      analyses = analyse(sentences, sentenceTokens, ref);
    }
    TimeMention dateline = dateline(analyses);
    if (dateline != null) {
      analyses.set(0, analyses.get(0).withoutTime(dateline));
    }
    Discourse disc = new Discourse(ref);
    countGovernorates(analyses, disc.admin1Counts);
    disc.occupier = occupier(analyses, ref);
    countActors(analyses, ref, disc);
    leadTime(analyses, ref, disc);
    List<Draft> drafts = new ArrayList<>();
    for (SentenceAnalysis s : analyses) {
      List<PlaceRef> places = resolvePlaces(s, nt, disc);
      List<Draft> linked = linker.link(s, places, disc);
      if (linked.isEmpty()) {
        linked = listedPlaces(s, places, drafts);
      }
      boolean ownPlaces = false;
      for (Draft x : linked) {
        ownPlaces |= x.place != null && !x.placeInherited;
      }
      for (Draft d : linked) {
        if (tollOfPrevious(d, drafts)) {
          continue;
        }
        boolean recent = disc.lastPlace != null && s.sentence().index() - disc.lastPlaceSentence <= DISCOURSE_REACH;
        if (d.place == null && d.anaphorKind != null) {
          d.place = townAnaphor(d.anaphorKind, s.sentence().index(), recent, disc);
        }
        if (d.place == null && d.farPlace != null && !ownPlaces && (!recent || !disc.lastPlace.precision().isFine())) {
          // 36 مدنياً قتلوا في بلدة كفر عويد بمحافظة ادلب، برصاص قوات الأمن، التي حاصرتهم ثم اقتحمتها: the
          // sentence's own village, though far from the trigger, is nearer the truth than a governorate told before
          // (unless another event of the sentence has a place of its own, which this one is likely to share)
          d.place = d.farPlace;
          d.confidence -= 0.1;
        }
        if (d.place == null && recent) {
          d.place = disc.lastPlace;
          d.confidence -= 0.1;
        }
        if (d.place == null || inSyriaAtLarge(d.place)) {
          // "in Syria" puts nothing on a map: the governorate the report is about is the better guess
          PlaceRef main = mainGovernorate(disc);
          if (main != null || d.place == null) {
            d.place = main;
            d.confidence -= 0.15;
          }
        }
        ActorLinker.localise(d, actors, lexicon);
        ActorLinker.occupier(d, disc, lexicon);
        disc.remember(d);
        ActorLinker.carryAgent(d, disc);
        airPower(d);
        ActorLinker.inferOtherSide(d, disc);
        ActorLinker.civilianVictims(d, actors);
        dateOfToldAgain(d, drafts);
        drafts.add(d);
      }
      rememberTowns(s, places, disc);
    }
    List<Event> events = new ArrayList<>(drafts.size());
    byte[] again = new byte[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      events.add(toEvent(article, nt, d));
      again[i] = toldAgain(d);
    }
    List<Event> merged = new ArrayList<>(merger.merge(events, again));
    merged.sort(Comparator.comparingInt((Event e) -> e.evidence().span().start())
        .thenComparingInt(e -> e.evidence().trigger().start()).thenComparing(Event::id));
    return List.copyOf(merged);
  }

  /**
   * المدينة / البلدة in a sentence that names no town: the place of the last event when it is such a town (the report's
   * subject), else the last town of that kind named within reach, in the governorate of the last event (شنت الطائرات
   * غارتين على محافظة السويداء … قرب مركز المدينة is not the Damascus told before). Null when none fits.
   */
  private static PlaceRef townAnaphor(String kind, int sentence, boolean recent, Discourse disc) {
    if (recent && disc.kindIds.getOrDefault(kind, java.util.Set.of()).contains(disc.lastPlace.id())) {
      return disc.lastPlace;
    }
    PlaceRef back = switch (kind) {
      case "city" -> disc.lastCity;
      case "town" -> disc.lastTown;
      default -> disc.lastVillage;
    };
    int at = switch (kind) {
      case "city" -> disc.lastCitySentence;
      case "town" -> disc.lastTownSentence;
      default -> disc.lastVillageSentence;
    };
    if (back == null || sentence - at > DISCOURSE_REACH
        || recent && disc.lastPlace.admin1() != null && !disc.lastPlace.admin1().equals(back.admin1())) {
      return null;
    }
    return back;
  }

  /** The sentence's last city, town and village, for المدينة / البلدة / القرية in the sentences after it. */
  private static void rememberTowns(SentenceAnalysis s, List<PlaceRef> places, Discourse disc) {
    int n = s.sentence().index();
    for (int i = 0; i < places.size(); i++) {
      PlaceMention m = s.places().get(i);
      PlaceRef p = places.get(i);
      if (p == null || m.isRegionExpression() || s.sources().get(m.first())) {
        continue;
      }
      for (String kind : List.of("city", "town", "village")) {
        if (!PlaceLinker.fits(s, m, p, kind)) {
          continue;
        }
        disc.kindIds.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(p.id());
        switch (kind) {
          case "city" -> {
            disc.lastCity = p;
            disc.lastCitySentence = n;
          }
          case "town" -> {
            disc.lastTown = p;
            disc.lastTownSentence = n;
          }
          default -> {
            disc.lastVillage = p;
            disc.lastVillageSentence = n;
          }
        }
      }
    }
  }

  /**
   * وشملت تلك المواقع A، وB، وC: a sentence that only lists the places of the event told just before (قرى وبلدات في
   * ريف حماة) gives one event per place; the event at the vaguer place it elaborates is dropped. Empty otherwise.
   */
  private List<Draft> listedPlaces(SentenceAnalysis s, List<PlaceRef> places, List<Draft> drafts) {
    boolean opens = false;
    for (int k = 0; k < Math.min(3, s.tokens().size()); k++) {
      opens |= lexicon.is("list-verb", s.tokens(), k);
    }
    if (!opens || drafts.isEmpty() || places.stream().noneMatch(p -> p != null && p.precision().isFine())) {
      return List.of();
    }
    Draft told = drafts.get(drafts.size() - 1);
    if (told.sentence.sentence().index() != s.sentence().index() - 1 || told.negated || told.hedged) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      PlaceRef p = places.get(i);
      if (p != null && !s.sources().get(s.places().get(i).first())) {
        Draft copy = told.copyWithPlace(p);
        copy.confidence -= 0.05;
        out.add(copy);
      }
    }
    if (told.place != null && !told.place.precision().isFine()
        && out.stream().allMatch(c -> told.place.admin1() != null && told.place.admin1().equals(c.place.admin1()))) {
      drafts.remove(drafts.size() - 1);
    }
    return out;
  }

  private List<SentenceAnalysis> analyse(List<Sentence> sentences, List<List<Token>> tokens, LocalDate ref) {
    List<SentenceAnalysis> analyses = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      analyses.add(recognizers.analyse(sentences.get(i), tokens.get(i), ref));
    }
    return analyses;
  }

  /**
   * The date a report gives itself in its lead: a full date (day, month, year) that opens the first sentence, as in a
   * dateline (بيروت 20 نوفمبر 2024 (رويترز) –), or that follows اليوم (today) or أمس (yesterday, so the report is a
   * day later) in the first three sentences. Null when there is none.
   */
  private static LocalDate statedDate(List<SentenceAnalysis> analyses) {
    for (int i = 0; i < Math.min(3, analyses.size()); i++) {
      SentenceAnalysis s = analyses.get(i);
      for (TimeMention t : s.times()) {
        if (t.precision() != org.waqai.model.DatePrecision.DAY || !withYear(s, t)) {
          continue;
        }
        String before = s.word(t.first() - 1);
        String first = s.word(t.first());
        if (before.equals("اليوم") || first.equals("اليوم")) {
          return t.start();
        }
        if (before.equals("امس") || first.equals("امس")) {
          return t.start().plusDays(1);
        }
        if (i == 0 && t == dateline(analyses)) {
          return t.start();
        }
      }
    }
    return null;
  }

  /**
   * الغارات، الاشتباك، القصف، الهجوم: an act of violence named by a definite noun refers to one the reader knows, most
   * often one told before (EventMerger#toldAgain decides with the place and date). A generic noun (class
   * {@code told-again} in words.tsv) may name an act told before with a more specific word; any other definite noun
   * names one of its own kind. A verb, an indefinite noun or a capture word tells something new.
   */
  private byte toldAgain(Draft d) {
    EventType type = d.subtype.type();
    if (d.trigger.entry().verb() || d.trigger.entry().has("territory") || type != EventType.BATTLES
        && type != EventType.EXPLOSIONS_REMOTE_VIOLENCE && type != EventType.VIOLENCE_AGAINST_CIVILIANS) {
      return EventMerger.NEW;
    }
    String w = d.sentence.word(d.trigger.first());
    if (lexicon.is("told-again", w)) {
      return EventMerger.AGAIN_ANY_KIND;
    }
    return definite(w) ? EventMerger.AGAIN_SAME_KIND : EventMerger.NEW;
  }

  /**
   * وفقا للتحالف، فإن 18 غارة دمرت السبت … أدت الغارات إلى مقتل 23: an act told again by a definite noun (see
   * {@link #toldAgain}) in a sentence that names no day of its own happened on the day of the act it names again, the
   * last one of its kind told in the sentences just before, not on the article's or the lead's day.
   */
  private void dateOfToldAgain(Draft d, List<Draft> drafts) {
    byte again = d.dateExplicit ? EventMerger.NEW : toldAgain(d);
    if (again == EventMerger.NEW) {
      return;
    }
    int n = d.sentence.sentence().index();
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft last = drafts.get(i);
      int gap = n - last.sentence.sentence().index();
      if (gap > TOLD_AGAIN_REACH) {
        return;
      }
      boolean kind = again == EventMerger.AGAIN_ANY_KIND ? last.subtype.type() == d.subtype.type()
          : last.subtype == d.subtype;
      if (gap >= 1 && kind && !last.negated && last.date != null) {
        d.date = last.date;
        d.dateEnd = last.dateEnd;
        d.datePrecision = last.datePrecision;
        return;
      }
    }
  }

  /** How many sentences back an act told again by a definite noun may have been told. */
  private static final int TOLD_AGAIN_REACH = 2;

  /** الغارات، والغارة، بالقصف، للقصف (ل + ال): a word with the definite article after the clitics it may carry. */
  private static boolean definite(String w) {
    int k = w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
    if (w.length() - k <= 4) {
      return false;
    }
    if (w.startsWith("لل", k)) {
      return true;
    }
    if (w.charAt(k) == 'ب' || w.charAt(k) == 'ك') {
      k++;
    }
    return w.startsWith("ال", k);
  }

  /** دمشق، 20 تشرين الثاني 2024 –: a full date among the first words of the report, before any event word. */
  private static TimeMention dateline(List<SentenceAnalysis> analyses) {
    if (analyses.isEmpty()) {
      return null;
    }
    SentenceAnalysis s = analyses.get(0);
    for (TimeMention t : s.times()) {
      if (t.first() <= 3 && t.precision() == org.waqai.model.DatePrecision.DAY && withYear(s, t)
          && s.triggers().stream().noneMatch(g -> g.first() < t.first())) {
        return t;
      }
    }
    return null;
  }

  private static boolean withYear(SentenceAnalysis s, TimeMention t) {
    for (int k = t.first(); k <= t.last(); k++) {
      String w = s.word(k);
      if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && s.tokens().get(k).isNumber()) {
        return true;
      }
    }
    return false;
  }

  /**
   * وأسفر القصف عن مقتل 4 مدنيين، وقتل في الهجوم 30 شخصا: a sentence that only counts victims tells the toll of an
   * event the report has told, not another event: it gives its counts to the latest such event at the same place
   * (or, when it names no place, to the one just before, at most two sentences back). True when it was taken.
   */
  private static boolean tollOfPrevious(Draft d, List<Draft> drafts) {
    if (!d.trigger.entry().isCasualty()) {
      return false;
    }
    boolean ownPlace = d.place != null && !d.placeInherited;
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft last = drafts.get(i);
      int gap = d.sentence.sentence().index() - last.sentence.sentence().index();
      // an arrest, a looting or an abduction told just before kills nobody: the toll is the violent event's
      if (last.trigger.entry().isCasualty() || last.negated || last.hedged || !Casualties.lethal(last.subtype)
          || gap < 1) {
        continue;
      }
      boolean samePlace = ownPlace ? last.place != null && samePlace(d.place, last.place) : gap <= 2;
      if (!samePlace) {
        if (!ownPlace) {
          return false;
        }
        continue;
      }
      last.fatalities = max(last.fatalities, d.fatalities);
      last.injured = max(last.injured, d.injured);
      return true;
    }
    return false;
  }

  /** The same place, or a coarse place (region, governorate) and a place in its governorate. */
  private static boolean samePlace(PlaceRef a, PlaceRef b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    boolean coarse = !a.precision().isFine() || !b.precision().isFine();
    return coarse && a.admin1() != null && a.admin1().equals(b.admin1());
  }

  private static Integer max(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  /**
   * قصف صاروخي إسرائيلي على مطار التيفور، غارات صاروخية أمريكية: in Syria a force that strikes from the air (word class
   * {@code air-power}: Israel's, the US-led coalition's) fires its missiles from aircraft, so its bombardment is an
   * air strike (ACLED's coding) unless a ground weapon (word class {@code ground-fire}: مدفعية، دبابات، هاون) is
   * named with it; مواقع مدفعية is a target, not the weapon. Not on a ground front line where such forces stand and
   * fire (word class {@code ground-front}: Quneitra, by the occupied Golan). Asked only of such an actor's shelling.
   */
  private void airPower(Draft d) {
    if (d.subtype != SubEventType.SHELLING_ARTILLERY_MISSILE || d.actor1Entry == null || d.actor1Entry.key() == null
        || d.place == null || d.sentence == null || !lexicon.is("air-power", d.actor1Entry.key())
        || gazetteer.governorate(d.place.admin1()) == null || lexicon.is("ground-front", d.place.admin1().toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    SentenceAnalysis s = d.sentence;
    int t = d.trigger.first();
    for (int k = Math.max(0, t - 3); k <= d.trigger.last() + 8 && k < s.tokens().size(); k++) {
      if (lexicon.is("ground-fire", s.tokens(), k) && !lexicon.is("target", s.tokens(), k - 1) && s.clauseDistance(k, t) <= 1) {
        return;
      }
    }
    d.subtype = SubEventType.AIR_DRONE_STRIKE;
  }

  private static boolean inSyriaAtLarge(PlaceRef p) {
    return p.precision() == org.waqai.model.Precision.COUNTRY && "Syria".equals(p.admin1());
  }

  /**
   * An event whose sentence and recent discourse name no place happened, as far as the report says, in the
   * governorate it names most (at governorate precision): better a coarse place than none for a map or a count.
   * Null when the report names no governorate, or two equally often.
   */
  private PlaceRef mainGovernorate(Discourse disc) {
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : disc.admin1Counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    PlaceEntry g = best == null || tie ? null : gazetteer.governorate(best);
    return g == null ? null : new PlaceRef(g.id(), g.name(), null, g.lat(), g.lon(), g.admin1(), g.precision(), null);
  }

  private List<PlaceRef> resolvePlaces(SentenceAnalysis s, NormalizedText nt, Discourse disc) {
    String sentenceAdmin1 = null;
    for (PlaceMention m : s.places()) {
      if (m.inOneGovernorate()) {
        sentenceAdmin1 = m.candidates().get(0).admin1();
      }
    }
    List<PlaceRef> out = new ArrayList<>();
    for (PlaceMention m : s.places()) {
      Token a = s.tokens().get(m.first());
      Token b = s.tokens().get(m.last());
      out.add(placeResolver.resolve(m, disc.admin1Counts, sentenceAdmin1, nt.toOriginal(a.start(), b.end()),
          nt.originalText(a.start(), b.end())));
    }
    return out;
  }

  private static void countGovernorates(List<SentenceAnalysis> analyses, Map<String, Integer> counts) {
    for (SentenceAnalysis s : analyses) {
      for (PlaceMention m : s.places()) {
        if (m.inOneGovernorate()) {
          counts.merge(m.candidates().get(0).admin1(), 1, Integer::sum);
        }
      }
    }
  }

  /** The first occupier other than Israel the article names with the word الاحتلال (الاحتلال التركي), or null. */
  private ActorEntry occupier(List<SentenceAnalysis> analyses, LocalDate ref) {
    for (SentenceAnalysis s : analyses) {
      for (Mentions.Actor a : s.actors()) {
        ActorEntry e = ActorRegistry.choose(a.candidates(), ref);
        if (e == null || a.adjective() || "israel-forces".equals(e.key()) || e.inter() != 8 && !e.isState()) {
          continue;
        }
        for (int k = a.first(); k <= a.last(); k++) {
          if (org.waqai.text.Clitics.readings(s.word(k)).contains("الاحتلال")) {
            return e;
          }
        }
      }
    }
    return null;
  }

  /**
   * Every actor the article names, by identity at the article's date (a bare الاحتلال as the occupier it names); a
   * source (وفق المرصد) is not an actor.
   */
  private void countActors(List<SentenceAnalysis> analyses, LocalDate ref, Discourse disc) {
    Map<ActorEntry, Integer> counts = disc.actorCounts;
    for (SentenceAnalysis s : analyses) {
      for (Mentions.Actor a : s.actors()) {
        ActorEntry e = s.sources().get(a.first()) ? null : ActorRegistry.choose(a.candidates(), ref);
        if (disc.occupier != null && ActorLinker.bareOccupation(a, e, s, lexicon)) {
          e = disc.occupier;
        }
        if (e != null) {
          counts.merge(e, 1, Integer::sum);
        }
      }
    }
  }

  /** How many sentences from the start the lead may lie, after a site's lines before the body. */
  private static final int LEAD_REACH = 8;

  /**
   * A relative date in the first two sentences (the lead) dates the whole report unless a sentence says otherwise.
   * Lines before the first sentence of the body (a site's name, a section, a repeated title, "posted on …") are no
   * lead: while no sentence of the first two is a body sentence (ending in a full stop, or long), the lead is the first
   * sentence further on (among the first {@value #LEAD_REACH}) that tells an event.
   */
  private static void leadTime(List<SentenceAnalysis> analyses, LocalDate ref, Discourse disc) {
    boolean body = false;
    for (int i = 0; i < Math.min(LEAD_REACH, analyses.size()); i++) {
      SentenceAnalysis s = analyses.get(i);
      if (i >= 2 && (body || s.triggers().isEmpty())) {
        if (body) {
          return;
        }
        continue;
      }
      List<Token> tk = s.tokens();
      body |= tk.size() > 25 || !tk.isEmpty() && tk.get(tk.size() - 1).text().equals(".");
      for (TimeMention t : s.times()) {
        if (ref != null && !t.start().isBefore(ref.minusDays(3))
            && t.precision() == org.waqai.model.DatePrecision.DAY) {
          disc.leadTime = new TimeMention(-1, -1, t.start(), t.end(), t.precision());
          disc.leadTimeSentence = s.sentence().index();
          return;
        }
      }
    }
  }

  private Event toEvent(Article article, NormalizedText nt, Draft d) {
    SentenceAnalysis s = d.sentence;
    Span sentenceSpan = nt.toOriginal(s.sentence().start(), s.sentence().end());
    Span trigger = nt.toOriginal(s.tokens().get(d.trigger.first()).start(), s.tokens().get(d.trigger.last()).end());
    Evidence evidence = new Evidence(sentenceSpan,
        article.text().substring(sentenceSpan.start(), sentenceSpan.end()), trigger);
    String placeId = d.place == null ? null : d.place.id();
    String id = article.id() + "-" + EventIds.of(article.id(), d.subtype.name(), placeId,
        String.valueOf(trigger.start()));
    return new Event(id, article.id(), d.subtype, actor(nt, s, d.actor1, d.actor1Entry),
        actor(nt, s, d.actor2, d.actor2Entry), actors(nt, s, d.assoc1, d), actors(nt, s, d.assoc2, d), d.place, d.date,
        d.dateEnd, d.datePrecision, d.fatalities, d.injured, d.displaced, d.negated, d.hedged, evidence,
        Math.round(Math.max(0.05, Math.min(0.95, d.confidence)) * 100) / 100.0);
  }

  private static ActorRef actor(NormalizedText nt, SentenceAnalysis s, Mentions.Actor m, ActorEntry e) {
    if (e == null) {
      return null;
    }
    if (m == null) {
      return new ActorRef(e.id(), e.key(), e.name(), e.inter(), null, null);
    }
    Token a = s.tokens().get(m.first());
    Token b = s.tokens().get(m.last());
    return new ActorRef(e.id(), e.key(), e.name(), e.inter(), nt.originalText(a.start(), b.end()),
        nt.toOriginal(a.start(), b.end()));
  }

  private static List<ActorRef> actors(NormalizedText nt, SentenceAnalysis s, List<Mentions.Actor> ms, Draft d) {
    List<ActorRef> out = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (Mentions.Actor m : ms) {
      ActorRef r = actor(nt, s, m, ActorRegistry.choose(m.candidates(), d.date));
      if (r != null && seen.putIfAbsent(r.identity(), true) == null) {
        out.add(r);
      }
    }
    return out;
  }
}

package org.waqai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.waqai.data.TsvResource;
import org.waqai.model.PlaceRef;
import org.waqai.text.ArabicNormalizer;
import org.waqai.text.NormalizedText;
import org.waqai.text.Sentence;
import org.waqai.text.Token;

/**
 * Place recognition and resolution on sentences written for these tests ({@code places.tsv}): the bundled gazetteer,
 * lexicon and actor registry, one sentence at a time with no article context.
 */
class PlaceRecognitionTest {
  private static final Gazetteer GAZETTEER = new Gazetteer();
  private static final Recognizers RECOGNIZERS = new Recognizers(new ActorRegistry(), GAZETTEER, new Lexicon());
  private static final PlaceResolver RESOLVER = new PlaceResolver(GAZETTEER);

  @TestFactory
  Stream<DynamicTest> places() {
    return TsvResource.classpath("/org/waqai/extract/places.tsv").stream()
        .map(r -> DynamicTest.dynamicTest(r.get("case"), () -> assertEquals(r.get("places"), places(r.get("text")),
            r.get("case"))));
  }

  @Test
  void aGluedPrepositionLeavesTheWordAfterIt() {
    assertEquals("حمص", PlaceRecognizer.gluedPreposition("فيحمص"));
    assertEquals("محافظه", PlaceRecognizer.gluedPreposition("وفيمحافظه"));
    assertEquals("قريه", PlaceRecognizer.gluedPreposition("منقريه"));
    // too short to be a preposition and a name: فيما، منها، منصور (not من + صور)
    assertEquals(null, PlaceRecognizer.gluedPreposition("فيما"));
    assertEquals(null, PlaceRecognizer.gluedPreposition("منها"));
    assertEquals(null, PlaceRecognizer.gluedPreposition("منصور"));
  }

  @Test
  void onlyPrepositionsAndConjunctionsStandBeforeAPlaceName() {
    // و، ب، ل and ف before ب or ل
    assertEquals(true, PlaceRecognizer.placeProclitic("وحلب", "حلب"));
    assertEquals(true, PlaceRecognizer.placeProclitic("بحلب", "حلب"));
    assertEquals(true, PlaceRecognizer.placeProclitic("وبريف", "ريف حلب"));
    assertEquals(true, PlaceRecognizer.placeProclitic("فلحلب", "حلب"));
    assertEquals(true, PlaceRecognizer.placeProclitic("حلب", "حلب"));
    // ك (كسرت is a verb, not ك + سرت) and a bare ف (فرقة is a noun, not ف + رقة)
    assertEquals(false, PlaceRecognizer.placeProclitic("كسرت", "سرت"));
    assertEquals(false, PlaceRecognizer.placeProclitic("وكسرت", "سرت"));
    assertEquals(false, PlaceRecognizer.placeProclitic("فرقة", "رقة"));
  }

  @Test
  void gazetteerHoldsTheDerivedCommunities() {
    // the Syrian Archive rows add villages, quarters and points to the hand-written and GeoNames rows
    long derived = GAZETTEER.entries().stream().filter(e -> e.id().startsWith("sa-")).count();
    assertEquals(true, derived > 300, "derived rows: " + derived);
    assertEquals(true, GAZETTEER.size() > 2400, "rows: " + GAZETTEER.size());
  }

  static String places(String text) {
    NormalizedText nt = ArabicNormalizer.standard().normalize(text);
    String s = nt.text();
    SentenceAnalysis a = RECOGNIZERS.analyse(s, new Sentence(0, 0, s.length(), 0), LocalDate.of(2020, 1, 1));
    String sentenceAdmin1 = null;
    for (PlaceMention m : a.places()) {
      if (m.candidates().stream().map(PlaceEntry::admin1).distinct().count() == 1) {
        sentenceAdmin1 = m.candidates().get(0).admin1();
      }
    }
    List<String> out = new ArrayList<>();
    for (PlaceMention m : a.places()) {
      Token f = a.tokens().get(m.first());
      Token l = a.tokens().get(m.last());
      PlaceRef p = RESOLVER.resolve(m, new HashMap<>(), sentenceAdmin1, nt.toOriginal(f.start(), l.end()),
          nt.originalText(f.start(), l.end()));
      if (p != null) {
        out.add(p.name() + "@" + p.admin1() + "@" + p.precision().label());
      }
    }
    return out.isEmpty() ? "-" : String.join(" ; ", out);
  }
}

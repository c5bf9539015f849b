package org.waqai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waqai.text.ArabicNormalizer;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/** Each date form against a fixed article date: Thursday 2017-03-23. */
class TemporalResolverTest {
  private static final LocalDate REF = LocalDate.of(2017, 3, 23);
  private final TemporalResolver resolver = new TemporalResolver();

  @ParameterizedTest(name = "{0} -> {1}..{2} {3}")
  @CsvSource(delimiter = '|', value = {
      "اليوم | 2017-03-23 | 2017-03-23 | DAY",
      "أمس | 2017-03-22 | 2017-03-22 | DAY",
      "فجر أمس | 2017-03-22 | 2017-03-22 | DAY",
      "أول أمس | 2017-03-21 | 2017-03-21 | DAY",
      "الثلاثاء | 2017-03-21 | 2017-03-21 | DAY",
      "الخميس | 2017-03-23 | 2017-03-23 | DAY",
      "ليل الإثنين الثلاثاء | 2017-03-20 | 2017-03-21 | RANGE",
      "منذ الجمعة | 2017-03-17 | 2017-03-23 | RANGE",
      "خلال الـ24 ساعة الماضية | 2017-03-22 | 2017-03-23 | RANGE",
      "قبل يومين | 2017-03-21 | 2017-03-21 | DAY",
      "قبل ثلاثة أيام | 2017-03-20 | 2017-03-20 | DAY",
      "قبل ثلاثة أشهر | 2016-11-23 | 2017-01-23 | MONTH",
      "قبل 5 سنوات | 2012-01-23 | 2012-04-23 | MONTH",
      "قبل عدة أشهر | 2016-05-23 | 2017-01-23 | MONTH",
      "قبل سنوات | 2007-03-23 | 2015-03-23 | MONTH",
      "قبل عام 2005 | 2005-01-01 | 2005-12-31 | YEAR",
      "في الخمسينات | 1950-01-01 | 1959-12-31 | YEAR",
      "يوم الأحد المقبل | 2017-03-26 | 2017-03-26 | DAY",
      "الخميس القادم | 2017-03-30 | 2017-03-30 | DAY",
      "الأسبوع المقبل | 2017-03-24 | 2017-03-30 | RANGE",
      "في التسعينيات من القرن الماضي | 1990-01-01 | 1999-12-31 | YEAR",
      "في 27 تشرين الثاني | 2016-11-27 | 2016-11-27 | DAY",
      "في 5 آذار 2017 | 2017-03-05 | 2017-03-05 | DAY",
      "في 17 يناير الجاري | 2017-01-17 | 2017-01-17 | DAY",
      "في ديسمبر | 2016-12-01 | 2016-12-31 | MONTH",
      "عام 2011 | 2011-01-01 | 2011-12-31 | YEAR",
      "في فبراير (شباط) 2007 | 2007-02-01 | 2007-02-28 | MONTH",
      "في 11 يوليو (تموز) عام 1995 | 1995-07-11 | 1995-07-11 | DAY",
      "يوم 30 ديسمبر (كانون الأول) | 2016-12-30 | 2016-12-30 | DAY",
      "في 1996 | 1996-01-01 | 1996-12-31 | YEAR",
      "منذ 2011 | 2011-01-01 | 2011-12-31 | YEAR",
      "في أواخر التسعينات | 1990-01-01 | 1999-12-31 | YEAR",
      "خلال الثمانينيات | 1980-01-01 | 1989-12-31 | YEAR",
      "قبل عام | 2016-01-23 | 2016-04-23 | MONTH",
      "قبل عامين | 2015-01-23 | 2015-04-23 | MONTH",
      "قبل ثلاث سنوات | 2014-01-23 | 2014-04-23 | MONTH",
      "قبل شهرين | 2016-12-23 | 2017-02-23 | MONTH",
      "اليوم الخميس | 2017-03-23 | 2017-03-23 | DAY",
      "اليوم الأربعاء | 2017-03-22 | 2017-03-22 | DAY",
      "أمس الثلاثاء | 2017-03-21 | 2017-03-21 | DAY",
      "أمس الأربعاء | 2017-03-22 | 2017-03-22 | DAY"})
  void resolves(String text, String start, String end, String precision) {
    String norm = ArabicNormalizer.standard().normalize(text).text();
    List<Token> tokens = new Tokenizer().tokenize(norm, 0, norm.length());
    List<TimeMention> found = resolver.find(tokens, REF);
    assertTrue(!found.isEmpty(), "no date in " + text);
    TimeMention t = found.get(0);
    assertEquals(LocalDate.parse(start), t.start());
    assertEquals(LocalDate.parse(end), t.end());
    assertEquals(precision, t.precision().name());
  }
}

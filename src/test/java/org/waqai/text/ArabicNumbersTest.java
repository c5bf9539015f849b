package org.waqai.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNumbersTest {
  @ParameterizedTest(name = "{0} = {1} (vague {2})")
  @CsvSource({"سبعة مدنيين, 7, false", "عشرة آلاف شخص, 10000, false", "10 آلاف مدني, 10000, false",
      "37 قتيلا, 37, false", "خمسة وعشرين, 25, false", "ثلاثة عشر, 13, false", "ألفي مقاتل, 2000, false",
      "خمسين ألف شخص, 50000, false", "عشرات القتلى, 10, true", "مئات الآلاف, 100, true", "١٢ قتيلا, 12, false",
      "'10,000 نازح', 10000, false"})
  void reads(String text, long value, boolean vague) {
    String norm = ArabicNormalizer.standard().normalize(text).text();
    List<Token> tokens = new Tokenizer().tokenize(norm, 0, norm.length());
    NumberMatch m = ArabicNumbers.standard().read(tokens, 0);
    assertEquals(value, m.value());
    assertEquals(vague, m.vague());
  }
}

package org.waqai.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliticsTest {
  @ParameterizedTest(name = "{0} can read as {1}")
  @CsvSource({"بريف, ريف", "ولادلب, ادلب", "بحماه, حماه", "للنظام, النظام", "والفصائل, الفصائل",
      "فالجيش, الجيش", "وبالقرب, القرب", "كالعاده, العاده", "لبنان, لبنان"})
  void readings(String word, String reading) {
    assertTrue(Clitics.readings(word).contains(reading), Clitics.readings(word).toString());
  }
}

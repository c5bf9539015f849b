package org.waqai.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, new BitSet()).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void fullStopWithoutSpace() {
    assertEquals(List.of("دارت اشتباكات بعد منتصف الليل.", "واوضح المرصد ان القصف استمر."),
        split("دارت اشتباكات بعد منتصف الليل.واوضح المرصد ان القصف استمر."));
  }

  @Test
  void headlineWithoutPunctuation() {
    assertEquals(List.of("اشتباكات في ريف حلب", "قالت مصادر ان المعارك مستمرة."),
        split("اشتباكات في ريف حلب\n\nقالت مصادر ان المعارك مستمرة."));
  }

  @Test
  void abbreviationsAndDecimals() {
    assertEquals(List.of("قال مراسل ا.ف.ب ان 1.5 مليون شخص نزحوا.", "وتابع."),
        split("قال مراسل ا.ف.ب ان 1.5 مليون شخص نزحوا. وتابع."));
  }

  @Test
  void questionMarksEndSentences() {
    assertEquals(2, split("هل انتهت المعارك؟ لا احد يعرف.").size());
  }

  @Test
  void ellipsisCharacterEndsASentenceAsThreeDotsDo() {
    assertEquals(List.of("قصفت المدفعية بلدتي داعل وابطع …", "الفصائل ردت باستهداف حاجز للجيش."),
        split("قصفت المدفعية بلدتي داعل وابطع … الفصائل ردت باستهداف حاجز للجيش."));
    assertEquals(split("قصفت المدفعية بلدتي داعل وابطع ... الفصائل ردت باستهداف حاجز للجيش.").size(),
        split("قصفت المدفعية بلدتي داعل وابطع … الفصائل ردت باستهداف حاجز للجيش.").size());
  }

  @Test
  void ellipsisEndsASentenceLikeTwoFullStops() {
    assertEquals(List.of("قصفت قوات النظام بلدة كفرنبودة …", "المعارضة ردت بقصف محردة.."),
        split("قصفت قوات النظام بلدة كفرنبودة … المعارضة ردت بقصف محردة.."));
  }
}

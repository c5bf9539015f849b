package org.waqai.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.waqai.model.Article;

/**
 * Generated articles of about 3 KB for benchmarks and load tests, made of sentences written for this purpose with
 * places and actors drawn at random.
 */
public final class SyntheticArticles {
  private static final String[] PLACES = {"حماة", "إدلب", "حلب", "دوما", "داريا", "سراقب", "حلفايا", "خان شيخون",
      "تلبيسة", "الرستن", "جسر الشغور", "منبج", "تل أبيض", "الرقة", "دير الزور", "البوكمال", "درعا", "نوى"};
  private static final String[] ACTORS = {"قوات النظام", "فصائل المعارضة", "هيئة تحرير الشام", "تنظيم الدولة",
      "قوات سوريا الديمقراطية", "الجيش الوطني السوري", "الطيران الروسي", "حزب الله"};
  private static final String[] TEMPLATES = {
      "اندلعت اشتباكات عنيفة اليوم بين %s و%s في محيط مدينة %s، وفق المرصد السوري لحقوق الإنسان.",
      "وقصفت %s بالمدفعية الثقيلة أحياء في بلدة %3$s أمس ما أسفر عن مقتل %4$d مدنيين وإصابة آخرين.",
      "وتمكنت %s من السيطرة على قرى عدة في ريف %3$s الشمالي بعد معارك مع %2$s استمرت ساعات.",
      "وشن %s غارات جوية على بلدات في ريف %3$s الجنوبي، بحسب ناشطين محليين.",
      "وقال مصدر عسكري إن الوضع في %3$s هادئ نسبيا منذ صباح اليوم، مع استمرار حركة النزوح.",
      "وأفاد مراسلون بأن الأسواق في %3$s فتحت أبوابها بعد أيام من الإغلاق وسط إجراءات أمنية مشددة."};

  private SyntheticArticles() {}

  public static List<Article> generate(int n, long seed) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 3000) {
        String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
        sb.append(String.format(t, ACTORS[r.nextInt(ACTORS.length)], ACTORS[r.nextInt(ACTORS.length)],
            PLACES[r.nextInt(PLACES.length)], 1 + r.nextInt(20))).append(' ');
      }
      out.add(new Article("synthetic-" + i, sb.toString(), LocalDate.of(2017, 3, 23).plusDays(r.nextInt(2000)), null,
          null));
    }
    return out;
  }
}

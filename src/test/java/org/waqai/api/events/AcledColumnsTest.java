package org.waqai.api.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.waqai.model.Event;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;

class AcledColumnsTest {
  private final ArticleEvents article = StoreFixtures.inferredSide2017();

  @Test
  void notesAreTheSentenceWhenItNamesBothSides() {
    Event clash = article.events().get(0);
    assertEquals(clash.evidence().sentence(), AcledColumns.notes(clash));
  }

  @Test
  void notesSayWhichSideTheSentenceDoesNotName() {
    Event shelling = article.events().get(1);
    assertEquals("وقصفت قوات النظام بلدة حلفايا بالمدفعية الثقيلة."
        + " [actor2 inferred from the article: not named in this sentence]", AcledColumns.notes(shelling));
  }
}

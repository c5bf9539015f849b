package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;

class EventJsonWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final EventJsonWriter writer = new EventJsonWriter();
  private final ArticleEvents article = StoreFixtures.inferredSide2017();

  @Test
  void anInferredActorHasNoTextAndSaysSo() throws Exception {
    JsonNode shelling = JSON.readTree(writer.line(article.events().get(1)));
    assertEquals("opposition-rebels", shelling.at("/actor2/key").asText());
    assertTrue(shelling.at("/actor2/text").isNull());
    assertTrue(shelling.at("/actor2/inferred").asBoolean());
    assertTrue(shelling.at("/actor2/start").isMissingNode());
  }

  @Test
  void aNamedActorCarriesItsMentionAndNoFlag() throws Exception {
    JsonNode clash = JSON.readTree(writer.line(article.events().get(0)));
    assertEquals("فصائل المعارضة", clash.at("/actor2/text").asText());
    assertFalse(clash.at("/actor2").has("inferred"));
    assertFalse(clash.at("/actor1").has("inferred"));
  }
}

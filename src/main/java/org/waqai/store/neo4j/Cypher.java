package org.waqai.store.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Query;

/**
 * The store's Cypher, one resource file per statement under {@code org/waqai/store/neo4j/}. Statements take all
 * their values as parameters; nothing is ever spliced into the text.
 */
enum Cypher {
  FINGERPRINTS("fingerprints"),
  CLAIM_ARTICLES("claim-articles"),
  DELETE_ARTICLE_EVENTS("delete-article-events"),
  MERGE_ACTORS("merge-actors"),
  MERGE_PLACES("merge-places"),
  CREATE_EVENTS("create-events"),
  CREATE_NEW_EVENTS("create-new-events"),
  COUNT_EVENTS("count-events"),
  COUNT_ARTICLES("count-articles"),
  CLEAR("clear"),
  AWAIT_INDEXES("await-indexes"),
  WHERE_FOUGHT("where-fought"),
  ACTIVE_ACTORS("active-actors"),
  EVENTS_NEAR("events-near"),
  SOURCE_OF("source-of");

  private final String text;

  Cypher(String resource) {
    this.text = load(resource);
  }

  Query query(Map<String, Object> parameters) {
    return new Query(text, parameters);
  }

  Query query() {
    return new Query(text);
  }

  /**
   * The schema statements, which Neo4j runs one per transaction. The file separates them with a semicolon at the
   * end of a line; lines starting with {@code //} are comments.
   */
  static List<String> schema() {
    return Arrays.stream(load("schema").split(";\\s*(\\R|$)"))
        .filter(statement -> !statement.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("//")))
        .map(String::strip)
        .toList();
  }

  private static String load(String resource) {
    String path = resource + ".cypher";
    try (InputStream in = Cypher.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing Cypher resource org/waqai/store/neo4j/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cypher resource " + path, e);
    }
  }
}

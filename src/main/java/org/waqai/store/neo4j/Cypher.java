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
  FINGERPRINTS("fingerprints", true),
  CLAIM_ARTICLES("claim-articles", true),
  DELETE_ARTICLE_EVENTS("delete-article-events", true),
  MERGE_ACTORS("merge-actors", true),
  MERGE_PLACES("merge-places", true),
  CREATE_EVENTS("create-events", true),
  CREATE_NEW_EVENTS("create-new-events", true),
  COUNT_EVENTS("count-events"),
  COUNT_ARTICLES("count-articles"),
  CLEAR("clear"),
  AWAIT_INDEXES("await-indexes"),
  WHERE_FOUGHT("where-fought"),
  ACTIVE_ACTORS("active-actors"),
  EVENTS_NEAR("events-near"),
  SOURCE_OF("source-of");

  /**
   * Prefixed to the write path's statements. Neo4j replans a cached query once the graph's statistics have changed
   * enough (by default: the counts it was planned with have quadrupled, checked at most every 10 s), which a load
   * into an empty or young store triggers while it grows, each time parsing and planning these large statements
   * anew and handing the JIT new code: about 15% of the Bolt worker's samples in a JFR profile of loads into a
   * cleared graph (Neo4jWriteVariantsBench). Their plans do not depend on the statistics (every node is found by id
   * through a uniqueness constraint's index, which the planner picks even on an empty graph), so they keep the plan
   * they were first given until the plan cache drops it. Read queries replan as usual.
   */
  static final String PLAN_ONCE = "CYPHER replan=skip\n";

  /** Neo4jWriteVariantsBench only: false sends the write statements without {@link #PLAN_ONCE}. */
  static volatile boolean planOnce = true;

  private final String text;
  private final String planOnceText;

  Cypher(String resource) {
    this(resource, false);
  }

  Cypher(String resource, boolean planOnce) {
    this.text = load(resource);
    this.planOnceText = planOnce ? PLAN_ONCE + text : text;
  }

  Query query(Map<String, Object> parameters) {
    return new Query(text(), parameters);
  }

  Query query() {
    return new Query(text());
  }

  private String text() {
    return planOnce ? planOnceText : text;
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

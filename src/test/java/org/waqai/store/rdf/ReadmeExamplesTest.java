package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code sparql} block of {@code ontology/README.md} runs on a TDB2 store with the fixtures and has rows. */
class ReadmeExamplesTest {
  private static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  static Path dir;

  private static RdfEventStore store;

  @BeforeAll
  static void load() {
    store = RdfEventStore.open(RdfSettings.tdb2(dir.resolve("tdb2")));
    store.initialise();
    store.write(RdfFixtures.all());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @TestFactory
  Stream<DynamicTest> examplesReturnRows() throws IOException {
    String readme = Files.readString(Path.of("ontology/README.md"));
    List<String> queries = new ArrayList<>();
    Matcher m = SPARQL_BLOCK.matcher(readme);
    while (m.find()) {
      queries.add(m.group(1));
    }
    assertFalse(queries.isEmpty(), "no sparql blocks in ontology/README.md");
    return queries.stream().map(q -> DynamicTest.dynamicTest(firstSelectLine(q),
        () -> assertTrue(store.select(q).hasNext(), "no rows for:\n" + q)));
  }

  private static String firstSelectLine(String query) {
    return query.lines().filter(l -> l.startsWith("SELECT")).findFirst().orElse(query.lines().findFirst().orElse(""));
  }
}

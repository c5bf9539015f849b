package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each TDB2 bulk loader the setting can choose loads the same N-Quads into the same dataset. */
class Tdb2BulkLoaderTest {
  private static final String QUADS = """
      <https://example.org/a> <https://example.org/p> "نص عربي"@ar <https://example.org/g1> .
      <https://example.org/a> <https://example.org/q> _:b0 <https://example.org/g1> .
      _:b0 <https://example.org/r> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <https://example.org/g1> .
      <https://example.org/b> <https://example.org/p> <https://example.org/a> <https://example.org/g2> .
      """;

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(Tdb2BulkLoad.Loader.class)
  void everyLoaderLoadsTheSameDataset(Tdb2BulkLoad.Loader loader) throws Exception {
    Path nq = Files.writeString(dir.resolve("in.nq"), QUADS, StandardCharsets.UTF_8);
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
    try {
      DataLoader bulk = loader.create(dsg);
      bulk.startBulk();
      bulk.load(nq.toString());
      bulk.finishBulk();
      dsg.begin(TxnType.READ);
      try {
        assertTrue(IsoMatcher.isomorphic(RDFDataMgr.loadDatasetGraph(nq.toString()), dsg), loader.name());
      } finally {
        dsg.end();
      }
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  @ParameterizedTest
  @CsvSource({"parallel,PARALLEL", "Phased,PHASED", " sequential ,SEQUENTIAL", "BASIC,BASIC"})
  void settingNamesALoader(String value, Tdb2BulkLoad.Loader expected) {
    assertEquals(expected, Tdb2BulkLoad.Loader.fromSetting(value));
  }

  @org.junit.jupiter.api.Test
  void unsetMeansSequentialOnTwoProcessorsOrFewerElseParallel() {
    Tdb2BulkLoad.Loader expected = Runtime.getRuntime().availableProcessors() <= 2 ? Tdb2BulkLoad.Loader.SEQUENTIAL
        : Tdb2BulkLoad.Loader.PARALLEL;
    assertEquals(expected, Tdb2BulkLoad.Loader.fromSetting(null));
    assertEquals(expected, Tdb2BulkLoad.Loader.fromSetting(" "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tdb2BulkLoad.Loader.fromSetting("xloader"));
    assertTrue(e.getMessage().contains(Tdb2BulkLoad.LOADER_KEY), e.getMessage());
  }
}

package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest then export from the command line: idempotent re-ingest, and one named graph per article in the dump. */
class IngestExportCommandTest {
  @TempDir
  Path dir;

  @Test
  void ingestTwiceThenExport() {
    String samples = Path.of("samples", "illustrative.jsonl").toString();
    String data = dir.resolve("data").toString();
    assertEquals(0, Main.run("ingest", "-q", samples, "--data", data));
    assertEquals(0, Main.run("ingest", "-q", samples, "--data", data), "re-ingest is a no-op that succeeds");
    Path out = dir.resolve("dump.trig");
    assertEquals(0, Main.run("export", "-q", "--data", data, "--format", "trig", "-o", out.toString()));
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
    List<String> graphs = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining((Node g) -> graphs.add(g.getURI()));
    assertEquals(3, graphs.stream().filter(g -> g.contains("/article/")).count(), graphs.toString());
    assertTrue(dsg.getGraph(dsg.listGraphNodes().next()).size() > 0);
    assertEquals(1, Main.run("export", "-q", "--data", dir.resolve("nothing").toString(), "-o", out.toString()));
    assertEquals(2, Main.run("export", "--data", data, "--format", "xml", "-o", out.toString()));
  }
}

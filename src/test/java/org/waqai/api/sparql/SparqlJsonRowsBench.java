package org.waqai.api.sparql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The compact JSON writer against Jena's on rows shaped like the benchmark's {@code near} answer (event id, place
 * id, latitude, longitude as xsd:decimal), 5,253 rows, in one JVM, alternating the two writers.
 * {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=SparqlJsonRowsBench}
 */
@Tag("bench")
class SparqlJsonRowsBench {
  private static final int ROWS = 5_253;
  private static final int ROUNDS = 30;

  @Test
  void compactWriterAgainstJenas() {
    List<Var> vars = List.of(Var.alloc("eventId"), Var.alloc("placeId"), Var.alloc("lat"), Var.alloc("lon"));
    List<Binding> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      BindingBuilder b = BindingBuilder.create();
      b.add(vars.get(0), NodeFactory.createLiteralString("synthetic-" + (i / 25) + "-" + Integer.toHexString(i * 7919)
          + "#e" + (i % 25)));
      b.add(vars.get(1), NodeFactory.createLiteralString("place-" + (i % 40)));
      b.add(vars.get(2), NodeFactory.createLiteralDT(String.format("35.%06d", i % 90_000), XSDDatatype.XSDdecimal));
      b.add(vars.get(3), NodeFactory.createLiteralDT(String.format("36.%06d", i % 70_000), XSDDatatype.XSDdecimal));
      rows.add(b.build());
    }
    long[] jena = new long[ROUNDS];
    long[] ours = new long[ROUNDS];
    int jenaBytes = 0;
    int ourBytes = 0;
    for (int r = 0; r < ROUNDS; r++) {
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      long t0 = System.nanoTime();
      ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(a, RowSetStream.create(vars, rows.iterator()));
      long t1 = System.nanoTime();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      SparqlJsonRows.write(b, vars, rows);
      long t2 = System.nanoTime();
      jena[r] = t1 - t0;
      ours[r] = t2 - t1;
      jenaBytes = a.size();
      ourBytes = b.size();
    }
    double jenaMs = median(jena);
    double ourMs = median(ours);
    System.out.printf("SparqlJsonRowsBench: %,d rows, median of %d rounds: Jena %.1f ms %,d bytes | compact %.1f ms"
        + " %,d bytes | %.1fx faster%n", ROWS, ROUNDS, jenaMs, jenaBytes, ourMs, ourBytes, jenaMs / ourMs);
    assertTrue(ourBytes < jenaBytes, "the compact answer is smaller");
  }

  private static double median(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }
}

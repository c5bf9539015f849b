package org.waqai.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/** SPARQL CSV writes numbers as a spreadsheet reads them: {@code 15.5}, not {@code 15.5e0}. */
class SparqlCsvTest {
  @Test
  void computedDoublesArePlainDecimalsOtherTermsUnchanged() {
    String query = """
        SELECT ?km ?third ?zero ?n ?d ?s ?inf WHERE {
          BIND (15500e0 / 1000 AS ?km) BIND (1 / 3e0 AS ?third) BIND (0e0 AS ?zero) BIND (3 AS ?n)
          BIND (2.50 AS ?d) BIND ("15.5e0" AS ?s) BIND (1e0 / 0 AS ?inf)
        }""";
    SparqlResult.Rows rows;
    try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query(query).build()) {
      RowSet set = exec.select();
      List<Binding> bindings = new ArrayList<>();
      set.forEachRemaining(bindings::add);
      rows = new SparqlResult.Rows(set.getResultVars(), bindings, false);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlWriter.write(rows, SparqlFormat.RESULTS_CSV, out);
    assertEquals("km,third,zero,n,d,s,inf\r\n15.5,0.3333333333333333,0,3,2.50,15.5e0,INF\r\n",
        out.toString(StandardCharsets.UTF_8));
  }
}

package org.waqai.bench;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** Scratch: why direct ARQ differs from the service's ARQ. ServiceBenchArqProbe TDB2 QUERY_FILE */
public final class ServiceBenchArqProbe {
  public static void main(String[] args) throws Exception {
    Dataset ds = TDB2Factory.connectDataset(args[0]);
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(args[1]));
    for (int round = 0; round < 4; round++) {
      long t0 = System.nanoTime();
      int a = ds.calculateRead(() -> {
        try (var qe = QueryExecutionFactory.create(text, ds)) {
          return ResultSetFactory.copyResults(qe.execSelect()).size();
        }
      });
      long t1 = System.nanoTime();
      int b = ds.calculateRead(() -> {
        Query q = QueryFactory.create(text, Syntax.syntaxARQ);
        int n = 0;
        try (QueryExec e = QueryExec.dataset(ds.asDatasetGraph()).query(q).build()) {
          RowSet rs = e.select();
          while (rs.hasNext()) { rs.next(); n++; }
        }
        return n;
      });
      long t2 = System.nanoTime();
      int c = ds.calculateRead(() -> {
        Query q = QueryFactory.create(text, Syntax.syntaxARQ);
        q.setLimit(10001);
        int n = 0;
        try (QueryExec e = QueryExec.dataset(ds.asDatasetGraph()).query(q).build()) {
          RowSet rs = e.select();
          while (rs.hasNext()) { rs.next(); n++; }
        }
        return n;
      });
      long t3 = System.nanoTime();
      ds.getContext().set(TDB2.symUnionDefaultGraph, true);
      int d = ds.calculateRead(() -> {
        Query q = QueryFactory.create(text, Syntax.syntaxARQ);
        int n = 0;
        try (QueryExec e = QueryExec.dataset(ds.asDatasetGraph()).query(q).build()) {
          RowSet rs = e.select();
          while (rs.hasNext()) { rs.next(); n++; }
        }
        return n;
      });
      long t4 = System.nanoTime();
      ds.getContext().set(TDB2.symUnionDefaultGraph, false);
      System.out.printf("factory %d %.0f ms | QueryExec %d %.0f ms | +limit %d %.0f ms | +union %d %.0f ms%n",
          a, (t1 - t0) / 1e6, b, (t2 - t1) / 1e6, c, (t3 - t2) / 1e6, d, (t4 - t3) / 1e6);
    }
  }
}

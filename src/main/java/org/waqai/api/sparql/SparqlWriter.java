package org.waqai.api.sparql;

import java.io.OutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

/** Serialises a {@link SparqlResult} in a chosen {@link SparqlFormat}. */
public final class SparqlWriter {
  private SparqlWriter() {}

  public static void write(SparqlResult result, SparqlFormat format, OutputStream out) {
    if (result instanceof SparqlResult.Rows rows && format.resultsLang().equals(ResultSetLang.RS_JSON)) {
      SparqlJsonRows.write(out, rows.vars(), rows.rows());
    } else if (result instanceof SparqlResult.Rows rows && format.resultsLang().equals(ResultSetLang.RS_CSV)) {
      ResultsWriter.create().lang(ResultSetLang.RS_CSV)
          .write(out, RowSetStream.create(rows.vars(), CsvNumbers.plain(rows.vars(), rows.rows())));
    } else if (result instanceof SparqlResult.Rows rows) {
      ResultsWriter.create().lang(format.resultsLang())
          .write(out, RowSetStream.create(rows.vars(), rows.rows().iterator()));
    } else if (result instanceof SparqlResult.Bool bool) {
      ResultsWriter.create().lang(format.resultsLang()).write(out, bool.value());
    } else if (result instanceof SparqlResult.Triples triples) {
      RDFDataMgr.write(out, triples.graph(), format.graphFormat());
    }
  }
}

package org.waqai.api.cypher;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Type;
import org.neo4j.driver.types.TypeSystem;
import org.waqai.api.format.Csv;

/** A {@link CypherResult} as CSV: a header of the columns, then one line per row; nested values as JSON text. */
final class CypherCsv {
  private static final TypeSystem TYPES = TypeSystem.getDefault();
  private static final Set<Type> STRUCTURED = Set.of(TYPES.LIST(), TYPES.MAP(), TYPES.NODE(), TYPES.RELATIONSHIP(),
      TYPES.PATH(), TYPES.POINT());

  private CypherCsv() {}

  static void write(CypherResult result, Writer out) {
    Csv csv = new Csv(out);
    csv.row(result.columns());
    int width = result.columns().size();
    for (Record record : result.records()) {
      List<String> cells = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        cells.add(cell(record.get(i)));
      }
      csv.row(cells);
    }
  }

  /** Scalars as their text (ISO-8601 for dates, base64 for bytes), anything with structure as JSON; null empty. */
  private static String cell(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    Type type = v.type();
    if (type.equals(TYPES.STRING())) {
      return v.asString();
    }
    if (type.equals(TYPES.FLOAT())) {
      return Double.toString(v.asDouble());
    }
    if (type.equals(TYPES.BYTES())) {
      return Base64.getEncoder().encodeToString(v.asByteArray());
    }
    if (STRUCTURED.contains(type)) {
      return CypherJson.text(v);
    }
    return v.asObject().toString(); // integers, booleans, dates, times, durations
  }
}

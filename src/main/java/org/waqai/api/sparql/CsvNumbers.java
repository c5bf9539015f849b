package org.waqai.api.sparql;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * SPARQL CSV carries no datatypes, only lexical forms, and a computed {@code xsd:double} has the lexical form
 * {@code 15.5e0}, which spreadsheets and pandas read as text or not at all. In CSV a finite double or float is
 * written as a plain decimal ({@code 15.5}); every other term is left as it is.
 */
final class CsvNumbers {
  private CsvNumbers() {}

  static Iterator<Binding> plain(List<Var> vars, List<Binding> rows) {
    Iterator<Binding> in = rows.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Binding next() {
        Binding row = in.next();
        BindingBuilder b = BindingBuilder.create();
        for (Var v : vars) {
          Node n = row.get(v);
          if (n != null) {
            b.add(v, plain(n));
          }
        }
        return b.build();
      }
    };
  }

  static Node plain(Node n) {
    if (!n.isLiteral()) {
      return n;
    }
    String type = n.getLiteralDatatypeURI();
    if (!XSDDatatype.XSDdouble.getURI().equals(type) && !XSDDatatype.XSDfloat.getURI().equals(type)) {
      return n;
    }
    Object value = n.getLiteralValue();
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      return n;
    }
    BigDecimal d = BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros();
    return NodeFactory.createLiteralDT((d.signum() == 0 ? BigDecimal.ZERO : d).toPlainString(), XSDDatatype.XSDdecimal);
  }
}

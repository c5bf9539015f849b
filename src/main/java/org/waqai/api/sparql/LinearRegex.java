package org.waqai.api.sparql;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} evaluated with RE2/J, whose matching takes time linear in the text,
 * instead of Java's backtracking engine, where a pattern such as {@code (a|aa)*b} runs for minutes inside one function
 * call that the query timeout cannot interrupt. XPath's regular expressions, which SPARQL uses, have no
 * back-references or look-around, so RE2's syntax covers them; the flags {@code i m s x q} are honoured. A query run
 * in this process is rewritten to call these functions ({@link #rewrite}); a remote store evaluates its own.
 */
final class LinearRegex {
  static final String REGEX = "urn:waqai:function:regex";
  static final String REPLACE = "urn:waqai:function:replace";
  private static final int REMEMBERED = 256;
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private LinearRegex() {}

  /** Registers the functions; idempotent. */
  static void register() {
    FunctionRegistry.get().put(REGEX, RegexFunction.class);
    FunctionRegistry.get().put(REPLACE, ReplaceFunction.class);
  }

  /** The query with every REGEX and REPLACE, wherever it stands, calling the linear-time functions. */
  static Query rewrite(Query query) {
    return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
      @Override
      public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex) {
          return new E_Function(REGEX, args);
        }
        if (func instanceof E_StrReplace) {
          return new E_Function(REPLACE, args);
        }
        return super.transform(func, args);
      }
    });
  }

  static Pattern compile(String pattern, String flags) {
    String key = flags + '\u0000' + pattern;
    Pattern compiled = PATTERNS.get(key);
    if (compiled != null) {
      return compiled;
    }
    int mask = 0;
    String source = pattern;
    for (char f : flags.toCharArray()) {
      switch (f) {
        case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
        case 'm' -> mask |= Pattern.MULTILINE;
        case 's' -> mask |= Pattern.DOTALL;
        case 'x' -> source = source.replaceAll("\\s", "");
        case 'q' -> { }
        default -> throw new ExprEvalException("unknown regular expression flag: " + f);
      }
    }
    if (flags.indexOf('q') >= 0) {
      source = Pattern.quote(pattern);
    }
    try {
      compiled = Pattern.compile(source, mask);
    } catch (PatternSyntaxException e) {
      throw new ExprEvalException("bad regular expression: " + e.getMessage());
    }
    if (PATTERNS.size() >= REMEMBERED) {
      PATTERNS.clear();
    }
    PATTERNS.put(key, compiled);
    return compiled;
  }

  /** The lexical form of a literal; an IRI or blank node is an evaluation error, as for the built-in. */
  static String text(NodeValue value) {
    Node node = value.asNode();
    if (!node.isLiteral()) {
      throw new ExprEvalException("not a string: " + value);
    }
    return node.getLiteralLexicalForm();
  }

  static String flags(List<NodeValue> args, int index) {
    return args.size() > index ? text(args.get(index)) : "";
  }

  /** {@code REGEX(text, pattern [, flags])}. */
  public static final class RegexFunction extends FunctionBase {
    @Override
    public void checkBuild(String uri, ExprList args) {
      if (args.size() < 2 || args.size() > 3) {
        throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
      }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
      return NodeValue.makeBoolean(compile(text(args.get(1)), flags(args, 2)).matcher(text(args.get(0))).find());
    }
  }

  /** {@code REPLACE(text, pattern, replacement [, flags])}, keeping the text's language tag or datatype. */
  public static final class ReplaceFunction extends FunctionBase {
    @Override
    public void checkBuild(String uri, ExprList args) {
      if (args.size() < 3 || args.size() > 4) {
        throw new org.apache.jena.query.QueryBuildException("REPLACE takes three or four arguments");
      }
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
      Node node = args.get(0).asNode();
      String replaced = compile(text(args.get(1)), flags(args, 3)).matcher(text(args.get(0)))
          .replaceAll(text(args.get(2)));
      String lang = node.isLiteral() ? node.getLiteralLanguage() : "";
      return lang.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, lang);
    }
  }
}

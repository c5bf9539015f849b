package org.waqai.api.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a query text looks like to a lexer, read before the query goes to a parser: how deep its brackets nest, how
 * many {@code UNION}s it has, and (Cypher) what each {@code =~} matches against. Strings, comments, quoted names and
 * IRIs are skipped, so a bracket or keyword inside them does not count. The parsers and planners of both stores
 * recurse over the query, and a deep or very long one overflows their stacks; this reading does not recurse.
 *
 * @param depth the deepest nesting of {@code ( [ {}
 * @param unions how many {@code UNION} keywords
 * @param regexes the right-hand sides of the {@code =~} operators, in order (Cypher only)
 */
public record QueryShape(int depth, int unions, List<RegexOperand> regexes) {
  public QueryShape {
    regexes = List.copyOf(regexes);
  }

  public static QueryShape of(String text, QueryLanguage language) {
    return new Scanner(text, language).scan();
  }

  private static final class Scanner {
    private final String s;
    private final QueryLanguage language;
    private int i;
    private int depth;
    private int maxDepth;
    private int unions;
    private final List<RegexOperand> regexes = new ArrayList<>();

    Scanner(String s, QueryLanguage language) {
      this.s = s;
      this.language = language;
    }

    QueryShape scan() {
      while (i < s.length()) {
        step();
      }
      return new QueryShape(maxDepth, unions, regexes);
    }

    private void step() {
      char c = s.charAt(i);
      if (skipIgnorable()) {
        return;
      }
      if (c == '\'' || c == '"') {
        string();
      } else if (c == '`' && language == QueryLanguage.CYPHER) {
        quoted('`');
      } else if (c == '(' || c == '[' || c == '{') {
        maxDepth = Math.max(maxDepth, ++depth);
        i++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
        i++;
      } else if (c == '=' && language == QueryLanguage.CYPHER && i + 1 < s.length() && s.charAt(i + 1) == '~') {
        i += 2;
        regexes.add(regexOperand());
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        boolean name = start > 0 && (s.charAt(start - 1) == ':' || s.charAt(start - 1) == '.'); // :Union, n.union
        if (!name && i - start == 5 && s.substring(start, i).toUpperCase(Locale.ROOT).equals("UNION")) {
          unions++;
        }
      } else {
        i++;
      }
    }

    /** Skips white space, comments and (SPARQL) IRIs; true when it skipped something. */
    private boolean skipIgnorable() {
      int start = i;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (language == QueryLanguage.SPARQL && c == '#') {
          lineComment();
        } else if (language == QueryLanguage.CYPHER && s.startsWith("//", i)) {
          lineComment();
        } else if (language == QueryLanguage.CYPHER && s.startsWith("/*", i)) {
          int end = s.indexOf("*/", i + 2);
          i = end < 0 ? s.length() : end + 2;
        } else if (language == QueryLanguage.SPARQL && c == '<' && iriEnd() > 0) {
          i = iriEnd();
        } else {
          break;
        }
      }
      return i > start;
    }

    private void lineComment() {
      int end = s.indexOf('\n', i);
      i = end < 0 ? s.length() : end + 1;
    }

    /** The index after a SPARQL IRI starting at {@code i}, or -1 when the {@code <} is a less-than. */
    private int iriEnd() {
      for (int j = i + 1; j < s.length(); j++) {
        char c = s.charAt(j);
        if (c == '>') {
          return j + 1;
        }
        if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
          return -1;
        }
      }
      return -1;
    }

    /** A quoted string from {@code i}, with its escapes resolved; {@code i} ends after the closing quote. */
    private String string() {
      char quote = s.charAt(i);
      if (language == QueryLanguage.SPARQL && s.startsWith(String.valueOf(quote).repeat(3), i)) {
        String delimiter = String.valueOf(quote).repeat(3);
        int end = s.indexOf(delimiter, i + 3);
        String value = end < 0 ? s.substring(i + 3) : s.substring(i + 3, end);
        i = end < 0 ? s.length() : end + 3;
        return value;
      }
      return quoted(quote);
    }

    private String quoted(char quote) {
      StringBuilder value = new StringBuilder();
      i++;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == quote) {
          if (quote == '`' && i < s.length() && s.charAt(i) == '`') {
            value.append('`'); // a doubled backtick inside a quoted name
            i++;
            continue;
          }
          return value.toString();
        }
        if (c == '\\' && quote != '`' && i < s.length()) {
          value.append(escape(s.charAt(i++)));
        } else {
          value.append(c);
        }
      }
      return value.toString();
    }

    private String escape(char c) {
      return switch (c) {
        case 'n' -> "\n";
        case 't' -> "\t";
        case 'r' -> "\r";
        case 'b' -> "\b";
        case 'f' -> "\f";
        case 'u' -> unicode(4);
        case 'U' -> unicode(8);
        default -> String.valueOf(c);
      };
    }

    private String unicode(int digits) {
      if (i + digits > s.length()) {
        return "";
      }
      try {
        int code = Integer.parseInt(s.substring(i, i + digits), 16);
        i += digits;
        return new String(Character.toChars(code));
      } catch (IllegalArgumentException e) {
        return "";
      }
    }

    /**
     * The operand of {@code =~}: a literal or a parameter only when nothing binds tighter after it ({@code +},
     * a property, an index), for then the pattern would be computed.
     */
    private RegexOperand regexOperand() {
      skipIgnorable();
      if (i >= s.length()) {
        return new RegexOperand(RegexOperand.Kind.EXPRESSION, "");
      }
      char c = s.charAt(i);
      RegexOperand operand;
      if (c == '\'' || c == '"') {
        operand = new RegexOperand(RegexOperand.Kind.LITERAL, string());
      } else if (c == '$') {
        int start = ++i;
        if (i < s.length() && s.charAt(i) == '`') {
          operand = new RegexOperand(RegexOperand.Kind.PARAMETER, quoted('`'));
        } else {
          while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
          }
          operand = new RegexOperand(RegexOperand.Kind.PARAMETER, s.substring(start, i));
        }
      } else {
        return new RegexOperand(RegexOperand.Kind.EXPRESSION, "");
      }
      skipIgnorable();
      if (i < s.length() && "+-*/%^[.".indexOf(s.charAt(i)) >= 0) {
        return new RegexOperand(RegexOperand.Kind.EXPRESSION, "");
      }
      return operand;
    }
  }
}

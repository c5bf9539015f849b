package org.waqai.api.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Whether a regular expression given to Neo4j's {@code =~} (Java's backtracking engine, which no transaction
 * timeout stops) could take exponential or high-polynomial time. Refused are the shapes behind catastrophic
 * backtracking: a repeated group that itself holds a quantifier or an alternation ({@code (a+)+}, {@code (a|aa)*},
 * {@code (.*x){20}}), back-references, and more than {@value #MAX_UNBOUNDED} unbounded quantifiers in one pattern
 * ({@code a*a*a*a*b}). This is conservative: some harmless patterns are refused too, and the client is told why.
 */
public final class RegexSafety {
  static final int MAX_UNBOUNDED = 3;
  static final int MAX_LENGTH = 1_000;

  private RegexSafety() {}

  /** The reason the pattern is refused, or empty when it may run. */
  public static Optional<String> refusal(String pattern) {
    if (pattern.length() > MAX_LENGTH) {
      return Optional.of("a regular expression may be at most " + MAX_LENGTH + " characters long here");
    }
    return new Reader(pattern).read();
  }

  private static final class Group {
    boolean quantified;
    boolean alternation;
  }

  private static final class Reader {
    private final String p;
    private int i;
    private int unbounded;
    private final Deque<Group> groups = new ArrayDeque<>();
    /** The group just closed, when the next character may quantify it. */
    private Group closed;

    Reader(String p) {
      this.p = p;
      groups.push(new Group());
    }

    Optional<String> read() {
      while (i < p.length()) {
        char c = p.charAt(i);
        Group previous = closed;
        closed = null;
        switch (c) {
          case '\\' -> {
            if (i + 1 < p.length() && (Character.isDigit(p.charAt(i + 1)) && p.charAt(i + 1) != '0'
                || p.charAt(i + 1) == 'k')) {
              return Optional.of("back-references are not allowed in regular expressions here");
            }
            if (p.startsWith("\\Q", i)) {
              int end = p.indexOf("\\E", i + 2);
              i = end < 0 ? p.length() : end + 2;
            } else {
              i += 2;
              if (i < p.length() && p.charAt(i) == '{' && "pP".indexOf(p.charAt(i - 1)) >= 0) {
                int end = p.indexOf('}', i);
                i = end < 0 ? p.length() : end + 1;
              }
            }
          }
          case '[' -> skipClass();
          case '(' -> {
            groups.push(new Group());
            i++;
            if (i < p.length() && p.charAt(i) == '?') {
              i++; // (?:, (?=, (?!, (?<=, (?<!, (?<name>, (?i) and the like: only the group matters
            }
          }
          case ')' -> {
            if (groups.size() > 1) {
              closed = groups.pop();
              if (closed.quantified) {
                groups.peek().quantified = true;
              }
            }
            i++;
          }
          case '|' -> {
            groups.peek().alternation = true;
            i++;
          }
          case '*', '+', '?', '{' -> {
            Optional<String> refused = quantifier(c, previous);
            if (refused.isPresent()) {
              return refused;
            }
          }
          default -> i++;
        }
      }
      return Optional.empty();
    }

    private Optional<String> quantifier(char c, Group previous) {
      boolean repeats;
      boolean bounded = true;
      if (c == '{') {
        int end = p.indexOf('}', i);
        if (end < 0) {
          i++;
          return Optional.empty(); // a literal brace
        }
        String body = p.substring(i + 1, end);
        bounded = !body.endsWith(",");
        String[] bounds = body.split(",", -1);
        repeats = !bounded || bounds.length > 1 && !bounds[1].equals("1") || !bounds[0].equals("1");
        i = end + 1;
      } else {
        repeats = c != '?';
        bounded = c == '?';
        i++;
      }
      if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
        i++; // lazy or possessive
      }
      if (repeats && previous != null && (previous.quantified || previous.alternation)) {
        return Optional.of("a repeated group holding a quantifier or an alternation can make matching take "
            + "exponential time; it is not allowed in regular expressions here");
      }
      if (!bounded && ++unbounded > MAX_UNBOUNDED) {
        return Optional.of("at most " + MAX_UNBOUNDED + " unbounded quantifiers (*, +, {n,}) are allowed in a "
            + "regular expression here");
      }
      groups.peek().quantified = true;
      return Optional.empty();
    }

    private void skipClass() {
      int nesting = 0;
      i++;
      if (i < p.length() && p.charAt(i) == '^') {
        i++;
      }
      if (i < p.length() && p.charAt(i) == ']') {
        i++; // a leading ] is a literal
      }
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        i++;
        if (c == '[') {
          nesting++;
        } else if (c == ']') {
          if (nesting == 0) {
            return;
          }
          nesting--;
        }
      }
    }
  }
}

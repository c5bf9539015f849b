package org.waqai.api.security;

/**
 * What stands to the right of a Cypher {@code =~}: a string literal (its value), a parameter (its name), or
 * anything else (an expression the guard cannot read before the query runs).
 *
 * @param kind which of the three
 * @param value the literal's value or the parameter's name; empty for an expression
 */
public record RegexOperand(Kind kind, String value) {
  /** How the pattern is given. */
  public enum Kind {
    LITERAL,
    PARAMETER,
    EXPRESSION
  }
}

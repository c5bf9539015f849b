package org.waqai.api.security;

import java.util.Map;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/**
 * The size and shape an ad-hoc query may have, checked on its text before any parser sees it: the stores' parsers
 * and planners recurse, and a query nested thousands deep or with 20,000 {@code UNION}s overflows their stacks (a
 * 500, or a Neo4j worker that never answers) before any timeout applies.
 *
 * @param maxLength characters
 * @param maxNesting depth of {@code ( [ {}
 * @param maxUnions {@code UNION} keywords
 */
public record QueryLimits(int maxLength, int maxNesting, int maxUnions) {

  /** The query's shape, once it is known to be within the limits (413 when too long, 400 otherwise). */
  public QueryShape check(String text, QueryLanguage language) {
    if (text.length() > maxLength) {
      throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "the query is " + text.length()
          + " characters long; at most " + maxLength + " are accepted here");
    }
    QueryShape shape = QueryShape.of(text, language);
    if (shape.depth() > maxNesting) {
      throw new ApiException(ProblemType.INVALID_QUERY, "brackets nest " + shape.depth() + " deep in this query; at "
          + "most " + maxNesting + " are accepted here", Map.of("limit", maxNesting), null);
    }
    if (shape.unions() > maxUnions) {
      throw new ApiException(ProblemType.INVALID_QUERY, "the query has " + shape.unions() + " UNIONs; at most "
          + maxUnions + " are accepted here", Map.of("limit", maxUnions), null);
    }
    return shape;
  }

  /**
   * Refuses a Cypher {@code =~} whose pattern could backtrack catastrophically ({@link RegexSafety}) or cannot be
   * read before the query runs (computed by an expression).
   *
   * @param parameters the request's parameters, where a {@code $name} pattern is looked up
   */
  public static void checkRegexes(QueryShape shape, Map<String, Object> parameters) {
    for (RegexOperand operand : shape.regexes()) {
      String pattern = switch (operand.kind()) {
        case LITERAL -> operand.value();
        case PARAMETER -> parameters != null && parameters.get(operand.value()) instanceof String s ? s : null;
        case EXPRESSION -> throw new ApiException(ProblemType.INVALID_QUERY, "the right-hand side of =~ must be a "
            + "string literal or a parameter here, so that the pattern can be checked before the query runs");
      };
      if (pattern != null) {
        RegexSafety.refusal(pattern).ifPresent(reason -> {
          throw new ApiException(ProblemType.INVALID_QUERY, reason);
        });
      }
    }
  }
}

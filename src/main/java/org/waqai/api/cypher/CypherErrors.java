package org.waqai.api.cypher;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/** Sorts Neo4j's answers to an ad-hoc query by who must act, keeping the position of syntax errors. */
final class CypherErrors {
  private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+)");

  private CypherErrors() {}

  static RuntimeException translate(Neo4jException e, long timeoutMs) {
    String code = e.code() == null ? "" : e.code();
    String message = firstLine(e.getMessage());
    if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
        || code.startsWith("Neo.TransientError.")) {
      if (code.contains("Terminated") || code.contains("TimedOut")) {
        return timeout(e, timeoutMs);
      }
      return new ApiException(ProblemType.STORE_UNAVAILABLE, "the graph database is unavailable; try again later",
          Map.of(), e);
    }
    if (code.contains("TransactionTimedOut")) {
      return timeout(e, timeoutMs);
    }
    if (code.equals("Neo.ClientError.Statement.AccessMode")) {
      return new ApiException(ProblemType.READ_ONLY,
          "this endpoint is read-only; the database refused the write: " + message, Map.of(), e);
    }
    if (code.startsWith("Neo.ClientError.Security.")) {
      return new ApiException(ProblemType.REFUSED_OPERATION, message, Map.of(), e);
    }
    if (code.startsWith("Neo.ClientError.") || code.isEmpty()) {
      Matcher m = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage());
      return m.find()
          ? ApiException.invalidQuery(message, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), e)
          : ApiException.invalidQuery(message, -1, -1, e);
    }
    return e; // Neo.DatabaseError: the server's fault, reported as an internal error
  }

  private static ApiException timeout(Neo4jException e, long timeoutMs) {
    return new ApiException(ProblemType.QUERY_TIMEOUT,
        "the query ran longer than the limit of " + timeoutMs + " ms and was stopped", Map.of(), e);
  }

  /** Neo4j appends the query and a caret line to syntax errors; the position travels separately. */
  private static String firstLine(String message) {
    if (message == null) {
      return "query failed";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}

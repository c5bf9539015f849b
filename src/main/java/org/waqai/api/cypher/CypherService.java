package org.waqai.api.cypher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.store.neo4j.Neo4jConnection;

/**
 * Runs ad-hoc Cypher read-only. The database enforces it: the statement runs in a transaction opened in read
 * access mode, where Neo4j refuses every write (CREATE, MERGE, SET, DELETE, schema, write procedures). The
 * transaction carries a timeout, so Neo4j itself stops a runaway query. The plan is checked first against
 * {@link CypherPolicy} for reads that reach outside the graph; the verdict depends on the query text only, so it is
 * planned with EXPLAIN the first time a text is seen and remembered ({@link PlanVerdicts}). One attempt, no retry: a
 * retried runaway query would double its cost.
 */
@ApplicationScoped
public class CypherService {
  /** Comments and {@code CYPHER} options, then EXPLAIN or PROFILE: statements whose answer is a plan. */
  private static final Pattern PLAN_ONLY = Pattern.compile(
      "(?:\\s|//[^\\n]*(?:\\n|$)|/\\*.*?\\*/|CYPHER(?:\\s+[\\w.]+(?:=\\S+)?)*?\\s)*(?:EXPLAIN|PROFILE)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** Distinct query texts whose plan verdict is remembered; a dashboard or notebook sends a few dozen. */
  private static final int REMEMBERED_PLANS = 1024;
  private static final Map<String, Object> METADATA = Map.of("app", "waqai-api");
  private final CypherPolicy policy = new CypherPolicy();
  private final PlanVerdicts verdicts = new PlanVerdicts(REMEMBERED_PLANS);

  @Inject
  Neo4jConnection connection;

  @Inject
  WaqaiConfig config;

  public CypherResult run(CypherRequest request) {
    if (request == null || request.query() == null || request.query().isBlank()) {
      throw new ApiException(ProblemType.BAD_REQUEST, "send {\"query\": \"...\", \"parameters\": {...}}");
    }
    refusePlanOnly(request.query());
    Value parameters = parameters(request);
    Duration timeout = config.cypher().timeout();
    TransactionConfig tx = TransactionConfig.builder().withTimeout(timeout).withMetadata(METADATA).build();
    // Auto-commit transactions in a READ session: the RUN carries the access mode and the timeout, so Neo4j opens a
    // read transaction with that timeout, refuses writes in it and stops it when it runs too long, exactly as it
    // does for BEGIN; but RUN and PULL go out together and the transaction ends with the last record, one round
    // trip instead of two or three (BEGIN, RUN+PULL, ROLLBACK).
    try (Session session = connection.driver().session(sessionConfig())) {
      Optional<String> refused = verdicts.verdict(request.query(), () -> {
        ResultSummary explained = session.run(new Query("EXPLAIN " + request.query(), parameters), tx).consume();
        return explained.hasPlan() ? policy.refusal(explained.plan()) : Optional.empty();
      });
      if (refused.isPresent()) {
        throw new ApiException(ProblemType.REFUSED_OPERATION, refused.get());
      }
      return collect(session.run(new Query(request.query(), parameters), tx));
    } catch (Neo4jException e) {
      throw CypherErrors.translate(e, timeout.toMillis());
    }
  }

  private static void refusePlanOnly(String query) {
    String head = query.substring(0, Math.min(query.length(), 2000)); // bounds the pattern's work
    if (PLAN_ONLY.matcher(head).lookingAt()) {
      throw new ApiException(ProblemType.INVALID_QUERY, "EXPLAIN and PROFILE are not answered here: this endpoint "
          + "returns rows, not plans");
    }
  }

  private static Value parameters(CypherRequest request) {
    try {
      return Values.value(request.parameters());
    } catch (ClientException e) {
      throw new ApiException(ProblemType.BAD_REQUEST, "a parameter holds a value Neo4j cannot take (integers must "
          + "fit in 64 bits)");
    }
  }

  /** Reads up to the cap; closing the transaction afterwards discards the rest on the server. */
  private CypherResult collect(Result result) {
    int max = config.cypher().maxRows();
    List<String> columns = result.keys();
    List<Record> records = new ArrayList<>();
    boolean truncated = false;
    while (result.hasNext()) {
      Record record = result.next();
      if (records.size() == max) {
        truncated = true;
        break;
      }
      records.add(record);
    }
    return new CypherResult(columns, records, truncated);
  }

  private SessionConfig sessionConfig() {
    // One PULL for every row the answer may hold, not batches of the driver's default 1,000, each a round trip.
    SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
        .withFetchSize(config.cypher().maxRows() + 1L);
    if (connection.database() != null) {
      builder.withDatabase(connection.database());
    }
    return builder.build();
  }
}

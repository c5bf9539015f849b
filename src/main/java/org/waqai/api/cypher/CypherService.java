package org.waqai.api.cypher;

import io.netty.channel.EventLoop;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.waqai.api.cache.TextCache;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.api.security.QueryLanguage;
import org.waqai.api.security.QueryLimits;
import org.waqai.api.security.QueryShape;
import org.waqai.store.neo4j.Neo4jConnection;

/**
 * Runs ad-hoc Cypher read-only. The database enforces it: the statement runs in a transaction opened in read
 * access mode, where Neo4j refuses every write (CREATE, MERGE, SET, DELETE, schema, write procedures). The
 * transaction carries a timeout, so Neo4j itself stops a runaway query. The plan is checked first against
 * {@link CypherPolicy} for reads that reach outside the graph; the verdict depends on the query text only, so it is
 * planned with EXPLAIN the first time a text is seen and remembered (parameters cannot turn an operator such as
 * {@code LOAD CSV} or a procedure call on or off). One attempt, no retry: a
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
  /** Longer texts are checked every time: 1,024 of them stay within a few megabytes. */
  private static final int MAX_REMEMBERED_TEXT = 64 * 1024;
  private static final Map<String, Object> METADATA = Map.of("app", "waqai-api");
  private final CypherPolicy policy = new CypherPolicy();
  private final TextCache<Optional<String>> verdicts = new TextCache<>(REMEMBERED_PLANS, MAX_REMEMBERED_TEXT);

  @Inject
  Neo4jConnection connection;

  @Inject
  WaqaiConfig config;

  @Inject
  QueryLimits limits;

  public CypherResult run(CypherRequest request) {
    Prepared p = prepare(request);
    // Auto-commit transactions in a READ session: the RUN carries the access mode and the timeout, so Neo4j opens a
    // read transaction with that timeout, refuses writes in it and stops it when it runs too long, exactly as it
    // does for BEGIN; but RUN and PULL go out together and the transaction ends with the last record, one round
    // trip instead of two or three (BEGIN, RUN+PULL, ROLLBACK).
    try (Session session = connection.driver().session(sessionConfig())) {
      requireAllowed(verdicts.get(p.text(), () -> refusal(session.run(p.explain(), p.tx()).consume())));
      return collect(session.run(p.query(), p.tx()));
    } catch (Neo4jException e) {
      throw CypherErrors.translate(e, p.timeoutMs());
    }
  }

  /**
   * {@link #run} for a caller on an event loop, which must not block. With a driver whose connections live on that
   * loop ({@link Neo4jConnection#driverOn}) the query goes out, and its answer is read and handed back, on the thread
   * that took the HTTP request: no hand-off to a worker thread and back, nor to the shared driver's I/O threads (on
   * the one-row lookup of the service benchmark, wrk -c1 on 2 cores: 1.3-2.8 ms at p50 against 3.4-5.9 ms through a
   * worker thread). Without such a driver (a loop that is not NIO, or {@code loop} null) {@link #run} goes to a
   * worker thread. The stage fails with the {@link ApiException} (or the store's error) itself.
   */
  public CompletionStage<CypherResult> runAsync(CypherRequest request, EventLoop loop) {
    Optional<Driver> loopDriver = loop == null ? Optional.empty() : connection.driverOn(loop);
    if (loopDriver.isEmpty()) {
      return CompletableFuture.supplyAsync(() -> run(request), Infrastructure.getDefaultWorkerPool());
    }
    Prepared p = prepare(request);
    AsyncSession session = loopDriver.get().session(AsyncSession.class, sessionConfig());
    Optional<String> known = verdicts.known(p.text());
    CompletionStage<Optional<String>> verdict = known != null
        ? CompletableFuture.completedFuture(known)
        : session.runAsync(p.explain(), p.tx()).thenCompose(ResultCursor::consumeAsync).thenApply(explained -> {
          Optional<String> refused = refusal(explained);
          verdicts.remember(p.text(), refused);
          return refused;
        });
    CompletableFuture<CypherResult> answer = new CompletableFuture<>();
    verdict.thenCompose(refused -> {
      requireAllowed(refused);
      return session.runAsync(p.query(), p.tx());
    }).thenCompose(this::collectAsync).whenComplete((result, error) -> session.closeAsync().whenComplete((v, e) -> {
      if (error == null) {
        answer.complete(result);
      } else {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        answer.completeExceptionally(cause instanceof Neo4jException n ? CypherErrors.translate(n, p.timeoutMs())
            : cause);
      }
    }));
    return answer;
  }

  /** Reads up to the cap without recursion: records already received are taken in a loop, the rest as they come. */
  private CompletionStage<CypherResult> collectAsync(ResultCursor cursor) {
    Rows rows = new Rows(cursor, config.cypher().maxRows());
    rows.pump();
    return rows.done;
  }

  private static final class Rows {
    final ResultCursor cursor;
    final int max;
    final List<Record> records = new ArrayList<>();
    final CompletableFuture<CypherResult> done = new CompletableFuture<>();

    Rows(ResultCursor cursor, int max) {
      this.cursor = cursor;
      this.max = max;
    }

    void pump() {
      while (true) {
        CompletableFuture<Record> next = cursor.nextAsync().toCompletableFuture();
        if (!next.isDone()) {
          next.whenComplete((record, error) -> {
            if (error != null) {
              done.completeExceptionally(error);
            } else if (take(record)) {
              pump();
            }
          });
          return;
        }
        Record record;
        try {
          record = next.join();
        } catch (CompletionException e) {
          done.completeExceptionally(e.getCause());
          return;
        }
        if (!take(record)) {
          return;
        }
      }
    }

    /** False when the rows are complete (the answer ended or reached the cap). */
    boolean take(Record record) {
      if (record == null || records.size() == max) {
        done.complete(new CypherResult(cursor.keys(), records, record != null));
        return false;
      }
      records.add(record);
      return true;
    }
  }

  /** A request checked and ready to send: its text, parameters and the transaction's timeout and metadata. */
  private record Prepared(String text, Value parameters, TransactionConfig tx, long timeoutMs) {
    Query query() {
      return new Query(text, parameters);
    }

    Query explain() {
      return new Query("EXPLAIN " + text, parameters);
    }
  }

  private Prepared prepare(CypherRequest request) {
    if (request == null || request.query() == null || request.query().isBlank()) {
      throw new ApiException(ProblemType.BAD_REQUEST, "send {\"query\": \"...\", \"parameters\": {...}}");
    }
    // Before EXPLAIN: Neo4j's parser and planner are what a deep or huge query overflows.
    QueryShape shape = limits.check(request.query(), QueryLanguage.CYPHER);
    QueryLimits.checkRegexes(shape, request.parameters());
    refusePlanOnly(request.query());
    Duration timeout = config.cypher().timeout();
    return new Prepared(request.query(), parameters(request),
        TransactionConfig.builder().withTimeout(timeout).withMetadata(METADATA).build(), timeout.toMillis());
  }

  /** Why the planned query may not run, or empty. */
  private Optional<String> refusal(ResultSummary explained) {
    return explained.hasPlan() ? policy.refusal(explained.plan()) : Optional.empty();
  }

  private static void requireAllowed(Optional<String> refused) {
    if (refused.isPresent()) {
      throw new ApiException(ProblemType.REFUSED_OPERATION, refused.get());
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

package org.waqai.api.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/**
 * How many ad-hoc queries ({@code /cypher}, {@code /sparql}) run at once: at most {@code perClient} for one client
 * address and {@code total} in all; past that the request is answered at once with 503 and {@code Retry-After}.
 * A query keeps its place until the store has answered, not just until the client was told of a timeout: work that
 * a store cannot stop (a long computation inside one Cypher expression runs past the transaction's timeout) stays
 * counted against the client that sent it, so one client cannot take every store thread and connection.
 */
public final class QueryGate {
  private final int total;
  private final int perClient;
  private final AtomicInteger running = new AtomicInteger();
  private final Map<String, Integer> byClient = new ConcurrentHashMap<>();

  public QueryGate(int total, int perClient) {
    if (total < 1 || perClient < 1) {
      throw new IllegalArgumentException("query limits must be positive: " + total + ", " + perClient);
    }
    this.total = total;
    this.perClient = perClient;
  }

  /** A place for one query of {@code client}; close it when the store has answered. */
  public Permit enter(String client) {
    if (running.incrementAndGet() > total) {
      running.decrementAndGet();
      throw busy("the service is running as many queries as it may (" + total + "); try again shortly");
    }
    AtomicBoolean admitted = new AtomicBoolean();
    // One atomic step per client: counting and refusing cannot interleave with another request's release.
    byClient.compute(client, (c, n) -> {
      int now = n == null ? 0 : n;
      if (now >= perClient) {
        return n;
      }
      admitted.set(true);
      return now + 1;
    });
    if (!admitted.get()) {
      running.decrementAndGet();
      throw busy("this client already has " + perClient + " queries running; try again when one has finished");
    }
    return new Permit(client);
  }

  /** Queries running now. */
  public int running() {
    return running.get();
  }

  private void release(String client) {
    byClient.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    running.decrementAndGet();
  }

  private static ApiException busy(String detail) {
    return new ApiException(ProblemType.BUSY, detail);
  }

  /** One running query's place; closing it more than once releases it once. */
  public final class Permit implements AutoCloseable {
    private final String client;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private Permit(String client) {
      this.client = client;
    }

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        release(client);
      }
    }
  }
}

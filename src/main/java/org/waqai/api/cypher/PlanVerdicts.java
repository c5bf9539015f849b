package org.waqai.api.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plan check's verdicts, remembered per query text in a bounded least-recently-used map, so that a query the
 * service has seen is not planned twice (an {@code EXPLAIN} round trip before every run). A verdict depends on the
 * text alone: parameters cannot turn an operator such as {@code LOAD CSV} or a procedure call on or off. Keys are
 * SHA-256 digests, so a long query costs 64 characters of memory, not its length.
 */
final class PlanVerdicts {
  private final Map<String, Optional<String>> verdicts;

  PlanVerdicts(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.verdicts = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * The refusal reason for {@code query} (empty: it may run), from memory or else from {@code check}, which is
   * called outside the lock; a check that throws remembers nothing.
   */
  Optional<String> verdict(String query, Supplier<Optional<String>> check) {
    String key = digest(query);
    synchronized (verdicts) {
      Optional<String> known = verdicts.get(key);
      if (known != null) {
        return known;
      }
    }
    Optional<String> verdict = check.get();
    synchronized (verdicts) {
      verdicts.put(key, verdict);
    }
    return verdict;
  }

  /** The remembered verdict for {@code query}, or null when it has not been checked. */
  Optional<String> known(String query) {
    synchronized (verdicts) {
      return verdicts.get(digest(query));
    }
  }

  void remember(String query, Optional<String> verdict) {
    String key = digest(query);
    synchronized (verdicts) {
      verdicts.put(key, verdict);
    }
  }

  int size() {
    synchronized (verdicts) {
      return verdicts.size();
    }
  }

  private static String digest(String query) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(query.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

package org.waqai.api.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values computed from a query text, remembered per text in a bounded least-recently-used map, so that a text the
 * service has seen is not worked on twice (a dashboard or notebook sends the same few dozen texts again and again).
 * Keys are SHA-256 digests, so a long text costs 64 characters of key; texts longer than a limit are never
 * remembered, so that the memory held stays bounded by the capacity times that limit. Thread-safe; a value is
 * computed outside the lock, so two threads may compute the same one once each.
 *
 * @param <V> the value; it is shared between callers, so it must not be changed by them
 */
public final class TextCache<V> {
  private final Map<String, V> entries;
  private final int maxTextLength;

  /**
   * @param capacity how many texts are remembered at most
   * @param maxTextLength texts longer than this (in chars) are computed every time and not remembered
   */
  public TextCache(int capacity, int maxTextLength) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.maxTextLength = maxTextLength;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The value for {@code text}, remembered or else computed and remembered; a computation that throws leaves none. */
  public V get(String text, Supplier<V> compute) {
    V known = known(text);
    if (known != null) {
      return known;
    }
    V value = compute.get();
    remember(text, value);
    return value;
  }

  /** The remembered value for {@code text}, or null. */
  public V known(String text) {
    if (text.length() > maxTextLength) {
      return null;
    }
    String key = digest(text);
    synchronized (entries) {
      return entries.get(key);
    }
  }

  /** Remembers {@code value} (not null) for {@code text}, unless the text is too long to keep. */
  public void remember(String text, V value) {
    if (value == null) {
      throw new IllegalArgumentException("null is not remembered");
    }
    if (text.length() > maxTextLength) {
      return;
    }
    String key = digest(text);
    synchronized (entries) {
      entries.put(key, value);
    }
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

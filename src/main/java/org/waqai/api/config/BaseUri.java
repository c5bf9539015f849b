package org.waqai.api.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The base of the linked-data IRIs: {@code waqai.base-uri} when set (a public name behind a proxy, say), otherwise
 * the address the service answers on, {@code http://HOST:PORT/id/}, with {@code localhost} for a loopback or
 * wildcard host, so that the IRIs it mints can be looked up on this very service.
 */
public final class BaseUri {
  private static final Set<String> LOCAL = Set.of("127.0.0.1", "0.0.0.0", "::", "::1", "[::]", "[::1]",
      "localhost");

  private BaseUri() {}

  public static String of(Optional<String> configured, String host, int port) {
    if (configured.isPresent() && !configured.get().isBlank()) {
      String base = configured.get().strip();
      return base.endsWith("/") ? base : base + "/";
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (LOCAL.contains(h)) {
      h = "localhost";
    } else if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]"; // an IPv6 address in a URI
    }
    return "http://" + h + (port == 80 ? "" : ":" + port) + "/id/";
  }
}

package org.waqai.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may write. A configured token is always required; without one, writes are open only when the service listens
 * on the loopback interface (only local users can reach it), and the service refuses to start otherwise.
 *
 * @param writable whether {@code POST /articles} exists at all
 * @param token the bearer token, if configured
 * @param host the HTTP host the service binds ({@code quarkus.http.host})
 */
public record WritePolicy(boolean writable, Optional<String> token, String host) {
  public WritePolicy {
    token = token.map(String::strip).filter(t -> !t.isEmpty());
  }

  /** Thrown at start when the configuration would expose an unprotected write endpoint. */
  public static final class UnsafeConfigurationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    UnsafeConfigurationException(String message) {
      super(message);
    }
  }

  /** Refuses a writable service on a non-loopback host without a token. */
  public void verify() {
    if (writable && token.isEmpty() && !isLoopback(host)) {
      throw new UnsafeConfigurationException("refusing to start: POST /articles would be open to the network on "
          + host + " without a token; set waqai.api.token, or waqai.api.writable=false, or bind quarkus.http.host "
          + "to 127.0.0.1");
    }
  }

  /** True when writes need no token (loopback host, none configured). */
  public boolean open() {
    return token.isEmpty();
  }

  /** Compares in constant time, so that response timing does not reveal how much of a guess was right. */
  public boolean accepts(String authorizationHeader) {
    if (token.isEmpty()) {
      return true;
    }
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8));
  }

  static boolean isLoopback(String host) {
    String h = host.strip();
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.isEmpty() || h.equals("0.0.0.0") || h.equals("::")) {
      return false;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(h)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

package org.waqai.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: a SHA-256 digest of the parts that identify a thing, cut to 16 hex digits. */
public final class EventIds {
  private EventIds() {}

  /** One digest per thread, reset after each use: looking the algorithm up for every event was a visible cost. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(EventIds::sha256Digest);

  private static final HexFormat HEX = HexFormat.of();

  public static String of(String... parts) {
    MessageDigest md = SHA_256.get();
    md.reset();
    for (String p : parts) {
      md.update((p == null ? "\u0000" : p).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0x1f);
    }
    return HEX.formatHex(md.digest(), 0, 8);
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Full SHA-256 in hex, for content fingerprints. */
  public static String sha256(String s) {
    return HEX.formatHex(sha256Digest().digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}

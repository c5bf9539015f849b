package org.waqai.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids for inputs that carry none: stable across runs, unique within a corpus. */
final class ArticleIds {
  private ArticleIds() {}

  /** A file's name without its extension ({@code page.html} → {@code page}), as for {@code .txt} files. */
  static String ofFile(Path file) {
    return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
  }

  /** {@code prefix-} and the first 16 hex digits of the SHA-256 of {@code key} (a feed guid, a crawled URI). */
  static String hashed(String prefix, String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return prefix + "-" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}

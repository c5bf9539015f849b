package org.waqai.store.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The space a directory takes on disk, as {@code du -sk} counts it. TDB2 memory-maps its index files and extends
 * them in sparse 8 MiB steps, so their lengths say little: an empty database is about 200 MB long but takes 1 MB.
 * Where {@code du} is missing (Windows), the sum of the file lengths stands in.
 */
final class DiskUsage {
  private DiskUsage() {}

  static long bytes(Path dir) {
    try {
      Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
      du.getOutputStream().close();
      String out;
      try (InputStream in = du.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      if (du.waitFor(60, TimeUnit.SECONDS) && du.exitValue() == 0) {
        return Long.parseLong(out.split("\\s+", 2)[0]) * 1024;
      }
      du.destroyForcibly();
    } catch (IOException | NumberFormatException e) {
      // no du here, or an answer it does not understand: fall back to the lengths
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return length(dir);
  }

  /** The sum of the lengths of the files under {@code dir}. */
  static long length(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(DiskUsage::size).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new RdfStoreException("cannot measure " + dir + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // removed while walking
    }
  }
}

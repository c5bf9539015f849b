package org.waqai.cli;

import java.io.PrintWriter;

/** A one-line progress bar with rate and ETA on standard error; silent when the total is 0. */
final class Progress {
  private final PrintWriter err;
  private final long total;
  private final String unit;
  private final long started = System.nanoTime();
  private long done;
  private long lastPrint;

  Progress(PrintWriter err, long total, String unit) {
    this.err = err;
    this.total = total;
    this.unit = unit;
  }

  void step() {
    advance(1);
  }

  void advance(long n) {
    done += n;
    long now = System.nanoTime();
    if (total > 0 && (now - lastPrint > 200_000_000L || done == total)) {
      lastPrint = now;
      double secs = Math.max(1e-9, (now - started) / 1e9);
      double rate = done / secs;
      long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      int width = 30;
      int filled = (int) Math.min(width, width * done / Math.max(1, total));
      err.printf("\r[%s%s] %d/%d %s  %.1f/s  ETA %ds ", "#".repeat(filled), ".".repeat(width - filled), done, total,
          unit, rate, eta);
      err.flush();
    }
  }

  void done() {
    if (total > 0) {
      err.println();
    }
  }
}

package org.waqai.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, read a block at a time (not a byte at a time) and handed out as byte ranges, with a cap
 * on a line's length so that a huge line cannot exhaust memory: the rest of an over-long line is skipped, not kept.
 * Line numbers count every {@code \n}; a last line without one counts too, an empty last line does not.
 */
final class JsonlLines {
  /** What is done with each line. */
  interface Sink {
    /** A line's bytes are {@code bytes[0, length)}, valid only during the call; {@code tooLong} lines have none. */
    void line(int number, byte[] bytes, int length, boolean tooLong);
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] block = new byte[1 << 16];
  private byte[] line = new byte[1 << 14];

  JsonlLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  void forEach(Sink sink) throws IOException {
    int n = 0;
    int len = 0;
    boolean tooLong = false;
    int read;
    while ((read = in.read(block)) >= 0) {
      int from = 0;
      for (int i = 0; i < read; i++) {
        if (block[i] == '\n') {
          len = append(len, tooLong, from, i);
          tooLong = len < 0;
          sink.line(++n, line, tooLong ? 0 : len, tooLong);
          len = 0;
          tooLong = false;
          from = i + 1;
        }
      }
      len = append(len, tooLong, from, read);
      tooLong = len < 0;
      if (tooLong) {
        len = 0;
      }
    }
    if (len > 0 || tooLong) {
      sink.line(++n, line, tooLong ? 0 : len, tooLong);
    }
  }

  /** Appends {@code block[from, to)} to the line; -1 once the line is over the cap. */
  private int append(int len, boolean tooLong, int from, int to) {
    if (tooLong) {
      return -1;
    }
    int add = to - from;
    if (len + add > maxLineBytes) {
      return -1;
    }
    if (len + add > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes + 1, Math.max(len + add, line.length * 2)));
    }
    System.arraycopy(block, from, line, len, add);
    return len + add;
  }
}

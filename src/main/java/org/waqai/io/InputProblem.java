package org.waqai.io;

/**
 * A record that could not be read as an article.
 *
 * @param source the file
 * @param line the line (1-based) for JSONL, 0 for a whole file
 * @param reason what is wrong, in words a user can act on
 */
public record InputProblem(String source, int line, String reason) {
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }
}

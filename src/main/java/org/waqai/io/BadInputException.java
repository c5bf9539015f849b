package org.waqai.io;

/** An input (a file, a feed item, a WARC record) that cannot be read as an article; the message says why. */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String reason) {
    super(reason);
  }
}

package org.waqai.text;

/**
 * A token of a normalised text.
 *
 * @param index position in the token list
 * @param start offset in the normalised text
 * @param end end offset in the normalised text
 * @param text the normalised token
 * @param kind word, number or punctuation
 */
public record Token(int index, int start, int end, String text, Kind kind) {
  /** What a token is. */
  public enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** True for punctuation that closes a clause: comma, semicolon, colon, full stop, brackets, dashes. */
  public boolean isClauseBreak() {
    return kind == Kind.PUNCT && ",،؛;:.!?؟()[]{}–—\n".indexOf(text.charAt(0)) >= 0;
  }
}

package org.waqai.extract;

import java.util.ArrayList;
import java.util.List;
import org.waqai.text.Clitics;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * A sentence's tokens with each token's word code and the codes of its clitic readings ({@link WordCodes}), looked up
 * the first time a recogniser or rule asks and kept for the rest of the sentence: a token is asked about by every
 * phrase matcher and many rules, and each look-up in the shared memo costs a hash and a few memory loads. The list
 * itself is a copy of the tokens (an {@code ArrayList}, as the tokenizer's lists are, so that the rules' many
 * {@code tokens.get(i)} stay calls to one class); {@link PhraseMatcher} and {@link Lexicon} use the codes when given one.
 *
 * <p>Confined to the thread that analyses the sentence (an article is extracted by one thread).
 */
final class CodedTokens extends ArrayList<Token> {
  private static final int UNKNOWN = Integer.MIN_VALUE;

  private final int[] codes;
  private final int[][] readings;
  private final int[] bareCodes;
  /** Where this list's first token is in {@link #codes} (a sentence's tokens share the article's arrays). */
  private final int offset;

  private CodedTokens(List<Token> tokens, int[] codes, int[][] readings, int[] bareCodes, int offset) {
    super(tokens);
    this.codes = codes;
    this.readings = readings;
    this.bareCodes = bareCodes;
    this.offset = offset;
  }

  /** The tokens with their codes (the list itself when it already carries them). */
  static CodedTokens of(List<Token> tokens) {
    if (tokens instanceof CodedTokens c) {
      return c;
    }
    int[] codes = new int[tokens.size()];
    java.util.Arrays.fill(codes, UNKNOWN);
    int[] bare = codes.clone();
    return new CodedTokens(tokens, codes, new int[tokens.size()][], bare, 0);
  }

  /**
   * The tokens of {@code [from, to)} of the text these are the tokens of, re-indexed from 0 and sharing these codes
   * (tokenised anew, with codes of their own, where a token straddles either end: {@link Tokenizer#range}).
   */
  CodedTokens slice(String text, Tokenizer tokenizer, int from, int to) {
    int[] r = Tokenizer.range(this, from, to);
    if (r == null) {
      return of(tokenizer.tokenize(text, from, to));
    }
    return new CodedTokens(Tokenizer.reindexed(this, r[0], r[1]), codes, readings, bareCodes, offset + r[0]);
  }

  /** {@link WordCodes#code} of token {@code i}'s text. */
  int code(int i) {
    int c = codes[offset + i];
    if (c == UNKNOWN) {
      c = WordCodes.code(get(i).text());
      codes[offset + i] = c;
    }
    return c;
  }

  /** {@link WordCodes#code} of token {@code i}'s text without the article ({@link Clitics#withoutArticle}). */
  int codeWithoutArticle(int i) {
    int c = bareCodes[offset + i];
    if (c == UNKNOWN) {
      String w = get(i).text();
      String bare = Clitics.withoutArticle(w);
      c = bare == w ? code(i) : WordCodes.code(bare);
      bareCodes[offset + i] = c;
    }
    return c;
  }

  /** {@link WordCodes#readingCodes} of token {@code i}'s text. */
  int[] readings(int i) {
    int[] r = readings[offset + i];
    if (r == null) {
      r = WordCodes.readingCodes(get(i).text());
      readings[offset + i] = r;
    }
    return r;
  }
}

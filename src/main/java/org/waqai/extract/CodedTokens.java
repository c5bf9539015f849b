package org.waqai.extract;

import java.util.ArrayList;
import java.util.List;
import org.waqai.text.Clitics;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * A text's tokens with each token's word code, the codes of its clitic readings and its code without the article
 * ({@link WordCodes}), all looked up once when the list is made: a token is asked about by every phrase matcher and
 * many rules, and each look-up in the shared memo costs a hash and a few memory loads. The look-ups are made in one
 * loop here rather than on a rule's first question, so the questions are array reads, small enough for the JIT to
 * inline into every rule without the look-up code. The list itself is a copy of the tokens (an {@code ArrayList}, as
 * the tokenizer's lists are, so that the rules' many {@code tokens.get(i)} stay calls to one class); {@link
 * PhraseMatcher} and {@link Lexicon} use the codes when given one.
 *
 * <p>The codes are fixed when the list is made; sentence slices share the article's arrays.
 */
final class CodedTokens extends ArrayList<Token> {
  private final int[] codes;
  private final int[][] readings;
  private final int[] bareCodes;
  /** By token, {@link WordCodes#strippedCodes} of its text, filled in when first asked for (shared with slices). */
  private final int[][] stripped;
  /** Where this list's first token is in {@link #codes} (a sentence's tokens share the article's arrays). */
  private final int offset;

  private CodedTokens(List<Token> tokens, int[] codes, int[][] readings, int[] bareCodes, int[][] stripped,
      int offset) {
    super(tokens);
    this.codes = codes;
    this.readings = readings;
    this.bareCodes = bareCodes;
    this.stripped = stripped;
    this.offset = offset;
  }

  /** The tokens with their codes (the list itself when it already carries them). */
  static CodedTokens of(List<Token> tokens) {
    if (tokens instanceof CodedTokens c) {
      return c;
    }
    int n = tokens.size();
    int[] codes = new int[n];
    int[][] readings = new int[n][];
    int[] bare = new int[n];
    for (int i = 0; i < n; i++) {
      WordCodes.Word w = WordCodes.full(tokens.get(i).text());
      codes[i] = w.code();
      readings[i] = w.readings();
      bare[i] = w.bare();
    }
    return new CodedTokens(tokens, codes, readings, bare, new int[n][], 0);
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
    return new CodedTokens(Tokenizer.reindexed(this, r[0], r[1]), codes, readings, bareCodes, stripped,
        offset + r[0]);
  }

  /** {@link WordCodes#code} of token {@code i}'s text. */
  int code(int i) {
    return codes[offset + i];
  }

  /** {@link WordCodes#code} of token {@code i}'s text without the article ({@link Clitics#withoutArticle}). */
  int codeWithoutArticle(int i) {
    return bareCodes[offset + i];
  }

  /** {@link WordCodes#readingCodes} of token {@code i}'s text. */
  int[] readings(int i) {
    return readings[offset + i];
  }

  /**
   * {@link WordCodes#strippedCodes} of token {@code i}'s text: looked up on the first question about the token, as
   * only the rules' cue words ask it (a list is one article's, read by one thread).
   */
  int[] stripped(int i) {
    int[] r = stripped[offset + i];
    if (r == null) {
      r = WordCodes.strippedCodes(get(i).text());
      stripped[offset + i] = r;
    }
    return r;
  }
}

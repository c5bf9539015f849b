package org.waqai.extract;

import java.util.BitSet;
import java.util.List;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * Marks the parts of a page that are not the report: related-article lists (مقالات مشابهة، اقرأ أيضاً on a line of
 * its own: the rest of the page), tag and source lines (كلمات دلالية، المصدر), inline teasers (اقرأ أيضا: headline
 * … up to the next sentence that opens with و + a reporting verb) and lines made of one social or ad word.
 */
final class PageFurniture {
  private final Lexicon lex;
  private final Tokenizer tokenizer = new Tokenizer();

  PageFurniture(Lexicon lex) {
    this.lex = lex;
  }

  BitSet mark(String text) {
    return mark(text, CodedTokens.of(tokenizer.tokenize(text, 0, text.length())));
  }

  /** {@link #mark(String)} with the tokens of the whole text, as {@link Tokenizer#tokenize} cut them. */
  BitSet mark(String text, CodedTokens all) {
    BitSet ignored = new BitSet(text.length());
    dateline(text, ignored);
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      List<Token> tokens = all.slice(text, tokenizer, lineStart, lineEnd);
      if (!tokens.isEmpty()) {
        if (markLine(text, tokens, lineStart, lineEnd, ignored)) {
          ignored.set(lineStart, text.length());
          return ignored;
        }
      }
      lineStart = lineEnd + 1;
    }
    return ignored;
  }

  /** "دمشق - " or "عواصم (وكالات):" opening the article names where it was filed, not where events happened. */
  private static void dateline(String text, BitSet ignored) {
    int limit = Math.min(text.length(), 40);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '،') {
        return;
      }
      boolean dash = (c == '-' || c == '–' || c == '—') && i > 0 && text.charAt(i - 1) == ' ';
      if (dash || c == ':') {
        String head = text.substring(0, i).trim();
        if (!head.isEmpty() && head.split("\\s+").length <= 3) {
          ignored.set(0, i + 1);
        }
        return;
      }
    }
  }

  /** Returns true when the rest of the page is furniture. */
  private boolean markLine(String text, List<Token> tokens, int lineStart, int lineEnd, BitSet ignored) {
    int words = 0;
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.PUNCT) {
        words++;
      }
    }
    if (words == 1 && has(tokens, 0, "exact") && tokens.get(0).isWord()) {
      ignored.set(lineStart, lineEnd);
      return false;
    }
    PhraseMatcher.Match<String> first = lex.furniture().longestAt(tokens, 0);
    if (first != null) {
      boolean alone = words <= first.last() - first.first() + 1;
      if (first.values().contains("rest") || alone && first.values().contains("teaser")) {
        return true;
      }
      if (first.values().contains("line")) {
        ignored.set(lineStart, lineEnd);
        return false;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      PhraseMatcher.Match<String> m = lex.furniture().longestAt(tokens, i);
      if (m != null && m.values().contains("teaser")) {
        int end = lineEnd;
        for (int k = m.last() + 1; k < tokens.size(); k++) {
          if (has(tokens, k, "resume")) {
            end = tokens.get(k).start();
            break;
          }
        }
        ignored.set(tokens.get(i).start(), end);
        i = m.last();
      }
    }
    return false;
  }

  private boolean has(List<Token> tokens, int i, String scope) {
    PhraseMatcher.Match<String> m = lex.furniture().longestAt(tokens, i);
    return m != null && m.values().contains(scope) && m.first() == i;
  }
}

package org.waqai.text;

/**
 * A sentence as offsets into the normalised text.
 *
 * @param index position in the article
 * @param start normalised start offset
 * @param end normalised end offset
 * @param paragraph index of the paragraph (blocks separated by a blank line or a line break)
 */
public record Sentence(int index, int start, int end, int paragraph) {}

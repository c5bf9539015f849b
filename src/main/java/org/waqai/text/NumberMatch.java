package org.waqai.text;

/**
 * A number read from tokens.
 *
 * @param value the number, or for a vague quantity ("عشرات") its order of magnitude
 * @param firstToken index of the first token
 * @param lastToken index of the last token (inclusive)
 * @param vague true for quantity words such as عشرات، مئات، آلاف that give no exact count
 */
public record NumberMatch(long value, int firstToken, int lastToken, boolean vague) {}

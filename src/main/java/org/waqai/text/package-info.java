/**
 * The Arabic text layer: normalisation with an alignment back to the original text, sentence splitting,
 * tokenisation with proclitics, and numbers in digits and words. Every offset a caller sees from this package can be
 * mapped back into the original text. Depends on {@code model} only.
 */
package org.waqai.text;

/**
 * Resolution after extraction: merging the sentences of one article that tell the same event, and stable ids.
 * Depends on {@code model} only.
 */
package org.waqai.resolve;

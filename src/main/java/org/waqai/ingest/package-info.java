/**
 * Ingest: extraction into every configured store with a write-ahead journal, so that a crash between the stores'
 * commits is repaired at the next start. Depends on {@code model}, {@code extract}, {@code io} and {@code store}.
 */
package org.waqai.ingest;

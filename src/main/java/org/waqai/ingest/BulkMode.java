package org.waqai.ingest;

import java.util.Locale;

/** When {@code ingest} takes the bulk path ({@link BulkIngest}) instead of transactions. */
public enum BulkMode {
  /** When both stores are embedded and empty and no interrupted batch waits in the journal. */
  AUTO,
  /** Always; an error when a store is external or holds articles. */
  ALWAYS,
  /** Never: every batch goes through the stores' transactions. */
  NEVER;

  /** From the option's spelling ({@code auto}, {@code always}, {@code never}, any case). */
  public static BulkMode parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected auto, always or never, not '" + s + "'", e);
    }
  }
}

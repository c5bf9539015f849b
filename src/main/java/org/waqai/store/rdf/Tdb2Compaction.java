package org.waqai.store.rdf;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What compacting the embedded TDB2 database did: its directory, its size on disk before and after (as {@code du}
 * counts it: TDB2's sparse index files take far less than their length) and the storage generation ({@code Data-NNNN}) in use before and after.
 *
 * @param directory the TDB2 directory
 * @param bytesBefore size of the directory before
 * @param bytesAfter size of the directory after
 * @param generationBefore the storage directory in use before, e.g. {@code Data-0001}
 * @param generationAfter the storage directory in use after, e.g. {@code Data-0002}
 */
public record Tdb2Compaction(
    Path directory, long bytesBefore, long bytesAfter, String generationBefore, String generationAfter) {
  public Tdb2Compaction {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(generationBefore, "generationBefore");
    Objects.requireNonNull(generationAfter, "generationAfter");
  }

  /** Bytes given back (negative if the directory grew, which a compaction of a compact store can do slightly). */
  public long reclaimed() {
    return bytesBefore - bytesAfter;
  }
}

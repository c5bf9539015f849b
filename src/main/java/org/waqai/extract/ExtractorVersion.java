package org.waqai.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The extractor's version: the software version and a digest of every data file it reads, so that a change to a
 * lexicon changes the version and re-ingest replaces the events it produced.
 */
public final class ExtractorVersion {
  /** Raised with every change to the extractor's code that changes its output (the data files are digested). */
  public static final String SOFTWARE = "0.8.0";
  private static final List<String> DATA = List.of("/org/waqai/text/normalisation.tsv", "/org/waqai/text/numbers.tsv",
      "/org/waqai/extract/actors/actors.tsv", "/org/waqai/extract/actors/qualifiers.tsv",
      "/org/waqai/extract/actors/adjectives.tsv", "/org/waqai/extract/actors/camps.tsv",
      "/org/waqai/extract/places/syria.tsv", "/org/waqai/extract/places/world.tsv",
      "/org/waqai/extract/places/directions.tsv", "/org/waqai/extract/lexicon/triggers.tsv",
      "/org/waqai/extract/lexicon/modifiers.tsv", "/org/waqai/extract/lexicon/cues.tsv",
      "/org/waqai/extract/lexicon/furniture.tsv", "/org/waqai/extract/lexicon/time.tsv",
      "/org/waqai/extract/lexicon/words.tsv");
  private static final String CURRENT = compute();

  private ExtractorVersion() {}

  public static String current() {
    return CURRENT;
  }

  private static String compute() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String path : DATA) {
        try (InputStream in = ExtractorVersion.class.getResourceAsStream(path)) {
          if (in != null) {
            md.update(in.readAllBytes());
          }
        }
      }
      return SOFTWARE + "+" + HexFormat.of().formatHex(md.digest()).substring(0, 8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

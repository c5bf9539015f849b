package org.waqai.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.waqai.io.ArticleSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How the input files are read: the options {@code extract} and {@code ingest} share. */
final class InputOptions {
  /** The INPUT parameter's description, shared by {@code extract} and {@code ingest}. */
  static final String INPUT_HELP = "files or directories of articles, in the formats above";

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "publication date of the .txt articles, which carry none: it anchors relative dates such as "
          + "اليوم and أمس, in place of a dateline in the text (JSONL, pages, feeds and WARC records carry their own)")
  LocalDate published;

  ArticleSource source() {
    return new ArticleSource(published);
  }

  /** A calendar date written as ISO 8601 ({@code 2017-03-23}), with an error that says so. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2017-03-23");
      }
    }
  }
}

package org.waqai.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The article formats the command line reads, told apart by file name and, where that says nothing, by content. */
public enum InputFormat {
  /** One JSON article per line ({@code .jsonl}, {@code .ndjson}). */
  JSONL,
  /** One plain-text article per file ({@code .txt}). */
  TEXT,
  /** One saved web page per file ({@code .html}, {@code .htm}, {@code .xhtml}). */
  HTML,
  /** An RSS or Atom feed saved to disk ({@code .rss}, {@code .atom}, {@code .xml}): one article per item. */
  FEED,
  /** A WARC file from a crawler ({@code .warc}, {@code .warc.gz}): one article per HTML response record. */
  WARC;

  private static final int SNIFF_BYTES = 1024;

  /** The format its name says, or null when the name says nothing ({@code .xml} is sniffed: feed or page). */
  public static InputFormat byName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".txt")) {
      return TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom")) {
      return FEED;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WARC;
    }
    return null;
  }

  /** Whether a file found in a directory is taken as input: its name names a format, or it is {@code .xml}. */
  static boolean listed(Path file) {
    return byName(file) != null || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  /** The format of a file: by its name, else by its first bytes; null when neither says. */
  public static InputFormat of(Path file) throws IOException {
    InputFormat named = byName(file);
    if (named != null) {
      return named;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return sniff(head);
  }

  /** The format the first bytes of a file show, or null. */
  static InputFormat sniff(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return WARC; // gzip: of the formats read here only WARC comes compressed
    }
    String s = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
    if (s.startsWith("\ufeff")) {
      s = s.substring(1).stripLeading();
    }
    if (s.startsWith("warc/")) {
      return WARC;
    }
    if (s.startsWith("{")) {
      return JSONL;
    }
    if (s.startsWith("<!doctype html") || s.startsWith("<html")) {
      return HTML;
    }
    if (s.startsWith("<")) {
      int root = firstElement(s);
      if (root >= 0 && (s.startsWith("<rss", root) || s.startsWith("<feed", root) || s.startsWith("<rdf:rdf", root))) {
        return FEED;
      }
      if (root >= 0 && s.startsWith("<html", root)) {
        return HTML;
      }
    }
    return null;
  }

  /** The offset of the first element after the XML declaration, comments and doctype, or -1. */
  private static int firstElement(String s) {
    int i = 0;
    while (i >= 0 && i < s.length()) {
      i = s.indexOf('<', i);
      if (i < 0 || i + 1 >= s.length()) {
        return -1;
      }
      char c = s.charAt(i + 1);
      if (c != '?' && c != '!') {
        return i;
      }
      i = s.indexOf('>', i);
    }
    return -1;
  }

  /** The words for an error message: what this reader expected the file to be. */
  String description() {
    return switch (this) {
      case JSONL -> "a JSONL file";
      case TEXT -> "a text file";
      case HTML -> "an HTML page";
      case FEED -> "an RSS or Atom feed";
      case WARC -> "a WARC file";
    };
  }
}

package org.waqai.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.waqai.model.Article;

/**
 * Reads articles from {@code .jsonl} files (one article per line), {@code .txt} files (one article, id = file name),
 * saved web pages ({@code .html}), RSS/Atom feeds ({@code .rss}, {@code .atom}, {@code .xml}), WARC files
 * ({@code .warc}, {@code .warc.gz}) and directories of such files (sorted, recursively); see {@link InputFormat}.
 * Strict UTF-8 for JSONL and text; a bad record or file is reported and skipped, the rest goes on. Lines are read as
 * blocks of bytes with a hard cap so that a huge line cannot exhaust memory.
 */
public final class ArticleSource {
  /** The largest article text accepted, in characters. */
  public static final int MAX_TEXT_CHARS = 2_000_000;
  private static final int MAX_LINE_BYTES = 4 * MAX_TEXT_CHARS + 65536;

  /** What a user is told an unreadable file should be. */
  public static final String FORMATS = ".jsonl, .txt, .html/.htm, an RSS/Atom feed (.rss, .atom, .xml) or .warc(.gz)";

  private final ObjectMapper json = new ObjectMapper();
  private final LocalDate textPublished;

  /** A source that leaves {@code .txt} articles undated (the extractor may find a dateline in the text). */
  public ArticleSource() {
    this(null);
  }

  /** A source that dates every {@code .txt} article {@code textPublished} (null: undated). */
  public ArticleSource(LocalDate textPublished) {
    this.textPublished = textPublished;
  }

  /**
   * Every input path expanded: directories become their files of a known extension ({@link InputFormat#listed}), in
   * name order; a file named on its own is taken when its name or its first bytes show a format.
   */
  public List<Path> expand(List<Path> inputs, Consumer<InputProblem> problems) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(InputFormat::listed).sorted().forEach(out::add);
        } catch (IOException e) {
          problems.accept(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getMessage()));
        }
      } else if (!Files.exists(p)) {
        problems.accept(new InputProblem(p.toString(), 0, "no such file or directory"));
      } else if (format(p, problems) != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** The format of a file, or null after reporting that it has none that is read here. */
  private static InputFormat format(Path p, Consumer<InputProblem> problems) {
    try {
      InputFormat f = InputFormat.of(p);
      if (f == null) {
        problems.accept(new InputProblem(p.toString(), 0, "unsupported format: expected " + FORMATS));
      }
      return f;
    } catch (IOException e) {
      problems.accept(new InputProblem(p.toString(), 0, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  /** Reads one file, handing each article and each problem to the callbacks in file order. */
  public void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
    InputFormat format = format(file, problems);
    if (format == null) {
      return;
    }
    String name = file.toString();
    try {
      switch (format) {
        case HTML -> new HtmlArticleReader().read(file, articles, problems);
        case FEED -> new FeedArticleReader().read(file, articles, problems);
        case WARC -> new WarcArticleReader().read(file, articles, problems);
        case TEXT, JSONL -> {
          try (InputStream in = Files.newInputStream(file)) {
            if (format == InputFormat.TEXT) {
              readText(file, in, articles, problems);
            } else {
              readJsonl(name, in, articles, problems);
            }
          }
        }
      }
    } catch (IOException e) {
      problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
    } catch (RuntimeException e) {
      // a parser's bug on a malformed file must not end the batch: report it like any bad file
      problems.accept(new InputProblem(name, 0, "cannot read " + format.description() + ": " + e));
    }
  }

  private void readText(Path file, InputStream in, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws IOException {
    String name = file.toString();
    byte[] bytes = in.readNBytes(MAX_LINE_BYTES + 1);
    if (bytes.length > MAX_LINE_BYTES) {
      problems.accept(new InputProblem(name, 0, "text too large (over " + MAX_TEXT_CHARS + " characters)"));
      return;
    }
    String text;
    try {
      text = decode(bytes, bytes.length);
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(name, 0, "not valid UTF-8"));
      return;
    }
    String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String problem = checkText(text);
    if (problem != null) {
      problems.accept(new InputProblem(name, 0, problem));
      return;
    }
    articles.accept(new Article(id, text, textPublished, null, null));
  }

  private void readJsonl(String name, InputStream in, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws IOException {
    new JsonlLines(in, MAX_LINE_BYTES).forEach((n, bytes, length, tooLong) -> {
      if (tooLong) {
        problems.accept(new InputProblem(name, n, "line too long (over " + MAX_LINE_BYTES + " bytes)"));
      } else {
        record(name, n, bytes, length, articles, problems);
      }
    });
  }

  private void record(String name, int n, byte[] bytes, int length, Consumer<Article> articles,
      Consumer<InputProblem> problems) {
    String s;
    try {
      s = decode(bytes, length);
    } catch (CharacterCodingException e) {
      problems.accept(new InputProblem(name, n, "not valid UTF-8"));
      return;
    }
    if (s.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = json.readTree(s);
    } catch (JsonProcessingException e) {
      problems.accept(new InputProblem(name, n, "not JSON: " + e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      problems.accept(new InputProblem(name, n, "not a JSON object"));
      return;
    }
    String id = text(node, "id");
    String text = text(node, "text");
    if (id == null || id.isBlank()) {
      problems.accept(new InputProblem(name, n, "missing \"id\""));
      return;
    }
    if (text == null) {
      problems.accept(new InputProblem(name, n, "article " + id + ": missing \"text\""));
      return;
    }
    String problem = checkText(text);
    if (problem != null) {
      problems.accept(new InputProblem(name, n, "article " + id + ": " + problem));
      return;
    }
    LocalDate published = null;
    String p = text(node, "published");
    if (p != null && !p.isBlank()) {
      try {
        published = LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p);
      } catch (DateTimeParseException e) {
        problems.accept(new InputProblem(name, n, "article " + id + ": \"published\" is not an ISO date: " + p));
        return;
      }
    }
    articles.accept(new Article(id, text, published, text(node, "url"), text(node, "outlet")));
  }

  /** Null when the text can be extracted from, else why not. */
  static String checkText(String text) {
    if (text.isBlank()) {
      return "empty text";
    }
    if (text.length() > MAX_TEXT_CHARS) {
      return "text too large (" + text.length() + " characters, limit " + MAX_TEXT_CHARS + ")";
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "binary content (NUL character at offset " + i + ")";
      }
      if (c < 32 && c != '\n' && c != '\r' && c != '\t') {
        control++;
      }
    }
    return control * 20 > text.length() ? "binary content (" + control + " control characters)" : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  private static String decode(byte[] bytes, int len) throws CharacterCodingException {
    // the String constructor's decoder is the fast one but replaces what is not UTF-8 with U+FFFD; only a text
    // holding U+FFFD (rare in news) goes through the strict decoder, which says whether the bytes were valid
    String fast = new String(bytes, 0, len, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, 0, len));
    String s = cb.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}

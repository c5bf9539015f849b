package org.waqai.api.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.io.ArticleSource;
import org.waqai.model.Article;

/**
 * Reads the articles of a {@code POST /articles} body: one JSON object or an array of them
 * ({@code application/json}), or JSON lines ({@code application/x-ndjson}). Each record is checked exactly as the
 * command line checks a JSONL line ({@link ArticleSource}: required fields, UTF-8, size, binary content, dates), so
 * that the service and the CLI accept the same articles; a bad record is reported and the others go on.
 */
public final class ArticleBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleBody() {}

  /** A record that could not be read: its 1-based number (JSONL line or array element) and why. */
  public record RecordProblem(int record, String reason) {}

  /** What a body held. */
  public record Parsed(List<Article> articles, List<RecordProblem> problems) {
    public Parsed {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  public static Parsed json(byte[] body, int maxArticles) {
    requireUtf8(body);
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ApiException(ProblemType.BAD_REQUEST, "body is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ApiException(ProblemType.BAD_REQUEST, "empty body: send an article as a JSON object");
    }
    List<JsonNode> records = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(records::add);
    } else if (root.isObject()) {
      records.add(root);
    } else {
      throw new ApiException(ProblemType.BAD_REQUEST, "body must be a JSON object (one article) or an array of them");
    }
    limit(records.size(), maxArticles);
    StringBuilder lines = new StringBuilder();
    for (JsonNode r : records) {
      lines.append(r.toString()).append('\n'); // compact: one record per line, as ArticleSource reads them
    }
    return read(lines.toString().getBytes(StandardCharsets.UTF_8));
  }

  public static Parsed jsonLines(byte[] body, int maxArticles) {
    int records = 0;
    for (String line : new String(body, StandardCharsets.ISO_8859_1).split("\n")) {
      records += line.isBlank() ? 0 : 1; // counting lines needs no decoding; each line is decoded strictly later
    }
    if (records == 0) {
      throw new ApiException(ProblemType.BAD_REQUEST, "empty body: send one article per line");
    }
    limit(records, maxArticles);
    return read(body);
  }

  private static void limit(int records, int max) {
    if (records > max) {
      throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, records + " articles in one request; the limit is " + max
          + " (waqai.api.max-articles)", Map.of("limit", max), null);
    }
  }

  private static Parsed read(byte[] jsonl) {
    Path file = null;
    try {
      file = Files.createTempFile("waqai-articles-", ".jsonl");
      Files.write(file, jsonl);
      List<Article> articles = new ArrayList<>();
      List<RecordProblem> problems = new ArrayList<>();
      Map<String, Integer> firstRecord = new HashMap<>();
      new ArticleSource().read(file, article -> {
        int record = articles.size() + problems.size() + 1;
        Integer first = firstRecord.putIfAbsent(article.id(), record);
        if (first == null) {
          articles.add(article);
        } else {
          // Two articles with one id would overwrite each other in the stores; the later one is reported instead.
          problems.add(new RecordProblem(record, "article id '" + article.id() + "' already appears in this request "
              + "(record " + first + "); only the first is taken"));
        }
      }, p -> problems.add(new RecordProblem(p.line(), p.reason())));
      return new Parsed(articles, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool the request body", e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  /** A 400 naming the first byte that is not UTF-8. */
  static void requireUtf8(byte[] body) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(body.length + 1), true);
    if (result.isError()) {
      throw new ApiException(ProblemType.BAD_REQUEST, "body is not valid UTF-8: malformed byte sequence at byte "
          + in.position(), Map.of("offset", in.position()), null);
    }
  }
}

package org.waqai.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.waqai.model.Article;

/**
 * A write-ahead journal of ingest batches. A batch's articles are written and forced to disk before any store is
 * touched, and the batch file is removed only after every store has committed it. Whatever batch files are found at
 * start were interrupted and are replayed; store writes are idempotent, so replaying a batch that one store had
 * already committed is harmless.
 */
public final class IngestJournal {
  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private long seq;

  public IngestJournal(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
    try (Stream<Path> s = Files.list(dir)) {
      seq = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("batch-\\d+\\.jsonl"))
          .mapToLong(n -> Long.parseLong(n.substring(6, n.length() - 6))).max().orElse(0);
    }
  }

  /** Records a batch durably; returns the handle to {@link #commit} it. */
  public synchronized Path begin(List<Article> batch) throws IOException {
    Path tmp = dir.resolve("batch-" + (++seq) + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Article a : batch) {
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id()).put("text", a.text());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("url", a.url()).put("outlet", a.outlet());
        w.write(json.writeValueAsString(o));
        w.write('\n');
      }
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Path file = dir.resolve("batch-" + seq + ".jsonl");
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /** Marks a batch as committed in every store. */
  public void commit(Path batch) throws IOException {
    Files.deleteIfExists(batch);
  }

  /** The batches a crash left behind, oldest first. */
  public List<Path> pending() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("batch-\\d+\\.jsonl"))
          .sorted((a, b) -> Long.compare(number(a), number(b))).toList();
    }
  }

  /** The articles of a journalled batch. */
  public List<Article> read(Path batch) throws IOException {
    List<Article> out = new ArrayList<>();
    for (String line : Files.readAllLines(batch, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String published = n.path("published").isNull() ? null : n.path("published").asText(null);
      out.add(new Article(n.get("id").asText(), n.get("text").asText(),
          published == null ? null : LocalDate.parse(published), n.path("url").asText(null),
          n.path("outlet").asText(null)));
    }
    return out;
  }

  private static long number(Path p) {
    String n = p.getFileName().toString();
    try {
      return Long.parseLong(n.substring(6, n.length() - 6));
    } catch (NumberFormatException e) {
      throw new UncheckedIOException(new IOException("unexpected journal file " + p));
    }
  }
}

package org.waqai.store.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.waqai.model.ActorRef;
import org.waqai.model.Article;
import org.waqai.model.Event;
import org.waqai.model.PlaceRef;
import org.waqai.model.Span;
import org.waqai.store.ArticleEvents;
import org.waqai.store.BulkWriter;
import org.waqai.store.StoreException;

/**
 * The first load of an empty embedded Neo4j with its import tool ({@code neo4j-admin database import full}, run
 * in-process from the {@code neo4j-import-tool} jar): articles, events and their relationships are written to CSV
 * as batches come; actors, places and governorates, which many batches share, are written at the end as the
 * transactional writer would have left them (an actor keeps the first registry row seen, a place the last
 * properties written, see {@code merge-actors.cypher} and {@code merge-places.cypher}). Constraints and indexes are
 * not imported: {@link Neo4jEventStore#initialise()} creates them over the loaded graph at the next start.
 */
public final class Neo4jBulkImport implements BulkWriter {
  private static final String DATABASE = "neo4j";
  private static final String ROLE_HEADER =
      ":START_ID(Event),:END_ID(Actor),:TYPE,text,start:long,end:long,registryId,inferred:boolean";

  private final Path csvDir;
  private final Path dataDir;
  private final CsvFile articles;
  private final CsvFile events;
  private final CsvFile reportedIn;
  private final CsvFile roles;
  private final CsvFile at;
  private final Map<String, ActorRef> actors = new LinkedHashMap<>();
  private final Map<String, PlaceRef> places = new LinkedHashMap<>();
  private final Set<String> governorates = new LinkedHashSet<>();

  /**
   * @param csvDir an empty directory for the CSV files
   * @param dataDir the embedded server's data directory ({@code Neo4jSettings.dataDir()}), its Neo4j home
   */
  public Neo4jBulkImport(Path csvDir, Path dataDir) {
    this.csvDir = csvDir;
    this.dataDir = dataDir.toAbsolutePath();
    try {
      Files.createDirectories(csvDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + csvDir, e);
    }
    articles = new CsvFile(csvDir.resolve("articles.csv"),
        "id:ID(Article),url,outlet,published:date,text,fingerprint,extractorVersion");
    events = new CsvFile(csvDir.resolve("events.csv"), "id:ID(Event),type,subtype,date:date,dateEnd:date,"
        + "datePrecision,fatalities:long,injured:long,displaced:long,negated:boolean,hedged:boolean,"
        + "confidence:double,sentence,evidenceStart:long,evidenceEnd:long,triggerStart:long,triggerEnd:long");
    reportedIn = new CsvFile(csvDir.resolve("reported-in.csv"), ":START_ID(Event),:END_ID(Article)");
    roles = new CsvFile(csvDir.resolve("roles.csv"), ROLE_HEADER);
    at = new CsvFile(csvDir.resolve("at.csv"), ":START_ID(Event),:END_ID(Place),text,start:long,end:long");
  }

  /** The rows of the article, its events, REPORTED_IN, role and AT files, in that order. */
  @Override
  public byte[][] format(ArticleEvents unit) {
    CsvRows article = new CsvRows();
    CsvRows event = new CsvRows();
    CsvRows reported = new CsvRows();
    CsvRows role = new CsvRows();
    CsvRows place = new CsvRows();
    Article a = unit.article();
    article.text(a.id()).text(a.url()).text(a.outlet()).plain(a.published()).text(a.text())
        .text(unit.fingerprint()).text(unit.extractorVersion()).endRow();
    for (Event e : unit.events()) {
      event(e, event, reported, role, place);
    }
    return new byte[][] {article.bytes(), event.bytes(), reported.bytes(), role.bytes(), place.bytes()};
  }

  @Override
  public void add(List<ArticleEvents> units, List<byte[][]> formatted, Set<String> deferred) {
    List<CsvFile> files = List.of(articles, events, reportedIn, roles, at);
    for (int i = 0; i < units.size(); i++) {
      ArticleEvents unit = units.get(i);
      if (!deferred.contains(unit.article().id())) {
        byte[][] rows = formatted.get(i);
        for (int f = 0; f < files.size(); f++) {
          files.get(f).append(rows[f]);
        }
      }
      unit.events().forEach(this::shared);
    }
  }

  /** What {@code merge-actors.cypher} and {@code merge-places.cypher} would do with this event's actors and place. */
  private void shared(Event e) {
    roleRefs(e).forEach(a -> actors.putIfAbsent(a.identity(), a));
    PlaceRef p = e.place();
    if (p != null) {
      places.put(p.id(), p); // the last properties written win, as with the store's SET
      if (p.admin1() != null) {
        governorates.add(p.admin1());
      }
    }
  }

  private static Stream<ActorRef> roleRefs(Event e) {
    return Stream.of(Stream.ofNullable(e.actor1()), Stream.ofNullable(e.actor2()), e.assoc1().stream(),
        e.assoc2().stream()).flatMap(s -> s);
  }

  private static void event(Event e, CsvRows events, CsvRows reportedIn, CsvRows roles, CsvRows at) {
    Map<String, Object> p = EventProperties.of(e);
    events.text(e.id()).text((String) p.get("type")).text((String) p.get("subtype")).plain(e.date())
        .plain(e.dateEnd()).text((String) p.get("datePrecision")).plain(e.fatalities()).plain(e.injured())
        .plain(e.displaced()).plain(e.negated()).plain(e.hedged()).plain(e.confidence())
        .text(e.evidence().sentence()).plain(e.evidence().span().start()).plain(e.evidence().span().end())
        .plain(e.evidence().trigger().start()).plain(e.evidence().trigger().end()).endRow();
    reportedIn.text(e.id()).text(e.article()).endRow();
    role(roles, e, "ACTOR1", e.actor1() == null ? List.of() : List.of(e.actor1()));
    role(roles, e, "ACTOR2", e.actor2() == null ? List.of() : List.of(e.actor2()));
    role(roles, e, "ASSOC1", e.assoc1());
    role(roles, e, "ASSOC2", e.assoc2());
    PlaceRef place = e.place();
    if (place != null) {
      at.text(e.id()).text(place.id()).text(place.text());
      span(at, place.span()).endRow();
    }
  }

  private static void role(CsvRows roles, Event e, String type, List<ActorRef> refs) {
    for (ActorRef a : refs) {
      roles.text(e.id()).text(a.identity()).text(type).text(a.text());
      span(roles, a.span()).text(a.id()).plain(a.inferred() ? Boolean.TRUE : null).endRow();
    }
  }

  private static CsvRows span(CsvRows f, Span span) {
    return f.plain(span == null ? null : span.start()).plain(span == null ? null : span.end());
  }

  @Override
  public String loader() {
    return "the Neo4j import tool";
  }

  @Override
  public void load() {
    List<Path> nodeFiles = writeSharedNodes();
    close();
    // the database first: the file lists of --nodes and --relationships take every argument that follows
    List<String> args = new ArrayList<>(List.of(DATABASE, "--overwrite-destination=true", "--id-type=string",
        "--report-file=" + csvDir.resolve("import.report").toAbsolutePath(),
        // bounded whatever the input; the tool's default is 90% of the free memory
        "--max-off-heap-memory=1G",
        // Article texts hold line breaks, some as CR LF. The newer multi-line reader (v2) refuses a CR near the end
        // of its read buffer ("found CR outside a text cell", Neo4j 5.26.30), so the classic one reads every file.
        "--multiline-fields=true", "--verbose",
        "--nodes=Article=" + abs(articles.path()),
        "--nodes=Event=" + abs(events.path()),
        "--nodes=Actor=" + abs(nodeFiles.get(0)),
        "--nodes=" + abs(nodeFiles.get(1)),
        "--relationships=REPORTED_IN=" + abs(reportedIn.path()),
        "--relationships=" + abs(roles.path()),
        "--relationships=AT=" + abs(at.path()),
        "--relationships=IN=" + abs(nodeFiles.get(2))));
    runImport(args);
  }

  /** Actors, places with governorates, and the places' IN relationships. */
  private List<Path> writeSharedNodes() {
    Path actorFile = csvDir.resolve("actors.csv");
    Path placeFile = csvDir.resolve("places.csv");
    Path inFile = csvDir.resolve("in.csv");
    CsvRows a = new CsvRows();
    CsvRows p = new CsvRows();
    CsvRows in = new CsvRows();
    actors.forEach((identity, ref) -> a.text(identity).text(ref.key()).text(ref.name()).plain(ref.inter()).endRow());
    for (String admin1 : governorates) {
      String id = GraphRows.governorateId(admin1);
      if (!places.containsKey(id)) {
        p.text(id).text("Place;Governorate").text(admin1).text(admin1).text("governorate").plain(null).endRow();
      }
    }
    for (PlaceRef place : places.values()) {
      p.text(place.id()).text("Place").text(place.name()).text(place.admin1()).text(place.precision().label())
          .point(place.lat(), place.lon()).endRow();
      if (place.admin1() != null) {
        in.text(place.id()).text(GraphRows.governorateId(place.admin1())).endRow();
      }
    }
    try (CsvFile af = new CsvFile(actorFile, "id:ID(Actor),key,name,inter:long");
        CsvFile pf = new CsvFile(placeFile, "id:ID(Place),:LABEL,name,admin1,precision,location:point{crs:WGS-84}");
        CsvFile inf = new CsvFile(inFile, ":START_ID(Place),:END_ID(Place)")) {
      af.append(a);
      pf.append(p);
      inf.append(in);
    }
    return List.of(actorFile, placeFile, inFile);
  }

  private static String abs(Path p) {
    return p.toAbsolutePath().toString();
  }

  private void runImport(List<String> args) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      ExecutionContext context = new ExecutionContext(dataDir, dataDir.resolve("conf"), out, out, fs);
      code = new picocli.CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
    }
    try {
      Files.write(csvDir.resolve("import.log"), log.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the import log in " + csvDir, e);
    }
    if (code != 0) {
      String cause = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Caused by:"))
          .reduce((a, b) -> b).orElse("see " + csvDir.resolve("import.log"));
      throw new StoreException("Neo4j import into " + dataDir + " failed (exit " + code + "): " + cause);
    }
  }

  @Override
  public void close() {
    for (CsvFile f : List.of(articles, events, reportedIn, roles, at)) {
      f.close();
    }
  }
}

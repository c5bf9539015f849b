package org.waqai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code waqai serve}: the HTTP service. It is a Quarkus application of its own ({@code quarkus-run.jar}), which the
 * {@code ./waqai} launcher starts directly; this command documents it in {@code waqai --help} and says how to start it
 * when this entry point is called by hand.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the HTTP service (Quarkus) on the embedded stores under DIR (Neo4j in DIR/neo4j, TDB2 in "
        + "DIR/tdb2, the ingest journal in DIR/journal) and load the sample corpus into empty stores. Stop it with "
        + "Ctrl-C. One process at a time may hold DIR: while the service runs, post articles to it (POST /articles) "
        + "instead of running waqai ingest on the same DIR."},
    footerHeading = "%nConfiguration (environment variables, or -D system properties in WAQAI_JAVA_OPTS):%n",
    footer = {
        "  QUARKUS_HTTP_HOST, QUARKUS_HTTP_PORT    where to listen (default 127.0.0.1:8080)",
        "  WAQAI_BASE_URI                          base of the linked-data IRIs (default http://HOST:PORT/id/,",
        "                                          localhost for a loopback or wildcard HOST)",
        "  WAQAI_API_TOKEN                         bearer token for POST /articles (required off loopback)",
        "  WAQAI_NEO4J_URI, _USER, _PASSWORD       an external Neo4j (bolt:// or neo4j://); default: embedded",
        "  WAQAI_NEO4J_BOLT_PORT                   Bolt port of the embedded Neo4j on 127.0.0.1 (default 7687);",
        "                                          user neo4j, password in DIR/neo4j/bolt-password (docs/security.md)",
        "  WAQAI_SPARQL_FEDERATED_ENDPOINTS        endpoints SPARQL SERVICE may call (default: none)",
        "  WAQAI_RDF_MODE=remote, WAQAI_RDF_QUERY_URL, _UPDATE_URL, _GSP_URL   a SPARQL 1.1 store; default: TDB2",
        "  WAQAI_LOAD_SAMPLES=false                start without the sample corpus",
        "Every key is listed in docs/configuration.md."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "1:could not start (see the log)", "2:usage error"})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "directory of the embedded stores and the ingest journal (default: ${DEFAULT-VALUE})")
  Path data;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("waqai serve: start the service with the launcher, ./waqai serve --data "
        + data + " (or java -Dwaqai.neo4j.data-dir=" + data.resolve("neo4j") + " -Dwaqai.rdf.tdb2-dir="
        + data.resolve("tdb2") + " -Dwaqai.journal-dir=" + data.resolve("journal")
        + " -jar target/quarkus-app/quarkus-run.jar)");
    return 2;
  }
}

package org.waqai.store.rdf;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * An open {@link RDFConnection} to the configured back-end and what closing it must release. Both back-ends are
 * driven through the same connection API, so the store has one code path; they differ in what a transaction means:
 * on TDB2 a real ACID transaction, on a remote store a local lock around independent HTTP requests.
 */
final class RdfEndpoint implements AutoCloseable {
  private final RDFConnection connection;
  private final Runnable release;

  private RdfEndpoint(RDFConnection connection, Runnable release) {
    this.connection = connection;
    this.release = release;
  }

  RDFConnection connection() {
    return connection;
  }

  static RdfEndpoint open(RdfSettings settings) {
    return switch (settings.mode()) {
      case TDB2 -> tdb2(settings);
      case REMOTE -> remote(settings);
    };
  }

  private static RdfEndpoint tdb2(RdfSettings settings) {
    DatasetGraph dsg;
    try {
      Files.createDirectories(settings.tdb2Dir());
      dsg = DatabaseMgr.connectDatasetGraph(settings.tdb2Dir().toString());
    } catch (IOException e) {
      throw new RdfStoreException("cannot create TDB2 directory " + settings.tdb2Dir(), e);
    } catch (JenaException e) {
      // Typically the directory's lock, held by another process (a Fuseki, another service).
      throw new RdfStoreUnavailableException("cannot open TDB2 at " + settings.tdb2Dir() + ": " + e.getMessage(), e);
    }
    // Ad-hoc queries see all article graphs as one default graph; the store's own queries name graphs explicitly.
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(dsg));
    return new RdfEndpoint(connection, () -> {
      connection.close();
      // Releases the files and the lock so that the directory can be opened again (tests, a restarted service).
      TDBInternal.expel(dsg);
    });
  }

  private static RdfEndpoint remote(RdfSettings settings) {
    RDFConnection connection = RDFConnectionRemote.newBuilder()
        .queryEndpoint(settings.queryUrl())
        .updateEndpoint(settings.updateUrl())
        .gspEndpoint(settings.gspUrl())
        .build();
    return new RdfEndpoint(connection, connection::close);
  }

  @Override
  public void close() {
    release.run();
  }
}

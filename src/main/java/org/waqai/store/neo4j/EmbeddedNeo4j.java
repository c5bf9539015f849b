package org.waqai.store.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.waqai.store.StoreUnavailableException;

/**
 * Neo4j Community running inside this JVM, reachable over Bolt on the loopback interface only. It exists to give
 * the driver a server: the store never touches its Java API, so the same store code runs unchanged against an
 * external server or a cluster.
 *
 * <p>The connector binds 127.0.0.1 and nothing else, and it requires the credentials kept in the data directory
 * ({@link BoltCredentials}): the loopback interface alone is no protection, since every local process and every web
 * page open in a local browser (over Bolt's WebSocket) can reach it. {@code LOAD CSV} may not read local files.
 * HTTP is off: nothing here speaks it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";

  private final DatabaseManagementService dbms;
  private final URI boltUri;
  private final BoltCredentials credentials;

  private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, BoltCredentials credentials) {
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.credentials = credentials;
  }

  /**
   * Starts the server and returns once the default database accepts Bolt connections.
   *
   * @param dataDir the directory holding the databases, created when missing; one process at a time
   * @param boltPort the port on 127.0.0.1, 0 for any free one
   * @param txTimeout the longest a transaction may run, zero for no limit
   * @throws StoreUnavailableException when the server cannot start (directory locked by another process, port taken)
   */
  public static EmbeddedNeo4j start(Path dataDir, int boltPort, Duration txTimeout) {
    BoltCredentials credentials;
    try {
      credentials = BoltCredentials.forDataDir(dataDir);
    } catch (RuntimeException e) {
      throw new StoreUnavailableException("cannot start embedded Neo4j in " + dataDir + ": " + e.getMessage(), e);
    }
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // A local process guessing passwords would otherwise lock the service's own user out for a while; the
        // generated password is too long to guess.
        .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        // Without these the Bolt server lingers ~10 s on shutdown waiting for idle connections.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO);
    if (!txTimeout.isZero()) {
      builder.setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout);
    }
    DatabaseManagementService dbms;
    try {
      dbms = builder.build();
    } catch (RuntimeException e) {
      if (Neo4jStoreLockedException.causedBy(e)) {
        throw new Neo4jStoreLockedException(dataDir, e);
      }
      throw new StoreUnavailableException("cannot start embedded Neo4j in " + dataDir + ": " + e.getMessage(), e);
    }
    try {
      setPassword(dbms, credentials);
      return new EmbeddedNeo4j(dbms, boltUri(dbms), credentials);
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw new StoreUnavailableException("embedded Neo4j started without a usable Bolt connector: "
          + e.getMessage(), e);
    }
  }

  /** The user and password the Bolt connector requires. */
  public BoltCredentials credentials() {
    return credentials;
  }

  /**
   * Gives the server the stored password. A new server's user has the well-known initial password, which must be
   * changed before anything else can be done with it; such a session is useless to whoever opens it in the moment
   * before this runs. Transactions through the embedded API need no login.
   */
  private static void setPassword(DatabaseManagementService dbms, BoltCredentials credentials) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + BoltCredentials.USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", credentials.password()));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
      // already set at an earlier start
    }
  }

  /** The Bolt URI to give the driver, with the port actually bound. */
  public URI boltUri() {
    return boltUri;
  }

  @Override
  public void close() {
    dbms.shutdown();
  }

  /**
   * With port 0 only the server knows which port it bound. The port register is internal API, but choosing a free
   * port ourselves and handing it over would race with other processes.
   */
  private static URI boltUri(DatabaseManagementService dbms) {
    GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    HostnamePort address = system.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    if (address == null) {
      throw new IllegalStateException("no Bolt address registered");
    }
    return URI.create("bolt://" + LOOPBACK + ":" + address.getPort());
  }
}

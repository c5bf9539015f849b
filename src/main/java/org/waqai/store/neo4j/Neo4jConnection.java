package org.waqai.store.neo4j;

import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoop;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.internal.DriverFactory;
import org.neo4j.driver.internal.security.StaticAuthTokenManager;
import org.waqai.store.StoreException;
import org.waqai.store.StoreUnavailableException;

/**
 * A driver connected to the configured server, starting the embedded one first when the settings ask for it.
 * Closing it closes the driver, then the embedded server if it started one.
 */
public final class Neo4jConnection implements AutoCloseable {
  private final EmbeddedNeo4j embedded;
  private final Driver driver;
  private final URI uri;
  private final String database;
  private final AuthToken auth;
  private final Map<EventLoop, Driver> loopDrivers = new ConcurrentHashMap<>();

  private Neo4jConnection(EmbeddedNeo4j embedded, Driver driver, URI uri, String database, AuthToken auth) {
    this.embedded = embedded;
    this.driver = driver;
    this.uri = uri;
    this.database = database;
    this.auth = auth;
  }

  /**
   * Connects and checks that the server answers.
   *
   * @throws StoreUnavailableException when the server cannot be reached or started
   * @throws StoreException when it rejects the credentials
   */
  public static Neo4jConnection open(Neo4jSettings settings) {
    EmbeddedNeo4j embedded = settings.embedded()
        ? EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort(), settings.txTimeout())
        : null;
    URI uri = embedded != null ? embedded.boltUri() : URI.create(settings.uri());
    AuthToken auth = embedded != null
        ? AuthTokens.basic(embedded.credentials().user(), embedded.credentials().password())
        : authToken(settings);
    Driver driver = GraphDatabase.driver(uri, auth, driverConfig());
    try {
      driver.verifyConnectivity();
    } catch (Neo4jException e) {
      driver.close();
      if (embedded != null) {
        embedded.close();
      }
      throw Neo4jErrors.translate("connection to " + uri, e);
    }
    return new Neo4jConnection(embedded, driver, uri, settings.database(), auth);
  }

  public Driver driver() {
    return driver;
  }

  /**
   * A driver to the same server whose connections live on {@code loop}, for a caller that runs on that event loop
   * (an HTTP server's I/O thread) and uses the driver's asynchronous API: the request is written, and its answer read
   * and handed on, by the thread that is already running, where the shared driver would wake one of its own I/O
   * threads to write and another thread again to deliver the answer. One driver per loop, made on first use, closed
   * with this connection. The caller must never block on it: the answer it would wait for is read by its own thread.
   * Empty when {@code loop} is not an NIO event loop. This goes through the driver's {@code DriverFactory}, the
   * entry point {@code GraphDatabase} itself uses, because the public API takes no event loop.
   */
  public Optional<Driver> driverOn(EventLoop loop) {
    // The driver opens NIO socket channels, which only an NIO event loop can serve (not epoll's or io_uring's).
    if (!(loop instanceof NioEventLoop)) {
      return Optional.empty();
    }
    return Optional.of(loopDrivers.computeIfAbsent(loop, l -> new DriverFactory()
        .newInstance(uri, new StaticAuthTokenManager(auth), null, driverConfig(), null, l, null)));
  }

  /** How many event-loop drivers {@link #driverOn} has made. */
  public int loopDrivers() {
    return loopDrivers.size();
  }

  public URI uri() {
    return uri;
  }

  /** The database to use, or null for the server's default. */
  public String database() {
    return database;
  }

  @Override
  public void close() {
    try {
      loopDrivers.values().forEach(Neo4jConnection::closeQuietly);
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /**
   * An event-loop driver's loop may already be stopped at shutdown, its connections gone with it; then the close
   * cannot run there and is given up after a few seconds rather than waited for.
   */
  private static void closeQuietly(Driver loopDriver) {
    try {
      loopDriver.closeAsync().toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      // nothing left to release
    }
  }

  private static AuthToken authToken(Neo4jSettings settings) {
    // An external server without a password is connected to without authentication.
    if (settings.password() == null) {
      return AuthTokens.none();
    }
    return AuthTokens.basic(settings.user(), settings.password());
  }

  private static Config driverConfig() {
    return Config.builder()
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
        .build();
  }
}

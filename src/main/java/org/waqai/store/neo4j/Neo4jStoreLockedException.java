package org.waqai.store.neo4j;

import java.nio.file.Path;
import org.waqai.store.StoreUnavailableException;

/**
 * The embedded Neo4j's directory is held by another process, most likely a running {@code waqai serve} or another
 * {@code waqai ingest} on the same {@code --data}: Neo4j allows one process per directory. Stopping that process
 * mends it; while the service runs, articles go in through its {@code POST /articles}.
 */
public class Neo4jStoreLockedException extends StoreUnavailableException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public Neo4jStoreLockedException(Path directory, Throwable cause) {
    super("Neo4j directory " + directory + " is in use by another Waqai process (the service?): stop it, or post "
        + "the articles to the running service (POST /articles), or use another --data directory", cause);
    this.directory = directory;
  }

  /** The locked directory. */
  public Path directory() {
    return directory;
  }

  /** Whether Neo4j refused to start because another process holds its store lock. */
  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.neo4j.io.locker.FileLockException
          || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
        return true;
      }
    }
    return false;
  }
}

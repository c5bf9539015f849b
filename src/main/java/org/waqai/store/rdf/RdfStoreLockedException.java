package org.waqai.store.rdf;

import java.nio.file.Path;

/**
 * The TDB2 directory is held by another process (a running {@code waqai serve}, another {@code waqai} command, a
 * Fuseki): TDB2 allows one process per directory. Stopping that process mends it.
 */
public class RdfStoreLockedException extends RdfStoreUnavailableException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public RdfStoreLockedException(Path directory, Throwable cause) {
    super("TDB2 directory " + directory + " is in use by another process (the running service holds its data "
        + "directory; so do other waqai commands and a Fuseki on it): stop that process and try again", cause);
    this.directory = directory;
  }

  /** The locked directory. */
  public Path directory() {
    return directory;
  }
}

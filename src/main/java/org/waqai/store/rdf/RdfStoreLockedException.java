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
    super("TDB2 directory " + directory + " is in use by another Waqai process (the service?) or another program, "
        + "and TDB2 allows one process per directory: stop the service (waqai serve) or whatever else holds it "
        + "(another waqai command, a Fuseki), then try again", cause);
    this.directory = directory;
  }

  /** The locked directory. */
  public Path directory() {
    return directory;
  }
}

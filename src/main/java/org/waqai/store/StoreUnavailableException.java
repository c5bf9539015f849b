package org.waqai.store;

/**
 * The store cannot be reached or is too busy: no server at the address, a cluster without a leader, a write that
 * kept failing with transient errors after the driver's retries. Worth retrying later.
 */
public class StoreUnavailableException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}

package org.waqai.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The records one logger writes while a test provokes a failure on purpose: kept for the test to assert on, instead
 * of printed with their stack traces into the build's output, where they read as failures. Closing it gives the
 * logger back its handlers.
 */
public final class CapturedLog implements AutoCloseable {
  private final Logger logger;
  private final boolean useParentHandlers;
  private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private CapturedLog(String name) {
    logger = Logger.getLogger(name);
    useParentHandlers = logger.getUseParentHandlers();
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
  }

  /** Captures what the logger of {@code type} writes from now until {@link #close()}. */
  public static CapturedLog of(Class<?> type) {
    return new CapturedLog(type.getName());
  }

  /** The records so far, oldest first. */
  public List<LogRecord> records() {
    synchronized (records) {
      return List.copyOf(records);
    }
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(useParentHandlers);
  }
}

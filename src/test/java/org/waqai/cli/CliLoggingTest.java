package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliLoggingTest {
  @ParameterizedTest
  @CsvSource({
      "WARN, WARNING", "warn, WARNING", "WARNING, WARNING", "ERROR, SEVERE", "INFO, INFO", "debug, FINE",
      "TRACE, FINEST", "OFF, OFF", "' info ', INFO", "loud, WARNING", "'', WARNING"})
  void levelNamesOfBothFamiliesAreUnderstood(String name, String expected) {
    assertEquals(Level.parse(expected), CliLogging.level(name));
  }
}

package org.waqai.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUriTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // configured                    | host           | port | base
      "-                               | 127.0.0.1      | 8080 | http://localhost:8080/id/",
      "-                               | 0.0.0.0        | 9090 | http://localhost:9090/id/",
      "-                               | ::             | 9090 | http://localhost:9090/id/",
      "-                               | waqai.lan      | 28080| http://waqai.lan:28080/id/",
      "-                               | 10.0.0.5       | 80   | http://10.0.0.5/id/",
      "-                               | fd00::5        | 8080 | http://[fd00::5]:8080/id/",
      "https://data.example.org/id/    | 0.0.0.0        | 8080 | https://data.example.org/id/",
      "https://data.example.org/waqai  | 0.0.0.0        | 8080 | https://data.example.org/waqai/",
      "'  '                            | 127.0.0.1      | 8081 | http://localhost:8081/id/"})
  void followsTheServiceAddressUnlessConfigured(String configured, String host, int port, String base) {
    assertEquals(base, BaseUri.of(Optional.ofNullable(configured), host, port));
  }
}

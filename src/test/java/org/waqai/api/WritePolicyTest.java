package org.waqai.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waqai.api.security.WritePolicy;

class WritePolicyTest {
  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "::", "[::]", "192.0.2.10", "example.invalid"})
  void refusesToStartAnOpenWritableServiceOffLoopback(String host) {
    WritePolicy policy = new WritePolicy(true, Optional.empty(), host);
    IllegalStateException e = assertThrows(IllegalStateException.class, policy::verify);
    assertTrue(e.getMessage().contains("waqai.api.token"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "localhost", "::1", "[::1]"})
  void startsAnOpenWritableServiceOnLoopback(String host) {
    assertDoesNotThrow(new WritePolicy(true, Optional.empty(), host)::verify);
  }

  @Test
  void startsOffLoopbackWithATokenOrWithoutWrites() {
    assertDoesNotThrow(new WritePolicy(true, Optional.of("s3cret"), "0.0.0.0")::verify);
    assertDoesNotThrow(new WritePolicy(false, Optional.empty(), "0.0.0.0")::verify);
    assertThrows(IllegalStateException.class, new WritePolicy(true, Optional.of("  "), "0.0.0.0")::verify,
        "a blank token is no token");
  }

  @Test
  void acceptsOnlyTheBearerToken() {
    WritePolicy policy = new WritePolicy(true, Optional.of("s3cret"), "127.0.0.1");
    assertTrue(policy.accepts("Bearer s3cret"));
    assertTrue(policy.accepts("bearer s3cret"));
    assertFalse(policy.accepts("Bearer s3cre"));
    assertFalse(policy.accepts("Basic s3cret"));
    assertFalse(policy.accepts("s3cret"));
    assertFalse(policy.accepts(null));
    assertTrue(new WritePolicy(true, Optional.empty(), "127.0.0.1").accepts(null));
  }
}

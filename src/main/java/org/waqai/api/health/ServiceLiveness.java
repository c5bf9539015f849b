package org.waqai.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the service answers HTTP; a store that is down makes it unready, not dead (a restart would not help). */
@Liveness
@ApplicationScoped
public class ServiceLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("service");
  }
}

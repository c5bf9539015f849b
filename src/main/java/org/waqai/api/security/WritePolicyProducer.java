package org.waqai.api.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.waqai.api.config.WaqaiConfig;

/** Builds the {@link WritePolicy} from configuration and checks it before anything else starts. */
@ApplicationScoped
public class WritePolicyProducer {
  private static final Logger LOG = Logger.getLogger(WritePolicyProducer.class);

  @Produces
  @Singleton
  WritePolicy policy(WaqaiConfig config, @ConfigProperty(name = "quarkus.http.host") String host) {
    return new WritePolicy(config.api().writable(), config.api().token(), host);
  }

  /** Runs first among the start-up observers: an unsafe configuration stops the service before the stores open. */
  void verify(@Observes @Priority(1) StartupEvent event, WritePolicy policy) {
    policy.verify();
    if (policy.writable() && policy.open()) {
      LOG.warnf("POST /articles accepts writes without a token from local clients (%s); set waqai.api.token to "
          + "require one", policy.host());
    }
  }
}

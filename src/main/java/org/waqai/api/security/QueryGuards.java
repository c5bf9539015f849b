package org.waqai.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.waqai.api.config.WaqaiConfig;

/** Builds the limits on ad-hoc queries from {@code waqai.api.*}. */
@ApplicationScoped
public class QueryGuards {
  @Produces
  @Singleton
  QueryLimits limits(WaqaiConfig config) {
    WaqaiConfig.Api api = config.api();
    return new QueryLimits(api.maxQueryLength(), api.maxQueryNesting(), api.maxQueryUnions());
  }

  @Produces
  @Singleton
  QueryGate gate(WaqaiConfig config) {
    return new QueryGate(config.api().maxConcurrentQueries(), config.api().maxConcurrentQueriesPerClient());
  }
}

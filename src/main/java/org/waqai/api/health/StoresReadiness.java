package org.waqai.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.waqai.api.sparql.QueryTarget;
import org.waqai.store.neo4j.Neo4jConnection;

/** Ready when both stores answer: Neo4j over Bolt and the RDF store to {@code ASK {}}. */
@Readiness
@ApplicationScoped
public class StoresReadiness implements HealthCheck {
  @Inject
  Neo4jConnection neo4j;

  @Inject
  QueryTarget rdf;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder r = HealthCheckResponse.named("stores");
    boolean graph = check(() -> neo4j.driver().verifyConnectivity());
    boolean triples = check(rdf::ping);
    return r.status(graph && triples).withData("neo4j", graph ? "up" : "down")
        .withData("rdf", triples ? "up" : "down").build();
  }

  private static boolean check(Runnable probe) {
    try {
      probe.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}

/** Health checks: liveness of the service, readiness of both stores. Depends on {@code api.sparql} and the Neo4j connection. */
package org.waqai.api.health;

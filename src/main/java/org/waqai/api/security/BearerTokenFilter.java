package org.waqai.api.security;

import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.annotation.Priority;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/** Lets a {@link RequiresToken} request through only with the configured bearer token, before the body is read. */
@Provider
@RequiresToken
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {
  // Filters are built while the application is being initialised, before configuration can be read: look up late.
  @Inject
  Instance<WritePolicy> policies;

  @Override
  public void filter(ContainerRequestContext request) {
    WritePolicy policy = policies.get();
    if (!policy.writable()) {
      throw new ApiException(ProblemType.WRITES_DISABLED, "writes are turned off (waqai.api.writable=false)");
    }
    if (!policy.accepts(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      throw new ApiException(ProblemType.UNAUTHORIZED, "send the configured token as 'Authorization: Bearer <token>'");
    }
  }
}

/**
 * Errors as the client sees them: {@link org.waqai.api.problem.ProblemType} (status and type URI),
 * {@link org.waqai.api.problem.ApiException} raised by the services, and the mappers that write every failure as
 * {@code application/problem+json}. Depends on the stores' exception types only.
 */
package org.waqai.api.problem;

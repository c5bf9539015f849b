/**
 * Who may write and what a reader may not do: the start-up refusal of an unprotected writable service on a
 * non-loopback host and the bearer token check of {@code POST /articles}; the limits on ad-hoc queries checked
 * before they reach a parser (size, nesting, UNIONs, Cypher regular expressions: {@link
 * org.waqai.api.security.QueryLimits}) and on how many run at once ({@link org.waqai.api.security.QueryGate}); and
 * problem answers to oversized requests. Depends on {@code api.config} and {@code api.problem}.
 */
package org.waqai.api.security;

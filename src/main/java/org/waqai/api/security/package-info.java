/**
 * Who may write: the start-up refusal of an unprotected writable service on a non-loopback host and the bearer
 * token check of {@code POST /articles}. Depends on {@code api.config} and {@code api.problem}.
 */
package org.waqai.api.security;

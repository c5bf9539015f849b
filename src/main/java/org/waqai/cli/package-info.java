/**
 * The {@code waqai} command line: {@code extract}, {@code ingest}, {@code export}, {@code compact} and their options.
 * Plain Java (no Quarkus), so it starts fast; {@code serve} is the Quarkus application started by the launcher. May
 * depend on every other package except {@code api}.
 */
package org.waqai.cli;

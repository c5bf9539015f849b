/**
 * Event extraction: recognisers driven by data files (actors, places, triggers, cues, dates), argument linking inside
 * the clause and the pipeline from an {@link org.waqai.model.Article} to its events. Depends on {@code model},
 * {@code text} and {@code resolve}; never on stores, HTTP or the CLI.
 */
package org.waqai.extract;

/**
 * Linked data: the description of one event, actor, place, article or area under the base IRI
 * ({@code describe.rq}) and its HTML page, with Arabic text right-to-left. Depends on {@code api.sparql},
 * {@code store.rdf} (IRIs, vocabulary) and {@code api.format}.
 */
package org.waqai.api.linked;

/**
 * The event graph in RDF with Apache Jena: the mapping of {@link org.waqai.store.ArticleEvents} to one named graph
 * per article ({@link org.waqai.store.rdf.EventRdfMapper}), the store over TDB2 or a remote SPARQL 1.1 endpoint
 * ({@link org.waqai.store.rdf.RdfEventStore}), the reference data of {@code ontology/} and the SPARQL of the
 * canonical questions, kept as {@code .rq} files under {@code src/main/resources/org/waqai/store/rdf/}. Depends on
 * {@code model}, {@code store} and Jena only.
 */
package org.waqai.store.rdf;

/**
 * The RDF vocabularies the graph is written in, as Jena {@link org.apache.jena.graph.Node} constants: Waqai's own
 * ({@code wq:}, see {@code ontology/waqai.ttl}) and the terms it borrows from SEM, OWL-Time, GeoSPARQL, W3C Basic
 * Geo and PROV-O. Depends on {@code model} and Jena only.
 */
package org.waqai.store.rdf.vocab;

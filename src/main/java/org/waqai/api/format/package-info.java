/**
 * Output plumbing shared by the resources: content negotiation, CSV and the RDF prefixes written in Turtle and
 * shown on pages. Depends on {@code store.rdf.vocab} (namespaces) and {@code api.problem} only.
 */
package org.waqai.api.format;

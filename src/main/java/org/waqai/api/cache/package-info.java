/**
 * What the query endpoints remember per query text (a plan check's verdict, a parsed SPARQL query). Depends on
 * nothing else in the service.
 */
package org.waqai.api.cache;

/**
 * Reading the project's tab-separated data files (lexicons, gazetteer, registry, tables). Used by the text layer, the
 * extractor and the stores alike; depends on nothing of ours.
 */
package org.waqai.data;

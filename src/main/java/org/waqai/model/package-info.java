/**
 * Immutable values shared by every stage: articles, events and their parts. No framework imports; depends on
 * nothing but the JDK.
 */
package org.waqai.model;

/**
 * Reading articles from files and writing events as the JSONL contract of {@code SPEC.md}. Bad records are reported
 * with file, line and reason, never fatal to the batch. Depends on {@code model}.
 */
package org.waqai.io;

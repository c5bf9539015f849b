/**
 * Reading articles from files and writing events as the JSONL contract of {@code SPEC.md}. Inputs are JSONL, plain
 * text, saved web pages (jsoup), RSS/Atom feeds (Rome) and WARC crawls (jwarc); bad records and bad files are
 * reported with file, line or item and reason, never fatal to the batch. Depends on {@code model}.
 */
package org.waqai.io;

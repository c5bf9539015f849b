package org.waqai.store.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Loads and parses the store's SPARQL from {@code /org/waqai/store/rdf/*.rq|*.ru} once, at start-up, so that a broken
 * file fails the store's construction with its name, line and column instead of failing a later request.
 */
final class SparqlResources {
  private static final String FOLDER = "/org/waqai/store/rdf/";

  final Query whereFought = query("where-fought.rq");
  final Query activeActors = query("active-actors.rq");
  final Query eventsInBox = query("events-in-box.rq");
  final Query sourceOf = query("source-of.rq");
  final Query fingerprints = query("fingerprints.rq");
  final Query countEvents = query("count-events.rq");
  final Query countArticles = query("count-articles.rq");
  final UpdateRequest clear = update("clear.ru");

  static Query query(String name) {
    String text = text(name);
    try {
      return QueryFactory.create(text);
    } catch (QueryParseException e) {
      throw new RdfStoreException(
          FOLDER + name + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage(), e);
    }
  }

  static UpdateRequest update(String name) {
    String text = text(name);
    try {
      return UpdateFactory.create(text);
    } catch (QueryParseException e) {
      throw new RdfStoreException(
          FOLDER + name + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage(), e);
    }
  }

  private static String text(String name) {
    try (InputStream in = SparqlResources.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new RdfDataException("missing classpath resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RdfDataException("cannot read " + FOLDER + name, e);
    }
  }
}

package org.waqai.api.events;

import org.waqai.model.Event;

/**
 * An event read back from the graph with the article it came from.
 *
 * @param event the event, as the extractor made it
 * @param url the article's URL, or null
 * @param outlet the article's outlet, or null
 */
public record StoredEvent(Event event, String url, String outlet) {}

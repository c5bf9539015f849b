package org.waqai.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.api.events.EventFilter;
import org.waqai.api.events.EventQueries;
import org.waqai.api.events.EventWriters;
import org.waqai.api.events.StoredEvent;
import org.waqai.api.format.Negotiation;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/** {@code GET /events}: events by actor, type, dates, governorate and distance, a page at a time. */
@Path("/events")
@Tag(name = "events")
public class EventsResource {
  private static final MediaType CSV = MediaType.valueOf("text/csv");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  EventQueries events;

  @Inject
  WaqaiConfig config;

  @GET
  @Operation(summary = "List events",
      description = "Filters: actor (vocabulary key or registry id, any role), type (event or sub-event type as "
          + "ACLED spells it), from/to (YYYY-MM-DD, inclusive), admin1, near=lat,lon,km; negated=true includes "
          + "denied events. Pages from 1. JSON in the event contract, or ACLED-like CSV with Accept: text/csv.")
  public Response list(@QueryParam("actor") String actor, @QueryParam("type") String type,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("admin1") String admin1,
      @QueryParam("near") String near, @QueryParam("negated") @DefaultValue("false") boolean negated,
      @QueryParam("page") @DefaultValue("1") String pageParam, @QueryParam("size") @DefaultValue("50") String sizeParam,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    MediaType representation = Negotiation.choose(headers,
        List.of(MediaType.APPLICATION_JSON_TYPE, CSV), t -> t);
    int max = config.api().maxPageSize();
    // Read here, not by the framework, which answers a parameter that is not a number with 404.
    int page = number("page", pageParam);
    int size = number("size", sizeParam);
    if (page < 1 || size < 1 || size > max) {
      throw new ApiException(ProblemType.BAD_REQUEST, "page must be 1 or more and size between 1 and " + max);
    }
    EventFilter filter = EventFilter.parse(actor, type, from, to, admin1, near, negated);
    EventQueries.Page result = events.page(filter, page, size);
    String next = result.more() ? uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build().toString()
        : null;
    Response.ResponseBuilder r = representation.equals(CSV)
        ? Response.ok(csv(result.events()), CSV.withCharset("utf-8"))
        : Response.ok(json(result, next), MediaType.APPLICATION_JSON_TYPE);
    if (next != null) {
      r.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return r.build();
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new ApiException(ProblemType.BAD_REQUEST, name + " must be a whole number, not '" + value + "'");
    }
  }

  private static ObjectNode json(EventQueries.Page page, String next) {
    ObjectNode o = JSON.createObjectNode();
    o.put("page", page.page()).put("size", page.size()).put("more", page.more()).put("next", next);
    ArrayNode list = o.putArray("events");
    page.events().forEach(e -> list.add(EventWriters.json(e)));
    return o;
  }

  private static String csv(List<StoredEvent> events) {
    StringWriter out = new StringWriter();
    Consumer<StoredEvent> sink = EventWriters.csv(out);
    events.forEach(sink);
    return out.toString();
  }
}

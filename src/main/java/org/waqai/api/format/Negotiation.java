package org.waqai.api.format;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/**
 * Server-driven content negotiation over a fixed list of offers (RFC 9110 §12.5.1): the client's media ranges are
 * tried from the highest quality down (more specific first on ties), and the first offer one of them covers wins;
 * among equally good offers the server's order decides. A range with {@code q=0} excludes what it covers.
 */
public final class Negotiation {
  private Negotiation() {}

  /** The best offer for the request's {@code Accept}; a malformed header is a 400, none acceptable a 406. */
  public static <T> T choose(HttpHeaders headers, List<T> offers, Function<T, MediaType> typeOf) {
    return choose(accepted(headers), offers, typeOf);
  }

  /** The request's {@code Accept} ranges; a header that does not parse is the client's error (400), not ours. */
  public static List<MediaType> accepted(HttpHeaders headers) {
    try {
      return headers.getAcceptableMediaTypes();
    } catch (RuntimeException e) {
      throw new ApiException(ProblemType.BAD_REQUEST, "the Accept header is malformed: send media ranges such as "
          + "'application/json' or 'text/csv;q=0.5'");
    }
  }

  /** The best offer for an {@code Accept} list, or a 406 problem naming what is offered. */
  public static <T> T choose(List<MediaType> accept, List<T> offers, Function<T, MediaType> typeOf) {
    return best(accept, offers, typeOf).orElseThrow(() -> new ApiException(ProblemType.NOT_ACCEPTABLE,
        "none of the accepted types is available here; offered: "
            + offers.stream().map(o -> typeOf.apply(o).toString()).distinct().collect(Collectors.joining(", "))));
  }

  public static <T> Optional<T> best(List<MediaType> accept, List<T> offers, Function<T, MediaType> typeOf) {
    if (accept == null || accept.isEmpty()) {
      return offers.stream().findFirst();
    }
    List<MediaType> ranges = new ArrayList<>(accept);
    ranges.sort(Comparator.comparingDouble(Negotiation::quality).reversed()
        .thenComparing(Comparator.comparingInt(Negotiation::specificity).reversed()));
    for (MediaType range : ranges) {
      if (quality(range) <= 0) {
        continue;
      }
      for (T offer : offers) {
        MediaType type = typeOf.apply(offer);
        if (covers(range, type) && !excluded(ranges, type)) {
          return Optional.of(offer);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean excluded(List<MediaType> ranges, MediaType type) {
    return ranges.stream().anyMatch(r -> quality(r) <= 0 && specificity(r) == 2 && covers(r, type));
  }

  private static boolean covers(MediaType range, MediaType type) {
    return range.isCompatible(new MediaType(type.getType(), type.getSubtype()));
  }

  static double quality(MediaType range) {
    String q = range.getParameters().get("q");
    if (q == null) {
      return 1;
    }
    try {
      return Double.parseDouble(q);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int specificity(MediaType range) {
    return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
  }
}

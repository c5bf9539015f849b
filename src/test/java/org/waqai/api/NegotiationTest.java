package org.waqai.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waqai.api.format.Negotiation;
import org.waqai.api.problem.ApiException;

class NegotiationTest {
  private static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "text/html");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "*/*                                                              | text/turtle",
      "''                                                               | text/turtle",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
      "application/ld+json                                              | application/ld+json",
      "text/*                                                           | text/turtle",
      "text/*;q=0.5, application/ld+json                                | application/ld+json",
      "text/turtle;q=0.2, text/html;q=0.9                              | text/html",
      "*/*;q=0.1, text/turtle;q=0                                       | application/ld+json",
      "TEXT/HTML                                                        | text/html"})
  void choosesTheBestOffer(String accept, String expected) {
    assertEquals(expected, Negotiation.choose(parse(accept), OFFERS, MediaType::valueOf));
  }

  @ParameterizedTest
  @CsvSource({"image/png", "'text/turtle;q=0, application/ld+json;q=0, text/html;q=0'"})
  void refusesWhenNothingFits(String accept) {
    ApiException e = assertThrows(ApiException.class, () -> Negotiation.choose(parse(accept), OFFERS,
        MediaType::valueOf));
    assertEquals(406, e.type().status());
  }

  private static List<MediaType> parse(String accept) {
    return accept.isBlank() ? List.of()
        : Arrays.stream(accept.split(",")).map(String::strip).map(MediaType::valueOf).toList();
  }
}

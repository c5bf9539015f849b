package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IrisTest {
  private final Iris iris = Iris.defaults();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "jobar            | http://localhost:8080/id/place/jobar",
    "hama-gov/north   | http://localhost:8080/id/place/hama-gov%2Fnorth",
    "..               | http://localhost:8080/id/place/%2E%2E",
    "a b?c#d          | http://localhost:8080/id/place/a%20b%3Fc%23d",
    "جوبر             | http://localhost:8080/id/place/%D8%AC%D9%88%D8%A8%D8%B1",
  })
  void idIsOneSafePathSegment(String id, String iri) {
    assertEquals(iri, iris.place(id).getURI());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Damascus     | damascus",
    "Deir ez-Zor  | deir-ez-zor",
    "As-Suwayda   | as-suwayda",
    "Rif Dimashq  | rif-dimashq",
    "Côte d'Ivoire | cote-d-ivoire",
  })
  void areaNamesBecomeSlugs(String name, String slug) {
    assertEquals("http://localhost:8080/id/area/" + slug, iris.area(name).getURI());
  }

  @ParameterizedTest
  @CsvSource({"http://localhost:8080/id", "id/", "'http://exa mple.org/'"})
  void baseMustBeAnAbsoluteIriEndingInSlash(String base) {
    assertThrows(IllegalArgumentException.class, () -> new Iris(base));
  }
}

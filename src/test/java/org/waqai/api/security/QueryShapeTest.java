package org.waqai.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexer's reading of query texts, and which regular expressions are held to backtrack catastrophically. */
class QueryShapeTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "RETURN 1;0;0",
      "RETURN ((((1))));4;0",
      "RETURN '(((' + \"[[[\" AS `(((`;0;0",
      "/* ((( */ RETURN [x IN [1] | {a: [x]}];3;0",
      "/* union ( */ RETURN 1 UNION RETURN 2 union all RETURN 3;0;2",
      "MATCH (n:Union) RETURN n.union;1;0"})
  void readsCypher(String text, int depth, int unions) {
    QueryShape shape = QueryShape.of(text, QueryLanguage.CYPHER);
    assertEquals(depth, shape.depth());
    assertEquals(unions, shape.unions());
  }

  @org.junit.jupiter.api.Test
  void skipsLineComments() {
    assertEquals(1, QueryShape.of("// (((\nRETURN (1)", QueryLanguage.CYPHER).depth());
    assertEquals(1, QueryShape.of("# {{{\nASK {}", QueryLanguage.SPARQL).depth());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SELECT * { ?s ?p ?o }|1|0",
      "SELECT * { { ?s ?p ?o } UNION { ?s ?p ?o } } # {{{{{|2|1",
      "SELECT * { ?s <http://x/a#b(> ?o FILTER(?o < 3) }|2|0",
      "SELECT * { ?s ?p \"\"\"{{{ ' \"\"\" }|1|0"})
  void readsSparql(String text, int depth, int unions) {
    QueryShape shape = QueryShape.of(text, QueryLanguage.SPARQL);
    assertEquals(depth, shape.depth());
    assertEquals(unions, shape.unions());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MATCH (n) WHERE n.name =~ '(?i)دمشق.*' RETURN n|LITERAL|(?i)دمشق.*",
      "MATCH (n) WHERE n.name =~ 'a\\\\d+' RETURN n|LITERAL|a\\d+",
      "MATCH (n) WHERE n.name =~ $pattern RETURN n|PARAMETER|pattern",
      "MATCH (n) WHERE n.name =~ 'a' + n.x RETURN n|EXPRESSION|",
      "MATCH (n) WHERE n.name =~ n.pattern RETURN n|EXPRESSION|",
      "MATCH (n) WHERE n.name =~ $p.x RETURN n|EXPRESSION|"})
  void findsThePatternsOfCypherRegexes(String text, RegexOperand.Kind kind, String value) {
    assertEquals(List.of(new RegexOperand(kind, value == null ? "" : value)),
        QueryShape.of(text, QueryLanguage.CYPHER).regexes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"(a+)+b", "(a|aa)*b", "(a|a)*", "(.*a){20}", "((ab)*)+", "(a?){30}a{30}", "(\\w+\\s?)*$",
      "(a)\\1", "a*a*a*a*b", "(x+x+)+y", "(?:a|b)+c"})
  void refusesCatastrophicPatterns(String pattern) {
    assertTrue(RegexSafety.refusal(pattern).isPresent(), pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?i).*دمشق.*", "^[a-z]+$", "a\\d{2,4}b", "(ab)+", "(abc)?d*", "[(|)*+]+x", "\\(a+\\)+",
      "(?:حلب|دمشق)", "a{2}b{3}", "\\p{L}+"})
  void allowsOrdinaryPatterns(String pattern) {
    assertFalse(RegexSafety.refusal(pattern).isPresent(), pattern);
  }
}

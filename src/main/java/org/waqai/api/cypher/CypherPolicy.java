package org.waqai.api.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.neo4j.driver.summary.Plan;

/**
 * What the read-only Cypher endpoint refuses beyond writes (which the database itself refuses in a read
 * transaction): operators that reach outside the graph or manage the server, such as {@code LOAD CSV}, which reads
 * any file the server can read, or {@code TERMINATE TRANSACTIONS}. The rules are data, in
 * {@code refused-operators.tsv}: an operator name, optionally with a prefix of its details (the procedure's name)
 * and exceptions to it.
 */
final class CypherPolicy {
  private record Rule(String operator, String detailPrefix, List<String> allowedPrefixes, String reason) {}

  private final List<Rule> rules;

  CypherPolicy() {
    this.rules = load();
  }

  /** The reason the plan is refused, or empty when it may run. */
  Optional<String> refusal(Plan plan) {
    String operator = plan.operatorType().replaceFirst("@.*$", "");
    Object details = plan.arguments().get("Details");
    String detail = details == null ? "" : details.toString().replace("\"", "");
    for (Rule r : rules) {
      if (r.operator.equals(operator) && detail.startsWith(r.detailPrefix)
          && r.allowedPrefixes.stream().noneMatch(detail::startsWith)) {
        return Optional.of(r.reason);
      }
    }
    for (Plan child : plan.children()) {
      Optional<String> refused = refusal(child);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }

  private static List<Rule> load() {
    try (InputStream in = CypherPolicy.class.getResourceAsStream("refused-operators.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/waqai/api/cypher/refused-operators.tsv");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .map(f -> new Rule(f[0], f[1], f[2].isEmpty() ? List.of() : List.of(f[2].split(",")), f[3]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

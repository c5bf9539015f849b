package org.waqai.extract;

import org.waqai.data.TsvResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waqai.text.ArabicNormalizer;

/**
 * The actor registry ({@code actors/actors.tsv}): time-bounded identities with their Arabic aliases, the head nouns
 * that open a group's name ({@code heads.tsv}), the qualifiers that attach allies ({@code qualifiers.tsv}), the
 * nationality adjectives ({@code adjectives.tsv}) and each actor's camp ({@code camps.tsv}).
 */
public final class ActorRegistry {
  private static final String DIR = "/org/waqai/extract/actors/";

  private final PhraseMatcher<ActorEntry> aliases = new PhraseMatcher<>();
  private final PhraseMatcher<String> qualifiers = new PhraseMatcher<>();
  private final PhraseMatcher<String> adjectives = new PhraseMatcher<>();
  private final Map<String, List<ActorEntry>> byId = new HashMap<>();
  private final List<ActorEntry> entries = new ArrayList<>();
  private final Map<String, List<List<ActorEntry>>> stateForces = new HashMap<>();

  public ActorRegistry() {
    ArabicNormalizer norm = ArabicNormalizer.standard();
    Map<String, String> camps = new HashMap<>();
    for (TsvResource.Row r : TsvResource.classpath(DIR + "camps.tsv")) {
      camps.put(r.get("actor"), r.get("camp"));
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "actors.tsv")) {
      String key = r.get("key").isEmpty() ? null : r.get("key");
      String id = r.get("id");
      String camp = camps.getOrDefault(id, camps.getOrDefault(key == null ? "" : key, "other"));
      ActorEntry e = new ActorEntry(id, key, r.get("name"), parseInter(r), date(r.get("from"), false),
          date(r.get("to"), true), camp);
      entries.add(e);
      byId.computeIfAbsent(key != null ? key : id, k -> new ArrayList<>()).add(e);
      for (String alias : TsvResource.list(r.get("aliases"))) {
        aliases.add(norm.normalizeString(alias), e);
      }
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "qualifiers.tsv")) {
      qualifiers.add(norm.normalizeString(r.get("word")), r.get("meaning"));
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "state-forces.tsv")) {
      List<List<ActorEntry>> both = new ArrayList<>();
      for (String col : new String[] {"army", "police"}) {
        List<ActorEntry> rows = new ArrayList<>();
        for (String id : TsvResource.list(r.get(col))) {
          rows.addAll(entries.stream().filter(e -> e.id().equals(id)).toList());
        }
        if (rows.isEmpty()) {
          throw r.error("no registry row for " + r.get(col));
        }
        both.add(List.copyOf(rows));
      }
      stateForces.put(r.get("country"), List.copyOf(both));
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "adjectives.tsv")) {
      for (String form : TsvResource.list(r.get("forms"))) {
        adjectives.add(norm.normalizeString(form), r.get("actor"));
      }
    }
  }

  public PhraseMatcher<ActorEntry> aliases() {
    return aliases;
  }

  public PhraseMatcher<String> qualifiers() {
    return qualifiers;
  }

  public PhraseMatcher<String> adjectives() {
    return adjectives;
  }

  public List<ActorEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * The army ({@code police} false) or police rows of a country other than Syria ({@code state-forces.tsv}), or an
   * empty list when the country has none listed.
   */
  public List<ActorEntry> stateForces(String country, boolean police) {
    List<List<ActorEntry>> both = stateForces.get(country);
    return both == null ? List.of() : both.get(police ? 1 : 0);
  }

  /** The Syrian National Army, and before it existed the opposition factions that later formed it. */
  public List<ActorEntry> turkishBackedFactions() {
    List<ActorEntry> out = new ArrayList<>(rows("sna"));
    entries.stream().filter(e -> e.id().equals("sna-factions-pre2017")).forEach(out::add);
    return List.copyOf(out);
  }

  /** Every row of a key (or off-vocabulary id), in registry order; empty when unknown. */
  public List<ActorEntry> rows(String keyOrId) {
    return List.copyOf(byId.getOrDefault(keyOrId, List.of()));
  }

  /** The row of a key (or off-vocabulary id) valid at a date, or the closest one in time. */
  public ActorEntry resolve(String keyOrId, LocalDate date) {
    List<ActorEntry> rows = byId.get(keyOrId);
    if (rows == null) {
      return null;
    }
    return choose(rows, date);
  }

  /** Of several rows a mention may stand for, the one valid at the date; ties go to the registry's order. */
  public static ActorEntry choose(List<ActorEntry> rows, LocalDate date) {
    ActorEntry best = null;
    long bestDays = Long.MAX_VALUE;
    for (ActorEntry e : rows) {
      long d = e.distanceDays(date);
      if (best == null || d < bestDays) {
        best = e;
        bestDays = d;
      }
    }
    return best;
  }

  private static int parseInter(TsvResource.Row r) {
    try {
      return Integer.parseInt(r.get("inter"));
    } catch (NumberFormatException e) {
      throw r.error("inter is not a number: " + r.get("inter"));
    }
  }

  private static LocalDate date(String s, boolean end) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 4) {
      int y = Integer.parseInt(s);
      return end ? LocalDate.of(y + 1, 1, 1) : LocalDate.of(y, 1, 1);
    }
    return LocalDate.parse(s);
  }
}

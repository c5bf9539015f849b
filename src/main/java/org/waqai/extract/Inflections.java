package org.waqai.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waqai.data.TsvResource;

/**
 * Inflection patterns ({@code lexicon/inflections.tsv}): a lexicon form written {@code STEM~PATTERN} stands for every
 * surface form of its pattern (سيطر~v → سيطرت، سيطروا، سيطرتها …), so a row names a word once. Immutable.
 */
final class Inflections {
  private final Map<String, List<String>> patterns;

  Inflections(Map<String, List<String>> patterns) {
    this.patterns = Map.copyOf(patterns);
  }

  static Inflections classpath(String resource) {
    Map<String, List<String>> p = new HashMap<>();
    for (TsvResource.Row r : TsvResource.classpath(resource)) {
      p.put(r.get("pattern"), List.copyOf(TsvResource.list(r.get("forms"))));
    }
    return new Inflections(p);
  }

  /**
   * The surface forms of a lexicon form: the form itself when it has no pattern, else its first word inflected by
   * the pattern, each followed by the rest of the phrase.
   *
   * @throws IllegalArgumentException for an unknown pattern
   */
  List<String> expand(String form) {
    int tilde = form.indexOf('~');
    if (tilde < 0) {
      return List.of(form);
    }
    int space = form.indexOf(' ', tilde);
    String stem = form.substring(0, tilde);
    String pattern = space < 0 ? form.substring(tilde + 1) : form.substring(tilde + 1, space);
    String rest = space < 0 ? "" : form.substring(space);
    List<String> templates = patterns.get(pattern);
    if (templates == null) {
      throw new IllegalArgumentException("unknown inflection pattern '" + pattern + "' in lexicon form " + form);
    }
    boolean feminine = stem.endsWith("ة") || stem.endsWith("ه");
    String bare = feminine ? stem.substring(0, stem.length() - 1) : stem;
    String t = feminine ? bare + "ت" : stem;
    Set<String> out = new LinkedHashSet<>();
    for (String template : templates) {
      StringBuilder b = new StringBuilder();
      for (char c : template.toCharArray()) {
        b.append(switch (c) {
          case 'X' -> stem;
          case 'T' -> t;
          case 'B' -> bare;
          default -> String.valueOf(c);
        });
      }
      out.add(b + rest);
    }
    return new ArrayList<>(out);
  }
}

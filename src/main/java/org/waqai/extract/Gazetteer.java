package org.waqai.extract;

import org.waqai.data.TsvResource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waqai.text.ArabicNormalizer;

/**
 * Place names: the bundled Syrian gazetteer ({@code places/syria.tsv}), places abroad ({@code places/world.tsv}) and,
 * optionally, a GeoNames country dump added with {@link #withGeoNames(Path)}.
 */
public final class Gazetteer {
  private static final String DIR = "/org/waqai/extract/places/";

  private final PhraseMatcher<PlaceEntry> names = new PhraseMatcher<>();
  private final Map<String, PlaceEntry> byId = new HashMap<>();
  private final Map<String, PlaceEntry> governorates = new HashMap<>();
  private final List<PlaceEntry> entries = new ArrayList<>();
  private final ArabicNormalizer norm = ArabicNormalizer.standard();

  public Gazetteer() {
    load(TsvResource.classpath(DIR + "syria.tsv"));
    load(TsvResource.classpath(DIR + "world.tsv"));
  }

  /** Adds a GeoNames dump ({@code SY.txt} format, alternate names included); rows already known by id are kept. */
  public Gazetteer withGeoNames(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (GeoNamesReader.Place p : GeoNamesReader.read(file.toString(), r)) {
        add(p.entry(), p.arabicNames());
      }
    }
    return this;
  }

  private void load(List<TsvResource.Row> rows) {
    for (TsvResource.Row r : rows) {
      String parent = r.get("parent").isEmpty() ? null : r.get("parent");
      PlaceEntry e;
      try {
        e = new PlaceEntry(r.get("id"), r.get("kind"), r.get("name_en"), r.get("admin1"),
            Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), parent);
      } catch (NumberFormatException ex) {
        throw r.error("bad coordinates: " + ex.getMessage());
      }
      add(e, TsvResource.list(r.get("names_ar")));
    }
  }

  private void add(PlaceEntry e, List<String> arabic) {
    if (byId.putIfAbsent(e.id(), e) != null) {
      return;
    }
    entries.add(e);
    if (e.kind().equals("governorate")) {
      governorates.put(e.admin1(), e);
    }
    for (String n : arabic) {
      String k = withoutKindWord(norm.normalizeString(n));
      names.add(k, e);
      // كفر نبل / كفرنبل: news writes the كفر names both joined and apart
      if (k.startsWith("كفر ") && k.indexOf(' ', 4) < 0 && k.length() > 6) {
        names.add("كفر" + k.substring(4), e);
      } else if (k.startsWith("كفر") && k.length() > 5 && k.indexOf(' ') < 0 && k.charAt(3) != ' ') {
        names.add("كفر " + k.substring(3), e);
      }
    }
  }

  /**
   * "حي جوبر" is جوبر after the kind word حي: names are indexed without it, so that the kind word stays a cue and an
   * ambiguous name keeps all its readings.
   */
  private static String withoutKindWord(String n) {
    for (String k : new String[] {"حي ", "مدينه ", "بلده ", "قريه "}) {
      if (n.startsWith(k) && n.length() > k.length() + 2) {
        return n.substring(k.length());
      }
    }
    return n;
  }

  public PhraseMatcher<PlaceEntry> names() {
    return names;
  }

  public PlaceEntry byId(String id) {
    return byId.get(id);
  }

  /** The governorate row of an admin1 name, or null outside Syria. */
  public PlaceEntry governorate(String admin1) {
    return governorates.get(admin1);
  }

  public int size() {
    return entries.size();
  }

  public List<PlaceEntry> entries() {
    return List.copyOf(entries);
  }
}

package org.waqai.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a GeoNames dump in its tab-separated format (country files such as {@code SY.txt}, or {@code cities500.txt}):
 * geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
 * admin1 code, … Only populated places (class P), administrative areas (A), spots (S), areas (L) and terrain (T)
 * with at least one Arabic name are kept; rows outside Syria get their country code as admin1.
 */
public final class GeoNamesReader {
  /** GeoNames' admin1 codes for Syria. */
  static final Map<String, String> SY_ADMIN1 = Map.ofEntries(
      Map.entry("01", "Hasakah"), Map.entry("02", "Latakia"), Map.entry("03", "Quneitra"),
      Map.entry("04", "Raqqa"), Map.entry("05", "As-Suwayda"), Map.entry("06", "Daraa"),
      Map.entry("07", "Deir ez-Zor"), Map.entry("08", "Rif Dimashq"), Map.entry("09", "Aleppo"),
      Map.entry("10", "Hama"), Map.entry("11", "Homs"), Map.entry("12", "Idlib"), Map.entry("13", "Damascus"),
      Map.entry("14", "Tartus"));

  private GeoNamesReader() {}

  /** A place read from the dump with its Arabic names. */
  public record Place(PlaceEntry entry, List<String> arabicNames) {}

  public static List<Place> read(String source, Reader reader) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<Place> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String[] f = line.split("\t", -1);
      if (f.length < 11) {
        throw new IOException(source + ":" + n + ": expected at least 11 tab-separated columns, found " + f.length);
      }
      String cls = f[6];
      if (!"PASLT".contains(cls) || cls.isEmpty()) {
        continue;
      }
      List<String> arabic = new ArrayList<>();
      for (String alt : f[3].split(",")) {
        if (!alt.isBlank() && isArabic(alt)) {
          arabic.add(alt.trim());
        }
      }
      if (arabic.isEmpty()) {
        continue;
      }
      String admin1 = "SY".equals(f[8]) ? SY_ADMIN1.getOrDefault(f[10], "Syria") : f[8];
      try {
        out.add(new Place(new PlaceEntry("gn-" + f[0], kind(cls, f[7]), f[1], admin1,
            Double.parseDouble(f[4]), Double.parseDouble(f[5]), null), arabic));
      } catch (NumberFormatException e) {
        throw new IOException(source + ":" + n + ": bad coordinates " + f[4] + "," + f[5], e);
      }
    }
    return out;
  }

  static String kind(String cls, String code) {
    return switch (cls) {
      case "A" -> code.equals("ADM1") ? "governorate" : code.equals("ADM2") ? "district"
          : code.startsWith("PCL") ? "country" : "subdistrict";
      case "P" -> code.equals("PPLX") ? "neighbourhood" : code.startsWith("PPLA") || code.equals("PPLC") ? "city"
          : "village";
      case "L", "T" -> "region";
      default -> "point";
    };
  }

  private static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return true;
      }
    }
    return false;
  }
}

package org.waqai.extract;

import org.waqai.data.TsvResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waqai.model.SubEventType;
import org.waqai.text.ArabicNormalizer;
import org.waqai.text.Clitics;
import org.waqai.text.Token;

/**
 * The word lists of {@code lexicon/}: triggers, their modifiers, cues and page furniture. Loaded once, immutable
 * afterwards and shared by all threads.
 */
public final class Lexicon {
  private static final String DIR = "/org/waqai/extract/lexicon/";

  /** A modifier's sub-type and priority. */
  public record Modifier(SubEventType subtype, int priority) {}

  private final PhraseMatcher<TriggerEntry> triggers = new PhraseMatcher<>();
  private final PhraseMatcher<Modifier> modifiers = new PhraseMatcher<>();
  private final PhraseMatcher<CueKind> cues = new PhraseMatcher<>();
  private final PhraseMatcher<String> furniture = new PhraseMatcher<>();
  private final Map<String, Set<String>> wordClasses = new HashMap<>();
  private final Map<String, Integer> classIds = new HashMap<>();
  /** By word code, the bits of the word's classes (by {@link #classIds}), or null. */
  private final long[][] classBits;
  /**
   * Every class name and its id, open-addressed by hash (linear probing) and filled once: callers name classes with
   * literals, which are the same (interned) String objects as the names here, so a look-up is a hash and an identity
   * test, without the collisions a direct-mapped memo had.
   */
  private final String[] classNames;
  private final int[] classSlotIds;

  public Lexicon() {
    ArabicNormalizer n = ArabicNormalizer.standard();
    Inflections inflections = Inflections.classpath(DIR + "inflections.tsv");
    for (TsvResource.Row r : TsvResource.classpath(DIR + "triggers.tsv")) {
      Set<String> flags = new HashSet<>(TsvResource.list(r.get("flags").replace(',', '|')));
      TriggerEntry e = new TriggerEntry(SubEventType.parse(r.get("subtype")), r.get("pos").equals("verb"), flags);
      // قصف~v in a noun row: قصفت، قصفوا are verbs (their agent follows: قصفت طائرات حربية روسية البلدة); a form the
      // row also spells as a noun (قصف، قصفها) keeps the row's part of speech
      TriggerEntry asVerb = new TriggerEntry(e.subtype(), true, flags);
      Set<String> nominal = new HashSet<>();
      Set<String> verbal = new HashSet<>();
      for (String f : TsvResource.list(r.get("forms"))) {
        String head = f.split(" ", 2)[0];
        (head.endsWith("~v") ? verbal : nominal).addAll(inflections.expand(f));
      }
      for (String f : TsvResource.list(r.get("forms"))) {
        for (String form : inflections.expand(f)) {
          boolean verbOnly = !e.verb() && verbal.contains(form) && !nominal.contains(form);
          triggers.add(n.normalizeString(form), verbOnly ? asVerb : e);
        }
      }
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "modifiers.tsv")) {
      Modifier m = new Modifier(SubEventType.parse(r.get("subtype")), Integer.parseInt(r.get("priority")));
      for (String f : TsvResource.list(r.get("forms"))) {
        modifiers.add(n.normalizeString(f), m);
      }
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "cues.tsv")) {
      CueKind kind = CueKind.parse(r.get("cue"));
      for (String f : TsvResource.list(r.get("forms"))) {
        cues.add(n.normalizeString(f), kind);
      }
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "furniture.tsv")) {
      for (String f : TsvResource.list(r.get("forms"))) {
        furniture.add(n.normalizeString(f), r.get("scope"));
      }
    }
    for (TsvResource.Row r : TsvResource.classpath(DIR + "words.tsv")) {
      Set<String> forms = new HashSet<>();
      for (String f : TsvResource.list(r.get("forms"))) {
        forms.add(n.normalizeString(f));
      }
      wordClasses.put(r.get("class"), Set.copyOf(forms));
    }
    // the classes as bits by word code: a question is then one memoised code look-up (WordCodes), not a set probe
    int words = 0;
    for (Set<String> forms : wordClasses.values()) {
      for (String f : forms) {
        words = Math.max(words, WordCodes.intern(f) + 1);
      }
    }
    int slots = (wordClasses.size() + 63) / 64;
    long[][] bits = new long[words][];
    for (Map.Entry<String, Set<String>> e : wordClasses.entrySet()) {
      int id = classIds.size();
      classIds.put(e.getKey(), id);
      for (String f : e.getValue()) {
        int c = WordCodes.intern(f);
        if (bits[c] == null) {
          bits[c] = new long[slots];
        }
        bits[c][id >>> 6] |= 1L << id;
      }
    }
    classBits = bits;
    int tableSize = Integer.highestOneBit(Math.max(16, classIds.size() * 4) - 1) << 1;
    classNames = new String[tableSize];
    classSlotIds = new int[tableSize];
    for (Map.Entry<String, Integer> e : classIds.entrySet()) {
      int slot = e.getKey().hashCode() & (tableSize - 1);
      while (classNames[slot] != null) {
        slot = (slot + 1) & (tableSize - 1);
      }
      classNames[slot] = e.getKey().intern();
      classSlotIds[slot] = e.getValue();
    }
  }

  public PhraseMatcher<TriggerEntry> triggers() {
    return triggers;
  }

  public PhraseMatcher<Modifier> modifiers() {
    return modifiers;
  }

  public PhraseMatcher<CueKind> cues() {
    return cues;
  }

  public PhraseMatcher<String> furniture() {
    return furniture;
  }

  /** True when the normalised word belongs to a word class of {@code words.tsv} (e.g. {@code target}). */
  public boolean is(String wordClass, String word) {
    return has(WordCodes.code(word), classId(wordClass));
  }

  /** True when a reading of the normalised word ({@link org.waqai.text.Clitics#readings}) belongs to the class. */
  public boolean isReading(String wordClass, String word) {
    return hasAny(WordCodes.readingCodes(word), classId(wordClass));
  }

  /**
   * {@link #is(String, String)} of token {@code i}'s text (false for a position outside the list), with the code the
   * token list may carry.
   */
  boolean is(String wordClass, List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    return tokens instanceof CodedTokens c ? has(c.code(i), classId(wordClass)) : is(wordClass, tokens.get(i).text());
  }

  /** {@link #is(String, String)} of token {@code i}'s text without the article ({@link Clitics#withoutArticle}). */
  boolean isWithoutArticle(String wordClass, List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    return tokens instanceof CodedTokens c ? has(c.codeWithoutArticle(i), classId(wordClass))
        : is(wordClass, Clitics.withoutArticle(tokens.get(i).text()));
  }

  /**
   * {@link #isReading(String, String)} of token {@code i}'s text (false for a position outside the list), with the
   * codes the token list may carry.
   */
  boolean isReading(String wordClass, List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    return tokens instanceof CodedTokens c ? hasAny(c.readings(i), classId(wordClass))
        : isReading(wordClass, tokens.get(i).text());
  }

  /**
   * True when the normalised word, or the word without the leading و ف ب ل it may carry (وأطلقت، باطلاق، ولإطلاق;
   * {@link WordCodes#strippedCodes}), belongs to the class.
   */
  public boolean isStripped(String wordClass, String word) {
    return hasAny(WordCodes.strippedCodes(word), classId(wordClass));
  }

  /**
   * {@link #isStripped(String, String)} of token {@code i}'s text (false for a position outside the list), with the
   * codes the token list may carry.
   */
  boolean isStripped(String wordClass, List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    return tokens instanceof CodedTokens c ? hasAny(c.stripped(i), classId(wordClass))
        : isStripped(wordClass, tokens.get(i).text());
  }

  /** A set of word classes, asked about at once ({@link #isAny}). */
  public static final class Classes {
    private final long[] bits;

    private Classes(long[] bits) {
      this.bits = bits;
    }
  }

  /** The named classes as one set. */
  public Classes classes(String... wordClasses) {
    long[] bits = new long[(classIds.size() + 63) / 64];
    for (String c : wordClasses) {
      int id = classId(c);
      bits[id >>> 6] |= 1L << id;
    }
    return new Classes(bits);
  }

  /** True when the normalised word belongs to one of the classes. */
  public boolean isAny(Classes classes, String word) {
    return hasAny(WordCodes.code(word), classes);
  }

  /** {@link #isAny(Classes, String)} of token {@code i}'s text, with the code the token list may carry. */
  boolean isAny(Classes classes, List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    return tokens instanceof CodedTokens c ? hasAny(c.code(i), classes) : isAny(classes, tokens.get(i).text());
  }

  private boolean hasAny(int code, Classes classes) {
    if (code < 0 || code >= classBits.length || classBits[code] == null) {
      return false;
    }
    long[] b = classBits[code];
    for (int k = 0; k < b.length; k++) {
      if ((b[k] & classes.bits[k]) != 0) {
        return true;
      }
    }
    return false;
  }

  private int classId(String wordClass) {
    String[] names = classNames;
    int mask = names.length - 1;
    int start = wordClass.hashCode() & mask;
    // the rules name classes by literals, which are the interned names the table holds: a probe by reference first,
    // so that a neighbour in the probe sequence is passed over without comparing its characters
    for (int slot = start; names[slot] != null; slot = (slot + 1) & mask) {
      if (names[slot] == wordClass) {
        return classSlotIds[slot];
      }
    }
    for (int slot = start; names[slot] != null; slot = (slot + 1) & mask) {
      if (names[slot].equals(wordClass)) {
        return classSlotIds[slot];
      }
    }
    throw new IllegalArgumentException("unknown word class " + wordClass);
  }

  /** True when one of the codes' words belongs to class {@code id}. */
  private boolean hasAny(int[] codes, int id) {
    for (int c : codes) {
      if (has(c, id)) {
        return true;
      }
    }
    return false;
  }

  private boolean has(int code, int id) {
    if (code < 0 || code >= classBits.length) {
      return false;
    }
    long[] b = classBits[code];
    return b != null && (b[id >>> 6] & 1L << id) != 0;
  }
}

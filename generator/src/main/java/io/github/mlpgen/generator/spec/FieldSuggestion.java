package io.github.mlpgen.generator.spec;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds the known field an unknown key was most likely meant to be. */
final class FieldSuggestion {

  /** Names other tools use for the same thing, which no spelling distance connects. */
  private static final Map<String, String> SYNONYMS = Map.of(
      "class", "name",
      "layers", "hidden",
      "pkg", "package",
      "precision", "dtype");

  /** The most edits between a key and a field that still count as a typo of it. */
  private static final int MAX_TYPO_EDITS = 2;

  /** Keys this short are rarely typos of anything; only one edit is allowed for them. */
  private static final int SHORT_KEY = 4;

  private FieldSuggestion() {}

  /**
   * The field of {@code fields} that {@code key} most likely misspells: equal apart from case
   * and separators, a few edits away, containing it ({@code batchSize}) or a known synonym.
   * Ties go to the earlier field, so the answer depends on nothing but the key.
   */
  static Optional<String> closest(String key, List<String> fields) {
    String normalized = normalize(key);
    if (SYNONYMS.containsKey(normalized)) {
      return Optional.of(SYNONYMS.get(normalized));
    }
    Optional<String> typo = closestByEdits(normalized, fields);
    if (typo.isPresent()) {
      return typo;
    }
    // The longest match: packageName contains both package and name.
    return fields.stream()
        .filter(normalized::contains)
        .max(Comparator.comparingInt(String::length));
  }

  private static Optional<String> closestByEdits(String normalized, List<String> fields) {
    int allowed = normalized.length() <= SHORT_KEY ? 1 : MAX_TYPO_EDITS;
    String best = null;
    int bestDistance = allowed + 1;
    for (String field : fields) {
      int distance = editDistance(normalized, field);
      if (distance < bestDistance) {
        best = field;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Lower case without {@code _}, {@code -}, spaces and dots: {@code Batch_Size} is batchsize. */
  private static String normalize(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s.]", "");
  }

  /** Levenshtein distance: insertions, deletions and substitutions of single characters. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

/* Free-text filtering shared by the finder and the catalogue (pure: no DOM, tested in tests/js). */

/** The words of a search box, lower case: "  GGZ  jeugd " -> ["ggz", "jeugd"]. */
export function searchWords(text) {
  return String(text || "").toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether a (lower-case) text contains every word, anywhere: all words must match, in any order. */
export function hasEveryWord(text, words) {
  return words.every((word) => text.indexOf(word) !== -1);
}

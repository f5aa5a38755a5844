/* The aanbieder finder's matching and facts (pure: no DOM, tested in tests/js); finder.js reads the
 * form and shows the results. Data from data/finder.json (generator/pages/finder_data.py):
 * `codes` maps a productcode to [name in lower case, zorgsoort, vrij toegankelijk (1/0), huisarts mag
 * direct verwijzen (1/0), modelled (1/0)]; a record lists its codes in `c`. */

/** The codes a typed word names: codes that start with it ("45a" -> 45A...), or whose name contains
 * it ("pleegzorg"). A set: {code: true}. */
export function codesMatching(codes, word) {
  const result = {}, upper = word.toUpperCase();
  for (const code in codes) {
    if (code.indexOf(upper) === 0 || codes[code][0].indexOf(word) !== -1) result[code] = true;
  }
  return result;
}

/** A test for one code: every product filter ({zorgsoort, product, toegang, huisarts}) must hold for
 * the same code, so "GGZ" and "huisarts mag verwijzen" never combine two different codes of an
 * aanbieder. null when no product filter is set. */
export function codeTest(codes, filter) {
  const { zorgsoort, product, toegang, huisarts } = filter;
  if (!zorgsoort && !product && !toegang && !huisarts) return null;
  return function (code) {
    const c = codes[code];
    if (!c) return false;
    if (zorgsoort && c[1] !== zorgsoort) return false;
    if (product && code.indexOf(product) !== 0) return false;
    if (toegang === "vrij" && !c[2]) return false;
    if (toegang === "beschikking" && c[2]) return false;
    if (huisarts && !c[3]) return false;
    return true;
  };
}

/** Whether any item of `list` is in the set `set` ({item: true}). */
export function hasAny(list, set) {
  for (let i = 0; i < list.length; i++) if (set[list[i]]) return true;
  return false;
}

export function describe(n) {
  return n === 1 ? "1 aanbieder gevonden" : n + " aanbieders gevonden";
}

/** One answer for several codes: "ja" when all say yes, "nee" when none does, "voor een deel" between,
 * "niet bekend" without codes. */
export function jaNeeDeel(values) {
  if (!values.length) return "niet bekend";
  const yes = values.filter(Boolean).length;
  return yes === values.length ? "ja" : yes === 0 ? "nee" : "voor een deel";
}

/** The codes a result's facts speak for: those that passed the product filters (`test`, null: all), and
 * of those, for each search word that names codes, the ones it named ("pleegzorg" -> the pleegzorg
 * codes, not the ambulant ones too); a word that names none of them narrows nothing. */
export function factCodes(record, test, wordCodes) {
  let matched = test ? record.c.filter(test) : record.c;
  wordCodes.forEach(function (named) {
    const narrowed = matched.filter(function (c) { return named[c]; });
    if (narrowed.length) matched = narrowed;
  });
  return matched;
}

/** The facts shown on a result for these codes: huisarts mag direct verwijzen, beschikking nodig, and
 * whether the answers are the routewijzer's own model rather than sourced. */
export function facts(codes, matched) {
  const answer = (flag) => jaNeeDeel(matched.map((c) => !!(codes[c] && flag(codes[c]))));
  return { huisarts: answer((c) => c[3]), beschikking: answer((c) => !c[2]), model: answer((c) => c[4]) };
}

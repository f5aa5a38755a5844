/* The aanbieder finder's matching, facts and wording (pure: no DOM, tested in tests/js); finder.js reads
 * the form and shows the results. `data` is data/finder.json (generator/pages/finder_data.py):
 * - codes: productcode -> [name in lower case, zorgsoort, vrij toegankelijk (1/0), huisarts mag direct
 *   verwijzen (1/0), modelled (1/0)];
 * - aanbieders: records {id, t: text in lower case, c: codes, g: gemeenten ("regio": all), min, max
 *   (age), f: financiering, k: contract areas [[product prefixes], [gemeenten]] where contracts apply,
 *   h: the result as HTML}; in the file, c names whole categories by number (categorie_codes: a
 *   category's codes), and expandCodes turns them into codes before anything else reads the data;
 * - woorden: everyday words [word, label, "z" (a zorgsoort) or "p" (a product prefix), key];
 * - plaatsen: gemeente names as typed [name in lower case, [gemeente ids]]; gemeenten: today's
 *   gemeente -> the former gemeenten recorded under it. */
import { searchWords } from "./words.js";

/** The records' codes as the matcher reads them: a category named by number becomes its codes
 * (`data.categorie_codes`, each list sorted), sorted as the generator lists an aanbieder's codes. The
 * generator names no code that a named category already holds, so the parts need no merging; a record
 * with one category alone shares that category's list (nothing changes a record's codes). Changes
 * `data` in place and returns it. */
export function expandCodes(data) {
  const categories = data.categorie_codes || {};
  data.aanbieders.forEach(function (r) {
    const parts = r.c.map(function (ref) { return !data.codes[ref] && categories[ref] ? categories[ref] : [ref]; });
    const named = parts.filter(function (part) { return part.length > 1; }).length;
    r.c = parts.length === 1 ? parts[0] : parts.flat();
    if (named && parts.length > 1) r.c.sort();
  });
  return data;
}

/** The codes a typed word names: codes that start with it ("45a" -> 45A...), or whose name contains
 * it ("pleegzorg"). A set: {code: true}. */
export function codesMatching(codes, word) {
  const result = {}, upper = word.toUpperCase();
  for (const code in codes) {
    if (code.indexOf(upper) === 0 || codes[code][0].indexOf(word) !== -1) result[code] = true;
  }
  return result;
}

/** A typed word is the start of a known word (3 letters or more), or a known word of 4 letters or more
 * is the start of what was typed ("angstig" -> "angst"). */
export function startsEither(known, word) {
  return word.length >= 3 && (known.indexOf(word) === 0 || (known.length >= 4 && word.indexOf(known) === 0));
}

/** The everyday words ("angst") a typed word stands for. */
export function zoekwoordHits(woorden, word) {
  return woorden.filter(function (w) { return startsEither(w[0], word); });
}

/** Whether a code is one an everyday word stands for: of its zorgsoort, or under its product prefix. */
export function hitHolds(codes, hit, code) {
  return hit[2] === "z" ? !!codes[code] && codes[code][1] === hit[3] : code.indexOf(hit[3]) === 0;
}

/** Gemeente names as people type them, current and former ("nieuwstad", "oudorp"): the ids they
 * cover ({id: true}), or null when the word names no gemeente. */
export function gemeentenMatching(plaatsen, word) {
  let ids = null;
  plaatsen.forEach(function (p) {
    if (!startsEither(p[0], word) && p[0].split(/[\s-]+/).every(function (part) { return !startsEither(part, word); })) return;
    ids = ids || {};
    p[1].forEach(function (id) { ids[id] = true; });
  });
  return ids;
}

/** Whether a record works in one of the gemeenten `ids` (a record for the whole region always does). */
export function inGemeenten(r, ids) {
  if (r.g.indexOf("regio") !== -1) return true;
  for (let i = 0; i < r.g.length; i++) if (ids[r.g[i]]) return true;
  return false;
}

/** With contracts per gemeente, the product and the gemeente must hold for one and the same contract. */
export function contractHolds(r, ids, productOk) {
  return r.k.some(function (group) {
    const refs = group[0];
    if (!inGemeenten({ g: group[1] }, ids)) return false;
    return r.c.some(function (code) {
      return productOk(code) && refs.some(function (ref) { return code.indexOf(ref) === 0; });
    });
  });
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

/** The finder's filters ({tekst, zorgsoort, product, gemeente, leeftijd, financiering, toegang,
 * huisarts}: the form's values, "" when not chosen) as a test of one record, with what the results'
 * facts and notes follow: the search words, the everyday words each stands for (`via`), the codes
 * each names (`wordCodes`) and the product filters' code test (`productOk`, null: none).
 * A word matches a record by its text, by a code it names (directly or as an everyday word), or by a
 * gemeente it names; every word must match. */
export function matcher(data, filters) {
  const f = (name) => filters[name] || "";
  const codes = data.codes, woorden = data.woorden || [], plaatsen = data.plaatsen || [], leden = data.gemeenten || {};
  const words = searchWords(f("tekst"));
  const via = words.map(function (word) { return zoekwoordHits(woorden, word); });
  const wordCodes = words.map(function (word, i) {
    const found = codesMatching(codes, word);
    if (via[i].length) {
      for (const code in codes) if (via[i].some(function (hit) { return hitHolds(codes, hit, code); })) found[code] = true;
    }
    return found;
  });
  const wordPlaces = words.map(function (word) { return gemeentenMatching(plaatsen, word); });
  const gemeente = f("gemeente"), financiering = f("financiering");
  const age = f("leeftijd") === "" ? null : Number(f("leeftijd"));
  const productOk = codeTest(codes, { zorgsoort: f("zorgsoort"), product: f("product").toUpperCase(), toegang: f("toegang"),
                                      huisarts: f("huisarts") });
  let chosen = null;  /* today's gemeente: the former gemeenten recorded under it */
  (leden[gemeente] || []).forEach(function (id) { chosen = chosen || {}; chosen[id] = true; });
  const only = {};
  only[gemeente] = true;
  function test(r) {
    for (let i = 0; i < words.length; i++) {
      if (r.t.indexOf(words[i]) === -1 && !hasAny(r.c, wordCodes[i]) && !(wordPlaces[i] && inGemeenten(r, wordPlaces[i]))) return false;
    }
    if (gemeente && !(chosen ? inGemeenten(r, chosen) : r.g.indexOf("regio") !== -1 || r.g.indexOf(gemeente) !== -1)) return false;
    if (age !== null && !Number.isNaN(age) && ((r.min !== null && age < r.min) || (r.max !== null && age > r.max))) return false;
    if (financiering && r.f !== financiering) return false;
    if (r.k && gemeente && productOk) return contractHolds(r, chosen || only, productOk);
    return productOk === null || r.c.some(productOk);
  }
  return { test, words, via, wordCodes, productOk };
}

/** The ids of the records that pass `test`, in the list's order. With an age chosen, a record whose
 * age is not known is no match: those come after the matches, and `unknownAge` counts them. */
export function results(records, test, ageChosen) {
  const matched = [], unknown = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!test(r)) continue;
    if (ageChosen && r.min === null && r.max === null) unknown.push(r.id);
    else matched.push(r.id);
  }
  return { ids: matched.concat(unknown), unknownAge: unknown.length };
}

export function describe(n) {
  return n === 1 ? "1 aanbieder gevonden" : n + " aanbieders gevonden";
}

/** The count under the filters: the matches for the chosen age and those of unknown age apart, and
 * how many are on the page when not all are. */
export function countText(n, unknownAge, age, shownMax) {
  const found = unknownAge ? describe(n - unknownAge) + " voor " + age + " jaar, en " + unknownAge + " met onbekende leeftijd"
    : describe(n);
  return found + (n > shownMax ? " (de eerste " + shownMax + " staan hieronder)" : "");
}

export function unknownAgeTitle(n) {
  return n === 1 ? "1 aanbieder met onbekende leeftijd" : n + " aanbieders met onbekende leeftijd";
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

/** "gevonden via 'angst': GGZ kort": for a result whose own text lacks a search word, which everyday
 * word found it and what that word stands for (only what this result has). */
export function viaNotes(codes, record, words, via) {
  const notes = [];
  words.forEach(function (word, i) {
    if (record.t.indexOf(word) !== -1) return;
    const labels = [];
    via[i].forEach(function (hit) {
      if (labels.indexOf(hit[1]) === -1 && record.c.some(function (code) { return hitHolds(codes, hit, code); })) labels.push(hit[1]);
    });
    if (labels.length) notes.push("gevonden via '" + word + "': " + labels.join(", "));
  });
  return notes;
}

/** The zorgsoorten a zero result points to: the chosen one, else those the typed everyday words stand
 * for ("angst" -> GGZ), each once. `verder.zorgsoort` maps a zorgsoort id to its next steps. */
export function nextStepZorgsoorten(verder, zorgsoort, via) {
  const chosen = verder.zorgsoort[zorgsoort];
  if (chosen) return [chosen];
  const soorten = [];
  via.forEach(function (hits) {
    hits.forEach(function (hit) {
      const found = hit[2] === "z" && verder.zorgsoort[hit[3]];
      if (found && soorten.indexOf(found) === -1) soorten.push(found);
    });
  });
  return soorten;
}

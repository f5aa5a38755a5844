/* The aanbieder finder's matching and facts (finder-match.js) on a small data set shaped like
 * data/finder.json: codes [name, zorgsoort, vrij toegankelijk, huisarts mag verwijzen, modelled]. */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  codesMatching, codeTest, describe, factCodes, facts, hasAny, jaNeeDeel,
} from "../../site_theme/assets/javascripts/finder-match.js";

const CODES = {
  "45A48": ["ambulante jeugdhulp individueel", "ambulant", 0, 1, 0],
  "45A53": ["pleegzorg", "verblijf", 0, 0, 1],
  "51A01": ["generalistische basis ggz", "ggz-kort", 0, 1, 0],
  "54A01": ["opvoedondersteuning vrij toegankelijk", "ambulant", 1, 0, 1],
};
const keys = (set) => Object.keys(set).sort();

test("a word names the codes that start with it or whose name holds it", () => {
  assert.deepEqual(keys(codesMatching(CODES, "45a")), ["45A48", "45A53"]);
  assert.deepEqual(keys(codesMatching(CODES, "pleeg")), ["45A53"]);
  assert.deepEqual(keys(codesMatching(CODES, "ggz")), ["51A01"]);
  assert.deepEqual(keys(codesMatching(CODES, "zwemles")), []);
  assert.deepEqual(keys(codesMatching(CODES, "a01")), [], "a code matches from its start only");
});

test("the product filters hold for one and the same code", () => {
  assert.equal(codeTest(CODES, {}), null);
  const ggzAndGp = codeTest(CODES, { zorgsoort: "ggz-kort", huisarts: "ja" });
  assert.deepEqual(Object.keys(CODES).filter(ggzAndGp), ["51A01"]);
  const ambulantFree = codeTest(CODES, { zorgsoort: "ambulant", toegang: "vrij" });
  assert.deepEqual(Object.keys(CODES).filter(ambulantFree), ["54A01"]);
  const ambulantBeschikking = codeTest(CODES, { zorgsoort: "ambulant", toegang: "beschikking" });
  assert.deepEqual(Object.keys(CODES).filter(ambulantBeschikking), ["45A48"]);
  assert.deepEqual(Object.keys(CODES).filter(codeTest(CODES, { product: "45A" })), ["45A48", "45A53"]);
  assert.equal(codeTest(CODES, { product: "45" })("99Z99"), false, "an unknown code never passes");
  /* An aanbieder with a GGZ code and another code the huisarts may refer to does not match both at once. */
  const record = { c: ["45A53", "54A01"] };
  assert.equal(record.c.some(codeTest(CODES, { zorgsoort: "verblijf", huisarts: "ja" })), false);
});

test("hasAny", () => {
  assert.ok(hasAny(["a", "b"], { b: true }));
  assert.ok(!hasAny(["a"], {}));
  assert.ok(!hasAny([], { a: true }));
});

test("one answer for several codes", () => {
  assert.equal(jaNeeDeel([]), "niet bekend");
  assert.equal(jaNeeDeel([true, true]), "ja");
  assert.equal(jaNeeDeel([false]), "nee");
  assert.equal(jaNeeDeel([true, false]), "voor een deel");
  assert.equal(describe(1), "1 aanbieder gevonden");
  assert.equal(describe(0), "0 aanbieders gevonden");
});

test("a result's facts follow the codes that matched, and the codes a search word named", () => {
  const record = { c: ["45A48", "45A53", "54A01"] };
  assert.deepEqual(facts(CODES, factCodes(record, null, [])),
    { huisarts: "voor een deel", beschikking: "voor een deel", model: "voor een deel" });
  const pleegzorg = [codesMatching(CODES, "pleegzorg")];
  assert.deepEqual(factCodes(record, null, pleegzorg), ["45A53"]);
  assert.deepEqual(facts(CODES, ["45A53"]), { huisarts: "nee", beschikking: "ja", model: "ja" });
  const free = codeTest(CODES, { toegang: "vrij" });
  assert.deepEqual(factCodes(record, free, []), ["54A01"]);
  assert.deepEqual(factCodes(record, free, pleegzorg), ["54A01"], "a word naming none of the matched codes narrows nothing");
  assert.deepEqual(facts(CODES, []), { huisarts: "niet bekend", beschikking: "niet bekend", model: "niet bekend" });
});

/* The aanbieder finder's matching, facts and wording (finder-match.js) on a small data set shaped like
 * data/finder.json, and on the finder.json the generator writes for the golden docs folder. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  codesMatching, codeTest, countText, describe, expandCodes, factCodes, facts, gemeentenMatching, hasAny, jaNeeDeel, matcher,
  nextStepZorgsoorten, results, startsEither, unknownAgeTitle, viaNotes,
} from "../../site_theme/assets/javascripts/finder-match.js";

/* codes: [name, zorgsoort, vrij toegankelijk, huisarts mag verwijzen, modelled] */
const CODES = {
  "45A48": ["ambulante jeugdhulp individueel", "ambulant", 0, 1, 0],
  "45A53": ["pleegzorg", "verblijf", 0, 0, 1],
  "51A01": ["generalistische basis ggz", "ggz-kort", 0, 1, 0],
  "54A01": ["opvoedondersteuning vrij toegankelijk", "ambulant", 1, 0, 1],
};
const record = (id, t, c, g, min, max, f = "", k = undefined) => ({ id, t, c, g, min, max, f, ...(k ? { k } : {}) });
const DATA = {
  codes: CODES,
  aanbieders: [
    record("accare", "accare kinder- en jeugdpsychiatrie", ["51A01"], ["stad"], 4, 18, "tarief"),
    record("elker", "elker jeugdhulp", ["45A48", "45A53"], ["regio"], 0, 23, "tarief"),
    record("cjg", "cjg vrij toegankelijk", ["54A01"], ["dorp"], null, null, "subsidie"),
    /* contracts: 45A48 in stad only, 45A53 in dorp only */
    record("kopland", "het kopland", ["45A48", "45A53"], ["stad", "dorp"], 12, 18, "tarief", [[["45A48"], ["stad"]], [["45A53"], ["dorp"]]]),
  ],
  woorden: [["angst", "GGZ kort", "z", "ggz-kort"], ["logeren", "Verblijf: pleegzorg", "p", "45A53"]],
  plaatsen: [["stad", ["stad"]], ["het hoge land", ["dorp", "oudorp"]], ["oudorp", ["oudorp"]]],
  gemeenten: { "het-hoge-land": ["dorp", "oudorp"] },
};
const keys = (set) => Object.keys(set).sort();
const find = (filters, data = DATA) => data.aanbieders.filter(matcher(data, filters).test).map((r) => r.id);

test("a word names the codes that start with it or whose name holds it", () => {
  assert.deepEqual(keys(codesMatching(CODES, "45a")), ["45A48", "45A53"]);
  assert.deepEqual(keys(codesMatching(CODES, "pleeg")), ["45A53"]);
  assert.deepEqual(keys(codesMatching(CODES, "zwemles")), []);
  assert.deepEqual(keys(codesMatching(CODES, "a01")), [], "a code matches from its start only");
});

test("the product filters hold for one and the same code", () => {
  assert.equal(codeTest(CODES, {}), null);
  assert.deepEqual(Object.keys(CODES).filter(codeTest(CODES, { zorgsoort: "ggz-kort", huisarts: "ja" })), ["51A01"]);
  assert.deepEqual(Object.keys(CODES).filter(codeTest(CODES, { zorgsoort: "ambulant", toegang: "vrij" })), ["54A01"]);
  assert.deepEqual(Object.keys(CODES).filter(codeTest(CODES, { zorgsoort: "ambulant", toegang: "beschikking" })), ["45A48"]);
  assert.equal(codeTest(CODES, { product: "45" })("99Z99"), false, "an unknown code never passes");
  assert.equal(["45A53", "54A01"].some(codeTest(CODES, { zorgsoort: "verblijf", huisarts: "ja" })), false,
    "a verblijf code and another code the huisarts may refer to are not one code");
});

test("free text: every word must match the text, a code it names, or a gemeente it names", () => {
  assert.deepEqual(find({ tekst: "jeugd" }), ["accare", "elker", "kopland"], "kopland by its code's name (ambulante jeugdhulp)");
  assert.deepEqual(find({ tekst: "Elker JEUGDHULP" }), ["elker"]);
  assert.deepEqual(find({ tekst: "pleegzorg" }), ["elker", "kopland"], "by the name of a code they deliver");
  assert.deepEqual(find({ tekst: "51a" }), ["accare"], "by a code number");
  assert.deepEqual(find({ tekst: "hoge" }), ["elker", "cjg", "kopland"], "a gemeente by part of its name: who works there, the region too");
  assert.deepEqual(find({ tekst: "oudorp" }), ["elker"], "a former gemeente: only who names it (here: the region)");
  assert.deepEqual(find({ tekst: "zwemles" }), []);
});

test("everyday words stand for zorgsoorten and products, prefixes both ways", () => {
  assert.ok(startsEither("angst", "angstig") && startsEither("angst", "ang") && !startsEither("angst", "an"));
  assert.ok(!startsEither("ggz", "ggzorg"), "a known word under 4 letters only matches as typed");
  assert.deepEqual(find({ tekst: "angstig" }), ["accare"]);
  assert.deepEqual(find({ tekst: "logeren" }), ["elker", "kopland"]);
  const m = matcher(DATA, { tekst: "angstig kinder" });
  assert.deepEqual(m.words, ["angstig", "kinder"]);
  assert.deepEqual(m.via[0].map((hit) => hit[1]), ["GGZ kort"]);
  assert.deepEqual(viaNotes(CODES, DATA.aanbieders[0], m.words, m.via), ["gevonden via 'angstig': GGZ kort"]);
  assert.deepEqual(viaNotes(CODES, DATA.aanbieders[1], ["elker"], [[]]), [], "a word in the result's own text needs no note");
});

test("gemeente: today's gemeente covers the former ones; the region's aanbieders are everywhere", () => {
  assert.deepEqual(find({ gemeente: "stad" }), ["accare", "elker", "kopland"]);
  assert.deepEqual(find({ gemeente: "het-hoge-land" }), ["elker", "cjg", "kopland"]);
  assert.deepEqual(keys(gemeentenMatching(DATA.plaatsen, "hoge")), ["dorp", "oudorp"], "a part of the name");
  assert.equal(gemeentenMatching(DATA.plaatsen, "xyz"), null);
});

test("with contracts the product and the gemeente hold for one contract", () => {
  assert.deepEqual(find({ gemeente: "stad", zorgsoort: "verblijf" }), ["elker"], "kopland's pleegzorg is contracted in dorp only");
  assert.deepEqual(find({ gemeente: "het-hoge-land", zorgsoort: "verblijf" }), ["elker", "kopland"]);
  assert.deepEqual(find({ gemeente: "stad", zorgsoort: "ambulant" }), ["elker", "kopland"]);
});

test("age, financiering, toegang, huisarts", () => {
  assert.deepEqual(find({ leeftijd: "3" }), ["elker", "cjg"], "unknown age is not excluded by the test itself");
  assert.deepEqual(find({ leeftijd: "0" }), ["elker", "cjg"], "age 0 is an age");
  assert.deepEqual(find({ leeftijd: "20" }), ["elker", "cjg"]);
  assert.deepEqual(find({ financiering: "subsidie" }), ["cjg"]);
  assert.deepEqual(find({ toegang: "vrij" }), ["cjg"]);
  assert.deepEqual(find({ huisarts: "ja" }), ["accare", "elker", "kopland"]);
  assert.deepEqual(find({ product: "45a5" }), ["elker", "kopland"], "a product code prefix in any case");
});

test("with an age chosen, unknown ages come after the matches and are counted apart", () => {
  const m = matcher(DATA, { leeftijd: "14" });
  assert.deepEqual(results(DATA.aanbieders, m.test, true), { ids: ["accare", "elker", "kopland", "cjg"], unknownAge: 1 });
  assert.deepEqual(results(DATA.aanbieders, m.test, false), { ids: ["accare", "elker", "cjg", "kopland"], unknownAge: 0 });
  assert.equal(countText(4, 1, "14", 100), "3 aanbieders gevonden voor 14 jaar, en 1 met onbekende leeftijd");
  assert.equal(countText(150, 0, "", 100), "150 aanbieders gevonden (de eerste 100 staan hieronder)");
  assert.equal(unknownAgeTitle(1), "1 aanbieder met onbekende leeftijd");
  assert.equal(describe(1), "1 aanbieder gevonden");
});

test("one answer for several codes, and a result's facts follow what matched", () => {
  assert.equal(jaNeeDeel([]), "niet bekend");
  assert.equal(jaNeeDeel([true, true]), "ja");
  assert.equal(jaNeeDeel([true, false]), "voor een deel");
  assert.ok(hasAny(["a", "b"], { b: true }) && !hasAny([], { a: true }));
  const elker = { c: ["45A48", "45A53", "54A01"] };
  assert.deepEqual(facts(CODES, factCodes(elker, null, [])), { huisarts: "voor een deel", beschikking: "voor een deel", model: "voor een deel" });
  const pleegzorg = [codesMatching(CODES, "pleegzorg")];
  assert.deepEqual(factCodes(elker, null, pleegzorg), ["45A53"]);
  assert.deepEqual(facts(CODES, ["45A53"]), { huisarts: "nee", beschikking: "ja", model: "ja" });
  const free = codeTest(CODES, { toegang: "vrij" });
  assert.deepEqual(factCodes(elker, free, pleegzorg), ["54A01"], "a word naming none of the matched codes narrows nothing");
  const m = matcher(DATA, { tekst: "logeren" });
  assert.deepEqual(factCodes(elker, m.productOk, m.wordCodes), ["45A53"], "an everyday word narrows the facts too");
});

test("a zero result points to the chosen zorgsoort, else to those the everyday words stand for", () => {
  const verder = { zorgsoort: { "ggz-kort": { naam: "GGZ kort" }, verblijf: { naam: "Verblijf" } } };
  assert.deepEqual(nextStepZorgsoorten(verder, "verblijf", []), [{ naam: "Verblijf" }]);
  const via = matcher(DATA, { tekst: "angst bang" }).via;
  assert.deepEqual(nextStepZorgsoorten(verder, "", via), [{ naam: "GGZ kort" }]);
  assert.deepEqual(nextStepZorgsoorten(verder, "", [[]]), []);
});

test("a category named by number becomes its codes, sorted with the codes named beside it", () => {
  const data = expandCodes({
    codes: { "40A01": [], "45A01": [], "45A02": [], "51A01": [] },
    categorie_codes: { 45: ["45A01", "45A02"] },
    aanbieders: [{ c: ["45", "40A01", "51A01"] }, { c: [] }, { c: ["45A02", "51A01"] }, { c: ["45"] }],
  });
  assert.deepEqual(data.aanbieders.map((r) => r.c),
                   [["40A01", "45A01", "45A02", "51A01"], [], ["45A02", "51A01"], ["45A01", "45A02"]]);
});

test("the generated finder.json (golden docs folder) reads as the matcher expects", () => {
  const data = expandCodes(JSON.parse(readFileSync(new URL("../golden/docs-minimal/docs/data/finder.json",
                                                         import.meta.url), "utf-8")));
  assert.ok(data.aanbieders.length >= 2);
  for (const r of data.aanbieders) {
    assert.ok(r.c.every((code) => data.codes[code]), `${r.id}: a code the table lacks`);
    assert.ok(matcher(data, {}).test(r), `${r.id}: no filter, yet no match`);
    assert.ok(matcher(data, { tekst: r.id.split("-")[0] }).test(r), `${r.id}: not found by its own name`);
  }
  const gemeente = Object.keys(data.gemeenten)[0];
  const inIt = data.aanbieders.filter(matcher(data, { gemeente }).test);
  assert.ok(inIt.length && inIt.every((r) => r.g.includes("regio") || r.g.some((g) => data.gemeenten[gemeente].includes(g))));
});

/* The productcode catalogue's pure parts: free-text words, the table's filters and sort order, and
 * their place in the address (catalogus-state.js, words.js, address.js). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { addressWith, queryOf } from "../../site_theme/assets/javascripts/address.js";
import {
  codesFound, countText, nextSort, rowShown, sortChoiceValue, sortedRows, sortFromChoice, stateFromAddress, stateToAddress,
} from "../../site_theme/assets/javascripts/catalogus-state.js";
import { hasEveryWord, searchWords } from "../../site_theme/assets/javascripts/words.js";

const row = (code, naam, beschikking, huisarts, order) =>
  ({ code, naam, text: (code + " " + naam).toLowerCase(), beschikking, huisarts, order });
const ROWS = [
  row("45A10", "Ambulante hulp groep", "ja", "nee", 0),
  row("45A9", "Ambulante hulp individueel", "nee", "ja", 1),
  row("45A48", "Ambulante hulp individueel", "ja", "ja", 2),
  row("45A02", "Dagbesteding", "nee", "nee", 3),
];
const cell = (r, column) => (column === 0 ? r.code : r.naam).toLowerCase();
const codes = (rows) => rows.map((r) => r.code);

test("search words: lower case, any whitespace, none for an empty box", () => {
  assert.deepEqual(searchWords("  GGZ\tjeugd  "), ["ggz", "jeugd"]);
  assert.deepEqual(searchWords(""), []);
  assert.ok(hasEveryWord("ambulante hulp individueel", ["indiv", "amb"]));
  assert.ok(!hasEveryWord("ambulante hulp individueel", ["indiv", "groep"]));
  assert.ok(hasEveryWord("wat dan ook", []));
});

test("a row is shown when every filter holds", () => {
  const filter = (tekst, beschikking, huisarts) => ({ words: searchWords(tekst), beschikking, huisarts });
  assert.deepEqual(codes(ROWS.filter((r) => rowShown(r, filter("", "", false)))), ["45A10", "45A9", "45A48", "45A02"]);
  assert.deepEqual(codes(ROWS.filter((r) => rowShown(r, filter("individueel", "", false)))), ["45A9", "45A48"]);
  assert.deepEqual(codes(ROWS.filter((r) => rowShown(r, filter("individueel", "ja", false)))), ["45A48"]);
  assert.deepEqual(codes(ROWS.filter((r) => rowShown(r, filter("", "nee", true)))), ["45A9"]);
  assert.deepEqual(codes(ROWS.filter((r) => rowShown(r, filter("45a", "", true)))), ["45A9", "45A48"]);
});

test("sorting: numbers in codes by value, ties in the page's order, descending the exact reverse", () => {
  assert.deepEqual(codes(sortedRows(ROWS, null, cell)), ["45A10", "45A9", "45A48", "45A02"]);
  assert.deepEqual(codes(sortedRows(ROWS, { column: 0, descending: false }, cell)), ["45A02", "45A9", "45A10", "45A48"]);
  assert.deepEqual(codes(sortedRows(ROWS, { column: 0, descending: true }, cell)), ["45A48", "45A10", "45A9", "45A02"]);
  assert.deepEqual(codes(sortedRows(ROWS, { column: 1, descending: false }, cell)), ["45A10", "45A9", "45A48", "45A02"]);
  assert.deepEqual(codes(sortedRows(ROWS, { column: 1, descending: true }, cell)), ["45A02", "45A48", "45A9", "45A10"]);
  assert.deepEqual(codes(ROWS), ["45A10", "45A9", "45A48", "45A02"], "the page's rows are not reordered in place");
});

test("a header click sorts ascending, then descending, then ascending; another column starts ascending", () => {
  let sort = nextSort(null, 1);
  assert.deepEqual(sort, { column: 1, descending: false });
  sort = nextSort(sort, 1);
  assert.deepEqual(sort, { column: 1, descending: true });
  assert.deepEqual(nextSort(sort, 1), { column: 1, descending: false });
  assert.deepEqual(nextSort(sort, 0), { column: 0, descending: false });
});

test("the phone's sort choice round-trips", () => {
  for (const sort of [null, { column: 0, descending: false }, { column: 3, descending: true }]) {
    assert.deepEqual(sortFromChoice(sortChoiceValue(sort)), sort);
  }
  assert.equal(sortChoiceValue({ column: 2, descending: true }), "2-af");
});

test("the state goes into the address and comes back from it", () => {
  const filter = { tekst: " ggz ", beschikking: "nee", huisarts: true };
  const values = stateToAddress(filter, { column: 2, descending: true });
  assert.equal(queryOf(values), "tekst=ggz&beschikking=nee&huisarts=ja&sorteer=2&richting=af");
  const back = stateFromAddress(new URLSearchParams(queryOf(values)), 5, false);
  assert.deepEqual(back, { filter: { tekst: "ggz", beschikking: "nee", huisarts: true }, sort: { column: 2, descending: true } });
  assert.equal(queryOf(stateToAddress({ tekst: "", beschikking: "", huisarts: false }, null)), "");
});

test("a shared link to one code drops the filters; an unknown sort column is ignored", () => {
  const params = new URLSearchParams("tekst=groep&huisarts=ja&sorteer=1");
  assert.deepEqual(stateFromAddress(params, 5, true).filter, { tekst: "", beschikking: "", huisarts: false });
  assert.deepEqual(stateFromAddress(params, 5, true).sort, { column: 1, descending: false });
  assert.equal(stateFromAddress(new URLSearchParams("sorteer=9"), 5, false).sort, null);
  assert.equal(stateFromAddress(new URLSearchParams("sorteer=x"), 5, false).sort, null);
  assert.equal(stateFromAddress(new URLSearchParams("sorteer=-1"), 5, false).sort, null);
});

test("the address keeps the fragment and is not replaced when nothing changed", () => {
  const here = { pathname: "/routewijzer/productcodes/45/", search: "?tekst=ggz", hash: "#45A48" };
  assert.equal(addressWith(here, { tekst: "ggz" }), null);
  assert.equal(addressWith(here, { tekst: "ggz jeugd" }), "/routewijzer/productcodes/45/?tekst=ggz+jeugd#45A48");
  assert.equal(addressWith(here, { tekst: "" }), "/routewijzer/productcodes/45/#45A48");
});

test("counts in Dutch", () => {
  assert.equal(countText(3, 40), "3 van de 40 productcodes");
  assert.equal(codesFound(1), "1 code gevonden");
  assert.equal(codesFound(0), "0 codes gevonden");
});

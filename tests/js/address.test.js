/* Filter state in the address (address.js), as the finder and the catalogue write it. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { addressWith, queryOf } from "../../site_theme/assets/javascripts/address.js";

test("the finder's filters: in the form's order, empty ones left out, text encoded", () => {
  const chosen = { tekst: "angst & paniek", zorgsoort: "ggz-kort", product: "", gemeente: "", leeftijd: "0",
                   financiering: "", toegang: "vrij", huisarts: "ja" };
  const query = queryOf(chosen);
  assert.equal(query, "tekst=angst+%26+paniek&zorgsoort=ggz-kort&leeftijd=0&toegang=vrij&huisarts=ja");
  const back = new URLSearchParams(query);
  for (const [key, value] of Object.entries(chosen)) assert.equal(back.get(key) ?? "", value, key);
  assert.equal(queryOf({ tekst: "", huisarts: "" }), "");
});

test("an address without filters is the page itself, fragment kept", () => {
  const here = { pathname: "/vinden/", search: "?tekst=x", hash: "" };
  assert.equal(addressWith(here, { tekst: "" }), "/vinden/");
  assert.equal(addressWith({ ...here, search: "" }, { tekst: "" }), null);
});

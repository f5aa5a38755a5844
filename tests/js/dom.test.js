/* dom.js: the shared element helper and the delayed live-region announcer. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { announceLater, announceNow, el } from "../../site_theme/assets/javascripts/dom.js";

function fakeDocument() {
  return { createElement: (tag) => ({ tagName: tag.toUpperCase(), className: "", textContent: "" }) };
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test("el sets the class and the text, and leaves them empty when not given", () => {
  globalThis.document = fakeDocument();
  const p = el("p", "rw-x", "Tekst <b>blijft</b> tekst");
  assert.equal(p.tagName, "P");
  assert.equal(p.className, "rw-x");
  assert.equal(p.textContent, "Tekst <b>blijft</b> tekst");
  const li = el("li");
  assert.equal(li.className, "");
  assert.equal(li.textContent, "");
});

test("announceLater says only the last text once typing pauses", async () => {
  const region = { textContent: "" };
  announceLater(region, "3 aanbieders gevonden", 20);
  announceLater(region, "1 aanbieder gevonden", 20);
  assert.equal(region.textContent, "");
  await wait(40);
  assert.equal(region.textContent, "1 aanbieder gevonden");
});

test("announceNow replaces a text that was still waiting", async () => {
  const region = { textContent: "" };
  announceLater(region, "oud", 10);
  announceNow(region, "Zoeken lukt nu niet.");
  await wait(30);
  assert.equal(region.textContent, "Zoeken lukt nu niet.");
});

test("regions wait independently", async () => {
  const a = { textContent: "" }, b = { textContent: "" };
  announceLater(a, "a", 10);
  announceLater(b, "b", 10);
  await wait(30);
  assert.deepEqual([a.textContent, b.textContent], ["a", "b"]);
});

/* The step-through's graph walking (doorloop-walk.js), on a small route and on the route data the
 * generator embeds in the golden docs folder (tests/golden/docs-minimal). */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import {
  choiceLabel, choicesFrom, createWalk, endText, exitsFrom, stepMeta, stepTitle,
} from "../../site_theme/assets/javascripts/doorloop-walk.js";

const stap = (nummer, titel, soort, keuzes, extra = {}) =>
  ({ nummer, titel, soort, soortnaam: soort, wie: "", keuzes, vervolg: null, ...extra });
const ROUTE = {
  start: "zorg",
  uitgangen: ["bel-112", "crisis"],
  stappen: {
    zorg: stap(1, "Zorgen over een kind", "actie", [{ label: "", naar: "veilig" }], { wie: "Basisteam", soortnaam: "Actie" }),
    veilig: stap(2, "Is het kind veilig?", "beslissing", [{ label: "ja", naar: "gesprek" }, { label: "nee", naar: "bel-112" }]),
    gesprek: stap(3, "Gesprek", "actie", [{ label: "na overleg", naar: "klaar" }, { label: "", naar: "elders" }]),
    elders: stap(4, "Verder elders", "actie", [], { vervolg: { label: "de huisartsroute", href: "../huisarts/" } }),
    klaar: stap(5, "Klaar", "einde", []),
    "bel-112": stap(6, "Bel 112", "nood", []),
    crisis: stap(7, "Crisisdienst", "nood", []),
  },
};

test("titles and the line above them", () => {
  assert.equal(stepTitle(ROUTE, "veilig"), "2. Is het kind veilig?");
  assert.equal(stepMeta(ROUTE.stappen.zorg), "Actie · Wie: Basisteam");
  assert.equal(stepMeta(ROUTE.stappen.klaar), "einde");
});

test("answers: Ja/Nee at a decision, a transition's label capitalised, else 'Volgende stap'", () => {
  assert.deepEqual(choicesFrom(ROUTE, "veilig"), [
    { label: "Ja", detail: "naar 3. Gesprek", naar: "gesprek", answer: "ja" },
    { label: "Nee", detail: "naar 6. Bel 112", naar: "bel-112", answer: "nee" },
  ]);
  assert.deepEqual(choicesFrom(ROUTE, "gesprek").map((c) => [c.label, c.answer]), [["Na overleg", ""], ["Volgende stap", ""]]);
  assert.equal(choiceLabel(ROUTE.stappen.gesprek, { label: "ja" }), "Ja");
});

test("a step without a way on says why; one that goes on in another route says nothing here", () => {
  assert.equal(endText(ROUTE.stappen.klaar), "Hier eindigt de route.");
  assert.match(endText(ROUTE.stappen.crisis), /^Dit is een nooduitgang: handel eerst de nood af\./);
  assert.equal(endText(ROUTE.stappen.elders), null);
  assert.equal(endText(ROUTE.stappen.veilig), null);
});

test("the exits on every step but the exit itself", () => {
  assert.deepEqual(exitsFrom(ROUTE, "zorg"), ["bel-112", "crisis"]);
  assert.deepEqual(exitsFrom(ROUTE, "crisis"), ["bel-112"]);
});

test("the walk goes back exactly the way it came, and starts again from the route's start", () => {
  const walk = createWalk(ROUTE);
  assert.equal(walk.start(), "zorg");
  assert.equal(walk.canGoBack(), false);
  walk.go("veilig");
  walk.go("bel-112");  // an exit, taken in the middle
  assert.equal(walk.current(), "bel-112");
  assert.equal(walk.back(), "veilig");
  walk.go("gesprek");
  walk.go("klaar");
  assert.deepEqual([walk.back(), walk.back(), walk.back()], ["gesprek", "veilig", "zorg"]);
  assert.equal(walk.back(), "zorg", "never back past the start");
  walk.go("veilig");
  assert.equal(walk.start(), "zorg");
  assert.equal(walk.canGoBack(), false);
});

test("a move to a step the route does not have is refused and leaves the walk as it was", () => {
  const walk = createWalk(ROUTE);
  walk.start();
  assert.equal(walk.go("bestaat-niet"), null);
  assert.equal(walk.current(), "zorg");
  assert.equal(walk.canGoBack(), false);
});

/* The generator's own data: every route page of the golden docs folder with a step-through. */
function goldenRoutes() {
  const folder = new URL("../golden/docs-minimal/docs/zorgroutes/", import.meta.url);
  return readdirSync(folder).filter((name) => name.endsWith(".md")).flatMap((name) => {
    const match = readFileSync(new URL(name, folder), "utf-8").match(/id="doorloop-data">(.*?)<\/script>/s);
    return match ? [[name, JSON.parse(match[1])]] : [];
  });
}

test("on the generated routes every step reached from the start goes on or says why not", () => {
  const routes = goldenRoutes();
  assert.ok(routes.length > 0, "no route with a step-through in the golden docs folder");
  for (const [name, data] of routes) {
    const seen = new Set([data.start]);
    const todo = [data.start];
    while (todo.length) {
      const id = todo.pop();
      const choices = choicesFrom(data, id);
      const stap = data.stappen[id];
      assert.ok(choices.length || stap.vervolg || endText(stap), `${name}: ${id} is a dead end`);
      for (const choice of choices) {
        assert.ok(data.stappen[choice.naar], `${name}: ${id} leads to unknown ${choice.naar}`);
        assert.ok(choice.label && choice.detail.startsWith("naar " + data.stappen[choice.naar].nummer + ". "));
        if (!seen.has(choice.naar)) {
          seen.add(choice.naar);
          todo.push(choice.naar);
        }
      }
    }
    for (const exit of data.uitgangen) {
      assert.ok(data.stappen[exit], `${name}: unknown exit ${exit}`);
      const walk = createWalk(data);
      walk.start();
      assert.equal(walk.go(exit), exit);
      assert.equal(walk.back(), data.start);
    }
  }
});

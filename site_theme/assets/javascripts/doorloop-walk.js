/* Walking a route's graph one step at a time (pure: no DOM, tested in tests/js); doorloop.js shows the
 * steps. `data` is what generator/pages/render/doorloop.py embeds: {start, stappen: {id: stap},
 * uitgangen: [id], telefoon: [...]}; a stap has nummer, titel, soort, soortnaam, wie, keuzes
 * ([{label, naar}]) and vervolg (another route, or null). */

/** "3. Bespreek de zorgen": the route's own step number, as the page's list and diagram show it. */
export function stepTitle(data, id) {
  const stap = data.stappen[id];
  return stap.nummer + ". " + stap.titel;
}

/** Who acts and what kind of step it is, the line above the step's heading. */
export function stepMeta(stap) {
  return stap.soortnaam + (stap.wie ? " · Wie: " + stap.wie : "");
}

/** A button's answer: Ja/Nee at a decision, otherwise the transition's own label, else "Volgende stap". */
export function choiceLabel(stap, keuze) {
  if (stap.soort === "beslissing" && (keuze.label === "ja" || keuze.label === "nee")) {
    return keuze.label === "ja" ? "Ja" : "Nee";
  }
  if (keuze.label) return keuze.label.charAt(0).toUpperCase() + keuze.label.slice(1);
  return "Volgende stap";
}

/** The ways on from a step: {label, detail, naar, answer} with answer "ja"/"nee" at a decision
 * (it colours the button), "" elsewhere. */
export function choicesFrom(data, id) {
  const stap = data.stappen[id];
  return stap.keuzes.map((keuze) => ({
    label: choiceLabel(stap, keuze),
    detail: "naar " + stepTitle(data, keuze.naar),
    naar: keuze.naar,
    answer: stap.soort === "beslissing" ? keuze.label : "",
  }));
}

/** What a step without a way on says: null where the route goes on (buttons, or another route). */
export function endText(stap) {
  if (stap.vervolg || stap.keuzes.length) return null;
  return stap.soort === "nood"
    ? "Dit is een nooduitgang: handel eerst de nood af. Daarna kunt u terug naar de vorige stap."
    : "Hier eindigt de route.";
}

/** The emergency exits to offer on a step: every exit of the route but the step itself. */
export function exitsFrom(data, id) {
  return data.uitgangen.filter((exit) => exit !== id);
}

/** The reader's way through the route: the steps taken, so "Vorige stap" goes back exactly. Moves to
 * an unknown step are refused (null), never half-made. */
export function createWalk(data) {
  let taken = [];
  return {
    start() {
      taken = [data.start];
      return data.start;
    },
    go(id) {
      if (!data.stappen[id]) return null;
      taken.push(id);
      return id;
    },
    back() {
      if (taken.length > 1) taken.pop();
      return taken[taken.length - 1];
    },
    current() {
      return taken[taken.length - 1];
    },
    canGoBack() {
      return taken.length > 1;
    },
  };
}

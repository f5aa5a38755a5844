/* Aanbieder finder (generator/pages/render/finder.py): the page holds the form, not the aanbieders.
 * Data: data/finder.json, generated at build time and fetched at once; each record carries its
 * result as HTML (the generator's one renderer of a result), made into a list item the first time
 * it is shown and re-used after that. A keystroke attaches at most `shownMax` matching items
 * (measured: laying out thousands of items cost up to 2 s per keystroke, the filtering itself
 * under 25 ms). "Toon meer" adds more. The filter state lives in the query string. The product
 * field suggests the categories at once and every productcode once it is used (the catalogue's
 * code list, fetched then). Without the data the page keeps its way on without JavaScript. */
import { queryOf } from "./address.js";
import { announceLater, el } from "./dom.js";
import {
  countText, describe, expandCodes, factCodes, facts, matcher as match, nextStepZorgsoorten, results, unknownAgeTitle, viaNotes,
} from "./finder-match.js";

(function () {
  var form = document.getElementById("rw-finder");
  if (!form) return;
  var list = document.getElementById("rw-resultaten");
  var count = document.getElementById("rw-aantal");
  var announcer = document.getElementById("rw-melding");
  var more = document.getElementById("rw-meer");
  var PAGE_SIZE = Number(form.getAttribute("data-per-pagina")) || 100, shownMax = PAGE_SIZE;
  var items = {};
  var FIELDS = ["tekst", "zorgsoort", "product", "gemeente", "leeftijd", "financiering", "toegang", "huisarts"];
  var finderData = null, records = [], codes = {}, byId = {}, verder = null, without = null;
  var current = { productOk: null, wordCodes: [], words: [], via: [] };  /* what the shown results' facts follow */
  var toegangZinnen = {}, toegangModel = {}, unknownAge = 0;
  var geen = document.getElementById("rw-geen");
  var LABELS = {tekst: "de zoektekst", zorgsoort: "de zorgsoort", product: "het product", gemeente: "de gemeente",
                leeftijd: "de leeftijd", financiering: "de financiering", toegang: "de toegang",
                huisarts: "'huisarts mag direct verwijzen'"};

  function value(name) {
    if (name === without) return "";  /* counting "what if this filter were off" */
    var field = form.elements[name];
    if (!field) return "";
    if (field.type === "checkbox") return field.checked ? field.value : "";
    return (field.value || "").trim();
  }

  function setValue(name, v) {
    var field = form.elements[name];
    if (!field) return;
    if (field.type === "checkbox") field.checked = v === field.value;
    else field.value = v;
  }

  /* The record test for the form's filters (finder-match.js); without `without`, its words and codes
     are what the shown results' facts and notes follow. */
  function matcher() {
    var filters = {};
    FIELDS.forEach(function (f) { filters[f] = value(f); });
    var m = match(finderData, filters);
    if (without === null) current = m;
    return m.test;
  }

  /* The facts of a result follow the codes that matched the filters (e.g. only its GGZ codes) and the
     search words that name codes ("pleegzorg" -> its pleegzorg codes, not its ambulant ones too). */
  function updateFacts(li, record) {
    showVia(li, record);
    var feiten = facts(codes, factCodes(record, current.productOk, current.wordCodes));
    var huisarts = li.querySelector("[data-feit=huisarts]"), beschikking = li.querySelector("[data-feit=beschikking]");
    var uitleg = li.querySelector("[data-feit=toegang]");
    if (!huisarts || !beschikking) return;
    huisarts.textContent = feiten.huisarts;
    beschikking.textContent = feiten.beschikking;
    if (uitleg) {
      /* The sentence, and (in its own marked span) that the answers are the routewijzer's choice where they are. */
      const zin = toegangZinnen[feiten.beschikking + "|" + feiten.huisarts] || "";
      const model = feiten.model;
      uitleg.textContent = zin;
      if (zin && (model === "ja" || model === "voor een deel")) {
        uitleg.appendChild(document.createTextNode(" "));
        const mark = el("span", "rw-toegang__model", model === "ja" ? toegangModel.alle : toegangModel.deel);
        mark.setAttribute("data-feit", "toegang-model");
        uitleg.appendChild(mark);
      }
      uitleg.parentNode.hidden = !zin;
    }
  }

  /* "gevonden via 'angst': GGZ kort": a result the words did not name itself says which everyday word
     found it, and what that word stands for. */
  function showVia(li, record) {
    var notes = viaNotes(codes, record, current.words, current.via);
    var note = li.querySelector(".rw-via");
    if (!notes.length) { if (note) note.remove(); return; }
    if (!note) {
      note = el("p", "rw-via");
      note.setAttribute("data-feit", "via");
      li.insertBefore(note, li.children[1] || null);
    }
    note.textContent = notes.join("; ");
  }

  function groupHeading(n) {
    var li = el("li", "rw-groepkop");
    li.setAttribute("data-groep", "leeftijd-onbekend");
    li.appendChild(el("h2", "", unknownAgeTitle(n)));
    li.appendChild(el("p", "", "Bij deze aanbieders staat niet voor welke leeftijd ze hulp bieden. Vraag het na."));
    return li;
  }

  /* The list item of a record, made from its HTML the first time it is shown. */
  var template = document.createElement("template");
  function item(id) {
    if (!items[id] && byId[id]) {
      template.innerHTML = byId[id].h;
      items[id] = template.content.firstElementChild;
    }
    return items[id];
  }

  function render(matched) {
    var fragment = document.createDocumentFragment();
    for (let i = 0; i < matched.length && i < shownMax; i++) {
      const li = item(matched[i]);
      if (unknownAge && i === matched.length - unknownAge) fragment.appendChild(groupHeading(unknownAge));
      if (li) { updateFacts(li, byId[matched[i]]); fragment.appendChild(li); }
    }
    list.replaceChildren(fragment);
    var rest = matched.length - Math.min(matched.length, shownMax);
    more.hidden = rest <= 0;
    more.textContent = "Toon meer (nog " + rest + ")";
  }

  var lastMatched = [];

  /* The count stays at the bottom of the screen while the filters are in view; with no result it
     links to the next steps, which are then below the fold on a desktop too. */
  function showCount(n) {
    count.textContent = countText(n, unknownAge, value("leeftijd"), shownMax);
    if (n === 0 && verder) {
      const next = el("a", "", "Wat kunt u doen?");
      next.href = "#rw-geen";
      count.appendChild(document.createTextNode(" · "));
      count.appendChild(next);
    }
  }

  function countMatches() {
    var matches = matcher(), n = 0;
    for (let i = 0; i < records.length; i++) if (matches(records[i])) n++;
    return n;
  }

  function linkItem(list, text, href) {
    var li = el("li"), a = el("a", "", text);
    a.href = href;
    li.appendChild(a);
    list.appendChild(li);
  }

  /* A zero result never dead-ends: why, which filter to drop, and where to go instead. */
  function showNextSteps(n) {
    geen.replaceChildren();
    geen.hidden = n > 0 || !verder;
    if (geen.hidden) return;
    var z = verder.zorgsoort[value("zorgsoort")], g = verder.gemeente[value("gemeente")];
    /* Without a chosen zorgsoort, the zorgsoorten the typed everyday words stand for ("angst" -> GGZ). */
    var soorten = nextStepZorgsoorten(verder, value("zorgsoort"), current.via);
    geen.appendChild(el("h2", "", "Geen aanbieder gevonden: wat kunt u doen?"));
    if (!z && soorten.length) {
      geen.appendChild(el("p", "", "Uw zoekwoord hoort bij: " + soorten.map(function (s) { return s.naam; }).join(", ") + "."));
    }
    var none = soorten.filter(function (s) { return s.aanbieders === 0; });
    geen.appendChild(el("p", "", none.length
      ? "De bronnen van deze site noemen geen aanbieder voor " + none.map(function (s) { return s.naam; }).join(" of ")
        + ". Dat betekent niet dat de hulp er niet is."
      : "Geen aanbieder voldoet aan alle filters tegelijk."));
    var list = el("ul");
    FIELDS.forEach(function (f) {
      if (!value(f)) return;
      without = f;
      var count = countMatches();
      without = null;
      if (!count) return;
      var li = el("li"), button = el("button", "rw-linkknop", "Laat " + LABELS[f] + " weg: " + describe(count));
      button.type = "button";
      button.addEventListener("click", function () { setValue(f, ""); apply(); });
      li.appendChild(button);
      list.appendChild(li);
    });
    if (g) linkItem(list, "Vraag het " + verder.team + " van " + g.naam + (g.team ? " (" + g.team + ")" : ""), g.url);
    else linkItem(list, "Vraag het " + verder.team + " van de gemeente (kies uw gemeente)", verder.gemeenten);
    var routesShown = false;
    soorten.forEach(function (s) {
      s.routes.forEach(function (r) { routesShown = true; linkItem(list, "Route: " + r.route + ", stap " + r.stap, r.url); });
    });
    if (soorten.length && !routesShown) linkItem(list, "Bekijk de zorgroutes", verder.routes);
    soorten.forEach(function (s) { linkItem(list, "Productcodes van " + s.naam, s.codes); });
    geen.appendChild(list);
  }

  function apply() {
    shownMax = PAGE_SIZE;
    /* With an age chosen, "leeftijd onbekend" is no match: it is shown apart, after the matches. */
    var found = results(records, matcher(), value("leeftijd") !== "");
    var matched = found.ids;
    unknownAge = found.unknownAge;
    lastMatched = matched;
    render(matched);
    var n = matched.length;
    showCount(n);
    showNextSteps(n);
    announceLater(announcer, describe(n));
    var chosen = {};
    FIELDS.forEach(function (f) { chosen[f] = value(f); });
    var query = queryOf(chosen);
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  /* Phones: the filters start folded away (unless the link carries filters), so the results
   * are visible without scrolling past eight controls. */
  function setupToggle(params) {
    var button = document.getElementById("rw-filterknop");
    if (!button) return;
    var narrow = window.matchMedia("(max-width: 44.984375em)");
    function show(open) {
      form.classList.toggle("rw-ingeklapt", !open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.textContent = open ? "Filters verbergen" : "Filters tonen";
    }
    button.addEventListener("click", function () { show(button.getAttribute("aria-expanded") !== "true"); });
    function adapt() {
      button.hidden = !narrow.matches;
      show(!narrow.matches || FIELDS.some(function (f) { return params.has(f); }));
    }
    narrow.addEventListener("change", adapt);
    adapt();
  }

  /* Every productcode as a suggestion in the product field, fetched the first time the field is used. */
  function suggestCodes() {
    var field = form.elements.product, datalist = document.getElementById("f-productlijst"), loading = null;
    if (!field || !datalist || !datalist.getAttribute("data-codes")) return;
    function load() {
      if (loading) return;
      loading = fetch(datalist.getAttribute("data-codes")).then(function (r) { return r.json(); }).then(function (rows) {
        var fragment = document.createDocumentFragment();
        rows.forEach(function (row) {
          var option = el("option", "", row[0] + " " + row[1]);
          option.value = row[0];
          fragment.appendChild(option);
        });
        datalist.appendChild(fragment);
      }).catch(function () { loading = null; /* the categories stay; a code can still be typed */ });
    }
    field.addEventListener("focus", load);
    field.addEventListener("input", load);
  }

  /* The way on without JavaScript: hidden while the data loads (no flash of it before the results),
     shown again when the data cannot come. */
  function showFallback(shown) {
    document.querySelectorAll(".rw-zonder-js").forEach(function (node) { node.hidden = !shown; });
  }

  /* The data could not be loaded (offline, say): the way on without JavaScript stays, and says why. */
  function failed() {
    showFallback(true);
    var intro = document.querySelector("#rw-zonder-js p");  // it says the filters need JavaScript: not the reason here
    if (intro) intro.textContent = "Zo vindt u toch een aanbieder:";
    count.textContent = "De lijst met aanbieders kon niet worden geladen. Probeer het later opnieuw, of gebruik de links hierboven.";
    count.classList.add("rw-fout");
  }

  function start(data) {
    finderData = expandCodes(data);
    records = data.aanbieders;
    codes = data.codes;
    verder = data.verder || null;
    toegangZinnen = data.toegang || {};
    toegangModel = data.toegang_model || {};
    records.forEach(function (r) { byId[r.id] = r; });
    more.addEventListener("click", function () {
      shownMax += PAGE_SIZE;
      render(lastMatched);
      showCount(lastMatched.length);
    });
    var params = new URLSearchParams(location.search);
    FIELDS.forEach(function (f) { if (params.has(f)) setValue(f, params.get(f)); });
    form.hidden = false;
    setupToggle(params);
    suggestCodes();
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    apply();
  }

  /* At the first visit the service worker takes over the page only after the data came: fetched once
     more then (from the browser's cache), the worker keeps it, so the finder works offline as the page
     does (the worker keeps the open pages when it starts, not what they loaded). */
  function keepForOffline(src) {
    var workers = navigator.serviceWorker;
    if (!workers || workers.controller) return;
    workers.addEventListener("controllerchange", function () { fetch(src).catch(function () { /* online only */ }); },
                             { once: true });
  }

  showFallback(false);
  keepForOffline(form.getAttribute("data-src"));
  fetch(form.getAttribute("data-src"))
    .then(function (response) { return response.json(); })
    .then(start)
    .catch(failed);
})();

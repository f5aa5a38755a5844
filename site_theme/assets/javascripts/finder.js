/* Aanbieder finder: filters the pre-rendered list (which works without JavaScript).
 * Data: data/finder.json, generated at build time. The pre-rendered items are re-used: a
 * keystroke re-attaches at most `shownMax` matching items (measured: laying out thousands of
 * items cost up to 2 s per keystroke, the filtering itself under 25 ms). "Toon meer" adds more.
 * The filter state lives in the query string. */
import { announceLater, el } from "./dom.js";

(function () {
  var form = document.getElementById("rw-finder");
  if (!form) return;
  var list = document.getElementById("rw-resultaten");
  var count = document.getElementById("rw-aantal");
  var announcer = document.getElementById("rw-melding");
  var more = document.getElementById("rw-meer");
  var PAGE_SIZE = Number(form.getAttribute("data-per-pagina")) || 100, shownMax = PAGE_SIZE;
  var items = {};
  Array.prototype.forEach.call(list.children, function (li) { items[li.getAttribute("data-id")] = li; });
  var FIELDS = ["tekst", "zorgsoort", "product", "gemeente", "leeftijd", "financiering", "toegang", "huisarts"];
  var records = [], codes = {}, byId = {}, verder = null, without = null, currentTest = null;
  var currentWordCodes = [], currentWords = [], currentVia = [], toegangZinnen = {}, toegangModel = {};
  var woorden = [], plaatsen = [], gemeenteLeden = {}, unknownAge = 0;
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

  function codesMatching(word) {
    var result = {}, upper = word.toUpperCase();
    for (var code in codes) {
      if (code.indexOf(upper) === 0 || codes[code][0].indexOf(word) !== -1) result[code] = true;
    }
    return result;
  }

  /* A typed word is the start of a known word (3 letters or more), or a known word of 4 letters or more
     is the start of what was typed ("angstig" -> "angst"). */
  function startsEither(known, word) {
    return word.length >= 3 && (known.indexOf(word) === 0 || (known.length >= 4 && word.indexOf(known) === 0));
  }

  /* The everyday words ("angst") a typed word stands for: [word, label, kind, key] from data.woorden. */
  function zoekwoordHits(word) {
    return woorden.filter(function (w) { return startsEither(w[0], word); });
  }

  function hitHolds(hit, code) {
    return hit[2] === "z" ? codes[code] && codes[code][1] === hit[3] : code.indexOf(hit[3]) === 0;
  }

  /* Gemeente names as people type them, current and former ("nieuwstad", "oudorp"): the ids they cover. */
  function gemeentenMatching(word) {
    var ids = null;
    plaatsen.forEach(function (p) {
      if (!startsEither(p[0], word) && p[0].split(/[\s-]+/).every(function (part) { return !startsEither(part, word); })) return;
      ids = ids || {};
      p[1].forEach(function (id) { ids[id] = true; });
    });
    return ids;
  }

  function gemeenteSet(id) {
    var set = {};
    set[id] = true;
    return set;
  }

  /* With contracts per gemeente, the product and the gemeente must hold for one and the same contract:
     r.k is [[products], [gemeenten]] per contract area. */
  function contractHolds(r, ids, productOk) {
    return r.k.some(function (group) {
      var refs = group[0];
      if (!inGemeenten({g: group[1]}, ids)) return false;
      return r.c.some(function (code) {
        return productOk(code) && refs.some(function (ref) { return code.indexOf(ref) === 0; });
      });
    });
  }

  function inGemeenten(r, ids) {
    if (r.g.indexOf("regio") !== -1) return true;
    for (let i = 0; i < r.g.length; i++) if (ids[r.g[i]]) return true;
    return false;
  }

  /* A test for one code: every product filter must hold for the same code. */
  function codeTest(zorgsoort, product, toegang, huisarts) {
    if (!zorgsoort && !product && !toegang && !huisarts) return null;
    return function (code) {
      var c = codes[code];
      if (!c) return false;
      if (zorgsoort && c[1] !== zorgsoort) return false;
      if (product && code.indexOf(product) !== 0) return false;
      if (toegang === "vrij" && !c[2]) return false;
      if (toegang === "beschikking" && c[2]) return false;
      if (huisarts && !c[3]) return false;
      return true;
    };
  }

  function hasAny(list, set) {
    for (let i = 0; i < list.length; i++) if (set[list[i]]) return true;
    return false;
  }

  function matcher() {
    var words = value("tekst").toLowerCase().split(/\s+/).filter(Boolean);
    var via = words.map(zoekwoordHits);
    var wordCodes = words.map(function (word, i) {
      var found = codesMatching(word);
      if (via[i].length) {
        for (var code in codes) if (via[i].some(function (hit) { return hitHolds(hit, code); })) found[code] = true;
      }
      return found;
    });
    var wordPlaces = words.map(gemeentenMatching);
    var zorgsoort = value("zorgsoort"), gemeente = value("gemeente"), financiering = value("financiering");
    var product = value("product").toUpperCase(), toegang = value("toegang"), huisarts = value("huisarts");
    var age = value("leeftijd") === "" ? null : Number(value("leeftijd"));
    var productOk = codeTest(zorgsoort, product, toegang, huisarts);
    if (without === null) {  /* the shown results' facts follow the same codes (updateFacts) */
      currentTest = productOk;
      currentWordCodes = wordCodes;
      currentWords = words;
      currentVia = via;
    }
    var chosen = null;  /* today's gemeente: the former gemeenten recorded under it */
    (gemeenteLeden[gemeente] || []).forEach(function (id) { chosen = chosen || {}; chosen[id] = true; });
    return function (r) {
      for (let i = 0; i < words.length; i++) {
        if (r.t.indexOf(words[i]) === -1 && !hasAny(r.c, wordCodes[i]) && !(wordPlaces[i] && inGemeenten(r, wordPlaces[i]))) return false;
      }
      if (gemeente && !(chosen ? inGemeenten(r, chosen) : r.g.indexOf("regio") !== -1 || r.g.indexOf(gemeente) !== -1)) return false;
      if (age !== null && !Number.isNaN(age) && ((r.min !== null && age < r.min) || (r.max !== null && age > r.max))) return false;
      if (financiering && r.f !== financiering) return false;
      if (r.k && gemeente && productOk) return contractHolds(r, chosen || gemeenteSet(gemeente), productOk);
      return productOk === null || r.c.some(productOk);
    };
  }

  function describe(n) {
    return n === 1 ? "1 aanbieder gevonden" : n + " aanbieders gevonden";
  }

  function jaNeeDeel(values) {
    if (!values.length) return "niet bekend";
    var yes = values.filter(Boolean).length;
    return yes === values.length ? "ja" : yes === 0 ? "nee" : "voor een deel";
  }

  /* The facts of a result follow the codes that matched the filters (e.g. only its GGZ codes) and the
     search words that name codes ("pleegzorg" -> its pleegzorg codes, not its ambulant ones too). */
  function updateFacts(li, record) {
    showVia(li, record);
    var matched = currentTest ? record.c.filter(currentTest) : record.c;
    currentWordCodes.forEach(function (wordCodes) {
      var named = matched.filter(function (c) { return wordCodes[c]; });
      if (named.length) matched = named;
    });
    var huisarts = li.querySelector("[data-feit=huisarts]"), beschikking = li.querySelector("[data-feit=beschikking]");
    var uitleg = li.querySelector("[data-feit=toegang]");
    if (!huisarts || !beschikking) return;
    huisarts.textContent = jaNeeDeel(matched.map(function (c) { return !!(codes[c] && codes[c][3]); }));
    beschikking.textContent = jaNeeDeel(matched.map(function (c) { return !!(codes[c] && !codes[c][2]); }));
    if (uitleg) {
      /* The sentence, and (in its own marked span) that the answers are the routewijzer's choice where they are. */
      const zin = toegangZinnen[beschikking.textContent + "|" + huisarts.textContent] || "";
      const model = jaNeeDeel(matched.map(function (c) { return !!(codes[c] && codes[c][4]); }));
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
    var notes = [];
    currentWords.forEach(function (word, i) {
      if (record.t.indexOf(word) !== -1) return;
      var labels = [];
      currentVia[i].forEach(function (hit) {
        if (labels.indexOf(hit[1]) === -1 && record.c.some(function (code) { return hitHolds(hit, code); })) labels.push(hit[1]);
      });
      if (labels.length) notes.push("gevonden via '" + word + "': " + labels.join(", "));
    });
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
    li.appendChild(el("h2", "", n === 1 ? "1 aanbieder met onbekende leeftijd" : n + " aanbieders met onbekende leeftijd"));
    li.appendChild(el("p", "", "Bij deze aanbieders staat niet voor welke leeftijd ze hulp bieden. Vraag het na."));
    return li;
  }

  function render(matched) {
    var fragment = document.createDocumentFragment();
    for (let i = 0; i < matched.length && i < shownMax; i++) {
      const li = items[matched[i]];
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
    var age = value("leeftijd");
    count.textContent = (unknownAge ? describe(n - unknownAge) + " voor " + age + " jaar, en " + unknownAge
      + " met onbekende leeftijd" : describe(n)) + (n > shownMax ? " (de eerste " + shownMax + " staan hieronder)" : "");
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
    var soorten = z ? [z] : [];
    if (!z) currentVia.forEach(function (hits) {
      hits.forEach(function (hit) {
        var found = hit[2] === "z" && verder.zorgsoort[hit[3]];
        if (found && soorten.indexOf(found) === -1) soorten.push(found);
      });
    });
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
    var matches = matcher(), matched = [], unknown = [], ageSet = value("leeftijd") !== "";
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (!matches(r)) continue;
      /* With an age chosen, "leeftijd onbekend" is no match: it is shown apart, after the matches. */
      if (ageSet && r.min === null && r.max === null) unknown.push(r.id);
      else matched.push(r.id);
    }
    unknownAge = unknown.length;
    matched = matched.concat(unknown);
    lastMatched = matched;
    render(matched);
    var n = matched.length;
    showCount(n);
    showNextSteps(n);
    announceLater(announcer, describe(n));
    var params = new URLSearchParams();
    FIELDS.forEach(function (f) { if (value(f)) params.set(f, value(f)); });
    var query = params.toString();
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

  function start(data) {
    records = data.aanbieders;
    codes = data.codes;
    verder = data.verder || null;
    toegangZinnen = data.toegang || {};
    toegangModel = data.toegang_model || {};
    woorden = data.woorden || [];
    plaatsen = data.plaatsen || [];
    gemeenteLeden = data.gemeenten || {};
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
    document.querySelectorAll(".rw-zonder-js").forEach(function (node) { node.hidden = true; });
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    apply();
  }

  fetch(form.getAttribute("data-src"))
    .then(function (response) { return response.json(); })
    .then(start)
    .catch(function () { /* keep the full list: the page still works */ });
})();

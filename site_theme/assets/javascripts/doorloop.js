/* "Doorloop de route": the route one step at a time (generator/pages/render/doorloop.py embeds the data).
 *
 * Every step shows who acts and what to do; a decision offers ja/nee buttons that follow the route
 * graph; "Vorige stap" goes back; the emergency exits stay in the panel on every step. After each move
 * the focus goes to the new step's heading, so a screen reader announces it and a keyboard user
 * continues from there. All content is set as text (textContent, href from the generator), never as
 * HTML. Without JavaScript the section stays hidden and the page's own list is the route. */
import { el } from "./dom.js";

(function () {
  var section = document.getElementById("doorloop");
  var dataNode = document.getElementById("doorloop-data");
  if (!section || !dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var panel = document.getElementById("doorloop-paneel");
  var start = section.querySelector(".rw-doorloop__start");
  var history = [];

  function segments(parent, parts) {
    parts.forEach(function (part) {
      if (typeof part === "string") {
        parent.appendChild(document.createTextNode(part));
      } else {
        const a = el("a", "", part.tel);
        a.href = part.href;
        parent.appendChild(a);
      }
    });
    return parent;
  }

  function text(blocks) {
    var box = el("div", "rw-doorloop__tekst");
    blocks.forEach(function (block) {
      if (block.soort === "ul") {
        const ul = el("ul");
        block.delen.forEach(function (item) { ul.appendChild(segments(el("li"), item)); });
        box.appendChild(ul);
      } else {
        box.appendChild(segments(el("p"), block.delen[0]));
      }
    });
    return box;
  }

  function title(id) {
    var stap = data.stappen[id];
    return stap.nummer + ". " + stap.titel;
  }

  function button(label, detail, className, onClick) {
    var b = el("button", "md-button rw-doorloop__knop " + (className || ""));
    b.type = "button";
    b.appendChild(el("span", "rw-doorloop__antwoord", label));
    if (detail) b.appendChild(el("span", "rw-doorloop__doel", detail));
    b.addEventListener("click", onClick);
    return b;
  }

  function choiceLabel(stap, keuze) {
    if (stap.soort === "beslissing" && (keuze.label === "ja" || keuze.label === "nee")) {
      return keuze.label === "ja" ? "Ja" : "Nee";
    }
    if (keuze.label) return keuze.label.charAt(0).toUpperCase() + keuze.label.slice(1);
    return "Volgende stap";
  }

  function choices(stap) {
    var box = el("div", "rw-doorloop__keuzes");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", stap.soort === "beslissing" ? "Uw antwoord" : "Verder");
    stap.keuzes.forEach(function (keuze) {
      box.appendChild(button(choiceLabel(stap, keuze), "naar " + title(keuze.naar),
        stap.soort === "beslissing" ? "rw-doorloop__knop--" + keuze.label : "",
        function () { go(keuze.naar, true); }));
    });
    if (stap.vervolg) {
      const p = el("p", "rw-doorloop__vervolg", "De route gaat verder in ");
      const a = el("a", "", stap.vervolg.label);
      a.href = stap.vervolg.href;
      p.appendChild(a);
      p.appendChild(document.createTextNode("."));
      box.appendChild(p);
    } else if (!stap.keuzes.length) {
      box.appendChild(el("p", "rw-doorloop__einde", stap.soort === "nood"
        ? "Dit is een nooduitgang: handel eerst de nood af. Daarna kunt u terug naar de vorige stap."
        : "Hier eindigt de route."));
    }
    return box;
  }

  function dialLink(bel) {
    var a = el("a", "md-button md-button--primary rw-doorloop__bel-nu", "Bel " + bel.nummer);
    a.href = bel.href;
    return a;
  }

  function phoneLink(t) {
    var a = el("a", "", t.nummer);
    a.href = t.href;
    return a;
  }

  /* The numbers first in the panel, so they are on screen on a phone whatever the step's length. */
  function phones() {
    var p = el("p", "rw-doorloop__bel");
    data.telefoon.forEach(function (t, i) {
      if (i) p.appendChild(document.createTextNode(" · "));
      p.appendChild(document.createTextNode(t.naam + ": "));
      p.appendChild(phoneLink(t));
    });
    return p;
  }

  function exits(currentId) {
    var aside = el("aside", "rw-doorloop__nood");
    aside.setAttribute("aria-label", "Nooduitgangen");
    aside.appendChild(el("p", "rw-doorloop__noodkop", "Direct gevaar of crisis? De nooduitgangen van deze route:"));
    var list = el("ul");
    data.uitgangen.forEach(function (id) {
      if (id === currentId) return;
      var li = el("li");
      var bel = data.stappen[id].bel;
      /* An exit with a number dials with one tap; the button beside it opens the step (what comes after). */
      if (bel) li.appendChild(dialLink(bel));
      li.appendChild(button("Naar " + title(id), "", "rw-doorloop__knop--nood", function () { go(id, true); }));
      list.appendChild(li);
    });
    aside.appendChild(list);
    return aside;
  }

  function navigation() {
    var nav = el("div", "rw-doorloop__nav");
    if (history.length > 1) {
      nav.appendChild(button("Vorige stap", "", "", function () {
        history.pop();
        show(history[history.length - 1]);
      }));
    }
    if (history.length > 1) nav.appendChild(button("Opnieuw beginnen", "", "", function () { history = []; go(data.start, true); }));
    nav.appendChild(button("Sluiten", "", "", function () { toggle(false); }));
    return nav;
  }

  function show(id) {
    var stap = data.stappen[id];
    panel.textContent = "";
    var meta = stap.soortnaam + (stap.wie ? " · Wie: " + stap.wie : "");
    if (data.telefoon.length) panel.appendChild(phones());
    panel.appendChild(el("p", "rw-doorloop__voortgang", meta));
    var heading = el("h3", "rw-doorloop__kop", title(id));
    heading.id = "doorloop-stap";
    heading.tabIndex = -1;
    panel.appendChild(heading);
    if (stap.bel) panel.appendChild(dialLink(stap.bel));
    /* One short line, and none on an emergency step: there the number is what matters. */
    if (stap.model && stap.soort !== "nood") {
      panel.appendChild(el("p", "rw-doorloop__model", "Gemodelleerd, niet uit de regionale bronnen."));
    }
    if (stap.tekst.length) panel.appendChild(text(stap.tekst));
    panel.appendChild(choices(stap));
    var more = el("p", "rw-doorloop__meer");
    var link = el("a", "", "Lees de hele stap " + stap.nummer + " (bronnen, berichten, productcodes)");
    link.href = "#" + stap.anker;
    more.appendChild(link);
    panel.appendChild(more);
    panel.appendChild(navigation());
    if (data.uitgangen.length) panel.appendChild(exits(id));
    /* The step's top (below the sticky site header) in view, then the focus on its heading without a
       second jump: a long previous step must not leave the reader halfway down the new one. */
    var top = panel.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.4) panel.scrollIntoView({block: "start"});
    heading.focus({preventScroll: true});
  }

  function go(id, record) {
    if (!data.stappen[id]) return;
    if (record) history.push(id);
    show(id);
  }

  function toggle(open) {
    start.setAttribute("aria-expanded", open ? "true" : "false");
    panel.hidden = !open;
    if (open) {
      history = [];
      go(data.start, true);
    } else {
      panel.textContent = "";
      start.focus();
    }
  }

  start.addEventListener("click", function () { toggle(start.getAttribute("aria-expanded") !== "true"); });
  section.hidden = false;

  /* On a phone the step-through starts a long list below "Wat moet ik doen?": a second start at the top
     of that list saves the scrolling. */
  var wat = document.querySelector(".rw-wat h2");
  if (wat) {
    const quick = el("button", "md-button rw-doorloop__snel", "Doorloop de route stap voor stap");
    quick.type = "button";
    quick.addEventListener("click", function () { toggle(true); });
    wat.parentNode.insertBefore(quick, wat.nextSibling);
  }
})();

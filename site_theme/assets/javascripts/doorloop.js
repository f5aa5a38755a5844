/* "Doorloop de route": the route one step at a time (generator/pages/render/doorloop.py embeds the data).
 *
 * Every step shows who acts and what to do; a decision offers ja/nee buttons that follow the route
 * graph; "Vorige stap" goes back; the emergency exits stay in the panel on every step. After each move
 * the focus goes to the new step's heading, so a screen reader announces it and a keyboard user
 * continues from there. All content is set as text (textContent, href from the generator), never as
 * HTML. Without JavaScript the section stays hidden and the page's own list is the route. */
import { el } from "./dom.js";
import { choicesFrom, createWalk, endText, exitsFrom, stepMeta, stepTitle } from "./doorloop-walk.js";

(function () {
  var section = document.getElementById("doorloop");
  var dataNode = document.getElementById("doorloop-data");
  if (!section || !dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var panel = document.getElementById("doorloop-paneel");
  var start = section.querySelector(".rw-doorloop__start");
  var walk = createWalk(data);

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

  function button(label, detail, className, onClick) {
    var b = el("button", "md-button rw-doorloop__knop " + (className || ""));
    b.type = "button";
    b.appendChild(el("span", "rw-doorloop__antwoord", label));
    if (detail) b.appendChild(el("span", "rw-doorloop__doel", detail));
    b.addEventListener("click", onClick);
    return b;
  }

  function choices(id) {
    var stap = data.stappen[id];
    var box = el("div", "rw-doorloop__keuzes");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", stap.soort === "beslissing" ? "Uw antwoord" : "Verder");
    choicesFrom(data, id).forEach(function (choice) {
      box.appendChild(button(choice.label, choice.detail, choice.answer ? "rw-doorloop__knop--" + choice.answer : "",
        function () { go(choice.naar); }));
    });
    var end = endText(stap);
    if (stap.vervolg) {
      const p = el("p", "rw-doorloop__vervolg", "De route gaat verder in ");
      const a = el("a", "", stap.vervolg.label);
      a.href = stap.vervolg.href;
      p.appendChild(a);
      p.appendChild(document.createTextNode("."));
      box.appendChild(p);
    } else if (end) {
      box.appendChild(el("p", "rw-doorloop__einde", end));
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
    exitsFrom(data, currentId).forEach(function (id) {
      var li = el("li");
      var bel = data.stappen[id].bel;
      /* An exit with a number dials with one tap; the button beside it opens the step (what comes after). */
      if (bel) li.appendChild(dialLink(bel));
      li.appendChild(button("Naar " + stepTitle(data, id), "", "rw-doorloop__knop--nood", function () { go(id); }));
      list.appendChild(li);
    });
    aside.appendChild(list);
    return aside;
  }

  function navigation() {
    var nav = el("div", "rw-doorloop__nav");
    if (walk.canGoBack()) {
      nav.appendChild(button("Vorige stap", "", "", function () { show(walk.back()); }));
      nav.appendChild(button("Opnieuw beginnen", "", "", function () { show(walk.start()); }));
    }
    nav.appendChild(button("Sluiten", "", "", function () { toggle(false); }));
    return nav;
  }

  function show(id) {
    var stap = data.stappen[id];
    panel.textContent = "";
    var meta = stepMeta(stap);
    if (data.telefoon.length) panel.appendChild(phones());
    panel.appendChild(el("p", "rw-doorloop__voortgang", meta));
    var heading = el("h3", "rw-doorloop__kop", stepTitle(data, id));
    heading.id = "doorloop-stap";
    heading.tabIndex = -1;
    panel.appendChild(heading);
    if (stap.bel) panel.appendChild(dialLink(stap.bel));
    /* One short line, and none on an emergency step: there the number is what matters. */
    if (stap.model && stap.soort !== "nood") {
      panel.appendChild(el("p", "rw-doorloop__model", "Gemodelleerd, niet uit de regionale bronnen."));
    }
    if (stap.tekst.length) panel.appendChild(text(stap.tekst));
    panel.appendChild(choices(id));
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

  function go(id) {
    if (walk.go(id) !== null) show(id);
  }

  function toggle(open) {
    start.setAttribute("aria-expanded", open ? "true" : "false");
    panel.hidden = !open;
    if (open) {
      show(walk.start());
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

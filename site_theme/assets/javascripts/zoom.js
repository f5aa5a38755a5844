/* "Vergroot schema": the route diagram full screen, with pan and zoom by touch, mouse and keyboard.
 *
 * On a phone the diagram sits in a frame that scrolls sideways, which hides most of a wide route. The
 * enlarged view shows the same SVG (a copy without ids) on the whole screen at its natural size (labels
 * about 17 px), scrollable in both directions; "Groter"/"Kleiner" (or + and -) change the scale down to
 * the size where labels would drop under 12 px, and one step further to an overview of the whole route
 * (said to be too small to read). A click on a step closes the view and goes to the step. The emergency
 * numbers stay at the bottom of the view. Without JavaScript there is no button and the frame still
 * scrolls; with it, a frame that scrolls starts at the route's first step. */
import { el } from "./dom.js";
import { bestScrollStart, clampScale, MAX_SCALE, overviewScale, zoomStep, zoomText } from "./zoom-view.js";

(function () {
  var figure = document.querySelector("figure.rw-schema");
  var svg = figure && figure.querySelector("svg");
  if (!svg) return;
  var PT = 4 / 3;
  var naturalWidth = parseFloat(svg.getAttribute("width")) * PT;
  var naturalHeight = parseFloat(svg.getAttribute("height")) * PT;
  if (!naturalWidth || !naturalHeight) return;
  var scale = 1;

  function button(label, className) {
    var b = el("button", "md-button " + className, label);
    b.type = "button";
    return b;
  }

  var open = button("Vergroot schema", "rw-vergroot");
  open.setAttribute("aria-haspopup", "dialog");
  figure.parentNode.insertBefore(open, figure);
  /* A frame that scrolls sideways says so: on a phone most of a wide route is out of sight. */
  var hint = el("p", "rw-schema__hint", "Het schema is breder dan het scherm: schuif het opzij, of vergroot het.");
  hint.hidden = true;
  figure.parentNode.insertBefore(hint, figure);
  function updateHint() { hint.hidden = figure.scrollWidth <= figure.clientWidth + 1; }
  updateHint();
  /* Sideways, a frame starts where it shows the most steps of the route's main path (the steps of
     "Wat moet ik doen?"), not on the left edge: on a phone the veiligheidsroute showed steps 1-8 while
     the decisive path (10 -> 16 "Meld bij Veilig Thuis") was off-screen to the right. Without that
     list, all steps count. */
  function centreOnTheSteps(container, diagram) {
    var nodes = Array.prototype.slice.call(diagram.querySelectorAll("g.node"));
    if (!nodes.length) return;
    var main = {};
    document.querySelectorAll(".rw-wat__stappen a[href^='#stap-']").forEach(function (a) {
      main[a.getAttribute("href").slice(6)] = true;
    });
    var origin = container.getBoundingClientRect();
    var width = container.clientWidth;
    var boxes = nodes.map(function (node) {
      var box = node.getBoundingClientRect();
      /* The step's id: data-id since graphviz_render turns Graphviz's <title> into it. */
      var id = node.getAttribute("data-id");
      return {left: box.left - origin.left + container.scrollLeft, right: box.right - origin.left + container.scrollLeft,
              main: !!(id && main[id])};
    });
    container.scrollLeft = bestScrollStart(boxes, width, container.scrollWidth);
  }
  if (!hint.hidden) centreOnTheSteps(figure, svg);
  window.addEventListener("resize", updateHint);

  var dialog = el("dialog", "rw-vergroting");
  dialog.setAttribute("aria-labelledby", "rw-vergroting-kop");
  var bar = el("div", "rw-vergroting__balk");
  var h1 = document.querySelector("h1");
  var name = h1 ? h1.cloneNode(true) : null;
  if (name) name.querySelectorAll(".headerlink").forEach(function (a) { a.remove(); });
  var title = el("h2", "rw-vergroting__kop", "Routeschema");
  if (name) title.appendChild(el("span", "rw-vergroting__route", ": " + name.textContent.trim()));
  title.id = "rw-vergroting-kop";
  var smaller = button("Kleiner", "rw-vergroting__kleiner");
  var larger = button("Groter", "rw-vergroting__groter");
  var close = button("Sluiten", "rw-vergroting__sluiten");
  var status = el("p", "rw-sr-only");
  status.setAttribute("role", "status");
  bar.appendChild(title);
  bar.appendChild(smaller);
  bar.appendChild(larger);
  bar.appendChild(close);
  var frame = el("div", "rw-vergroting__vlak");
  frame.tabIndex = 0;
  frame.setAttribute("aria-label", "Schema; gebruik de pijltjestoetsen om te schuiven, + en - om te zoomen");
  dialog.appendChild(bar);
  dialog.appendChild(status);
  dialog.appendChild(frame);
  /* The emergency numbers (from the row under the site header) stay in reach in the full-screen view. */
  var numbers = document.querySelectorAll("[data-rw-noodkop] a[href^='tel:']");
  if (numbers.length) {
    const nood = el("div", "rw-vergroting__nood");
    numbers.forEach(function (a) { nood.appendChild(a.cloneNode(true)); });
    dialog.appendChild(nood);
  }
  document.body.appendChild(dialog);

  var copy = null;  // made on opening and dropped on closing: one diagram in the page otherwise

  function makeCopy() {
    copy = svg.cloneNode(true);
    copy.removeAttribute("style");
    copy.querySelectorAll("[id]").forEach(function (node) { node.removeAttribute("id"); });
    copy.removeAttribute("id");
    frame.appendChild(copy);
  }

  function overview() {
    return overviewScale(frame.clientWidth, frame.clientHeight, naturalWidth, naturalHeight);
  }

  function apply(next, announce) {
    scale = clampScale(next, overview());
    copy.style.width = Math.round(naturalWidth * scale) + "px";
    copy.style.height = Math.round(naturalHeight * scale) + "px";
    var focused = document.activeElement;
    smaller.disabled = scale <= overview() + 0.001;
    larger.disabled = scale >= MAX_SCALE;
    /* A button that just disabled itself would drop the focus to the page: keep it in the dialog. */
    if (focused && focused.disabled) (focused === smaller ? larger : smaller).focus();
    if (announce) status.textContent = zoomText(scale);
  }

  function zoom(factor) {
    /* Keep the point in the middle of the screen where it was. Going smaller, the steps stop at the
       legible size once, and the next step shows the whole route. */
    var cx = (frame.scrollLeft + frame.clientWidth / 2) / scale;
    var cy = (frame.scrollTop + frame.clientHeight / 2) / scale;
    apply(zoomStep(scale, factor, overview()), true);
    frame.scrollLeft = cx * scale - frame.clientWidth / 2;
    frame.scrollTop = cy * scale - frame.clientHeight / 2;
  }

  open.addEventListener("click", function () {
    makeCopy();
    apply(1, false);
    dialog.showModal();
    /* Start at the top of the route, centred sideways on its steps. */
    frame.scrollTop = 0;
    frame.scrollLeft = 0;
    centreOnTheSteps(frame, copy);
    frame.focus();
  });
  smaller.addEventListener("click", function () { zoom(1 / 1.25); });
  larger.addEventListener("click", function () { zoom(1.25); });
  close.addEventListener("click", function () { dialog.close(); });
  var toStep = false;
  dialog.addEventListener("close", function () {
    frame.textContent = "";
    copy = null;
    if (!toStep) open.focus();
    toStep = false;
  });
  frame.addEventListener("keydown", function (event) {
    if (event.key === "+" || event.key === "=") { zoom(1.25); event.preventDefault(); }
    if (event.key === "-" || event.key === "_") { zoom(1 / 1.25); event.preventDefault(); }
  });
  frame.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link) return;
    /* Close first (the copy goes away), then follow the step's link; the focus follows it there. */
    var href = link.getAttribute("href") || link.getAttribute("xlink:href");
    event.preventDefault();
    toStep = true;
    dialog.close();
    if (!href) return;
    var url = new URL(href, window.location.href);
    window.location.href = url.href;
    var step = url.pathname === window.location.pathname && document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (step) {
      step.tabIndex = -1;
      step.focus({preventScroll: true});
    }
  });
})();

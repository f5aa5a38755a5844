/* Productcode catalogue (generator/pages/render/productcodes.py).
 *
 * Index page: old links to a code or category (productcodes/#45A48, #categorie-45) go on to the
 * code's own category page; the search box filters the list of all codes (its text is in the address).
 * Category page: filter and sort the table; the filters and the sort order are in the address, so a
 * link can be shared and Back/Forward restore them. Without JavaScript both pages are plain lists and
 * tables, and the old anchors still land on the code in the index's list. */
import { announceLater, announceNow, el } from "./dom.js";

(function () {

  function params() { return new URLSearchParams(window.location.search); }

  function setParams(values) {
    var p = new URLSearchParams();
    Object.keys(values).forEach(function (key) { if (values[key]) p.set(key, values[key]); });
    var query = p.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, "", url);
    }
  }

  /* ---- Index page ---- */
  var zoeker = document.getElementById("rw-codezoeker");
  if (zoeker) {
    const forward = function () {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var target = id && document.getElementById(id);
      var link = target && (target.matches(".rw-codelijst > li") || target.matches("tr[id^='categorie-']"))
        ? target.querySelector("a[href]") : null;
      if (link) window.location.replace(link.href);
    };
    forward();
    window.addEventListener("hashchange", forward);

    const input = document.getElementById("z-code");
    const details = document.getElementById("alle-codes");
    const status = document.getElementById("z-aantal");
    const items = Array.prototype.map.call(details.querySelectorAll(".rw-codelijst > li"), function (li) {
      return { el: li, text: li.textContent.toLowerCase() };
    });
    const filterCodes = function (fromUser) {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var n = 0;
      items.forEach(function (item) {
        var show = words.every(function (w) { return item.text.indexOf(w) !== -1; });
        item.el.hidden = !show;
        if (show) n++;
      });
      if (words.length) details.open = true;
      status.textContent = "";
      if (words.length && !n) noMatch(words);
      else if (fromUser) announceLater(status, words.length ? (n === 1 ? "1 code gevonden" : n + " codes gevonden") : "");
      if (fromUser) setParams({ code: input.value.trim() });
    };
    /* No code matches: say so, and point to a zorgsoort whose name matches (it may have no codes). */
    const noMatch = function (words) {
      announceNow(status, "");
      status.appendChild(document.createTextNode("Geen productcode gevonden voor ‘" + input.value.trim() + "’."));
      document.querySelectorAll("h3[id^='zorgsoort-']").forEach(function (h) {
        var name = h.textContent.replace("¶", "").trim();
        if (words.every(function (w) { return name.toLowerCase().indexOf(w) !== -1; })) {
          const a = el("a", "", name);
          a.href = "#" + h.id;
          status.appendChild(document.createTextNode(" Zie de zorgsoort "));
          status.appendChild(a);
          status.appendChild(document.createTextNode("."));
        }
      });
    };
    input.value = params().get("code") || "";
    filterCodes(false);
    input.addEventListener("input", function () { filterCodes(true); });
    zoeker.addEventListener("submit", function (event) {
      event.preventDefault();  // Enter: the first code found
      var first = items.filter(function (item) { return !item.el.hidden; })[0];
      if (first && input.value.trim()) window.location.href = first.el.querySelector("a").href;
    });
    zoeker.hidden = false;
  }

  /* ---- Category page ---- */
  var form = document.getElementById("rw-catalogus");
  var table = document.getElementById("rw-codes");
  if (!form || !table) return;
  var count = document.getElementById("c-aantal");
  var announcer = document.getElementById("c-melding");
  var body = table.tBodies[0];
  var rows = Array.prototype.map.call(body.rows, function (row, i) {
    return { el: row, text: row.textContent.toLowerCase(), order: i };
  });
  var headers = table.querySelectorAll("thead th");
  var buttons = [];
  var sortState = null;
  var tekst = form.querySelector("#c-tekst"), beschikking = form.querySelector("#c-beschikking"),
    huisarts = form.querySelector("#c-huisarts");

  function apply(fromUser) {
    var words = tekst.value.toLowerCase().split(/\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (r) {
      var d = r.el.dataset;
      var show = words.every(function (w) { return r.text.indexOf(w) !== -1; }) &&
        (!beschikking.value || d.beschikking === beschikking.value) && (!huisarts.checked || d.huisarts === "ja");
      r.el.hidden = !show;
      if (show) n++;
    });
    var text = n + " van de " + rows.length + " productcodes";
    count.textContent = text;
    if (fromUser) {
      announceLater(announcer, text);
      setParams({ tekst: tekst.value.trim(), beschikking: beschikking.value, huisarts: huisarts.checked ? "ja" : "",
                  sorteer: sortState ? String(sortState.column) : "", richting: sortState && sortState.descending ? "af" : "" });
    }
  }

  function cellText(row, column) {
    var cell = row.cells[column];
    return cell ? cell.textContent.trim().toLowerCase() : "";
  }

  function sortBy(column, descending) {
    sortState = column === null ? null : { column: column, descending: descending };
    var sorted = rows.slice().sort(function (a, b) {
      if (!sortState) return a.order - b.order;
      var result = cellText(a.el, column).localeCompare(cellText(b.el, column), "nl", { numeric: true }) || a.order - b.order;
      return descending ? -result : result;
    });
    sorted.forEach(function (r) { body.appendChild(r.el); });
    headers.forEach(function (th) { th.removeAttribute("aria-sort"); });
    if (sortState) headers[column].setAttribute("aria-sort", descending ? "descending" : "ascending");
    sortChoice.value = sortState ? column + (descending ? "-af" : "") : "";
  }

  /* On a phone each code is a card and the column headers are gone: the same sorting as a choice. */
  var sortChoice = document.createElement("select");
  sortChoice.id = "c-sorteer";
  sortChoice.add(new Option("Standaardvolgorde", ""));
  Array.prototype.forEach.call(headers, function (th, column) {
    var name = th.textContent.trim();
    sortChoice.add(new Option(name + " (oplopend)", String(column)));
    sortChoice.add(new Option(name + " (aflopend)", column + "-af"));
  });
  var sortField = el("div", "rw-veld rw-veld--sorteer");
  var sortLabel = el("label", "", "Sorteer op");
  sortLabel.htmlFor = "c-sorteer";
  sortField.appendChild(sortLabel);
  sortField.appendChild(sortChoice);
  form.insertBefore(sortField, form.querySelector(".rw-knoppen"));
  sortChoice.addEventListener("change", function (event) {
    event.stopPropagation();  /* applied here, with the new order: the form's change handler would only repeat it */
    var value = sortChoice.value;
    sortBy(value === "" ? null : parseInt(value, 10), /-af$/.test(value));
    apply(true);
  });

  headers.forEach(function (th, column) {
    var button = el("button", "rw-sorteer", th.textContent);
    button.type = "button";
    button.addEventListener("click", function () {
      var descending = !!(sortState && sortState.column === column && !sortState.descending);
      sortBy(column, descending);
      announcer.textContent = "Gesorteerd op " + button.textContent + (descending ? ", aflopend" : ", oplopend");
      apply(true);
    });
    th.textContent = "";
    th.appendChild(button);
    buttons.push(button);
  });

  function restore() {
    var p = params();
    /* A link to one code always shows that code: filters from the address do not hide it. */
    var target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    var anchored = target && target.parentNode === body;
    tekst.value = anchored ? "" : p.get("tekst") || "";
    beschikking.value = anchored ? "" : p.get("beschikking") || "";
    huisarts.checked = !anchored && p.get("huisarts") === "ja";
    var column = parseInt(p.get("sorteer"), 10);
    sortBy(column >= 0 && column < headers.length ? column : null, p.get("richting") === "af");
    apply(false);
  }

  restore();
  window.addEventListener("popstate", restore);
  form.hidden = false;
  form.addEventListener("input", function () { apply(true); });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { sortBy(null, false); apply(true); }, 0); });
})();

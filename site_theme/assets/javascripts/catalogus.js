/* Productcode catalogue (generator/pages/render/productcodes.py).
 *
 * Index page: old links to a code or category (productcodes/#45A48, #categorie-45) go on to the
 * code's own category page; the search box filters the list of all codes (its text is in the address).
 * Category page: filter and sort the table; the filters and the sort order are in the address, so a
 * link can be shared and Back/Forward restore them. Without JavaScript both pages are plain lists and
 * tables, and the old anchors still land on the code in the index's list. */
import { addressWith } from "./address.js";
import { codesFound, countText, nextSort, rowShown, sortChoiceValue, sortedRows, sortFromChoice, stateFromAddress,
  stateToAddress } from "./catalogus-state.js";
import { announceLater, announceNow, el } from "./dom.js";
import { hasEveryWord, searchWords } from "./words.js";

(function () {

  function params() { return new URLSearchParams(window.location.search); }

  function setParams(values) {
    var address = addressWith(window.location, values);
    if (address !== null) window.history.replaceState(null, "", address);
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
      var words = searchWords(input.value);
      var n = 0;
      items.forEach(function (item) {
        var show = hasEveryWord(item.text, words);
        item.el.hidden = !show;
        if (show) n++;
      });
      if (words.length) details.open = true;
      status.textContent = "";
      if (words.length && !n) noMatch(words);
      else if (fromUser) announceLater(status, words.length ? codesFound(n) : "");
      if (fromUser) setParams({ code: input.value.trim() });
    };
    /* No code matches: say so, and point to a zorgsoort whose name matches (it may have no codes). */
    const noMatch = function (words) {
      announceNow(status, "");
      status.appendChild(document.createTextNode("Geen productcode gevonden voor ‘" + input.value.trim() + "’."));
      document.querySelectorAll("h3[id^='zorgsoort-']").forEach(function (h) {
        var name = h.textContent.replace("¶", "").trim();
        if (hasEveryWord(name.toLowerCase(), words)) {
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
    return { el: row, text: row.textContent.toLowerCase(), order: i,
             beschikking: row.dataset.beschikking, huisarts: row.dataset.huisarts };
  });
  var headers = table.querySelectorAll("thead th");
  var sortState = null;
  var tekst = form.querySelector("#c-tekst"), beschikking = form.querySelector("#c-beschikking"),
    huisarts = form.querySelector("#c-huisarts");

  function filter() {
    return { tekst: tekst.value, words: searchWords(tekst.value), beschikking: beschikking.value, huisarts: huisarts.checked };
  }

  function apply(fromUser) {
    var chosen = filter();
    var n = 0;
    rows.forEach(function (r) {
      var show = rowShown(r, chosen);
      r.el.hidden = !show;
      if (show) n++;
    });
    var text = countText(n, rows.length);
    count.textContent = text;
    if (fromUser) {
      announceLater(announcer, text);
      setParams(stateToAddress(chosen, sortState));
    }
  }

  function cellText(row, column) {
    var cell = row.el.cells[column];
    return cell ? cell.textContent.trim().toLowerCase() : "";
  }

  function sortBy(sort) {
    sortState = sort;
    sortedRows(rows, sort, cellText).forEach(function (r) { body.appendChild(r.el); });
    headers.forEach(function (th) { th.removeAttribute("aria-sort"); });
    if (sort) headers[sort.column].setAttribute("aria-sort", sort.descending ? "descending" : "ascending");
    sortChoice.value = sortChoiceValue(sort);
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
    sortBy(sortFromChoice(sortChoice.value));
    apply(true);
  });

  headers.forEach(function (th, column) {
    var button = el("button", "rw-sorteer", th.textContent);
    button.type = "button";
    button.addEventListener("click", function () {
      var sort = nextSort(sortState, column);
      sortBy(sort);
      announceNow(announcer, "Gesorteerd op " + button.textContent + (sort.descending ? ", aflopend" : ", oplopend"));
      apply(true);
    });
    th.textContent = "";
    th.appendChild(button);
  });

  function restore() {
    /* A link to one code always shows that code: filters from the address do not hide it. */
    var target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    var state = stateFromAddress(params(), headers.length, !!(target && target.parentNode === body));
    tekst.value = state.filter.tekst;
    beschikking.value = state.filter.beschikking;
    huisarts.checked = state.filter.huisarts;
    sortBy(state.sort);
    apply(false);
  }

  restore();
  window.addEventListener("popstate", restore);
  form.hidden = false;
  form.addEventListener("input", function () { apply(true); });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { sortBy(null); apply(true); }, 0); });
})();

/* Productcode catalogue (generator/pages/render/productcodes.py).
 *
 * Index page: old links to a code or category (productcodes/#45A48, #categorie-45) go on to the
 * code's own category page; the search box filters the list of all codes (its text is in the address).
 * Category page: filter and sort the table; the filters and the sort order are in the address, so a
 * link can be shared and Back/Forward restore them. Without JavaScript the index lists the categories
 * (each links to its codes) and a category page is a plain table. */
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
  /* The list of all codes is not in the page (at 22,000 codes it was 3.9 MB): codes.json (code, name,
   * category, zorgsoort per code) is fetched when someone searches, opens the list or follows an old
   * link to a code (productcodes/#45A48), and the list is made from it once. */
  var zoeker = document.getElementById("rw-codezoeker");
  if (zoeker) {
    const input = document.getElementById("z-code");
    const details = document.getElementById("alle-codes");
    const list = details.querySelector(".rw-codelijst");
    const status = document.getElementById("z-aantal");
    let items = null, loadingCodes = null;
    const codeItem = function (row) {
      const li = el("li");
      li.id = row[0];
      const a = el("a");
      a.href = row[2] + "/#" + row[0];
      a.appendChild(el("span", "rw-code", row[0]));
      a.appendChild(document.createTextNode(" " + row[1]));
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("small", null, "categorie " + row[2] + " · " + row[3]));
      return li;
    };
    const loadCodes = function () {
      if (!loadingCodes) {
        loadingCodes = fetch(details.getAttribute("data-codes")).then(function (r) { return r.json(); }).then(function (rows) {
          var fragment = document.createDocumentFragment();
          items = rows.map(function (row) {
            var li = codeItem(row);
            fragment.appendChild(li);
            return { el: li, text: li.textContent.toLowerCase() };
          });
          list.appendChild(fragment);
          return items;
        });
      }
      return loadingCodes;
    };
    const forward = function () {
      var id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      var target = document.getElementById(id);
      if (target && target.matches("tr[id^='categorie-']")) {
        window.location.replace(target.querySelector("a[href]").href);
      } else if (!target || target.matches(".rw-codelijst > li")) {
        loadCodes().then(function () {
          var code = document.getElementById(id);
          if (code && code.matches(".rw-codelijst > li")) window.location.replace(code.querySelector("a[href]").href);
        });
      }
    };
    forward();
    window.addEventListener("hashchange", forward);

    const filterCodes = function (fromUser) {
      var words = searchWords(input.value);
      if (!items) {
        if (words.length) loadCodes().then(function () { filterCodes(fromUser); });
        return;
      }
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
      if (!input.value.trim()) return;
      loadCodes().then(function () {
        filterCodes(false);
        var first = items.filter(function (item) { return !item.el.hidden; })[0];
        if (first) window.location.href = first.el.querySelector("a").href;
      });
    });
    details.addEventListener("toggle", function () { if (details.open) loadCodes(); });
    zoeker.hidden = false;
    details.hidden = false;
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

/* Productcode catalogue: filter and sort the one big table. Without JavaScript it stays a plain
 * table grouped by category. Anchors (#45A48, #categorie-45) keep working: nothing is hidden
 * until a filter is set, and an anchored row is never hidden by the initial state. */
(function () {
  "use strict";
  var form = document.getElementById("rw-catalogus");
  var table = document.getElementById("rw-codes");
  if (!form || !table) return;
  var count = document.getElementById("c-aantal");
  var announcer = document.getElementById("c-melding");
  var groups = Array.prototype.slice.call(table.tBodies);
  var rows = [];
  groups.forEach(function (body) {
    Array.prototype.forEach.call(body.rows, function (row) {
      if (!row.classList.contains("rw-groepkop")) {
        rows.push({ el: row, group: body, text: row.textContent.toLowerCase(), order: rows.length });
      }
    });
  });
  var flat = document.createElement("tbody");
  var sortState = null, timer = null;

  function apply() {
    var words = form.querySelector("#c-tekst").value.toLowerCase().split(/\s+/).filter(Boolean);
    var zorgsoort = form.querySelector("#c-zorgsoort").value;
    var beschikking = form.querySelector("#c-beschikking").value;
    var huisarts = form.querySelector("#c-huisarts").checked;
    var n = 0;
    rows.forEach(function (r) {
      var d = r.el.dataset, show = words.every(function (w) { return r.text.indexOf(w) !== -1; }) &&
        (!zorgsoort || d.zorgsoort === zorgsoort) && (!beschikking || d.beschikking === beschikking) &&
        (!huisarts || d.huisarts === "ja");
      r.el.hidden = !show;
      if (show) n++;
    });
    groups.forEach(function (body) {
      var visible = Array.prototype.some.call(body.rows, function (row) {
        return !row.classList.contains("rw-groepkop") && !row.hidden;
      });
      body.hidden = !visible;
    });
    var text = n + " van de " + rows.length + " productcodes";
    count.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(function () { announcer.textContent = text; }, 400);
  }

  function cellText(row, column) {
    var cell = row.cells[column];
    return cell ? cell.textContent.trim().toLowerCase() : "";
  }

  function sortBy(column, button) {
    var descending = sortState && sortState.column === column && !sortState.descending;
    sortState = { column: column, descending: descending };
    var sorted = rows.slice().sort(function (a, b) {
      var x = cellText(a.el, column), y = cellText(b.el, column);
      var result = x.localeCompare(y, "nl", { numeric: true }) || a.order - b.order;
      return descending ? -result : result;
    });
    groups.forEach(function (body) { body.hidden = true; });
    sorted.forEach(function (r) { flat.appendChild(r.el); });
    if (!flat.parentNode) table.appendChild(flat);
    table.querySelectorAll("thead th").forEach(function (th) { th.removeAttribute("aria-sort"); });
    button.parentNode.setAttribute("aria-sort", descending ? "descending" : "ascending");
    announcer.textContent = "Gesorteerd op " + button.textContent + (descending ? ", aflopend" : ", oplopend");
  }

  function restoreGroups() {
    rows.forEach(function (r) { r.group.appendChild(r.el); });
    if (flat.parentNode) flat.parentNode.removeChild(flat);
    sortState = null;
    table.querySelectorAll("thead th").forEach(function (th) { th.removeAttribute("aria-sort"); });
  }

  table.querySelectorAll("thead th").forEach(function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "rw-sorteer";
    button.textContent = th.textContent;
    button.addEventListener("click", function () { sortBy(column, button); apply(); });
    th.textContent = "";
    th.appendChild(button);
  });
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { restoreGroups(); apply(); }, 0); });
})();

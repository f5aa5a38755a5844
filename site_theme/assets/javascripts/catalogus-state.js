/* The productcode table's filters and sort order (pure: no DOM, tested in tests/js); catalogus.js
 * applies them to the page. A row is {text, beschikking, huisarts, order}: its text in lower case,
 * its data-beschikking and data-huisarts, and its place in the page's own order. */
import { hasEveryWord } from "./words.js";

/** Whether a row passes the filters {words, beschikking, huisarts}: every word in its text, the chosen
 * "beschikking" answer (none chosen: any), and "huisarts mag direct verwijzen" when asked for. */
export function rowShown(row, filter) {
  return hasEveryWord(row.text, filter.words)
    && (!filter.beschikking || row.beschikking === filter.beschikking)
    && (!filter.huisarts || row.huisarts === "ja");
}

/** The rows in the order of `sort` ({column, descending}, or null: the page's own order). Cells compare
 * as Dutch text with numbers by value ("45A9" before "45A10"), equal cells in the page's order;
 * descending is exactly the reverse. `cell(row, column)` gives a cell's text. */
export function sortedRows(rows, sort, cell) {
  return rows.slice().sort((a, b) => {
    if (!sort) return a.order - b.order;
    const result = cell(a, sort.column).localeCompare(cell(b, sort.column), "nl", { numeric: true }) || a.order - b.order;
    return sort.descending ? -result : result;
  });
}

/** A click on a column's header: ascending first, descending on the second click, then ascending again. */
export function nextSort(sort, column) {
  return { column, descending: !!(sort && sort.column === column && !sort.descending) };
}

/** The phone's sort choice ("" / "2" / "2-af") and back. */
export function sortChoiceValue(sort) {
  return sort ? sort.column + (sort.descending ? "-af" : "") : "";
}

export function sortFromChoice(value) {
  return value === "" ? null : { column: parseInt(value, 10), descending: /-af$/.test(value) };
}

/** The state as address values (catalogus.js writes them with address.addressWith). */
export function stateToAddress(filter, sort) {
  return {
    tekst: filter.tekst.trim(), beschikking: filter.beschikking, huisarts: filter.huisarts ? "ja" : "",
    sorteer: sort ? String(sort.column) : "", richting: sort && sort.descending ? "af" : "",
  };
}

/** The state a shared link asks for. A link to one code (`anchored`) always shows that code, so its
 * filters are dropped; a sort column the table does not have is ignored. */
export function stateFromAddress(params, columnCount, anchored) {
  const column = parseInt(params.get("sorteer"), 10);
  return {
    filter: {
      tekst: anchored ? "" : params.get("tekst") || "",
      beschikking: anchored ? "" : params.get("beschikking") || "",
      huisarts: !anchored && params.get("huisarts") === "ja",
    },
    sort: column >= 0 && column < columnCount ? { column, descending: params.get("richting") === "af" } : null,
  };
}

export function countText(shown, total) {
  return shown + " van de " + total + " productcodes";
}

export function codesFound(n) {
  return n === 1 ? "1 code gevonden" : n + " codes gevonden";
}

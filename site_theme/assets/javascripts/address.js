/* Filter state in the address (pure: no DOM, tested in tests/js): a link can be shared, and Back and
 * Forward restore what the reader had chosen. */

/** The query string for `values`, keys in their given order, empty values left out; "" when none. */
export function queryOf(values) {
  const params = new URLSearchParams();
  for (const key of Object.keys(values)) {
    if (values[key]) params.set(key, values[key]);
  }
  return params.toString();
}

/** The address (path, query, fragment) that carries `values` on the page at `location`, or null when
 * it is the address already shown (no history entry to replace). The fragment stays: it may name a
 * code the reader came for. */
export function addressWith(location, values) {
  const query = queryOf(values);
  const address = location.pathname + (query ? "?" + query : "") + location.hash;
  return address === location.pathname + location.search + location.hash ? null : address;
}

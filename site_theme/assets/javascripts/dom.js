/* The DOM helpers every script of the site shares (an ES module: the scripts import it, see
 * mkdocs.yml `extra_javascript`). Content is always set as text, never as HTML. */

/** A new element with an optional class and text: el("p", "rw-x", "Tekst"). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

const pending = new WeakMap();

/** Say `text` in a live region once typing pauses: every keystroke would otherwise be read out
 * (screen readers drop or queue quick changes). A newer text for the same region replaces one that
 * is still waiting. */
export function announceLater(region, text, delay = 400) {
  clearTimeout(pending.get(region));
  pending.set(region, setTimeout(() => {
    pending.delete(region);
    region.textContent = text;
  }, delay));
}

/** Say `text` at once, and drop a text that was still waiting (it is out of date). */
export function announceNow(region, text) {
  clearTimeout(pending.get(region));
  pending.delete(region);
  region.textContent = text;
}

/* The route diagram's frame and zoom arithmetic (pure: no DOM, tested in tests/js); zoom.js measures
 * the page and applies the results. Scales are relative to the diagram's natural size. */

/** Never smaller than where the smallest text (edge labels, 11 pt; step labels are 13 pt, see
 * diagrams.py) drops under 12 px (1 pt is 4/3 px). */
export const MIN_LABEL_SCALE = 12 / (11 * (4 / 3));
export const MAX_SCALE = 3;

/** Where a frame of `width` that scrolls sideways over `scrollWidth` starts: at the offset that shows
 * the most of the counted steps whole (the route's main path when `main` is set on any box, else every
 * step); the leftmost such offset. A box is {left, right, main} in the diagram's coordinates; each
 * step's edge (8 px margin) is tried as the frame's left or right edge. */
export function bestScrollStart(boxes, width, scrollWidth) {
  let counted = boxes.filter(function (b) { return b.main; });
  if (!counted.length) counted = boxes;
  const max = Math.max(0, scrollWidth - width);
  let best = 0, bestCount = -1;
  counted.forEach(function (b) {
    [b.left - 8, b.right + 8 - width].forEach(function (edge) {
      const start = Math.min(max, Math.max(0, edge));
      const count = counted.filter(function (c) { return c.left >= start && c.right <= start + width; }).length;
      if (count > bestCount || (count === bestCount && start < best)) {
        best = start;
        bestCount = count;
      }
    });
  });
  return best;
}

/** The whole route on the screen: smaller than legible for a long route, but it shows where things are. */
export function overviewScale(frameWidth, frameHeight, naturalWidth, naturalHeight) {
  return Math.min(MIN_LABEL_SCALE, frameWidth / naturalWidth, frameHeight / naturalHeight);
}

/** A wished-for scale within what the view allows: the overview at the smallest, MAX_SCALE at the largest. */
export function clampScale(next, overview) {
  return Math.max(overview, Math.min(MAX_SCALE, next));
}

/** The next scale for "Groter" (factor > 1) or "Kleiner" (factor < 1). Going smaller, the steps stop at
 * the legible size once, and the next step shows the whole route; going larger from the overview, the
 * first step is back to legible. */
export function zoomStep(scale, factor, overview) {
  let next = scale * factor;
  if (factor < 1 && next < MIN_LABEL_SCALE) next = scale > MIN_LABEL_SCALE + 0.001 ? MIN_LABEL_SCALE : overview;
  if (factor > 1 && scale < MIN_LABEL_SCALE - 0.001) next = MIN_LABEL_SCALE;
  return clampScale(next, overview);
}

/** What the live region says after a zoom. */
export function zoomText(scale) {
  return scale < MIN_LABEL_SCALE - 0.001
    ? "Overzicht van het hele schema; de tekst is te klein om te lezen: kies Groter"
    : "Vergroting " + Math.round(scale * 100) + " procent";
}

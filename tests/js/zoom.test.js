/* The route diagram's frame and zoom arithmetic (zoom-view.js). */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  bestScrollStart, clampScale, MAX_SCALE, MIN_LABEL_SCALE, overviewScale, zoomStep, zoomText,
} from "../../site_theme/assets/javascripts/zoom-view.js";

const box = (left, right, main = false) => ({ left, right, main });

test("labels stay at 12 px or more: 11 pt edge labels at the smallest legible scale", () => {
  assert.equal(Math.round(11 * (4 / 3) * MIN_LABEL_SCALE * 1000) / 1000, 12);
});

test("a sideways frame starts where it shows the most steps of the main path", () => {
  /* a 300 px frame over 1000 px: main-path steps at 500-900, one other step at 0-100 */
  const boxes = [box(0, 100), box(500, 600, true), box(650, 750, true), box(800, 900, true)];
  assert.equal(bestScrollStart(boxes, 300, 1000), 458, "the leftmost start that shows two of the three whole (8 px margin)");
  assert.equal(bestScrollStart(boxes, 420, 1000), 488, "all three whole, the last one 8 px from the right edge");
  /* without a main path, all steps count, and the leftmost best offset wins */
  assert.equal(bestScrollStart([box(0, 100), box(150, 250), box(700, 800)], 300, 1000), 0);
  /* never past the end of the diagram */
  assert.equal(bestScrollStart([box(950, 1000, true)], 300, 1000), 700);
  assert.equal(bestScrollStart([], 300, 1000), 0);
});

test("zooming out stops once at the legible size, then shows the whole route; zooming in returns", () => {
  const overview = overviewScale(390, 700, 2000, 3000);
  assert.ok(overview < MIN_LABEL_SCALE);
  let scale = 1.25;
  scale = zoomStep(scale, 1 / 1.25, overview);
  assert.equal(scale, 1);
  scale = zoomStep(scale, 1 / 1.25, overview);
  assert.equal(scale, MIN_LABEL_SCALE, "the legible minimum, not below");
  scale = zoomStep(scale, 1 / 1.25, overview);
  assert.equal(scale, overview, "then the whole route");
  assert.match(zoomText(scale), /^Overzicht van het hele schema/);
  assert.equal(zoomStep(scale, 1 / 1.25, overview), overview, "no smaller than the overview");
  scale = zoomStep(scale, 1.25, overview);
  assert.equal(scale, MIN_LABEL_SCALE, "one step up is legible again");
  assert.equal(zoomText(1.25), "Vergroting 125 procent");
});

test("a small route's overview is the legible size, and the largest scale is MAX_SCALE", () => {
  assert.equal(overviewScale(1280, 800, 300, 200), MIN_LABEL_SCALE);
  assert.equal(clampScale(10, 0.5), MAX_SCALE);
  assert.equal(zoomStep(2.9, 1.25, 0.5), MAX_SCALE);
});

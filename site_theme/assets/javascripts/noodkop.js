/* The emergency numbers stay in reach on a phone (#10): the red bar at the top of every page scrolls
   away with the page, so once it is out of view the compact row under the sticky header appears.
   Without JavaScript the bar at the top is the only one, as before; on wider screens the row stays hidden
   (the CSS decides, so a rotated phone needs nothing from here). */
(function () {
  var row = document.querySelector("[data-rw-noodkop]");
  var bar = document.querySelector(".md-banner");
  if (!row || !bar || !("IntersectionObserver" in window)) return;
  row.hidden = false;
  new IntersectionObserver(function (entries) {
    document.documentElement.classList.toggle("rw-nood-uit-beeld", !entries[0].isIntersecting);
  }).observe(bar);
})();

/* Offline use (#25): registers the service worker the build writes at the site root (sw.js; see
 * generator/site/service_worker.js), says so when a newer build of the site has taken over, and on the
 * offline page lists the pages this device kept. The site root is found from this module's own address
 * (assets/javascripts/offline.js), so it works under any sub-path and with any engine; an engine build
 * without sw.js simply has no offline copy. */
import { el } from "./dom.js";

const root = new URL("../../", import.meta.url);

(function () {
  if (!("serviceWorker" in navigator)) return;
  var hadWorker = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.href }).catch(function () {});

  // A newer build took over: what is on screen may be the older copy, so say so and offer the new one.
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (!hadWorker) {
      hadWorker = true; // the first install, not an update
      return;
    }
    if (document.querySelector(".rw-nieuwe-versie")) return;
    var box = el("div", "rw-nieuwe-versie");
    box.setAttribute("role", "status");
    var button = el("button", "md-button", "Laad de nieuwe versie");
    button.type = "button";
    button.addEventListener("click", function () {
      location.reload();
    });
    box.append(el("span", "", "Nieuwe versie beschikbaar. "), button);
    document.body.append(box);
  });
})();

// The offline page: the pages this device kept besides the ones stored at the first visit.
(function () {
  var list = document.querySelector("[data-rw-offline-gelezen]");
  if (!list || !("caches" in window)) return;
  var prefix = "routewijzer " + root.pathname + " gelezen ";
  caches.keys().then(function (names) {
    var name = names.filter(function (n) { return n.indexOf(prefix) === 0; })[0];
    return name ? caches.open(name) : null;
  }).then(function (cache) {
    if (!cache) return null;
    return cache.keys().then(function (keys) {
      return Promise.all(keys.map(function (key) {
        return cache.match(key).then(function (response) {
          var type = (response && response.headers.get("Content-Type")) || "";
          if (type.indexOf("text/html") !== 0) return null;
          return response.text().then(function (html) {
            var title = new DOMParser().parseFromString(html, "text/html").title;
            return { url: key.url, title: title || key.url };
          });
        });
      }));
    }).then(function (pages) {
      var ul = list.querySelector("ul");
      pages.filter(Boolean).forEach(function (page) {
        var a = el("a", "", page.title);
        a.href = page.url;
        var li = el("li");
        li.append(a);
        ul.append(li);
      });
      list.hidden = !ul.children.length;
    });
  }).catch(function () {});
})();

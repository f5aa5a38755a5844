/* Offline use (#25): registers the service worker the build writes at the site root (sw.js; see
   generator/site/service_worker.js), says so when a newer build of the site has taken over, and on the
   offline page lists the pages this device kept. The site root is found from this script's own address
   (assets/javascripts/offline.js), so it works under any sub-path and with any engine; an engine build
   without sw.js simply has no offline copy. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator)) return;
  var root = new URL("../../", script.src);
  var hadWorker = !!navigator.serviceWorker.controller;

  navigator.serviceWorker.register(new URL("sw.js", root).href, {scope: root.href}).catch(function () {});

  // A newer build took over: what is on screen may be the older copy, so say so and offer the new one.
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (!hadWorker) {
      hadWorker = true; // the first install, not an update
      return;
    }
    if (document.querySelector(".rw-nieuwe-versie")) return;
    var box = document.createElement("div");
    box.className = "rw-nieuwe-versie";
    box.setAttribute("role", "status");
    var text = document.createElement("span");
    text.textContent = "Nieuwe versie beschikbaar. ";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.textContent = "Laad de nieuwe versie";
    button.addEventListener("click", function () { location.reload(); });
    box.appendChild(text);
    box.appendChild(button);
    document.body.appendChild(box);
  });

  var list = document.querySelector("[data-rw-offline-gelezen]");
  if (!list || !("caches" in window)) return;
  var prefix = "routewijzer " + root.pathname + " gelezen ";
  caches.keys().then(function (names) {
    var name = names.filter(function (n) { return n.indexOf(prefix) === 0; })[0];
    return name ? caches.open(name) : null;
  }).then(function (cache) {
    if (!cache) return;
    return cache.keys().then(function (keys) {
      return Promise.all(keys.map(function (key) {
        return cache.match(key).then(function (response) {
          var type = response && response.headers.get("Content-Type") || "";
          if (type.indexOf("text/html") !== 0) return null;
          return response.text().then(function (html) {
            var title = new DOMParser().parseFromString(html, "text/html").title;
            return {url: key.url, title: title || key.url};
          });
        });
      }));
    }).then(function (pages) {
      var ul = list.querySelector("ul");
      pages.filter(Boolean).forEach(function (page) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = page.url;
        a.textContent = page.title;
        li.appendChild(a);
        ul.appendChild(li);
      });
      list.hidden = !ul.children.length;
    });
  }).catch(function () {});
})();

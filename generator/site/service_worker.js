/* The routewijzer's service worker. Template: generator/site/service_worker.js; the build
   (generator/site/offline.py) writes it to site/sw.js with CONFIG filled in. Do not edit site/sw.js.

   Why: professionals at a kitchen table or in a car need the veiligheidsroute without reception.
   - install: store the pages the build listed (home, veiligheidsroute, offline page) and every file
     they load, fetched past the browser's HTTP cache so a rebuilt site is never mixed with an old one;
   - fetch: only GET requests to this site (same host, inside the scope): network first, the answer
     kept on the device; a page waits at most CONFIG.wachttijd ms for the network when a copy is stored;
     offline: the stored copy, else the offline page (under the address that was asked for, so a reload
     works once the network is back);
   - pages read later are kept within CONFIG.budget bytes, the oldest dropped first;
   - activate: the caches of every older build of this site are deleted, so a rebuilt site never shows
     an old veiligheidsroute from the cache.
   Nothing from another host is ever stored or answered; search (pagefind/) needs the network. */
'use strict';

var CONFIG = /*CONFIG*/;
var SCOPE = self.registration.scope; // the site's root URL, sub-path included
var PREFIX = 'routewijzer ' + new URL(SCOPE).pathname + ' '; // two sites on one host keep their own caches
var VOORAF = PREFIX + 'vooraf ' + CONFIG.versie;
var GELEZEN = PREFIX + 'gelezen ' + CONFIG.versie;
var BYTES = 'X-Routewijzer-Bytes';

function absolute(relative) {
  return new URL(relative, SCOPE).href;
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(VOORAF).then(function (cache) {
    return Promise.all(CONFIG.vooraf.map(function (relative) {
      var url = absolute(relative);
      return fetch(new Request(url, {cache: 'reload'})).then(function (response) {
        if (!response.ok) throw new Error(url + ': ' + response.status);
        return cache.put(url, response);
      });
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

// Twice: an older worker may still be storing a response it fetched just before this one took over.
self.addEventListener('activate', function (event) {
  event.waitUntil(deleteOlderBuilds().then(function () {
    return self.clients.claim();
  }).then(keepOpenPages).then(deleteOlderBuilds));
});

function deleteOlderBuilds() {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== VOORAF && name !== GELEZEN;
    }).map(function (name) {
      return caches.delete(name);
    }));
  });
}

// The page that installed the worker loaded before it: keep it too, as if it had been read now.
function keepOpenPages() {
  return self.clients.matchAll({type: 'window'}).then(function (windows) {
    return Promise.all(windows.map(function (client) {
      var request = new Request(client.url.split('#')[0]);
      if (!inScope(new URL(request.url))) return null;
      return fetch(request).then(function (response) {
        return keepable(response) ? keep(request, response) : null;
      }).catch(function () {
        return null;
      });
    }));
  });
}

function inScope(url) {
  return url.origin === self.location.origin && url.href.indexOf(SCOPE) === 0 &&
    url.href.indexOf(SCOPE + 'pagefind/') !== 0;
}

function keepable(response) {
  return response.ok && response.type === 'basic' && response.status === 200;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (!inScope(new URL(request.url))) return; // another host, outside the site, or search: the browser's own way
  event.respondWith(networkFirst(event, request.mode === 'navigate'));
});

function stored(request, page) {
  var options = {ignoreSearch: page, ignoreVary: true}; // the finder's filters are in the query string
  return caches.open(VOORAF).then(function (cache) {
    return cache.match(request, options);
  }).then(function (found) {
    return found || caches.open(GELEZEN).then(function (cache) {
      return cache.match(request, options);
    });
  });
}

function networkFirst(event, page) {
  var network = fetch(event.request).then(function (response) {
    if (keepable(response)) event.waitUntil(keep(event.request, response.clone()));
    return response;
  });
  return stored(event.request, page).then(function (copy) {
    if (!copy) {
      return network.catch(function () {
        return page ? offlinePage() : Response.error();
      });
    }
    var waited = new Promise(function (resolve) {
      setTimeout(resolve, page ? CONFIG.wachttijd : CONFIG.wachttijd * 2, copy);
    });
    return Promise.race([network.catch(function () { return copy; }), waited]);
  });
}

// A precached address is refreshed in place; anything else goes to the budgeted cache of pages read.
// A worker whose caches a newer build deleted stores nothing (caches.open would bring them back).
function keep(request, response) {
  return caches.has(VOORAF).then(function (current) {
    return current ? response.arrayBuffer() : Promise.reject(new Error('verouderde versie'));
  }).then(function (body) {
    var headers = new Headers(response.headers);
    headers.set(BYTES, String(body.byteLength));
    var copy = new Response(body, {status: response.status, statusText: response.statusText, headers: headers});
    return caches.has(VOORAF).then(function (current) {
      return current ? caches.open(VOORAF) : Promise.reject(new Error('verouderde versie'));
    }).then(function (vooraf) {
      return vooraf.match(request).then(function (precached) {
        if (precached) return vooraf.put(request, copy);
        if (body.byteLength > CONFIG.budget) return null;
        return caches.open(GELEZEN).then(function (cache) {
          return cache.delete(request).then(function () {
            return cache.put(request, copy); // delete first: the newest read goes last in keys()
          }).then(function () {
            return trim(cache);
          });
        });
      });
    });
  }).catch(function () {
    return null;
  });
}

function trim(cache) {
  return cache.keys().then(function (keys) {
    return Promise.all(keys.map(function (key) {
      return cache.match(key);
    })).then(function (responses) {
      var sizes = responses.map(function (response) {
        return response ? Number(response.headers.get(BYTES)) || 0 : 0;
      });
      var total = sizes.reduce(function (sum, size) { return sum + size; }, 0);
      var drops = [];
      for (var i = 0; total > CONFIG.budget && i < keys.length - 1; i++) {
        total -= sizes[i];
        drops.push(cache.delete(keys[i]));
      }
      return Promise.all(drops);
    });
  });
}

// The stored offline page under the address that was asked for: a <base> keeps its links right at any depth.
function offlinePage() {
  var url = absolute(CONFIG.offline);
  return caches.open(VOORAF).then(function (cache) {
    return cache.match(url);
  }).then(function (response) {
    if (!response) return Response.error();
    return response.text().then(function (html) {
      html = html.replace(/<head>/i, '<head><base href="' + url.replace(/"/g, '%22') + '">');
      return new Response(html, {status: 200, headers: {'Content-Type': 'text/html; charset=utf-8'}});
    });
  });
}

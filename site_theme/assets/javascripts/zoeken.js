/* Site search: our own Dutch interface on Pagefind's index (site/pagefind/, made by
 * generator/site/search_index.py). Everything is loaded from this site, nothing from elsewhere.
 *
 * Keyboard: "/" opens the search (unless you are typing in a field), arrow keys move between the
 * search field and the results, Enter opens the first result, Escape closes and puts focus back on
 * the button. The number of results is announced through a polite live region.
 *
 * Results land where the answer is: a productcode row is a record (a heading in a small document that
 * names its page), which Pagefind returns as a sub-result and which is shown here as a result of its
 * own that lands on the row (page/#45A48);
 * route steps and begrippen come as sub-results under their page, with their heading's fragment. Pagefind's score is multiplied by a
 * weight per kind, so a route outranks the glossary and the source list for its own subject. */
import { announceLater, announceNow, el } from "./dom.js";

(function () {
  var root = document.querySelector("[data-rw-zoek]");
  if (!root || !window.HTMLDialogElement) return;
  var opener = root.querySelector(".rw-zoek__open");
  var fallback = root.querySelector(".rw-zoek__zonderjs");
  var dialog = root.querySelector(".rw-zoek__dialoog");
  var form = dialog.querySelector("form");
  var input = dialog.querySelector(".rw-zoek__vraag");
  var status = dialog.querySelector(".rw-zoek__status");
  var list = dialog.querySelector(".rw-zoek__resultaten");
  var closer = dialog.querySelector(".rw-zoek__sluit");
  var siteRoot = new URL((root.getAttribute("data-root") || ".").replace(/\/?$/, "/"), location.href);

  var WEIGHT = { route: 2.5, aanbieder: 1.6, productcode: 1.6, begrip: 0.8, overig: 0.5 };
  var LEADING = 1.5;  // pages marked `voorrang` (the veiligheidsroute)
  /* Long pages are often the answer here (a route with all its steps), so page length counts less
   * than Pagefind's default, and one mention counts nearly as much as many. */
  var RANKING = { pageLength: 0.1, termFrequency: 0.5 };
  var KIND_LABEL = { route: "Route", aanbieder: "Aanbieder", productcode: "Productcode", begrip: "Begrip", overig: "Pagina" };
  /* Every match is weighed by its kind, read from a small table (soorten.json) instead of from each
   * result's fragment (not a Pagefind filter: its files differ between identical builds); only the
   * shown results' fragments are loaded. "Alles" shows at most PER_KIND of one kind among the 8, so
   * twenty productcodes named "pleegzorg" cannot push the aanbieders, routes and begrip out of sight. */
  var SHOWN = 8, SUBRESULTS = 3, PER_KIND = 4, MIN_LENGTH = 2;
  var RECORD_HEADING = "h6";  // search_index.RECORD_HEADING: the records of a document marked `rijen`
  var loading = null, kinds = { soort: {}, voorrang: {}, rijen: {} }, generation = 0;

  fallback.hidden = true;
  fallback.removeAttribute("open");
  opener.hidden = false;

  function load() {
    if (!loading) {
      const engine = import(new URL("pagefind/pagefind.js", siteRoot).href).then(function (pf) {
        return pf.options({ baseUrl: siteRoot.pathname, excerptLength: 24, ranking: RANKING }).then(function () {
          pf.init();
          return pf;
        });
      });
      const table = fetch(new URL("pagefind/soorten.json", siteRoot).href).then(function (r) {
        return r.ok ? r.json() : {};
      }).catch(function () { return {}; });
      loading = Promise.all([engine, table]).then(function (both) {
        kinds = readKinds(both[1]);
        return both[0];
      });
    }
    return loading;
  }

  /* soorten.json (search_index.kind_table): per kind the documents' fragment names, without the
   * language prefix; "voorrang" lists the leading pages, "rijen.KIND" the pages whose records are
   * results of that kind. Everything not listed is "overig". */
  function readKinds(table) {
    var map = { soort: {}, voorrang: {}, rijen: {} };
    Object.keys(table).forEach(function (key) {
      table[key].split(" ").forEach(function (name) {
        if (key === "voorrang") map.voorrang[name] = true;
        else if (key.indexOf("rijen.") === 0) map.rijen[name] = key.slice(6);
        else map.soort[name] = key;
      });
    });
    return map;
  }

  function kindOf(result) {
    var name = String(result.id).replace(/^[^_]*_/, "");
    return { soort: kinds.soort[name] || "overig", voorrang: !!kinds.voorrang[name], rijen: kinds.rijen[name] || "" };
  }

  function open() {
    if (dialog.open) return;
    dialog.showModal();
    input.focus();
    input.select();
    load();
  }

  function close() {
    if (!dialog.open) return;
    dialog.close();
    opener.focus();  // back where the search started, also when it was opened with "/"
  }

  function kind() {
    var checked = form.querySelector("input[name=soort]:checked");
    return checked ? checked.value : "";
  }

  /* Pagefind's excerpts are escaped text with <mark> around the hits; keep only text and marks. */
  function excerptNode(html) {
    var out = el("span");
    var parsed = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html").body;
    Array.prototype.forEach.call(parsed.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        out.appendChild(el("mark", "", node.textContent));
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function link(url, title, excerpt) {
    var a = el("a", "rw-zoek__link");
    a.href = url;
    a.appendChild(el("span", "rw-zoek__titel", title));
    if (excerpt) {
      const p = excerptNode(excerpt);
      p.className = "rw-zoek__uittreksel";
      a.appendChild(p);
    }
    return a;
  }

  function isRecord(sub) {
    return !!(sub.anchor && sub.anchor.element === RECORD_HEADING);
  }

  /* The sub-results most about the query first (most hits), then in page order. */
  function bestFirst(subs) {
    return subs.map(function (sub, i) { return { sub: sub, weight: (sub.locations || []).length, order: i }; })
      .sort(function (a, b) { return b.weight - a.weight || a.order - b.order; })
      .map(function (x) { return x.sub; });
  }

  function subResults(data) {
    return bestFirst((data.sub_results || []).filter(function (sub) {
      return !isRecord(sub) && sub.url !== data.url && sub.url.indexOf("#") !== -1 && sub.title !== data.meta.title;
    })).slice(0, SUBRESULTS);
  }

  /* A record document names its page in its `url` metadata, relative to the site root (see
   * search_index.record_documents); Pagefind does not put the site's sub-path before it. */
  function address(data) {
    return data.meta && data.meta.url ? siteRoot.pathname + data.meta.url.replace(/^\//, "") : data.url;
  }

  /* A record document answers with the records that match, each a result of its own that lands on
   * its row; without a matching record (not expected), its page. */
  function expanded(item) {
    var records = item.rijen ? bestFirst((item.data.sub_results || []).filter(isRecord)) : [];
    if (!records.length) return [item];
    var page = address(item.data);
    return records.map(function (sub, i) {
      return { soort: item.rijen, score: item.score, order: i,
               data: { url: page + "#" + encodeURIComponent(sub.anchor.id), meta: { title: sub.title },
                       excerpt: sub.excerpt, sub_results: [] } };
    });
  }

  /* The best results, no more than PER_KIND of one kind while others wait; then the rest in order. */
  function mixed(items) {
    var shown = [], rest = [], perKind = {};
    items.forEach(function (item) {
      var soort = item.soort;
      perKind[soort] = (perKind[soort] || 0) + 1;
      (perKind[soort] <= PER_KIND ? shown : rest).push(item);
    });
    return byScore(shown.concat(rest).slice(0, SHOWN));
  }

  /* The early list: at most PER_KIND of one kind (unless one kind was chosen), at most SHOWN. */
  function capped(items, only) {
    var perKind = {};
    return items.filter(function (item) {
      perKind[item.soort] = (perKind[item.soort] || 0) + 1;
      return only || perKind[item.soort] <= PER_KIND;
    }).slice(0, SHOWN);
  }

  function expandAll(items) {
    var all = [];
    items.forEach(function (item) { all = all.concat(expanded(item)); });
    return all;
  }

  function byScore(items) {
    return items.sort(function (a, b) { return b.score - a.score || (a.order || 0) - (b.order || 0); });
  }

  /* `total` null: an early render while fragments still arrive (not announced; the full list follows).
   * A result link that has focus keeps it when the list is drawn again. */
  function render(items, query, total) {
    var focused = list.contains(document.activeElement) ? document.activeElement.getAttribute("href") : null;
    list.textContent = "";
    items.forEach(function (item) {
      var data = item.data, soort = item.soort;
      var li = el("li", "rw-zoek__resultaat");
      li.appendChild(el("span", "rw-zoek__soort rw-zoek__soort--" + soort, KIND_LABEL[soort] || KIND_LABEL.overig));
      var subs = subResults(data);
      li.appendChild(link(address(data), data.meta.title || address(data), subs.length ? "" : data.excerpt));
      if (subs.length) {
        const ul = el("ul");
        subs.forEach(function (sub) {
          var sli = el("li");
          sli.appendChild(link(sub.url, sub.title, sub.excerpt));
          ul.appendChild(sli);
        });
        li.appendChild(ul);
      }
      list.appendChild(li);
    });
    if (focused) {
      const again = links().filter(function (a) { return a.getAttribute("href") === focused; })[0];
      if (again) again.focus();
    }
    if (total === null) return;
    var n = items.length;
    var more = total > n ? " (de beste " + n + " van " + total + "; kies een soort om er meer te zien)" : "";
    var text = n === 0 ? "Geen resultaten voor \u201c" + query + "\u201d."
      : (n === 1 ? "1 resultaat" : n + " resultaten") + " voor \u201c" + query + "\u201d." + more;
    announceLater(status, text, 250);
  }

  /* One search at a time, for the latest question: a keystroke while a search runs only marks the
   * question as changed, and when the running search ends the newest text is searched once. Searching
   * every intermediate text ("v", "ve", "vei", ...) queued all of them in Pagefind's worker, so the
   * answer to the whole word waited behind the answers nobody would see. */
  var running = false, changed = false;

  function search() {
    ++generation;  // an answer to an older question is not shown
    if (running) {
      changed = true;
      return;
    }
    running = true;
    answer().then(function () {
      running = false;
      if (changed) {
        changed = false;
        search();
      }
    });
  }

  function answer() {
    var query = input.value.trim();
    var mine = generation;
    if (query.length < MIN_LENGTH) {
      // One letter matches half the site: its answer is noise that the next keystroke replaces, and
      // searching it kept Pagefind busy while the real question waited.
      list.textContent = "";
      if (query) announceLater(status, "Typ minstens twee tekens.", 250);
      else announceNow(status, "");
      return Promise.resolve();
    }
    var only = kind();
    var total = 0;
    return load().then(function (pf) {
      return pf.search(query);
    }).then(function (response) {
      if (mine !== generation || !response) return null;
      total = response.results.length;
      // Weigh every result by its kind from the table; fragments are loaded only for the ones shown.
      var items = response.results.map(function (result) {
        var k = kindOf(result);
        var soort = k.rijen || k.soort;
        return { result: result, soort: soort, rijen: k.rijen,
                 score: result.score * (WEIGHT[soort] || WEIGHT.overig) * (k.voorrang ? LEADING : 1) };
      });
      if (only) items = items.filter(function (item) { return item.soort === only; });
      items.sort(function (a, b) { return b.score - a.score; });
      if (only) total = items.length;
      var shown = only ? items.slice(0, SHOWN) : mixed(items);
      var early = 0;
      return Promise.all(shown.map(function (item) {
        return item.result.data().then(function (data) {
          item.data = data;
          // Show the best results as soon as their fragments are here, in their final order: the
          // leading results whose fragments arrived (one slow fragment does not hold back the rest).
          var ready = 0;
          while (ready < shown.length && shown[ready].data) ready++;
          if (mine === generation && ready > early && ready < shown.length) {
            early = ready;
            render(capped(expandAll(shown.slice(0, ready)), only), query, null);
          }
          return item;
        });
      }));
    }).then(function (items) {
      if (mine !== generation || !items) return;
      // Record documents become their matching records; the mix and the limit apply to what is shown.
      var all = expandAll(items);
      total += all.length - items.length;
      render(only ? byScore(all).slice(0, SHOWN) : mixed(byScore(all)), query, total);
    }).catch(function () {
      if (mine === generation) announceNow(status, "Zoeken lukt nu niet. Gebruik het menu om een overzicht te kiezen.");
    });
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  /* Fetch and compile the search engine (about 120 KB, cached after the first page) once the page
   * is idle, so the first query does not wait for it; not on connections that ask to save data. */
  if (!(navigator.connection && navigator.connection.saveData)) {
    (window.requestIdleCallback || function (f) { setTimeout(f, 200); })(function () { load(); });
  }
  opener.addEventListener("click", open);
  opener.addEventListener("pointerenter", load);
  opener.addEventListener("focus", load);
  closer.addEventListener("click", close);
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) close();  // a click on the backdrop
    else if (event.target.closest && event.target.closest("a")) dialog.close();  // same-page fragments too; focus follows the link
  });
  input.addEventListener("input", search);
  form.addEventListener("change", function (event) { if (event.target.name === "soort") search(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) first.click();
  });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {  // in a filled search field Chromium would only clear the text
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var all = links();
    if (!all.length) return;
    var index = all.indexOf(document.activeElement);
    if (document.activeElement === input) {
      if (event.key !== "ArrowDown") return;
      all[0].focus();
    } else if (index !== -1) {
      if (event.key === "ArrowDown") all[Math.min(index + 1, all.length - 1)].focus();
      else if (index === 0) input.focus();
      else all[index - 1].focus();
    } else {
      return;
    }
    event.preventDefault();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || dialog.open || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    open();
  });
})();

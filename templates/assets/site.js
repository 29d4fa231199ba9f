// Rebound: enhancements only. Every page is complete without this script.
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var v = cell.getAttribute("data-v");
    return v !== null ? parseFloat(v) : cell.textContent.trim().toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      th.tabIndex = 0;
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var r = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
          return ascending ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  });
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var given = new URLSearchParams(window.location.search).get("filter");
    var table = document.getElementById(input.getAttribute("data-filter"));
    input.closest(".filter").hidden = false;
    function apply() {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = q !== "" && row.textContent.toLowerCase().indexOf(q) < 0;
      });
    }
    input.addEventListener("input", apply);
    if (given) { input.value = given; apply(); }
  });
  // Search: the index is a script (search-index.js) so that it loads from disk too.
  document.addEventListener("DOMContentLoaded", function () {
    var results = document.getElementById("search-results");
    var index = window.REBOUND_SEARCH;
    if (!results || !index) { return; }
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var limit = 50;
    function fold(text) {
      return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    var folded = index.map(function (e) { return fold(e.t + " " + (e.a || "") + " " + e.d); });
    function tokens(text) {
      return fold(text).split(/[^a-z0-9.]+/).filter(function (w) { return w !== ""; });
    }
    var names = index.map(function (e) { return tokens(e.t + " " + (e.a || "")); });
    /* Rank: 0 the name is the query; 1 every word is a word of the name; 2 every word begins a word of the name;
       3 the name holds every word; 4 only the details do. Models before cards before the rest at equal rank. */
    function rank(i, words, query) {
      var name = fold(index[i].t);
      if (name === query || tokens(index[i].t).join(" ") === words.join(" ")) { return 0; }
      var own = names[i];
      if (words.every(function (w) { return own.indexOf(w) >= 0; })) { return 1; }
      if (words.every(function (w) { return own.some(function (t) { return t.indexOf(w) === 0; }); })) { return 2; }
      if (words.every(function (w) { return name.indexOf(w) >= 0; })) { return 3; }
      return 4;
    }
    var kinds = { "model": 0, "card": 1, "organisation": 2, "not estimated": 3 };
    function show(query) {
      var words = tokens(query);
      results.textContent = "";
      if (words.length === 0) { status.textContent = index.length + " models, cards and organisations: type a name."; return; }
      var found = [];
      var q = fold(query).trim();
      index.forEach(function (e, i) {
        if (words.every(function (w) { return folded[i].indexOf(w) >= 0; })) {
          found.push({ e: e, rank: rank(i, words, q) * 10 + (kinds[e.k] || 0) });
        }
      });
      found.sort(function (a, b) { return a.rank - b.rank || a.e.t.localeCompare(b.e.t); });
      status.textContent = found.length === 0 ? "Nothing found for “" + query + "”."
        : found.length + (found.length === 1 ? " result" : " results")
          + (found.length > limit ? ", the first " + limit + " shown." : ".");
      found.slice(0, limit).forEach(function (f) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "../" + f.e.u;
        a.textContent = f.e.t;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = " (" + f.e.k + ")";
        var detail = document.createElement("span");
        detail.className = "detail";
        detail.textContent = f.e.d;
        li.appendChild(a);
        li.appendChild(kind);
        li.appendChild(detail);
        results.appendChild(li);
      });
    }
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    show(input.value);
    input.addEventListener("input", function () {
      show(input.value);
      var url = new URL(window.location.href);
      if (input.value) { url.searchParams.set("q", input.value); } else { url.searchParams.delete("q"); }
      try { window.history.replaceState(null, "", url.href); } catch (e) { /* file:// may refuse; the results stand */ }
    });
  });
}());

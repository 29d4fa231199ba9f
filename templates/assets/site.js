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
  // Charts: a chart that carries its points (data-pts) shows them on hover, tap and from the keyboard (one tab stop,
  // arrow keys); a click or Enter opens the point's page. Without this script the chart and its data table stand.
  var SVG = "http://www.w3.org/2000/svg";
  var SUPER = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
  // A linear axis's tick: powers of ten for the whole axis when its top needs them (one notation per axis).
  function linearLabel(v, top) {
    if (v === 0) { return "0"; }
    var e = Math.floor(Math.log10(Math.abs(v)) + 1e-9);
    if (top >= 1e5 || top < 1e-3) {
      var m = v / Math.pow(10, e);
      return (Math.round(m * 10) / 10) + " × 10" + String(e).split("").map(function (c) { return SUPER[c]; }).join("");
    }
    return v.toLocaleString("en-US", { maximumSignificantDigits: 3 });
  }
  function chart(svg) {
    var holder = svg.closest("[data-keys]");
    if (!holder) { return null; }
    // data-keys: a line per subject, tab-separated: name, link, date, domain, organisation, x.
    var keys = holder.getAttribute("data-keys").split("\n").map(function (line) { return line.split("\t"); });
    // data-pts: [key, value, text]; a text without a unit takes the chart's (data-unit).
    var pts = JSON.parse(svg.getAttribute("data-pts"));
    var unit = svg.getAttribute("data-unit") || "";
    var f = svg.getAttribute("data-frame").split(" ").map(Number);
    var L = f[0], T = f[1], W = f[2], H = f[3], x0 = f[4], x1 = f[5], y0 = f[6], y1 = f[7], log = f[8] === 1, logX = f[9] === 1;
    var fit = svg.getAttribute("data-fit");
    fit = fit ? fit.split(" ").map(Number) : null;
    var box = svg.parentNode;
    var group = svg.querySelector(".pts");
    var fitPath = svg.querySelector(".fit");
    var logFit = fitPath ? fitPath.getAttribute("d") : null;
    var yTitle = svg.querySelector(".yt");
    var logTitle = yTitle ? yTitle.textContent : "";
    var logTicks = Array.prototype.filter.call(svg.querySelectorAll(".axes line.gr, .axes text"), function (el) {
      return el.tagName === "line" ? el.getAttribute("y1") === el.getAttribute("y2") : el.getAttribute("text-anchor") === "end";
    });
    var tip = document.createElement("div");
    tip.className = "chart-tip";
    tip.hidden = true;
    tip.setAttribute("aria-live", "polite");
    box.appendChild(tip);
    var cur = document.createElementNS(SVG, "circle");
    cur.setAttribute("class", "cur");
    cur.setAttribute("r", "10");
    cur.style.display = "none";
    var linear = false, colour = "", current = -1, pointer = "mouse";
    var yMax = Math.max.apply(null, pts.map(function (p) { return p[1]; })) * 1.05;
    function xOf(p) { return parseFloat(keys[p[0]][5]); }
    function px(x) { return L + ((logX ? Math.log10(x) : x) - x0) / (x1 - x0) * W; }
    function py(v) {
      return linear ? T + H - v / yMax * H : T + H - (Math.log10(v) - y0) / (y1 - y0) * H;
    }
    var byDate = pts.map(function (p, i) { return i; }).sort(function (a, b) { return xOf(pts[a]) - xOf(pts[b]); });
    var bySize = pts.map(function (p, i) { return i; }).sort(function (a, b) { return pts[a][1] - pts[b][1]; });
    function hide() { tip.hidden = true; cur.style.display = "none"; current = -1; }
    function show(i) {
      current = i;
      var p = pts[i], k = keys[p[0]];
      var x = px(xOf(p)), y = py(p[1]);
      cur.setAttribute("cx", x.toFixed(1));
      cur.setAttribute("cy", y.toFixed(1));
      cur.style.display = "";
      group.appendChild(cur);
      tip.textContent = "";
      var name = document.createElement(k[1] ? "a" : "strong");
      if (k[1]) { name.href = k[1]; }
      name.textContent = k[0];
      tip.appendChild(name);
      tip.appendChild(document.createElement("br"));
      var value = /[A-Za-z%]/.test(p[2]) || !unit ? p[2] : p[2] + " " + unit;
      tip.appendChild(document.createTextNode((k[2] ? k[2] + ": " : "") + value));
      if (colour) {
        tip.appendChild(document.createElement("br"));
        tip.appendChild(document.createTextNode((colour === "domain" ? "Domain: " : "Organisation: ") + (k[colour === "domain" ? 3 : 4] || "—")));
      }
      tip.hidden = false;
      var scale = svg.getBoundingClientRect().width / 720;
      var left = x * scale + 14, top = y * scale - 10;
      if (left + tip.offsetWidth > box.clientWidth) { left = Math.max(0, x * scale - 14 - tip.offsetWidth); }
      if (top + tip.offsetHeight > box.clientHeight) { top = Math.max(0, box.clientHeight - tip.offsetHeight); }
      tip.style.left = left + "px";
      tip.style.top = Math.max(0, top) + "px";
    }
    function nearest(event) {
      var r = svg.getBoundingClientRect();
      var scale = r.width / 720;
      var x = (event.clientX - r.left) / scale, y = (event.clientY - r.top) / scale;
      var best = -1, bestD = Math.pow((pointer === "touch" ? 28 : 16) / scale, 2);
      pts.forEach(function (p, i) {
        var dx = px(xOf(p)) - x, dy = py(p[1]) - y, d = dx * dx + dy * dy;
        if (d < bestD) { best = i; bestD = d; }
      });
      return best;
    }
    svg.addEventListener("pointerdown", function (e) { pointer = e.pointerType || "mouse"; });
    svg.addEventListener("pointermove", function (e) {
      if (e.pointerType === "touch") { return; }
      var i = nearest(e);
      if (i >= 0) { show(i); svg.style.cursor = "pointer"; } else { svg.style.cursor = ""; }
    });
    svg.addEventListener("click", function (e) {
      var i = nearest(e);
      if (i < 0) { hide(); return; }
      var href = keys[pts[i][0]][1];
      if (pointer === "mouse" && href) { window.location.href = href; } else { show(i); }
    });
    svg.tabIndex = 0;
    svg.addEventListener("keydown", function (e) {
      var order = e.key === "ArrowUp" || e.key === "ArrowDown" ? bySize : byDate;
      var at = current < 0 ? -1 : order.indexOf(current);
      var next = null;
      if (e.key === "ArrowRight" || e.key === "ArrowUp") { next = at < 0 ? order[0] : order[Math.min(order.length - 1, at + 1)]; }
      else if (e.key === "ArrowLeft" || e.key === "ArrowDown") { next = at < 0 ? order[order.length - 1] : order[Math.max(0, at - 1)]; }
      else if (e.key === "Home") { next = byDate[0]; }
      else if (e.key === "End") { next = byDate[byDate.length - 1]; }
      else if (e.key === "Enter" && current >= 0 && keys[pts[current][0]][1]) { window.location.href = keys[pts[current][0]][1]; return; }
      else if (e.key === "Escape") { hide(); return; }
      if (next !== null) { e.preventDefault(); show(next); }
    });
    svg.addEventListener("blur", function () { if (pointer !== "touch") { hide(); } });
    document.addEventListener("click", function (e) { if (!box.contains(e.target)) { hide(); } });
    function redraw() {
      Array.prototype.forEach.call(group.querySelectorAll(".pt, .cpt, .pih"), function (el) { el.remove(); });
      var classes = {}, legend = [];
      if (colour) {
        var counts = {};
        pts.forEach(function (p) { var c = keys[p[0]][colour === "domain" ? 3 : 4] || "—"; counts[c] = (counts[c] || 0) + 1; });
        legend = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b); }).slice(0, 7);
        legend.forEach(function (c, i) { classes[c] = "c" + i; });
      }
      var paths = {}, rings = "";
      pts.forEach(function (p) {
        var c = colour ? (classes[keys[p[0]][colour === "domain" ? 3 : 4] || "—"] || "c7") : "pt";
        var dot = "M" + Math.round(px(xOf(p))) + " " + Math.round(py(p[1])) + "h0";
        paths[c] = (paths[c] || "") + dot;
        // A run whose hardware was imputed (keys' 7th field) is a ring: its dot with the background over its middle.
        if (keys[p[0]][6] === "1") { rings += dot; }
      });
      var first = group.firstChild;
      Object.keys(paths).sort().forEach(function (c) {
        var path = document.createElementNS(SVG, "path");
        path.setAttribute("class", colour ? "cpt " + c : "pt");
        path.setAttribute("d", paths[c]);
        group.insertBefore(path, group.firstChild);
      });
      if (rings) {
        var ring = document.createElementNS(SVG, "path");
        ring.setAttribute("class", "pih");
        ring.setAttribute("d", rings);
        group.insertBefore(ring, first);
      }
      svg.classList.toggle("linear", linear);
      Array.prototype.forEach.call(svg.querySelectorAll(".nl, .hl"), function (el) { el.style.display = linear ? "none" : ""; });
      logTicks.forEach(function (el) { el.style.display = linear ? "none" : ""; });
      var old = svg.querySelector(".ylin");
      if (old) { old.remove(); }
      if (yTitle) { yTitle.textContent = linear ? logTitle.replace(", log scale", ", linear scale") : logTitle; }
      if (linear) {
        var g = document.createElementNS(SVG, "g");
        g.setAttribute("class", "ylin");
        var step = Math.pow(10, Math.floor(Math.log10(yMax / 4)));
        [1, 2, 5, 10].some(function (m) { if (yMax / (step * m) <= 5) { step *= m; return true; } return false; });
        for (var v = 0; v <= yMax; v += step) {
          var y = py(v);
          var line = document.createElementNS(SVG, "line");
          line.setAttribute("class", "gr");
          line.setAttribute("x1", L); line.setAttribute("x2", L + W);
          line.setAttribute("y1", y.toFixed(1)); line.setAttribute("y2", y.toFixed(1));
          var text = document.createElementNS(SVG, "text");
          text.setAttribute("x", L - 6); text.setAttribute("y", (y + 4).toFixed(1));
          text.setAttribute("text-anchor", "end");
          text.textContent = linearLabel(v, yMax);
          g.appendChild(line); g.appendChild(text);
        }
        svg.querySelector(".axes").appendChild(g);
      }
      if (fitPath && fit) {
        if (linear) {
          var d = "", a = Math.max(fit[2], x0), b = Math.min(fit[3], x1);
          for (var i = 0; i <= 40; i++) {
            var x = a + (b - a) * i / 40;
            var yy = Math.max(T, Math.min(T + H, py(Math.pow(10, fit[0] + fit[1] * x))));
            d += (i ? "L" : "M") + px(x).toFixed(1) + "," + yy.toFixed(1);
          }
          fitPath.setAttribute("d", d);
        } else {
          fitPath.setAttribute("d", logFit);
        }
      }
      hide();
      return legend;
    }
    return {
      set: function (isLinear, colourBy) { linear = isLinear; colour = colourBy; return redraw(); }
    };
  }
  document.addEventListener("DOMContentLoaded", function () {
    var made = new Map();
    document.querySelectorAll("svg.chart[data-pts]").forEach(function (svg) {
      var c = chart(svg);
      if (c) { made.set(svg, c); }
    });
    // The trends page: one measure at a time, log or linear, coloured by domain or organisation.
    document.querySelectorAll(".chart-set").forEach(function (set) {
      var figures = Array.prototype.slice.call(set.querySelectorAll("figure.chart-figure"));
      if (figures.length < 2) { return; }
      var controls = document.createElement("div");
      controls.className = "chart-controls";
      function select(label, options) {
        var l = document.createElement("label");
        l.textContent = label + " ";
        var s = document.createElement("select");
        options.forEach(function (o) {
          var opt = document.createElement("option");
          opt.value = o[0]; opt.textContent = o[1];
          s.appendChild(opt);
        });
        l.appendChild(s);
        controls.appendChild(l);
        return s;
      }
      var measure = select("Measure", [["all", "All measures"]].concat(figures.map(function (fig, i) {
        return [String(i), fig.querySelector(".chart-title").textContent];
      })));
      var scale = select("Scale", [["log", "Logarithmic"], ["linear", "Linear"]]);
      var colour = select("Colour", [["", "One colour"], ["domain", "By domain"], ["organisation", "By organisation"]]);
      set.parentNode.insertBefore(controls, set);
      function apply() {
        figures.forEach(function (fig, i) {
          fig.hidden = measure.value !== "all" && measure.value !== String(i);
          var svg = fig.querySelector("svg.chart");
          var c = made.get(svg);
          var old = fig.querySelector(".chart-legend");
          if (old) { old.remove(); }
          if (!c) { return; }
          var legend = c.set(scale.value === "linear", colour.value);
          if (legend.length) {
            var ul = document.createElement("ul");
            ul.className = "chart-legend";
            legend.concat(["Other"]).forEach(function (name, k) {
              var li = document.createElement("li");
              var dot = document.createElement("span");
              dot.className = "sw c" + (k < legend.length ? k : 7);
              li.appendChild(dot);
              li.appendChild(document.createTextNode(name));
              ul.appendChild(li);
            });
            fig.querySelector(".chart-box").after(ul);
          }
        });
      }
      // The set names the chart it opens on (the report's key measure), else its first.
      var first = figures.map(function (fig) { return fig.id; }).indexOf(set.getAttribute("data-default"));
      measure.value = String(Math.max(0, first));
      [measure, scale, colour].forEach(function (s) { s.addEventListener("change", apply); });
      apply();
    });
  });
  // Every table reads on a phone without scrolling sideways: each cell is labelled by its column's heading and the
  // rows stack below 40rem (the stylesheet's "stack"). Tables written with their labels are stacked without this.
  function stackTables() {
    document.querySelectorAll("main table").forEach(function (table) {
      if (table.classList.contains("stack") || !table.tHead || table.tHead.rows.length === 0) { return; }
      var heads = [];
      Array.prototype.forEach.call(table.tHead.rows[table.tHead.rows.length - 1].cells, function (cell) {
        for (var k = 0; k < (cell.colSpan || 1); k++) { heads.push(cell.textContent.trim()); }
      });
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
          var at = 0;
          Array.prototype.forEach.call(row.cells, function (cell) {
            if (cell.tagName === "TD" && heads[at] && !cell.hasAttribute("data-label")) {
              cell.setAttribute("data-label", heads[at]);
            }
            at += cell.colSpan || 1;
          });
        });
      });
      table.classList.add("stack");
    });
  }
  document.addEventListener("DOMContentLoaded", stackTables);
  // A table wider than its column scrolls sideways: it takes the keyboard focus then, so that it can be scrolled
  // without a pointer, and is named by its caption.
  function scrollables() {
    document.querySelectorAll(".table-wrap").forEach(function (wrap) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !wrap.hasAttribute("tabindex")) {
        var caption = wrap.querySelector("caption");
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", (caption ? caption.textContent.trim() : "Table") + " (scrolls sideways)");
      } else if (!scrolls && wrap.hasAttribute("tabindex")) {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }
  document.addEventListener("DOMContentLoaded", scrollables);
  window.addEventListener("resize", scrollables);
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

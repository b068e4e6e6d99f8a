/* geomap: the panels on the map (dates, places, legend, full screen).
 * Built with DOM methods; data strings go through textContent only.
 */
(function (lib) {
  'use strict';

  var el = lib.el;
  var MAX_LISTED = 100;
  var PLAY_MS = 1500;

  function panel(className, label, open) {
    var root = el('section', 'geomap-panel ' + className);
    root.setAttribute('aria-label', label);
    var details = el('details');
    details.open = open && window.innerWidth >= 600;
    details.appendChild(el('summary', null, label));
    root.appendChild(details);
    L.DomEvent.disableClickPropagation(root);
    L.DomEvent.disableScrollPropagation(root);
    return { root: root, body: details };
  }

  /** Date layers: a checkbox per layer with counts, All/None, and the time slider. */
  lib.DatesControl = L.Control.extend({
    options: { position: 'topright' },

    initialize: function (app) { this.app = app; },

    onAdd: function () {
      var app = this.app;
      var groups = app.data.groups;
      var p = panel('geomap-dates', 'Dates (by ' + app.data.period + ')', true);
      var row = el('div', 'geomap-row');
      row.appendChild(lib.button('All', 'geomap-all', function () { app.setAll(true); }));
      row.appendChild(lib.button('None', 'geomap-none', function () { app.setAll(false); }));
      p.body.appendChild(row);
      var list = el('ul', 'geomap-date-list');
      this.boxes = groups.map(function (g, i) {
        var li = el('li');
        var label = el('label');
        var box = el('input');
        box.type = 'checkbox';
        box.value = g.key;
        box.addEventListener('change', function () { app.setGroup(i, box.checked); });
        label.appendChild(box);
        label.appendChild(el('span', 'geomap-date-label', g.label));
        label.appendChild(el('span', 'geomap-n', ' (' + g.mentions + ')'));
        label.title = lib.plural(g.mentions, 'mention', 'mentions') + ' of ' +
          lib.plural(g.places, 'place', 'places');
        li.appendChild(label);
        list.appendChild(li);
        return box;
      });
      p.body.appendChild(list);
      if (app.config.timeline && app.dated.length > 1) {
        p.body.appendChild(this._slider());
      }
      this.update();
      return p.root;
    },

    _slider: function () {
      var app = this.app;
      var self = this;
      var box = el('div', 'geomap-timeline');
      var toggleLabel = el('label');
      var toggle = el('input');
      toggle.type = 'checkbox';
      toggle.className = 'geomap-timeline-toggle';
      toggleLabel.appendChild(toggle);
      toggleLabel.appendChild(document.createTextNode(' Time slider: one period at a time'));
      box.appendChild(toggleLabel);
      var controls = el('div', 'geomap-timeline-controls');
      controls.hidden = true;
      var range = el('input');
      range.type = 'range';
      range.min = '0';
      range.max = String(app.dated.length - 1);
      range.step = '1';
      range.value = '0';
      range.setAttribute('aria-label', 'Period');
      var out = el('output', 'geomap-timeline-label');
      var play = lib.button('Play', 'geomap-play', function () { self._togglePlay(); });
      var prev = lib.button('◀', 'geomap-prev', function () { self._step(-1); });
      var next = lib.button('▶', 'geomap-next', function () { self._step(1); });
      prev.setAttribute('aria-label', 'Previous period');
      next.setAttribute('aria-label', 'Next period');
      [prev, range, next, play, out].forEach(function (node) { controls.appendChild(node); });
      box.appendChild(controls);
      toggle.addEventListener('change', function () {
        controls.hidden = !toggle.checked;
        if (toggle.checked) { app.timelineStart(Number(range.value)); } else { app.timelineStop(true); }
      });
      range.addEventListener('input', function () { app.timelineShow(Number(range.value)); });
      this.timeline = { toggle: toggle, controls: controls, range: range, out: out, play: play };
      return box;
    },

    _step: function (delta) {
      var t = this.timeline;
      var next = Math.max(0, Math.min(this.app.dated.length - 1, Number(t.range.value) + delta));
      t.range.value = String(next);
      this.app.timelineShow(next);
      return next;
    },

    _togglePlay: function () {
      var self = this;
      var t = this.timeline;
      if (this._timer) { this._stopPlay(); return; }
      if (Number(t.range.value) >= this.app.dated.length - 1) { t.range.value = '0'; }
      this.app.timelineShow(Number(t.range.value));
      t.play.textContent = 'Pause';
      this._timer = window.setInterval(function () {
        if (self._step(1) >= self.app.dated.length - 1) { self._stopPlay(); }
      }, PLAY_MS);
    },

    _stopPlay: function () {
      if (this._timer) { window.clearInterval(this._timer); }
      this._timer = null;
      if (this.timeline) { this.timeline.play.textContent = 'Play'; }
    },

    /** Reflect the app's selection and time-slider state. */
    update: function () {
      var app = this.app;
      this.boxes.forEach(function (box, i) { box.checked = app.selected[i]; });
      var t = this.timeline;
      if (!t) { return; }
      t.toggle.checked = app.timeline !== null;
      t.controls.hidden = app.timeline === null;
      if (app.timeline === null) { this._stopPlay(); return; }
      t.range.value = String(app.timeline);
      t.out.textContent = app.data.groups[app.dated[app.timeline]].label;
    }
  });

  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /** The keyboard-usable list of places, with the search box. */
  lib.PlacesControl = L.Control.extend({
    options: { position: 'topleft' },

    initialize: function (app) {
      this.app = app;
      this.keys = app.data.places.map(function (p) {
        return fold([p.label].concat(p.spellings).join('\n'));
      });
    },

    onAdd: function () {
      var self = this;
      var p = panel('geomap-places', 'Places', true);
      var title = el('h1', 'geomap-title', this.app.data.title);
      p.body.appendChild(title);
      var search = el('div', 'geomap-search');
      search.setAttribute('role', 'search');
      var label = el('label', 'geomap-sr-only', 'Find a place');
      label.htmlFor = 'geomap-search-input';
      var input = el('input');
      input.type = 'search';
      input.id = 'geomap-search-input';
      input.placeholder = 'Find a place…';
      input.autocomplete = 'off';
      input.setAttribute('aria-controls', 'geomap-place-list');
      search.appendChild(label);
      search.appendChild(input);
      p.body.appendChild(search);
      this.status = el('p', 'geomap-status');
      this.status.setAttribute('aria-live', 'polite');
      p.body.appendChild(this.status);
      this.list = el('ul', 'geomap-place-list');
      this.list.id = 'geomap-place-list';
      p.body.appendChild(this.list);
      this.input = input;
      input.addEventListener('input', function () { self.update(); });
      input.addEventListener('keydown', function (e) {
        var first = self.list.querySelector('button');
        if (e.key === 'Enter' && first) { e.preventDefault(); first.click(); }
        if (e.key === 'ArrowDown' && first) { e.preventDefault(); first.focus(); }
      });
      this.list.addEventListener('keydown', function (e) { self._arrows(e); });
      this.update();
      return p.root;
    },

    _arrows: function (e) {
      var buttons = Array.prototype.slice.call(this.list.querySelectorAll('button'));
      var i = buttons.indexOf(document.activeElement);
      if (i < 0) { return; }
      var next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
      if (next === undefined) { return; }
      e.preventDefault();
      if (next < 0) { this.input.focus(); return; }
      if (buttons[Math.min(next, buttons.length - 1)]) { buttons[Math.min(next, buttons.length - 1)].focus(); }
    },

    /** Re-list the places that match the search and have mentions in the selected dates. */
    update: function () {
      var app = this.app;
      var query = fold(this.input.value.trim());
      var keys = this.keys;
      var counts = app.placeCounts();
      var order = [];
      counts.forEach(function (n, i) {
        if (n > 0 && (!query || keys[i].indexOf(query) >= 0)) { order.push(i); }
      });
      order.sort(function (a, b) {
        return counts[b] - counts[a] || (app.data.places[a].label < app.data.places[b].label ? -1 : 1);
      });
      var list = this.list;
      while (list.firstChild) { list.removeChild(list.firstChild); }
      order.slice(0, MAX_LISTED).forEach(function (i) {
        var place = app.data.places[i];
        var li = el('li');
        var b = lib.button('', 'geomap-place', function () { app.openPlace(i, b); });
        var swatch = el('span', 'geomap-swatch geomap-k' + place.kind + ' geomap-shape-' + place.shape +
          (place.verified ? '' : ' geomap-unverified'));
        swatch.setAttribute('aria-hidden', 'true');
        b.appendChild(swatch);
        b.appendChild(el('span', 'geomap-place-name', place.label));
        b.appendChild(el('span', 'geomap-n', ' (' + counts[i] + ')'));
        b.title = lib.summaryText(place, counts[i]) + ', ' + lib.kindName(app, place);
        b.setAttribute('data-place', String(i));
        li.appendChild(b);
        list.appendChild(li);
      });
      var text = lib.plural(order.length, 'place', 'places');
      if (order.length > MAX_LISTED) { text += ', showing the first ' + MAX_LISTED + '; type to narrow'; }
      if (!order.length && query) { text = 'No place matches.'; }
      this.status.textContent = text;
    }
  });

  /** Legend: kinds, verified/unverified, shapes. */
  lib.LegendControl = L.Control.extend({
    options: { position: 'bottomright' },

    initialize: function (app) { this.app = app; },

    onAdd: function () {
      var data = this.app.data;
      var p = panel('geomap-legend', 'Legend', true);
      var list = el('ul', 'geomap-legend-list');
      function item(swatchClass, text) {
        var li = el('li');
        var s = el('span', 'geomap-swatch ' + swatchClass);
        s.setAttribute('aria-hidden', 'true');
        li.appendChild(s);
        li.appendChild(el('span', null, text));
        list.appendChild(li);
      }
      data.kinds.forEach(function (k, i) { item('geomap-k' + i, k.name); });
      item('geomap-verified-sample', 'verified: in your gazetteer');
      item('geomap-unverified', 'unverified: world fallback');
      var shapes = {};
      data.places.forEach(function (pl) { shapes[pl.shape] = true; });
      if (shapes.line) { item('geomap-shape-line', 'line (road, corridor, pipeline, border)'); }
      if (shapes.area) { item('geomap-shape-area', 'area (region)'); }
      item('geomap-cluster-sample', 'cluster of places or dates');
      list.appendChild(el('li', 'geomap-legend-note', 'Numbers count mentions.'));
      p.body.appendChild(list);
      return p.root;
    }
  });

  function fullscreenIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 18 18');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M2 7V2h5M11 2h5v5M16 11v5h-5M7 16H2v-5');
    svg.appendChild(path);
    return svg;
  }

  /** Full-screen toggle (the Fullscreen API, or a fixed overlay without it). */
  lib.FullscreenControl = L.Control.extend({
    options: { position: 'topleft' },

    onAdd: function (map) {
      var bar = el('div', 'leaflet-bar geomap-fullscreen');
      var b = lib.button('', 'geomap-fullscreen-button', function () {
        var box = map.getContainer();
        if (document.fullscreenElement) {
          document.exitFullscreen();
        } else if (box.requestFullscreen && document.fullscreenEnabled) {
          box.requestFullscreen();
        } else {
          L.DomUtil.hasClass(box, 'geomap-pseudo-fullscreen') ?
            L.DomUtil.removeClass(box, 'geomap-pseudo-fullscreen') :
            L.DomUtil.addClass(box, 'geomap-pseudo-fullscreen');
          map.invalidateSize();
        }
      });
      b.appendChild(fullscreenIcon());
      b.title = 'Full screen';
      b.setAttribute('aria-label', 'Full screen');
      document.addEventListener('fullscreenchange', function () { map.invalidateSize(); });
      L.DomEvent.disableClickPropagation(bar);
      bar.appendChild(b);
      return bar;
    }
  });
}(GeomapLib));

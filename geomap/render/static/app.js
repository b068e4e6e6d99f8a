/* geomap: the map itself. Reads the JSON data block, draws one feature per
 * place per date layer into a marker cluster (date layers are
 * featuregroup.subgroup layers of that one cluster, so clustering keeps
 * working while dates are toggled), and keeps the URL hash in step with the
 * view and the selected dates.
 */
(function (lib) {
  'use strict';

  var POPUP = { maxWidth: 380, minWidth: 240, maxHeight: 360, autoPanPadding: [16, 16] };
  var UNVERIFIED = '#6b6b6b';
  var reducedMotion = !!(window.matchMedia &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches);

  function mark(name) {
    if (window.performance && window.performance.mark) { window.performance.mark('geomap:' + name); }
  }

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  /** Parse "#map=Z/LAT/LON&dates=k1,k2" (either part optional). */
  lib.parseHash = function (hash) {
    var out = { view: null, dates: null };
    String(hash || '').replace(/^#/, '').split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq < 0) { return; }
      var key = part.slice(0, eq);
      var value;
      try { value = decodeURIComponent(part.slice(eq + 1)); } catch (e) { return; }
      if (key === 'map') {
        var m = /^(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(value);
        if (m) { out.view = { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) }; }
      } else if (key === 'dates') {
        out.dates = value ? value.split(',') : [];
      }
    });
    return out;
  };

  function clusterIcon(cluster) {
    var markers = cluster.getAllChildMarkers();
    var total = 0;
    for (var i = 0; i < markers.length; i++) { total += markers[i].options.geomapCount || 1; }
    var size = total < 10 ? 'small' : (total < 100 ? 'medium' : 'large');
    // Only a number goes into this markup.
    return L.divIcon({
      html: '<div><span class="geomap-cluster-count">' + Number(total) + '</span></div>',
      className: 'marker-cluster marker-cluster-' + size,
      iconSize: L.point(40, 40)
    });
  }

  function App(map, tiles, data) {
    var self = this;
    this.map = map;
    this.tiles = tiles;
    this.data = data;
    this.config = data.config || {};
    this.selected = data.groups.map(function () { return true; });
    this.dated = [];
    data.groups.forEach(function (g, i) { if (g.key !== 'undated') { self.dated.push(i); } });
    this.timeline = null;
    this.saved = null;
    this.pending = 0;
    this.ready = false;
    this.popup = null;
    this._icons = {};
    this._latlngCache = {};
    this._counts = null;
    this._lastHash = null;
    this.featuresOfPlace = data.places.map(function () { return []; });
    data.features.forEach(function (f, i) { self.featuresOfPlace[f[0]].push(i); });
  }

  App.prototype.init = function (outline) {
    var self = this;
    var map = this.map;
    if (this.config.defaultIcon) {
      L.Icon.Default.imagePath = '';
      L.Icon.Default.mergeOptions(this.config.defaultIcon);
    }
    if (map.options.maxZoom === undefined) { map.setMaxZoom(18); }
    this._outline(outline);
    mark('outline');
    this._buildLayers();
    mark('layers');
    var state = lib.parseHash(window.location.hash);
    if (state.dates) { this.selected = this._fromKeys(state.dates); }
    this.fullscreen = new lib.FullscreenControl().addTo(map);
    this.places = new lib.PlacesControl(this).addTo(map);
    this.dates = new lib.DatesControl(this).addTo(map);
    this.legend = new lib.LegendControl(this).addTo(map);
    this._setView(state.view);
    this.cluster.addTo(map);
    // The first fill in one go: chunks would let the browser repaint between them.
    this.cluster.options.chunkedLoading = false;
    this.setSelection(this.selected.map(Boolean));
    this.cluster.options.chunkedLoading = true;
    if (this.pending === 0 && !this.ready) { this._added(); }
    map.on('moveend', function () { self.writeHash(); });
    window.addEventListener('hashchange', function () { self.readHash(); });
    this.writeHash();
  };

  /** The cluster, one subgroup of it per date layer, and one layer per feature. */
  App.prototype._buildLayers = function () {
    var self = this;
    var map = this.map;
    // Areas under lines under markers, so a corridor through a region stays clickable.
    map.createPane('geomapAreas').style.zIndex = '380';
    map.createPane('geomapLines').style.zIndex = '390';
    this.cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      spiderfyDistanceMultiplier: 1.6,
      chunkedLoading: true,
      iconCreateFunction: clusterIcon,
      chunkProgress: function (done, total) { if (total > 0 && done >= total) { self._added(); } }
    });
    this.layers = this.data.groups.map(function () { return L.featureGroup.subGroup(self.cluster); });
    this.featureLayers = this.data.features.map(function (f, i) {
      var layer = self._featureLayer(i);
      self.layers[f[1]].addLayer(layer);
      return layer;
    });
    this.cluster.on('click', function (e) { self._onClick(e); });
    this.cluster.on('mouseover', function (e) { self._onHover(e); });
    map.on('popupopen', function (e) { self.popup = e.popup; });
    map.on('popupclose', function (e) { if (self.popup === e.popup) { self.popup = null; } });
  };

  /**
   * Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180 and
   * would be drawn as bands across the whole map: shift their western points east.
   */
  function unwrapRings(geometry) {
    if (!geometry) { return; }
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] :
      geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    polygons.forEach(function (rings) {
      rings.forEach(function (ring) {
        var jumps = false;
        for (var i = 1; i < ring.length; i++) {
          if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) { jumps = true; break; }
        }
        if (!jumps) { return; }
        ring.forEach(function (pt) { if (pt[0] < 0) { pt[0] += 360; } });
      });
    });
  }

  App.prototype._outline = function (topo) {
    var self = this;
    if (!topo && this.config.outline && this.config.outline.url && window.fetch) {
      window.fetch(this.config.outline.url, { integrity: this.config.outline.integrity })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (t) { if (t) { self._outline(t); } })
        .catch(function () { /* offline: tiles (if any) still show */ });
      return;
    }
    if (!topo || !window.topojson) { return; }
    var pane = this.map.createPane('geomapOutline');
    pane.style.zIndex = '150';
    pane.style.pointerEvents = 'none';
    var countries = window.topojson.feature(topo, topo.objects.countries);
    countries.features.forEach(function (f) { unwrapRings(f.geometry); });
    this.outline = L.geoJSON(countries, {
      pane: 'geomapOutline',
      interactive: false,
      renderer: L.svg({ pane: 'geomapOutline' }),
      style: { color: '#9a9486', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 }
    }).addTo(this.map);
    this.map.attributionControl.addAttribution('Country outlines: Natural Earth');
  };

  App.prototype._setView = function (view) {
    var b = this._bounds();
    if (view) {
      this.map.setView([view.lat, view.lon], view.zoom, { animate: false });
    } else if (b) {
      this.map.fitBounds(b, L.extend({ maxZoom: 9, animate: false }, this._padding()));
    } else {
      this.map.setView([20, 0], 2, { animate: false });
    }
  };

  /** Fit padding that keeps data clear of the panels on a wide map. */
  App.prototype._padding = function () {
    var size = this.map.getSize();
    if (size.x < 900) { return { padding: [30, 30] }; }
    var left = this.places.getContainer().offsetWidth + 30;
    var right = this.dates.getContainer().offsetWidth + 30;
    return { paddingTopLeft: [left, 30], paddingBottomRight: [right, 30] };
  };

  App.prototype._bounds = function () {
    if (this.data.focus) { return L.latLngBounds(this.data.focus).pad(0.15); }
    var places = this.data.places;
    if (!places.length) { return null; }
    var b = L.latLngBounds(places[0].bounds);
    places.forEach(function (p) { b.extend(p.bounds); });
    return b;
  };

  /** Readiness: html[data-geomap-ready=true] once every pending bulk add has finished. */
  App.prototype._expect = function () {
    this.pending += 1;
    this.ready = false;
    document.documentElement.removeAttribute('data-geomap-ready');
  };

  App.prototype._added = function () {
    this.pending = Math.max(0, this.pending - 1);
    if (this.pending === 0) {
      this.ready = true;
      mark('ready');
      document.documentElement.setAttribute('data-geomap-ready', 'true');
    }
  };

  App.prototype._icon = function (place, count) {
    var key = place.kind + (place.verified ? 'v' : 'u') + count;
    if (!this._icons[key]) {
      var size = Math.round(Math.min(46, 22 + 6 * Math.log(count) / Math.LN2));
      this._icons[key] = L.divIcon({
        className: 'geomap-marker geomap-k' + place.kind + (place.verified ? '' : ' geomap-unverified'),
        html: String(Number(count)),
        iconSize: [size, size]
      });
    }
    return this._icons[key];
  };

  App.prototype._latlngs = function (p) {
    if (!this._latlngCache[p]) {
      var geom = this.data.places[p].geom;
      var depth = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 }[geom.type];
      this._latlngCache[p] = L.GeoJSON.coordsToLatLngs(geom.coordinates, depth);
    }
    return this._latlngCache[p];
  };

  App.prototype._shapeStyle = function (place) {
    var line = place.shape === 'line';
    var color = place.verified ? this.data.kinds[place.kind].color : UNVERIFIED;
    var style = {
      color: color,
      weight: line ? 5 : 2,
      opacity: 0.9,
      fill: !line,
      fillColor: color,
      fillOpacity: place.verified ? 0.14 : 0.08,
      className: 'geomap-shape geomap-' + place.shape + (place.verified ? '' : ' geomap-unverified-shape'),
      pane: line ? 'geomapLines' : 'geomapAreas'
    };
    if (!place.verified) { style.dashArray = '8 6'; }
    return style;
  };

  App.prototype._featureLayer = function (i) {
    var f = this.data.features[i];
    var place = this.data.places[f[0]];
    var group = this.data.groups[f[1]];
    var count = f[3] - f[2];
    var title = lib.summaryText(place, count) + ', ' + group.label;
    if (place.shape === 'point') {
      return L.marker([place.lat, place.lon], {
        icon: this._icon(place, count),
        title: title,
        riseOnHover: true,
        geomapFeature: i,
        geomapCount: count
      });
    }
    var opts = this._shapeStyle(place);
    opts.geomapFeature = i;
    opts.geomapCount = count;
    var layer = place.shape === 'line' ?
      L.polyline(this._latlngs(f[0]), opts) : L.polygon(this._latlngs(f[0]), opts);
    layer.on('add', function () {
      var node = layer.getElement();
      if (!node) { return; }
      node.setAttribute('aria-label', title);
      node.setAttribute('data-geomap-group', group.key);
      node.setAttribute('data-geomap-place', String(f[0]));
    });
    return layer;
  };

  App.prototype._onClick = function (e) {
    var layer = e.layer;
    if (!layer || !layer.options || layer.options.geomapFeature === undefined || layer.getPopup()) {
      return;
    }
    var self = this;
    var i = layer.options.geomapFeature;
    layer.bindPopup(function () { return self.featurePopup(i); }, POPUP);
    layer.openPopup(layer.getLatLng ? undefined : e.latlng);
  };

  App.prototype._onHover = function (e) {
    var layer = e.layer;
    if (!layer || !layer.options || layer.options.geomapFeature === undefined || layer.getTooltip()) {
      return;
    }
    var self = this;
    var f = this.data.features[layer.options.geomapFeature];
    var point = !!layer.getLatLng;
    var lift = point ? layer.options.icon.options.iconSize[1] / 2 : 0;
    layer.bindTooltip(function () {
      return lib.tooltipNode(self, f[0], f[3] - f[2], self.data.groups[f[1]].label);
    }, { direction: 'top', sticky: !point, offset: [0, -lift] });
    layer.openTooltip(point ? undefined : e.latlng);
  };

  /** Popup content for one feature (a place in one date layer). */
  App.prototype.featurePopup = function (i) {
    var f = this.data.features[i];
    var idxs = [];
    for (var m = f[2]; m < f[3]; m++) { idxs.push(m); }
    return lib.popupNode(this, f[0], idxs, this.data.groups[f[1]].label);
  };

  App.prototype.refreshPopup = function () { if (this.popup) { this.popup.update(); } };

  /** Show place `p` with its mentions in the selected dates (from the place list or search). */
  App.prototype.openPlace = function (p, returnFocus) {
    var self = this;
    var map = this.map;
    var place = this.data.places[p];
    var idxs = [];
    this.featuresOfPlace[p].forEach(function (fi) {
      var f = self.data.features[fi];
      if (self.selected[f[1]]) { for (var m = f[2]; m < f[3]; m++) { idxs.push(m); } }
    });
    var context = this.selected.every(Boolean) ? 'all dates' : 'selected dates';
    var content = lib.popupNode(this, p, idxs, context);
    content.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        map.closePopup();
        if (returnFocus) { returnFocus.focus(); }
      }
    });
    var zoom = place.shape === 'point' ? Math.max(map.getZoom(), 9) :
      Math.min(11, map.getBoundsZoom(place.bounds, false, L.point(60, 60)));
    var anchor = L.latLng(place.lat, place.lon);
    // Put the place below the centre, leaving room for the popup above it.
    var pt = map.project(anchor, zoom).subtract([0, map.getSize().y * 0.25]);
    var token = (this._flight = (this._flight || 0) + 1);
    map.once('moveend', function () {
      if (token !== self._flight) { return; }
      L.popup(POPUP).setLatLng(anchor).setContent(content).openOn(map);
      var heading = content.querySelector('.geomap-popup-title');
      if (heading) { heading.focus({ preventScroll: true }); }
    });
    map.flyTo(map.unproject(pt, zoom), zoom, { animate: !reducedMotion, duration: 0.6 });
  };

  /** Mentions per place in the selected date layers. */
  App.prototype.placeCounts = function () {
    if (!this._counts) {
      var counts = this.data.places.map(function () { return 0; });
      var selected = this.selected;
      this.data.features.forEach(function (f) {
        if (selected[f[1]]) { counts[f[0]] += f[3] - f[2]; }
      });
      this._counts = counts;
    }
    return this._counts;
  };

  App.prototype._fromKeys = function (keys) {
    return this.data.groups.map(function (g) { return keys.indexOf(g.key) >= 0; });
  };

  /**
   * Run `fn` (which adds/removes date layers) with the cluster's bulk methods
   * collected, then apply them in one removeLayers and one addLayers call: the
   * cluster re-clusters once instead of once per date layer.
   */
  App.prototype._batch = function (fn) {
    var cluster = this.cluster;
    var adds = [];
    var removes = [];
    cluster.addLayers = function (layers) { adds.push(layers); return cluster; };
    cluster.removeLayers = function (layers) { removes.push(layers); return cluster; };
    try {
      fn();
    } finally {
      delete cluster.addLayers;
      delete cluster.removeLayers;
    }
    if (removes.length) { cluster.removeLayers([].concat.apply([], removes)); }
    var added = [].concat.apply([], adds);
    if (added.length) {
      this._expect();
      cluster.addLayers(added);
    }
  };

  /** Show exactly the date layers whose entry in `sel` is true. */
  App.prototype.setSelection = function (sel) {
    var map = this.map;
    var layers = this.layers;
    this._batch(function () {
      layers.forEach(function (layer, g) {
        if (!sel[g] && map.hasLayer(layer)) { map.removeLayer(layer); }
      });
      layers.forEach(function (layer, g) {
        if (sel[g] && !map.hasLayer(layer)) { map.addLayer(layer); }
      });
    });
    this.selected = sel.map(Boolean);
    this._restyleAreas();
    this._counts = null;
    if (this.dates) { this.dates.update(); }
    if (this.places) { this.places.update(); }
    this.writeHash();
  };

  /**
   * An area has one feature per date layer, drawn on top of each other; share
   * the fill between the visible ones so the region looks the same however
   * many of its dates are shown.
   */
  App.prototype._restyleAreas = function () {
    var self = this;
    var data = this.data;
    data.places.forEach(function (place, p) {
      if (place.shape !== 'area') { return; }
      var shown = self.featuresOfPlace[p].filter(function (fi) {
        return self.selected[data.features[fi][1]];
      });
      var target = place.verified ? 0.14 : 0.08;
      var alpha = 1 - Math.pow(1 - target, 1 / Math.max(1, shown.length));
      shown.forEach(function (fi) { self.featureLayers[fi].setStyle({ fillOpacity: alpha }); });
    });
  };

  App.prototype.setGroup = function (g, on) {
    this.timelineStop(false);
    var sel = this.selected.slice();
    sel[g] = on;
    this.setSelection(sel);
  };

  App.prototype.setAll = function (on) {
    this.timelineStop(false);
    this.setSelection(this.selected.map(function () { return on; }));
  };

  App.prototype.timelineStart = function (pos) {
    if (this.timeline === null) { this.saved = this.selected.slice(); }
    this.timelineShow(pos);
  };

  App.prototype.timelineShow = function (pos) {
    var g = this.dated[pos];
    this.timeline = pos;
    this.setSelection(this.data.groups.map(function (_, i) { return i === g; }));
  };

  App.prototype.timelineStop = function (restore) {
    if (this.timeline === null) { return; }
    var saved = this.saved;
    this.timeline = null;
    this.saved = null;
    if (restore && saved) { this.setSelection(saved); } else if (this.dates) { this.dates.update(); }
  };

  /** Indexes of the features currently in the map (shown, or inside a cluster). */
  App.prototype.visibleFeatures = function () {
    var cluster = this.cluster;
    var out = [];
    this.featureLayers.forEach(function (layer, i) { if (cluster.hasLayer(layer)) { out.push(i); } });
    return out;
  };

  App.prototype.hashString = function () {
    var c = this.map.getCenter();
    var z = Math.round(this.map.getZoom() * 100) / 100;
    var parts = ['map=' + z + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4)];
    var sel = this.selected;
    if (!sel.every(Boolean)) {
      var keys = this.data.groups.filter(function (_, i) { return sel[i]; });
      parts.push('dates=' + keys.map(function (g) { return encodeURIComponent(g.key); }).join(','));
    }
    return '#' + parts.join('&');
  };

  App.prototype.writeHash = function () {
    if (this._applying || !this.cluster) { return; }
    var hash = this.hashString();
    this._lastHash = hash;
    if (window.location.hash === hash) { return; }
    try {
      window.history.replaceState(null, '', hash);
    } catch (e) {
      window.location.replace(hash);
    }
  };

  App.prototype.readHash = function () {
    var hash = window.location.hash;
    if (hash === this._lastHash) { return; }
    var state = lib.parseHash(hash);
    this._applying = true;
    try {
      if (state.view) { this.map.setView([state.view.lat, state.view.lon], state.view.zoom); }
      this.timelineStop(false);
      this.setSelection(state.dates ? this._fromKeys(state.dates) : this.selected.map(function () {
        return true;
      }));
    } finally {
      this._applying = false;
    }
    this.writeHash();
  };

  /** Entry point, called by the page: draw the map described by the data block. */
  lib.start = function (map, tiles, dataId, outlineId) {
    mark('start');
    var data = readJson(dataId);
    mark('data');
    var app = new App(map, tiles, data);
    window.geomap = app;
    app.init(readJson(outlineId));
    return app;
  };
}(GeomapLib));

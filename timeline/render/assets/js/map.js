// The map: the offline Natural Earth basemap, optional online tiles, and the events drawn on one canvas.
var MAP = L.map('map', { minZoom: 1, maxZoom: 14, worldCopyJump: false, zoomSnap: 0.5 });
MAP.attributionControl.setPrefix(false);
fitToEvents();  // a view must exist before layers are added

var COUNTRY_STYLE = { color: '#a1998c', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 };
var countryLayer = L.geoJSON(
  { type: 'FeatureCollection', features: BASEMAP.features.filter(function (f) { return f.properties.kind === 'country'; }) },
  { interactive: false, style: function () { return COUNTRY_STYLE; }, attribution: 'Borders: Natural Earth' }
).addTo(MAP);
var cityLayer = L.layerGroup(BASEMAP.features.filter(function (f) { return f.properties.kind === 'city'; }).map(function (f) {
  var c = f.geometry.coordinates;
  return L.circleMarker([c[1], c[0]], { radius: 1.5, color: '#455a64', weight: 1, interactive: false, cityName: f.properties.name });
})).addTo(MAP);
// City names are shown from zoom 5 on; their labels are made then, not at start-up.
var cityLabelsMade = false;
function showCityLabels() {
  var labelled = MAP.getZoom() >= 5;
  if (labelled && !cityLabelsMade) {
    cityLabelsMade = true;
    cityLayer.eachLayer(function (marker) {
      var label = document.createElement('span');
      label.textContent = marker.options.cityName;
      marker.bindTooltip(label, { permanent: true, direction: 'right', className: 'city-label', interactive: false });
    });
  }
  L.DomUtil[labelled ? 'addClass' : 'removeClass'](MAP.getContainer(), 'show-city-labels');
}
// Online tiles are only an option: adding the layer is what first makes a request.
var osmLayer = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
  maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
});
L.control.layers(null, {
  'Country borders (offline)': countryLayer,
  'Cities (offline)': cityLayer,
  'OpenStreetMap tiles (online)': osmLayer
}, { collapsed: true }).addTo(MAP);
MAP.on('overlayadd overlayremove', function () {
  countryLayer.setStyle({ fillOpacity: MAP.hasLayer(osmLayer) ? 0 : 1 });
});
MAP.on('zoomend', showCityLabels);
showCityLabels();

MAP.createPane('events').style.zIndex = 450;

var SPRITES = new Map();
// Returns a small canvas with one circle of type t, radius r (pixels), hollow and dashed when approximate.
function circleSprite(t, approximate, r, ratio) {
  var key = t * 1000 + r * 2 + (approximate ? 1 : 0), sprite = SPRITES.get(key);
  if (sprite) return sprite;
  sprite = document.createElement('canvas');
  var size = Math.ceil((2 * r + 4) * ratio);
  sprite.width = sprite.height = size;
  var ctx = sprite.getContext('2d');
  ctx.scale(ratio, ratio);
  ctx.beginPath();
  ctx.arc(size / ratio / 2, size / ratio / 2, r, 0, 2 * Math.PI);
  if (approximate) {
    ctx.globalAlpha = 0.22; ctx.fillStyle = TYPE_COLORS[t]; ctx.fill();
    ctx.globalAlpha = 1; ctx.setLineDash([3, 2]); ctx.lineWidth = 2; ctx.strokeStyle = TYPE_COLORS[t]; ctx.stroke();
  } else {
    ctx.globalAlpha = 0.8; ctx.fillStyle = TYPE_COLORS[t]; ctx.fill();
    ctx.globalAlpha = 0.9; ctx.lineWidth = 0.8; ctx.strokeStyle = '#ffffff'; ctx.stroke();
  }
  SPRITES.set(key, sprite);
  return sprite;
}

// Draws every shown, located event as a circle on one canvas, redrawn after each move, zoom or filter.
var EventLayer = L.Layer.extend({
  onAdd: function (map) {
    this._canvas = L.DomUtil.create('canvas', 'events-canvas', map.getPane('events'));
    map.on('moveend resize', this._reset, this);
    map.on('zoomstart', this._hide, this);
    this._reset();
  },
  // Drawing waits for the first filter pass (see main.js), so start-up draws once.
  ready: false,
  onRemove: function (map) {
    L.DomUtil.remove(this._canvas);
    map.off('moveend resize', this._reset, this);
    map.off('zoomstart', this._hide, this);
  },
  _hide: function () { this._canvas.style.visibility = 'hidden'; },
  _reset: function () {
    var size = this._map.getSize(), ratio = window.devicePixelRatio || 1, canvas = this._canvas;
    L.DomUtil.setPosition(canvas, this._map.containerPointToLayerPoint([0, 0]));
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    canvas.style.width = size.x + 'px';
    canvas.style.height = size.y + 'px';
    this.redraw();
    canvas.style.visibility = 'visible';
  },
  // Returns the container point of event i at the current view.
  point: function (i) {
    var scale = 256 * Math.pow(2, this._map.getZoom()), origin = this._map.getPixelBounds().min;
    return [EV.mx[i] * scale - origin.x, EV.my[i] * scale - origin.y];
  },
  redraw: function () {
    if (!this._map || !this.ready) return;
    var map = this._map, canvas = this._canvas, ctx = canvas.getContext('2d');
    var ratio = canvas.width / Math.max(1, map.getSize().x);
    var w = map.getSize().x, h = map.getSize().y;
    var scale = 256 * Math.pow(2, map.getZoom()), origin = map.getPixelBounds().min;
    var nTypes = TYPE_COLORS.length, drawn = 0;
    // With many events on screen, positions are snapped to 2 px, and a circle no larger than one already
    // drawn at the same spot, of the same type and style, is skipped: stacks of events are drawn once.
    var snap = COUNTS.shown > 20000 ? 2 : 1;
    var columns = Math.ceil(w / snap) + 2, rows = Math.ceil(h / snap) + 2, layers = 2 * nTypes;
    var drawnRadius = new Uint8Array(columns * rows * layers);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    // Approximate places first (hollow, dashed), exact places on top (filled), in table order so no
    // type hides the others. Each circle is a copy of a pre-drawn sprite: far cheaper to rasterise than arcs.
    for (var pass = 0; pass < 2; pass++) {
      for (var i = 0; i < N; i++) {
        if (!SHOWN[i] || !EV.located[i] || (EV.gp[i] >= 2 ? 0 : 1) !== pass) continue;
        var x = EV.mx[i] * scale - origin.x, y = EV.my[i] * scale - origin.y, r = EV.radius[i];
        if (x < -r || y < -r || x > w + r || y > h + r) continue;
        drawn++;
        r = Math.round(r);
        var col = Math.round(x / snap), row = Math.round(y / snap);
        var sx = col * snap, sy = row * snap;
        if (col >= 0 && row >= 0 && col < columns && row < rows) {
          var slot = ((row * columns) + col) * layers + pass * nTypes + EV.type[i];
          if (drawnRadius[slot] >= r) continue;
          drawnRadius[slot] = r;
        }
        var sprite = circleSprite(EV.type[i], pass === 0, r, ratio);
        ctx.drawImage(sprite, Math.round(sx * ratio - sprite.width / 2), Math.round(sy * ratio - sprite.height / 2));
      }
    }
    this.drawnCount = drawn;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1;
    var sel = STATE.selected;
    if (sel >= 0 && EV.located[sel]) {
      var p = this.point(sel);
      ctx.beginPath();
      ctx.arc(p[0], p[1], EV.radius[sel] + 4, 0, 2 * Math.PI);
      ctx.lineWidth = 3; ctx.strokeStyle = '#111'; ctx.stroke();
      ctx.lineWidth = 1.5; ctx.strokeStyle = '#fff'; ctx.stroke();
    }
  },
  // Returns the shown events under container point (x, y), nearest first. A plain scan is a few
  // milliseconds even for 100,000 events, cheaper than keeping an index up to date on every redraw.
  hits: function (x, y) {
    var found = [], scale = 256 * Math.pow(2, this._map.getZoom()), origin = this._map.getPixelBounds().min;
    for (var i = 0; i < N; i++) {
      if (!SHOWN[i] || !EV.located[i]) continue;
      var dx = EV.mx[i] * scale - origin.x - x, dy = EV.my[i] * scale - origin.y - y, reach = EV.radius[i] + 3;
      if (dx > reach || dx < -reach || dy > reach || dy < -reach) continue;
      var dist = Math.sqrt(dx * dx + dy * dy);
      if (dist <= reach) found.push([dist, i]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || EV.d[a[1]] - EV.d[b[1]]; });
    return found.map(function (f) { return f[1]; });
  }
});
var EVENTS_LAYER = new EventLayer().addTo(MAP);

MAP.on('click', function (e) {
  var hits = EVENTS_LAYER.hits(e.containerPoint.x, e.containerPoint.y);
  if (hits.length) openPopup(hits, 0);
});
MAP.getContainer().addEventListener('mousemove', function (e) {
  var rect = MAP.getContainer().getBoundingClientRect();
  var hits = EVENTS_LAYER.hits(e.clientX - rect.left, e.clientY - rect.top);
  MAP.getContainer().style.cursor = hits.length ? 'pointer' : '';
  showHover(e, hits.length ? summary(hits[0]) + (hits.length > 1 ? ' (+' + (hits.length - 1) + ' here)' : '') : '');
});
MAP.getContainer().addEventListener('mouseleave', function (e) { showHover(e, ''); });

// Fits the map to the located events (only those shown, when onlyShown); with none, start on the world.
function fitToEvents(onlyShown) {
  var south = 90, north = -90, west = 180, east = -180, any = false;
  for (var i = 0; i < N; i++) {
    if (!EV.located[i] || (onlyShown && !SHOWN[i])) continue;
    any = true;
    south = Math.min(south, EV.lat[i]); north = Math.max(north, EV.lat[i]);
    west = Math.min(west, EV.lon[i]); east = Math.max(east, EV.lon[i]);
  }
  if (any) MAP.fitBounds([[south, west], [north, east]], { padding: [30, 30], maxZoom: 7 });
  else if (!onlyShown) MAP.setView([25, 20], 2);
}

// The embedded events, decoded once into typed arrays (one per column) for fast filtering and drawing.
var BASEMAP = JSON.parse(document.getElementById('basemap-data').textContent);
var N = RAW.n, COLS = RAW.cols, DICTS = RAW.dicts, ARTICLES = RAW.articles;
var ACLED_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
var GEO_PRECISION_NAMES = RAW.geoPrecisionNames;
var DAY_MS = 86400000;

function typedColumn(list, Type, missing) {
  var out = new Type(N);
  for (var i = 0; i < N; i++) out[i] = list[i] == null ? missing : list[i];
  return out;
}

var EV = {
  lat: typedColumn(COLS.lat, Float64Array, NaN),
  lon: typedColumn(COLS.lon, Float64Array, NaN),
  d: typedColumn(COLS.d, Float64Array, NaN),
  d0: typedColumn(COLS.d0, Float64Array, NaN),
  d1: typedColumn(COLS.d1, Float64Array, NaN),
  fat: typedColumn(COLS.fat, Int32Array, -1),
  gp: typedColumn(COLS.gp, Int8Array, 0),
  located: new Uint8Array(N),
  mx: new Float64Array(N),  // Web Mercator, 0..1 across the world
  my: new Float64Array(N),
  radius: new Float32Array(N),
  isSpan: new Uint8Array(N)
};
['type', 'sub', 'loc', 'cc', 'adm', 'tp', 'dsrc', 'psrc', 'ev', 'a1', 'a2'].forEach(function (key) {
  EV[key] = Int32Array.from(COLS[key]);
});

(function derive() {
  var scale = RAW.coordinateScale;
  for (var i = 0; i < N; i++) {
    EV.lat[i] /= scale;
    EV.lon[i] /= scale;
    if (!isNaN(EV.lat[i]) && !isNaN(EV.lon[i])) {
      EV.located[i] = 1;
      var sin = Math.sin(Math.max(-85, Math.min(85, EV.lat[i])) * Math.PI / 180);
      EV.mx[i] = (EV.lon[i] + 180) / 360;
      EV.my[i] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }
    var f = EV.fat[i];
    EV.radius[i] = f > 0 ? 4 + Math.min(14, 2.2 * Math.sqrt(f)) : 4;
    EV.isSpan[i] = EV.d1[i] > EV.d0[i] ? 1 : 0;
  }
})();

var TYPE_COLORS = DICTS.type.map(function (name) { return RAW.colors[name] || '#555555'; });

// Day range of the dated events, and their order by start date (for the timeline's lanes).
var DATE_RANGE = (function () {
  var lo = Infinity, hi = -Infinity;
  for (var i = 0; i < N; i++) {
    if (EV.d0[i] < lo) lo = EV.d0[i];
    if (EV.d1[i] > hi) hi = EV.d1[i];
  }
  return lo <= hi ? [lo, hi + 1] : null;
})();
var BY_START = (function () {
  // Sorting numbers in a typed array is native and fast: key = start day, then index.
  var keys = [];
  for (var i = 0; i < N; i++) if (!isNaN(EV.d0[i])) keys.push(EV.d0[i] * 16777216 + i);
  var sorted = Float64Array.from(keys).sort(), order = new Int32Array(sorted.length);
  for (var k = 0; k < sorted.length; k++) order[k] = sorted[k] - Math.floor(sorted[k] / 16777216) * 16777216;
  return order;
})();

function isoDay(day) {
  return isNaN(day) ? '' : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : '';
}

// The filter panel, the header buttons (play, all dates, reset, download) and the counts line.
function byId(id) { return document.getElementById(id); }

function countBy(column, size) {
  var counts = new Int32Array(size);
  for (var i = 0; i < N; i++) counts[column[i]]++;
  return counts;
}

function buildTypeLegend() {
  var counts = countBy(EV.type, DICTS.type.length), legend = byId('type-legend');
  var order = ACLED_TYPES.map(function (name) { return DICTS.type.indexOf(name); });
  DICTS.type.forEach(function (name, k) { if (order.indexOf(k) < 0 && counts[k]) order.push(k); });
  order.forEach(function (k, position) {
    var name = k >= 0 ? (DICTS.type[k] || 'Unknown type') : ACLED_TYPES[position];
    var color = k >= 0 ? TYPE_COLORS[k] : RAW.colors[name];
    var label = el('label', 'type-row'), checkbox = el('input'), swatch = el('span', 'swatch');
    checkbox.type = 'checkbox'; checkbox.checked = true; checkbox.disabled = k < 0;
    checkbox.setAttribute('data-type', name);
    swatch.style.background = color;
    label.appendChild(checkbox); label.appendChild(swatch);
    label.appendChild(el('span', 'name', name));
    var count = el('span', 'n', String(k >= 0 ? counts[k] : 0));
    count.setAttribute('data-type-index', String(k));
    count.title = (k >= 0 ? counts[k] : 0) + ' in all';
    label.appendChild(count);
    if (k >= 0) checkbox.addEventListener('change', function () { STATE.types[k] = checkbox.checked ? 1 : 0; applyAttributeFilters(); });
    legend.appendChild(label);
  });
}

// The input articles that gave no events because they could not be read, each with its reason.
function buildSkippedList() {
  var skipped = RAW.skipped || [], box = byId('skipped'), list = byId('skipped-list');
  if (!skipped.length) return;
  box.querySelector('summary').textContent = skipped.length.toLocaleString('en') +
    (skipped.length === 1 ? ' article skipped' : ' articles skipped');
  skipped.forEach(function (row) {
    var item = el('li');
    item.appendChild(el('span', 'id', row[0]));
    item.appendChild(document.createTextNode(': ' + (row[1] || 'no reason given')));
    list.appendChild(item);
  });
  box.hidden = false;
}

function option(select, value, text) {
  var o = document.createElement('option');
  o.value = String(value); o.textContent = text;
  select.appendChild(o);
  return o;
}

function buildSelects() {
  var sub = byId('f-sub'), groups = {};
  option(sub, 0, 'any');
  var pairs = new Map();
  for (var i = 0; i < N; i++) if (EV.sub[i]) pairs.set(EV.sub[i], EV.type[i]);
  Array.from(pairs.keys()).sort(function (a, b) { return DICTS.sub[a].localeCompare(DICTS.sub[b]); }).forEach(function (k) {
    var typeName = DICTS.type[pairs.get(k)] || 'Other';
    if (!groups[typeName]) { groups[typeName] = document.createElement('optgroup'); groups[typeName].label = typeName; }
    option(groups[typeName], k, DICTS.sub[k]);
  });
  Object.keys(groups).sort().forEach(function (name) { sub.appendChild(groups[name]); });
  sub.addEventListener('change', function () { STATE.sub = +sub.value; applyAttributeFilters(); });

  var countries = byId('f-country'), counts = countBy(EV.cc, DICTS.cc.length);
  option(countries, 0, 'any');
  DICTS.cc.map(function (name, k) { return k; }).filter(function (k) { return k && counts[k]; })
    .sort(function (a, b) { return counts[b] - counts[a]; })
    .forEach(function (k) { option(countries, k, DICTS.cc[k] + ' (' + counts[k] + ')'); });
  countries.addEventListener('change', function () {
    STATE.country = +countries.value; STATE.admin1 = 0; fillProvinces(); applyAttributeFilters();
  });
  fillProvinces();
  byId('f-admin1').addEventListener('change', function (e) { STATE.admin1 = +e.target.value; applyAttributeFilters(); });

  var actors = countBy(EV.a1, DICTS.actor.length), second = countBy(EV.a2, DICTS.actor.length), list = byId('actor-list');
  DICTS.actor.map(function (name, k) { return k; }).filter(function (k) { return k && actors[k] + second[k]; })
    .sort(function (a, b) { return actors[b] + second[b] - actors[a] - second[a]; }).slice(0, 2000)
    .forEach(function (k) { option(list, DICTS.actor[k], DICTS.actor[k]); });
  onInput(byId('f-actor'), function (value) { STATE.actor = value.trim(); });
  onInput(byId('f-text'), function (value) { STATE.text = value.trim(); });
  onInput(byId('f-fat'), function (value) { STATE.minFatalities = Math.max(0, parseInt(value, 10) || 0); });
}

function fillProvinces() {
  var select = byId('f-admin1'), counts = new Int32Array(DICTS.adm.length);
  select.textContent = '';
  option(select, 0, 'any');
  for (var i = 0; i < N; i++) if (!STATE.country || EV.cc[i] === STATE.country) counts[EV.adm[i]]++;
  DICTS.adm.map(function (name, k) { return k; }).filter(function (k) { return k && counts[k]; })
    .sort(function (a, b) { return DICTS.adm[a].localeCompare(DICTS.adm[b]); })
    .forEach(function (k) { option(select, k, DICTS.adm[k] + ' (' + counts[k] + ')'); });
}

// Typing filters after a short pause, so a large table is not refiltered on every key.
function onInput(input, update) {
  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(input.value); applyAttributeFilters(); }, 150);
  });
}

function resetFilters() {
  STATE.types.fill(1); STATE.sub = 0; STATE.actor = ''; STATE.country = 0; STATE.admin1 = 0;
  STATE.minFatalities = 0; STATE.text = '';
  document.querySelectorAll('#type-legend input').forEach(function (box) { if (!box.disabled) box.checked = true; });
  byId('f-sub').value = '0'; byId('f-country').value = '0'; byId('f-actor').value = '';
  byId('f-text').value = ''; byId('f-fat').value = '0';
  fillProvinces();
  applyAttributeFilters();
}

function updateCounts() {
  var text = COUNTS.shown.toLocaleString('en') + ' of ' + N.toLocaleString('en') + ' events shown';
  text += ' \u00b7 ' + COUNTS.fatalities.toLocaleString('en') + ' reported deaths';
  if (COUNTS.unlocated) text += ' \u00b7 ' + COUNTS.unlocated.toLocaleString('en') + ' not on the map';
  if (COUNTS.undated) text += ' \u00b7 ' + COUNTS.undated.toLocaleString('en') + ' undated, not on the timeline';
  if (STATE.brush) text += ' \u00b7 ' + isoDay(STATE.brush[0]) + ' \u2013 ' + isoDay(STATE.brush[1] - 1);
  // Each type's count in the legend follows the selection too.
  var perType = new Int32Array(DICTS.type.length);
  for (var i = 0; i < N; i++) if (SHOWN[i]) perType[EV.type[i]]++;
  document.querySelectorAll('#type-legend .n').forEach(function (node) {
    var k = +node.getAttribute('data-type-index');
    if (k >= 0) node.textContent = String(perType[k]);
  });
  var counts = byId('counts');
  counts.textContent = text;
  counts.setAttribute('data-shown', String(COUNTS.shown));
}

// Play: a window (the brushed one, or a tenth of the range) moves through time.
var playTimer = 0;
function stopPlaying() {
  if (!playTimer) return;
  clearInterval(playTimer); playTimer = 0;
  byId('play').textContent = '\u25b6 Play';
}
function togglePlay() {
  if (playTimer) { stopPlaying(); return; }
  if (!DATE_RANGE) return;
  var width = STATE.brush ? STATE.brush[1] - STATE.brush[0] : Math.max(7, Math.ceil((DATE_RANGE[1] - DATE_RANGE[0]) / 10));
  var start = STATE.brush && STATE.brush[1] < DATE_RANGE[1] ? STATE.brush[0] : DATE_RANGE[0];
  var step = Math.max(1, Math.round(width / 8));
  STATE.brush = [start, start + width];
  applyBrush();
  byId('play').textContent = '\u275a\u275a Pause';
  playTimer = setInterval(function () {
    if (STATE.brush[0] + step >= DATE_RANGE[1]) { stopPlaying(); return; }
    STATE.brush = [STATE.brush[0] + step, STATE.brush[1] + step];
    applyBrush();
  }, 250);
}

var CSV_COLUMNS = ['event_id', 'date', 'date_start', 'date_end', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'actor2', 'fatalities', 'location', 'latitude', 'longitude', 'geo_precision', 'country_code', 'admin1',
  'sources', 'evidence', 'date_source', 'place_source'];

function csvCell(value) {
  var text = value == null ? '' : String(value);
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

function filteredCsv() {
  var lines = [CSV_COLUMNS.join(',')], scale = RAW.coordinateScale;
  for (var i = 0; i < N; i++) {
    if (!SHOWN[i]) continue;
    lines.push([COLS.id[i], isoDay(EV.d[i]), isoDay(EV.d0[i]), isoDay(EV.d1[i]), DICTS.tp[EV.tp[i]],
      DICTS.type[EV.type[i]], DICTS.sub[EV.sub[i]], DICTS.actor[EV.a1[i]], DICTS.actor[EV.a2[i]],
      EV.fat[i] >= 0 ? EV.fat[i] : '', DICTS.loc[EV.loc[i]],
      COLS.lat[i] == null ? '' : COLS.lat[i] / scale, COLS.lon[i] == null ? '' : COLS.lon[i] / scale,
      EV.gp[i] || '', DICTS.cc[EV.cc[i]], DICTS.adm[EV.adm[i]],
      COLS.src[i].map(function (k) { return ARTICLES[k][0]; }).join(';'),
      DICTS.ev[EV.ev[i]], DICTS.dsrc[EV.dsrc[i]], DICTS.psrc[EV.psrc[i]]].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function downloadCsv() {
  var url = URL.createObjectURL(new Blob(['\ufeff' + filteredCsv()], { type: 'text/csv;charset=utf-8' }));
  var link = el('a');
  link.href = url; link.download = 'events-filtered.csv';
  document.body.appendChild(link); link.click(); link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 5000);
}

function wireButtons() {
  byId('play').addEventListener('click', togglePlay);
  byId('clear-brush').addEventListener('click', function () { stopPlaying(); STATE.brush = null; applyBrush(); });
  byId('reset-filters').addEventListener('click', resetFilters);
  byId('fit-map').addEventListener('click', function () { fitToEvents(true); });
  byId('download').addEventListener('click', downloadCsv);
}

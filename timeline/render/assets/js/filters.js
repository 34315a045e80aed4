// Filters: which events pass the attribute filters (type, sub-type, actor, place, deaths, text) and the date brush.
var STATE = {
  types: new Uint8Array(DICTS.type.length).fill(1),
  sub: 0, actor: '', country: 0, admin1: 0, minFatalities: 0, text: '',
  brush: null,      // [firstDay, endDay) as day numbers, or null for every date
  selected: -1      // the event highlighted on map and timeline
};
var PASS_ATTR = new Uint8Array(N).fill(1);  // passes the attribute filters
var SHOWN = new Uint8Array(N).fill(1);      // ... and the date brush
var COUNTS = { shown: N, fatalities: 0, unlocated: 0, undated: 0 };
var lowerEvidence = null;

function matchingIndices(names, query) {
  var hits = new Uint8Array(names.length);
  query = query.toLowerCase();
  for (var k = 1; k < names.length; k++) if (names[k].toLowerCase().indexOf(query) >= 0) hits[k] = 1;
  return hits;
}

function applyAttributeFilters() {
  var actorHits = STATE.actor ? matchingIndices(DICTS.actor, STATE.actor) : null;
  var textHits = null;
  if (STATE.text) {
    if (!lowerEvidence) lowerEvidence = DICTS.ev.map(function (s) { return s.toLowerCase(); });
    var q = STATE.text.toLowerCase();
    textHits = new Uint8Array(lowerEvidence.length);
    for (var k = 1; k < lowerEvidence.length; k++) if (lowerEvidence[k].indexOf(q) >= 0) textHits[k] = 1;
  }
  for (var i = 0; i < N; i++) {
    PASS_ATTR[i] = (STATE.types[EV.type[i]] &&
      (!STATE.sub || EV.sub[i] === STATE.sub) &&
      (!actorHits || actorHits[EV.a1[i]] || actorHits[EV.a2[i]]) &&
      (!STATE.country || EV.cc[i] === STATE.country) &&
      (!STATE.admin1 || EV.adm[i] === STATE.admin1) &&
      (STATE.minFatalities <= 0 || EV.fat[i] >= STATE.minFatalities) &&
      (!textHits || textHits[EV.ev[i]])) ? 1 : 0;
  }
  applyBrush();
}

// An event is in the brush when the interval its date allows overlaps the brushed days.
function applyBrush() {
  var b = STATE.brush, shown = 0, fatalities = 0, unlocated = 0, undated = 0;
  for (var i = 0; i < N; i++) {
    var ok = PASS_ATTR[i] && (!b || (EV.d1[i] + 1 > b[0] && EV.d0[i] < b[1])) ? 1 : 0;
    SHOWN[i] = ok;
    if (ok) {
      shown++;
      if (EV.fat[i] > 0) fatalities += EV.fat[i];
      if (!EV.located[i]) unlocated++;
      if (isNaN(EV.d[i])) undated++;
    }
  }
  COUNTS.shown = shown; COUNTS.fatalities = fatalities; COUNTS.unlocated = unlocated; COUNTS.undated = undated;
  if (STATE.selected >= 0 && !SHOWN[STATE.selected]) select(-1);
  refreshViews();
}

// Start-up, and the links between the views: a selection or a filter change redraws map, timeline and counts.
function refreshViews() {
  updateCounts();
  EVENTS_LAYER.redraw();
  drawTimeline();
}

function select(i) {
  if (STATE.selected === i) return;
  STATE.selected = i;
  EVENTS_LAYER.redraw();
  drawTimeline();
}

// For tests and scripting: where things are on screen, and what is shown.
window.timelinePage = {
  shownCount: function () { return COUNTS.shown; },
  drawnMarkers: function () { return EVENTS_LAYER.drawnCount; },
  selected: function () { return STATE.selected; },
  eventId: function (i) { return COLS.id[i]; },
  firstShownLocated: function () { for (var i = 0; i < N; i++) if (SHOWN[i] && EV.located[i]) return i; return -1; },
  markerPosition: function (i) {
    var p = EVENTS_LAYER.point(i), rect = MAP.getContainer().getBoundingClientRect();
    return [rect.left + p[0], rect.top + p[1]];
  },
  timelinePosition: function (i) {
    var box = itemBox(i), rect = TL.canvas.getBoundingClientRect();
    return box ? [rect.left + box[0] + box[2] / 2, rect.top + box[1] + box[3] / 2] : null;
  },
  csv: filteredCsv,
  axisLabels: function () { return TL.axisLabels; }
};

EVENTS_LAYER.ready = true;
buildTypeLegend();
buildSelects();
buildSkippedList();
wireButtons();
if (!N) {
  var note = el('div', 'empty-note', 'No events to show.');
  MAP.getContainer().appendChild(note);
}
applyAttributeFilters();
window.timelinePage.readyAt = performance.now();  // ms since navigation started
document.documentElement.setAttribute('data-ready', 'true');

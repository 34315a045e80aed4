// The timeline: a histogram of shown events per period, the events in lanes (spans for week/month dates),
// a brush that filters the map, and the selected event marked.
var TL = {
  canvas: document.getElementById('timeline-canvas'),
  view: DATE_RANGE ? padRange(DATE_RANGE) : null,  // [firstDay, endDay) on screen
  lane: new Int16Array(N).fill(-1),
  axisLabels: [],  // [x, width, text] of each date label drawn, whole inside the canvas
  laneTop: 0, laneHeight: 8, width: 0, height: 0
};
var PAD_LEFT = 8, PAD_RIGHT = 8, HIST_TOP = 27, HIST_HEIGHT = 30, AXIS_HEIGHT = 18;

function padRange(range) {
  var pad = Math.max(1, (range[1] - range[0]) * 0.02);
  return [range[0] - pad, range[1] + pad];
}
function xOf(day) { return PAD_LEFT + (day - TL.view[0]) / (TL.view[1] - TL.view[0]) * (TL.width - PAD_LEFT - PAD_RIGHT); }
function dayAt(x) { return TL.view[0] + (x - PAD_LEFT) / (TL.width - PAD_LEFT - PAD_RIGHT) * (TL.view[1] - TL.view[0]); }

function drawTimeline() {
  var canvas = TL.canvas, ratio = window.devicePixelRatio || 1;
  var w = canvas.clientWidth, h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
  }
  TL.width = w; TL.height = h;
  var ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!TL.view) {
    ctx.fillStyle = '#777'; ctx.font = '13px sans-serif';
    ctx.fillText('No dated events', PAD_LEFT + 4, h / 2);
    return;
  }
  drawHistogram(ctx, w);
  drawLanes(ctx, w, h);
  drawAxis(ctx, w, h);
  drawBrushAndSelection(ctx, w, h);
}

function pixelsPerDay() { return (TL.width - PAD_LEFT - PAD_RIGHT) / (TL.view[1] - TL.view[0]); }

// Bars of events per period: per day when days are wide enough, else per 3 pixels.
function drawHistogram(ctx, w) {
  var perDay = pixelsPerDay() >= 3, first = Math.floor(TL.view[0]);
  var binWidth = perDay ? pixelsPerDay() : 3, bins = perDay ? Math.ceil(TL.view[1]) - first + 1 : Math.ceil(w / binWidth);
  var nTypes = TYPE_COLORS.length;
  var counts = new Float64Array(bins * nTypes), totals = new Float64Array(bins), max = 0;
  for (var i = 0; i < N; i++) {
    if (!PASS_ATTR[i] || isNaN(EV.d[i])) continue;
    var b = perDay ? EV.d[i] - first : Math.floor(xOf(EV.d[i] + 0.5) / binWidth);
    if (b < 0 || b >= bins) continue;
    counts[b * nTypes + EV.type[i]]++;
    if (++totals[b] > max) max = totals[b];
  }
  function binX(b) { return perDay ? xOf(first + b) : b * binWidth; }
  if (!max) return;
  var base = HIST_TOP + HIST_HEIGHT;
  for (var t = 0; t < nTypes; t++) {
    ctx.fillStyle = TYPE_COLORS[t];
    for (b = 0; b < bins; b++) {
      var below = 0;
      for (var u = 0; u < t; u++) below += counts[b * nTypes + u];
      var c = counts[b * nTypes + t];
      if (!c) continue;
      var y0 = base - below / max * HIST_HEIGHT, hh = c / max * HIST_HEIGHT;
      ctx.fillRect(binX(b) + (perDay ? binWidth * 0.1 : 0), y0 - hh, perDay ? binWidth * 0.8 : binWidth - 0.5, Math.max(hh, 0.8));
    }
  }
  ctx.fillStyle = '#888'; ctx.font = '10px sans-serif'; ctx.textAlign = 'right';
  ctx.fillText("highest bar: " + max + (max === 1 ? " event" : " events"), w - PAD_RIGHT, HIST_TOP - 3);
  ctx.textAlign = 'left';
}

// An event known to the day is a mark up to a day wide (at least 4 px, at most 14 px).
function dayMarkHalfWidth() { return Math.max(2, Math.min(7, pixelsPerDay() * 0.4)); }

// Greedy lanes: each event goes to the first lane free at its start; when all are taken it overlaps.
function drawLanes(ctx, w, h) {
  var top = HIST_TOP + HIST_HEIGHT + 6, bottom = h - AXIS_HEIGHT - 2;
  var inView = 0;
  for (var k = 0; k < BY_START.length; k++) {
    var e = BY_START[k];
    if (PASS_ATTR[e] && EV.d1[e] + 1 > TL.view[0] && EV.d0[e] < TL.view[1]) inView++;
  }
  TL.lane.fill(-1);
  if (inView > DENSE_ABOVE) { drawDensity(ctx, w, top, bottom); return; }
  var laneHeight = inView > 300 ? 5 : 9, lanes = Math.max(1, Math.floor((bottom - top) / laneHeight));
  TL.laneTop = top; TL.laneHeight = laneHeight;
  var laneEnd = new Float64Array(lanes).fill(-Infinity);
  var nTypes = TYPE_COLORS.length, spans = [], points = [], seen = [];
  for (var t = 0; t < nTypes; t++) { spans.push([]); points.push([]); seen.push(new Set()); }
  for (k = 0; k < BY_START.length; k++) {
    var i = BY_START[k];
    if (!PASS_ATTR[i]) continue;
    var x0, x1;
    if (EV.isSpan[i]) { x0 = xOf(EV.d0[i]); x1 = Math.max(xOf(EV.d1[i] + 1), x0 + 3); }
    else { var half = dayMarkHalfWidth(); x0 = xOf(EV.d[i] + 0.5) - half; x1 = x0 + 2 * half; }
    if (x1 < 0 || x0 > w) continue;
    var lane = -1;
    for (var l = 0; l < lanes; l++) if (laneEnd[l] <= x0 - 1) { lane = l; break; }
    if (lane < 0) lane = i % lanes;
    laneEnd[lane] = Math.max(laneEnd[lane], x1);
    TL.lane[i] = lane;
    // Marks that would cover the same pixels (many events on one day) are drawn once.
    var key = ((Math.round(x0) * 4096 + Math.round(x1 - x0)) * 1024 + lane) * 2 + SHOWN[i];
    if (seen[EV.type[i]].has(key)) continue;
    seen[EV.type[i]].add(key);
    (EV.isSpan[i] ? spans : points)[EV.type[i]].push(x0, top + lane * laneHeight, x1 - x0, SHOWN[i]);
  }
  var barHeight = laneHeight - 1.5;
  for (t = 0; t < nTypes; t++) {
    ctx.strokeStyle = ctx.fillStyle = TYPE_COLORS[t];
    var list = spans[t];
    for (k = 0; k < list.length; k += 4) {
      ctx.globalAlpha = list[k + 3] ? 0.3 : 0.08;
      ctx.fillRect(list[k], list[k + 1], list[k + 2], barHeight);
      ctx.globalAlpha = list[k + 3] ? 0.9 : 0.2;
      ctx.strokeRect(list[k] + 0.5, list[k + 1] + 0.5, list[k + 2] - 1, barHeight - 1);
    }
    list = points[t];
    for (k = 0; k < list.length; k += 4) {
      ctx.globalAlpha = list[k + 3] ? 0.9 : 0.2;
      ctx.fillRect(list[k], list[k + 1], list[k + 2], barHeight);
    }
  }
  ctx.globalAlpha = 1;
}

// Too many events in view for one mark each: one row per event type, shaded by events per period.
// Zooming in (wheel) brings back the individual marks.
var DENSE_ABOVE = 1500;
function drawDensity(ctx, w, top, bottom) {
  var binWidth = 3, bins = Math.ceil(w / binWidth), nTypes = TYPE_COLORS.length;
  var counts = new Float64Array(nTypes * bins), used = new Uint8Array(nTypes), max = 0;
  for (var i = 0; i < N; i++) {
    if (!PASS_ATTR[i] || isNaN(EV.d[i])) continue;
    var b = Math.floor(xOf(EV.d[i] + 0.5) / binWidth);
    if (b < 0 || b >= bins) continue;
    used[EV.type[i]] = 1;
    var c = ++counts[EV.type[i] * bins + b];
    if (c > max) max = c;
  }
  var rows = [];
  for (var t = 0; t < nTypes; t++) if (used[t]) rows.push(t);
  var rowHeight = Math.min(16, (bottom - top) / Math.max(1, rows.length));
  rows.forEach(function (t, r) {
    ctx.fillStyle = TYPE_COLORS[t];
    for (var b = 0; b < bins; b++) {
      var c = counts[t * bins + b];
      if (!c) continue;
      ctx.globalAlpha = 0.15 + 0.85 * Math.sqrt(c / max);
      ctx.fillRect(b * binWidth, top + r * rowHeight, binWidth, rowHeight - 1);
    }
    ctx.globalAlpha = 1;
    ctx.fillStyle = '#333'; ctx.font = '10px sans-serif';
    ctx.fillText(DICTS.type[t] || 'unknown type', PAD_LEFT + 2, top + r * rowHeight + rowHeight - 4);
  });
}

var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function drawAxis(ctx, w, h) {
  var y = h - AXIS_HEIGHT, daysPerPixel = (TL.view[1] - TL.view[0]) / Math.max(1, w - PAD_LEFT - PAD_RIGHT);
  var spacing = 90 * daysPerPixel;  // days between labels, at least
  ctx.strokeStyle = '#999'; ctx.fillStyle = '#444'; ctx.font = '11px sans-serif'; ctx.lineWidth = 1;
  ctx.beginPath(); ctx.moveTo(0, y + 0.5); ctx.lineTo(w, y + 0.5); ctx.stroke();
  var ticks = [], start = new Date(Math.floor(TL.view[0]) * DAY_MS), end = TL.view[1];
  if (spacing <= 14) {
    var step = [1, 2, 7, 14].find(function (s) { return s >= spacing; });
    for (var d = Math.ceil(TL.view[0] / step) * step; d < end; d += step) {
      var date = new Date(d * DAY_MS);
      ticks.push([d, date.getUTCDate() + ' ' + MONTHS[date.getUTCMonth()] + ' ' + date.getUTCFullYear()]);
    }
  } else if (spacing <= 183) {
    var months = [1, 3, 6].find(function (m) { return m * 30 >= spacing; }) || 6;
    var m = Math.floor((start.getUTCFullYear() * 12 + start.getUTCMonth()) / months) * months;
    for (; ; m += months) {
      var day = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
      if (day >= end) break;
      if (day >= TL.view[0]) ticks.push([day, MONTHS[m % 12] + ' ' + Math.floor(m / 12)]);
    }
  } else {
    var years = [1, 2, 5, 10, 20, 50].find(function (s) { return s * 365 >= spacing; }) || 100;
    for (var yr = Math.ceil(start.getUTCFullYear() / years) * years; ; yr += years) {
      var first = Date.UTC(yr, 0, 1) / DAY_MS;
      if (first >= end) break;
      if (first >= TL.view[0]) ticks.push([first, String(yr)]);
    }
  }
  TL.axisLabels = [];
  ticks.forEach(function (tick) {
    var x = Math.round(xOf(tick[0])) + 0.5, width = ctx.measureText(tick[1]).width;
    ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x, y + 4); ctx.stroke();
    if (x + 3 + width > w) return;  // a label cut at the edge ("28 Mar 202") reads as a wrong date
    ctx.fillText(tick[1], x + 3, y + 14);
    TL.axisLabels.push([x + 3, width, tick[1]]);
  });
}

function drawBrushAndSelection(ctx, w, h) {
  var b = STATE.brush;
  if (b) {
    var x0 = xOf(b[0]), x1 = xOf(b[1]);
    ctx.fillStyle = 'rgba(38, 50, 56, 0.10)';
    ctx.fillRect(0, 0, Math.max(0, x0), h - AXIS_HEIGHT);
    ctx.fillRect(x1, 0, Math.max(0, w - x1), h - AXIS_HEIGHT);
    ctx.strokeStyle = '#1565c0'; ctx.lineWidth = 1.5;
    ctx.strokeRect(x0, 1, x1 - x0, h - AXIS_HEIGHT - 2);
    ctx.fillStyle = '#1565c0'; ctx.font = '11px sans-serif';
    ctx.fillText(isoDay(Math.floor(b[0])) + ' \u2013 ' + isoDay(Math.ceil(b[1]) - 1), Math.max(2, x0 + 3), 11);
  }
  var i = STATE.selected;
  if (i >= 0 && !isNaN(EV.d[i])) {
    var x = xOf(EV.d[i] + 0.5);
    ctx.strokeStyle = '#111'; ctx.lineWidth = 1; ctx.setLineDash([4, 3]);
    ctx.beginPath(); ctx.moveTo(x, HIST_TOP); ctx.lineTo(x, h - AXIS_HEIGHT); ctx.stroke();
    ctx.setLineDash([]);
    var box = itemBox(i);
    if (box) {
      ctx.lineWidth = 2.5; ctx.strokeStyle = '#111';
      ctx.strokeRect(box[0] - 2, box[1] - 2, box[2] + 4, box[3] + 4);
    }
  }
}

// Returns [x, y, width, height] of event i's mark on the timeline, or null when it is not drawn.
function itemBox(i) {
  if (i < 0 || TL.lane[i] < 0) return null;
  var x0 = EV.isSpan[i] ? xOf(EV.d0[i]) : xOf(EV.d[i] + 0.5) - dayMarkHalfWidth();
  var x1 = EV.isSpan[i] ? Math.max(xOf(EV.d1[i] + 1), x0 + 3) : x0 + 2 * dayMarkHalfWidth();
  return [x0, TL.laneTop + TL.lane[i] * TL.laneHeight, x1 - x0, TL.laneHeight - 1.5];
}

// Returns the shown event drawn at (x, y) on the timeline, or -1.
function timelineHit(x, y) {
  var lane = Math.floor((y - TL.laneTop) / TL.laneHeight), best = -1, bestDist = 4;
  if (lane < 0) return -1;
  for (var i = 0; i < N; i++) {
    if (TL.lane[i] !== lane || !SHOWN[i]) continue;
    var box = itemBox(i);
    var dist = x < box[0] ? box[0] - x : x > box[0] + box[2] ? x - box[0] - box[2] : 0;
    if (dist < bestDist || (dist === 0 && bestDist === 0 && !EV.isSpan[i])) { best = i; bestDist = dist; }
  }
  return best;
}

(function wireTimeline() {
  var canvas = TL.canvas, dragFrom = null, moved = false, frame = 0;
  function localX(e) { return e.clientX - canvas.getBoundingClientRect().left; }
  canvas.addEventListener('mousedown', function (e) {
    if (!TL.view || e.button !== 0) return;
    dragFrom = localX(e); moved = false;
    showHover(e, '');
    e.preventDefault();
  });
  canvas.addEventListener('mousemove', function (e) {
    if (dragFrom !== null || !TL.view) return;
    var rect = canvas.getBoundingClientRect(), i = timelineHit(e.clientX - rect.left, e.clientY - rect.top);
    canvas.style.cursor = i >= 0 ? 'pointer' : 'crosshair';
    showHover(e, i >= 0 ? summary(i) : isoDay(Math.floor(dayAt(e.clientX - rect.left))));
  });
  canvas.addEventListener('mouseleave', function (e) { showHover(e, ''); });
  window.addEventListener('mousemove', function (e) {
    if (dragFrom === null) return;
    var x = localX(e);
    if (Math.abs(x - dragFrom) < 4 && !moved) return;
    moved = true;
    var a = dayAt(Math.min(dragFrom, x)), b = dayAt(Math.max(dragFrom, x));
    STATE.brush = [Math.floor(a), Math.max(Math.floor(a) + 1, Math.ceil(b))];
    if (!frame) frame = requestAnimationFrame(function () { frame = 0; stopPlaying(); applyBrush(); });
  });
  window.addEventListener('mouseup', function (e) {
    if (dragFrom === null) return;
    var wasClick = !moved;
    dragFrom = null;
    if (!wasClick) return;
    var rect = canvas.getBoundingClientRect();
    var i = timelineHit(e.clientX - rect.left, e.clientY - rect.top);
    if (i >= 0) {
      if (EV.located[i] && !MAP.getBounds().contains([EV.lat[i], EV.lon[i]])) MAP.panTo([EV.lat[i], EV.lon[i]]);
      openPopup([i], 0);
    } else if (STATE.brush) {
      STATE.brush = null; stopPlaying(); applyBrush();
    }
  });
  canvas.addEventListener('wheel', function (e) {
    if (!TL.view) return;
    e.preventDefault();
    var at = dayAt(localX(e)), factor = e.deltaY > 0 ? 1.25 : 0.8;
    var span = Math.max(3, (TL.view[1] - TL.view[0]) * factor);
    var share = (at - TL.view[0]) / (TL.view[1] - TL.view[0]);
    TL.view = [at - share * span, at + (1 - share) * span];
    drawTimeline();
  }, { passive: false });
  canvas.addEventListener('dblclick', function () {
    if (DATE_RANGE) { TL.view = padRange(DATE_RANGE); drawTimeline(); }
  });
  window.addEventListener('resize', drawTimeline);
})();

// The popup of an event, built from DOM nodes with textContent only: no data is ever parsed as HTML.
var popup = L.popup({ maxWidth: 400, minWidth: 260, autoPanPadding: [20, 20] });
var switchingPopup = false;

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function row(dl, term, value, how) {
  dl.appendChild(el('dt', null, term));
  var dd = el('dd', null, value);
  if (how) { dd.appendChild(document.createElement('br')); dd.appendChild(el('span', 'how', how)); }
  dl.appendChild(dd);
}

function dateText(i) {
  var precision = DICTS.tp[EV.tp[i]] || 'day';
  if (isNaN(EV.d[i])) return 'unknown';
  if (EV.isSpan[i]) return isoDay(EV.d0[i]) + ' \u2013 ' + isoDay(EV.d1[i]) + ' (known to the ' + precision + ')';
  return isoDay(EV.d[i]) + ' (' + precision + ')';
}

function placeText(i) {
  var parts = [DICTS.loc[EV.loc[i]], DICTS.adm[EV.adm[i]], DICTS.cc[EV.cc[i]]].filter(Boolean);
  var text = parts.length ? parts.join(', ') : 'not located';
  if (EV.gp[i] > 0) text += ' \u2014 ' + (GEO_PRECISION_NAMES[EV.gp[i]] || 'precision ' + EV.gp[i]);
  return text;
}

// The evidence sentence with the trigger words and the place name marked.
function evidenceNode(i) {
  var text = DICTS.ev[EV.ev[i]], quote = el('blockquote', 'evidence');
  var spans = [], hl = COLS.hl[i];
  if (hl) {
    if (hl[0] >= 0) spans.push([hl[0], hl[1], 'trigger']);
    if (hl[2] >= 0) spans.push([hl[2], hl[3], 'place']);
  }
  spans.sort(function (a, b) { return a[0] - b[0]; });
  var at = 0;
  spans.forEach(function (s) {
    if (s[0] < at || s[1] > text.length) return;  // overlapping or out of range: leave unmarked
    quote.appendChild(document.createTextNode(text.slice(at, s[0])));
    quote.appendChild(el('mark', s[2], text.slice(s[0], s[1])));
    at = s[1];
  });
  quote.appendChild(document.createTextNode(text.slice(at)));
  return quote;
}

function sourcesNode(i) {
  var list = el('ul', 'sources');
  COLS.src[i].forEach(function (k) {
    var a = ARTICLES[k], item = el('li');
    var title = a[1] || a[0], url = safeUrl(a[3]);
    if (url) {
      var link = el('a', null, title);
      link.href = url; link.target = '_blank'; link.rel = 'noopener noreferrer';
      item.appendChild(link);
    } else {
      item.appendChild(el('span', null, title));
    }
    var meta = [a[2], a[4]].filter(Boolean).join(', ');
    if (meta) item.appendChild(el('span', 'how', ' \u2014 ' + meta));
    list.appendChild(item);
  });
  return list;
}

function eventNode(hits, k) {
  var i = hits[k], box = el('div', 'event-popup');
  box.setAttribute('data-event', String(i));
  if (hits.length > 1) {
    var pager = el('div', 'pager');
    var prev = el('button', null, '\u25c0'), next = el('button', null, '\u25b6');
    prev.type = next.type = 'button';
    prev.disabled = k === 0; next.disabled = k === hits.length - 1;
    prev.onclick = function (e) { L.DomEvent.stop(e); openPopup(hits, k - 1); };
    next.onclick = function (e) { L.DomEvent.stop(e); openPopup(hits, k + 1); };
    pager.appendChild(prev);
    pager.appendChild(el('span', null, 'event ' + (k + 1) + ' of ' + hits.length + ' here'));
    pager.appendChild(next);
    box.appendChild(pager);
  }
  var heading = el('h3'), swatch = el('span', 'swatch');
  swatch.style.background = TYPE_COLORS[EV.type[i]];
  heading.appendChild(swatch);
  heading.appendChild(el('span', null, [DICTS.type[EV.type[i]] || 'Event', DICTS.sub[EV.sub[i]]].filter(Boolean).join(' \u2014 ')));
  box.appendChild(heading);
  var dl = el('dl');
  row(dl, 'Date', dateText(i), DICTS.dsrc[EV.dsrc[i]]);
  row(dl, 'Place', placeText(i), DICTS.psrc[EV.psrc[i]]);
  var actors = [DICTS.actor[EV.a1[i]], DICTS.actor[EV.a2[i]]];
  row(dl, 'Actors', actors[0] || actors[1] ? (actors[0] || 'unknown') + (actors[1] ? ' \u2192 ' + actors[1] : '') : 'not named');
  row(dl, 'Fatalities', EV.fat[i] >= 0 ? String(EV.fat[i]) : 'not reported');
  box.appendChild(dl);
  if (DICTS.ev[EV.ev[i]]) box.appendChild(evidenceNode(i));
  if (COLS.src[i].length) {
    box.appendChild(el('strong', null, COLS.src[i].length > 1 ? 'Sources' : 'Source'));
    box.appendChild(sourcesNode(i));
  }
  box.appendChild(el('div', 'event-id', COLS.id[i]));
  return box;
}

// Opens the popup on hits[k] (other events at the same spot are paged through) and selects it.
function openPopup(hits, k) {
  var i = hits[k];
  var at = EV.located[i] ? [EV.lat[i], EV.lon[i]] : MAP.getCenter();
  switchingPopup = true;
  popup.setLatLng(at).setContent(eventNode(hits, k));
  if (!MAP.hasLayer(popup)) popup.openOn(MAP);
  switchingPopup = false;
  select(i);
}
MAP.on('popupclose', function () { if (!switchingPopup) select(-1); });

// A one-line label under the pointer: what a marker or a timeline mark is, before clicking it.
var hoverLabel = document.getElementById('hover-label');
function summary(i) {
  return [DICTS.type[EV.type[i]] || 'Event', isNaN(EV.d[i]) ? '' : isoDay(EV.d[i]) + (EV.isSpan[i] ? ' (' + DICTS.tp[EV.tp[i]] + ')' : ''),
    DICTS.loc[EV.loc[i]], EV.fat[i] > 0 ? EV.fat[i] + ' dead' : ''].filter(Boolean).join(' \u00b7 ');
}
function showHover(event, text) {
  if (!text) { hoverLabel.hidden = true; return; }
  hoverLabel.textContent = text;
  hoverLabel.hidden = false;
  hoverLabel.style.left = Math.min(event.clientX + 12, window.innerWidth - hoverLabel.offsetWidth - 4) + 'px';
  hoverLabel.style.top = (event.clientY > 40 ? event.clientY - 26 : event.clientY + 16) + 'px';
}

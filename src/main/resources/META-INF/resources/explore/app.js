// Waqai exploration page: events from GET /events on a Leaflet map, a timeline, an actor matrix and the
// Arabic evidence of one event. Plain browser JavaScript, no build step; Leaflet is the only library.
'use strict';

(function () {
  const params = new URLSearchParams(location.search);
  // events per request (?size= to change it, e.g. to see the paging work) and how many `next` links to follow
  const PAGE_SIZE = Math.min(1000, Math.max(1, parseInt(params.get('size'), 10) || 500));
  const MAX_PAGES = 10;

  // ACLED's event types and the two extensions of the contract, with their sub-event types.
  const TYPES = {
    'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
    'Explosions/Remote violence': ['Air/drone strike', 'Shelling/artillery/missile attack', 'Suicide bomb',
      'Remote explosive/landmine/IED', 'Chemical weapon', 'Grenade'],
    'Violence against civilians': ['Attack', 'Abduction/forced disappearance', 'Sexual violence'],
    'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
    'Riots': ['Violent demonstration', 'Mob violence'],
    'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
      'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
    'Displacement': ['Displacement'],
    'Diplomacy': ['Talks', 'Statement'],
  };
  const TYPE_AR = {
    'Battles': 'معارك', 'Explosions/Remote violence': 'تفجيرات/عنف عن بعد', 'Violence against civilians': 'عنف ضد المدنيين',
    'Protests': 'احتجاجات', 'Riots': 'أعمال شغب', 'Strategic developments': 'تطورات استراتيجية',
    'Displacement': 'نزوح', 'Diplomacy': 'دبلوماسية',
  };
  const COLORS = {
    'Battles': '#d62728', 'Explosions/Remote violence': '#ff7f0e', 'Violence against civilians': '#9467bd',
    'Protests': '#2ca02c', 'Riots': '#8c564b', 'Strategic developments': '#1f77b4',
    'Displacement': '#e377c2', 'Diplomacy': '#17becf',
  };
  const OTHER_COLOR = '#7f7f7f';
  const color = (type) => COLORS[type] || OTHER_COLOR;

  const $ = (sel) => document.querySelector(sel);
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const SVG = 'http://www.w3.org/2000/svg';

  const state = { events: [], byId: new Map(), markers: new Map(), actors: new Map(), selected: null };

  // ---------- map ----------
  const map = L.map('map', { zoomControl: true, zoomSnap: 0.25 }).setView([35, 38.5], 6);
  const syriaBounds = L.latLngBounds([32.3, 35.7], [37.4, 42.4]);
  if (params.get('tiles') !== 'off') {
    const tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18, attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    });
    let warned = false;
    tiles.on('tileerror', () => {
      if (!warned) { warned = true; $('#map').classList.add('offline'); }
    });
    tiles.addTo(map);
  } else {
    $('#map').classList.add('offline');
  }
  map.attributionControl.addAttribution('Outline: <a href="https://www.naturalearthdata.com/">Natural Earth</a>');
  const eventLayer = L.layerGroup().addTo(map);

  // Governorate labels: each on the first side of its point (right, left, above, below) where it overlaps no label
  // placed before it, south to north; placed again after every zoom. (Damascus and Rif Dimashq, Daraa and
  // As-Suwayda are close enough that labels all on the right run into each other.)
  const govMarkers = [];
  const LABEL_OFFSETS = { right: [4, 0], left: [-4, 0], top: [0, -4], bottom: [0, 4] };
  function placeLabels() {
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const placed = [];
    const order = govMarkers.slice().sort((a, b) => a.getLatLng().lat - b.getLatLng().lat);
    for (const m of order) {
      const tip = m.getTooltip();
      let best = null;
      for (const dir of Object.keys(LABEL_OFFSETS)) {
        tip.options.direction = dir;
        tip.options.offset = LABEL_OFFSETS[dir];
        tip.update();
        const r = tip.getElement().getBoundingClientRect();
        const hits = placed.filter((p) => overlap(p, r)).length;
        if (best == null || hits < best.hits) best = { dir, hits };
        if (!hits) break;
      }
      tip.options.direction = best.dir;
      tip.options.offset = LABEL_OFFSETS[best.dir];
      tip.update();
      placed.push(tip.getElement().getBoundingClientRect());
    }
  }
  map.on('zoomend', placeLabels);
  // the end of the move about to start (or, should the view not change, a moment later)
  const nextMoveEnd = () => new Promise((resolve) => { map.once('moveend', resolve); setTimeout(resolve, 3000); });

  function drawBase() {
    const outline = fetch('syria.geojson').then((r) => r.json()).then((gj) => {
      const layer = L.geoJSON(gj, { style: { color: '#333', weight: 2, fill: true, fillColor: '#f3efe4', fillOpacity: 0.35 },
        interactive: false }).addTo(map);
      layer.bringToBack();
      // the first view has settled when fitBounds' move ends (or, should it not move, after a moment)
      const settled = nextMoveEnd();
      map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      return settled;
    }).catch(() => map.fitBounds(syriaBounds));
    const govs = fetch('governorates.json').then((r) => r.json()).then((list) => {
      const sel = $('#f-admin1');
      list.slice().sort((a, b) => a.admin1.localeCompare(b.admin1)).forEach((g) => {
        const m = L.circleMarker([g.lat, g.lon], { radius: 3, color: '#555', weight: 1, fillColor: '#fff', fillOpacity: 1,
          interactive: false, className: 'wq-gov' })
          .bindTooltip(`${esc(g.admin1)} · <span lang="ar">${esc(g.ar)}</span>`,
            { permanent: true, direction: 'right', className: 'gov-label', offset: LABEL_OFFSETS.right })
          .addTo(map);
        m.getTooltip().getElement().dataset.admin1 = g.admin1;
        govMarkers.push(m);
        sel.add(new Option(`${g.admin1} · ${g.ar}`, g.admin1));
      });
      placeLabels();
    });
    // place the labels again once the map has its final view and the Arabic font is in: both change their boxes
    // (later pans move every label alike)
    return Promise.all([outline, govs])
      .then(() => (document.fonts ? document.fonts.ready : null))
      .then(placeLabels);
  }

  // ---------- filters ----------
  function fillTypes() {
    const sel = $('#f-type');
    for (const [type, subs] of Object.entries(TYPES)) {
      sel.add(new Option(`${type} · ${TYPE_AR[type]}`, type));
      for (const s of subs) {
        if (s !== type) sel.add(new Option(`\u00a0\u00a0\u00a0${s}`, s));
      }
    }
    const legend = $('#legend');
    legend.innerHTML = Object.keys(TYPES).map((t) =>
      `<span><i style="background:${color(t)}"></i>${esc(t)} · <span lang="ar">${esc(TYPE_AR[t])}</span></span>`).join('');
  }

  const FIELDS = ['actor', 'type', 'admin1', 'from', 'to'];
  function readForm() {
    const f = {};
    for (const k of FIELDS) {
      const v = $('#f-' + k).value.trim();
      if (v) f[k] = v;
    }
    return f;
  }
  function writeForm(f) {
    for (const k of FIELDS) {
      const el = $('#f-' + k);
      const v = f[k] || '';
      if (el.tagName === 'SELECT' && v && ![...el.options].some((o) => o.value === v)) el.add(new Option(v, v));
      el.value = v;
    }
  }
  function rememberActors(events) {
    for (const e of events) {
      for (const a of [e.actor1, e.actor2, ...(e.assoc1 || []), ...(e.assoc2 || [])]) {
        if (a && a.key && !state.actors.has(a.key)) state.actors.set(a.key, a.name || a.key);
      }
    }
    const sel = $('#f-actor');
    const current = sel.value;
    const have = new Set([...sel.options].map((o) => o.value));
    [...state.actors.entries()].sort((a, b) => a[1].localeCompare(b[1])).forEach(([key, name]) => {
      if (!have.has(key)) sel.add(new Option(`${name} (${key})`, key));
    });
    sel.value = current;
  }

  // ---------- loading ----------
  async function loadEvents(filter) {
    const q = new URLSearchParams(filter);
    q.set('size', PAGE_SIZE);
    let url = '/events?' + q.toString();
    const events = [];
    let pages = 0;
    let capped = false;
    while (url) {
      const r = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!r.ok) {
        let detail = r.statusText;
        try { const p = await r.json(); detail = p.detail || p.title || detail; } catch (e) { /* not JSON */ }
        throw new Error(`${r.status}: ${detail}`);
      }
      const body = await r.json();
      events.push(...(body.events || []));
      pages++;
      if (!body.more || !body.next) break;
      if (pages >= MAX_PAGES) { capped = true; break; }
      const next = new URL(body.next, location.href);   // keep our own origin behind proxies
      url = next.pathname + next.search;
    }
    return { events, capped, pages };
  }

  async function apply(filter, push) {
    const status = $('#status');
    status.className = '';
    status.textContent = 'Loading… · جار التحميل';
    if (push) {
      const q = new URLSearchParams(filter);
      for (const k of ['tiles', 'size']) if (params.get(k)) q.set(k, params.get(k));
      history.replaceState(null, '', location.pathname + (q.toString() ? '?' + q : ''));
    }
    try {
      const { events, capped, pages } = await loadEvents(filter);
      state.events = events;
      state.byId = new Map(events.map((e) => [e.id, e]));
      rememberActors(events);
      render(filter);
      const mapped = state.markers.size;
      status.innerHTML = `${events.length} events · <bdi lang="ar" dir="rtl">${events.length} واقعة</bdi>` +
        ` — ${mapped} on the map` +
        (events.length > mapped ? `, ${events.length - mapped} without coordinates` : '') +
        (capped ? ` — first ${events.length} only (cap of ${MAX_PAGES} pages)` : '') +
        (pages > 1 ? ` (${pages} pages)` : '');
      document.body.dataset.loaded = String(events.length);
    } catch (err) {
      status.className = 'error';
      status.textContent = `Could not load events · تعذر تحميل الوقائع: ${err.message}`;
      document.body.dataset.loaded = 'error';
    }
  }

  // ---------- rendering ----------
  function actorLabel(a) {
    if (!a) return '';
    return a.name || a.key || a.text || '';
  }
  function placeLabel(p) {
    if (!p) return '';
    return [p.name, p.text && p.text !== p.name ? p.text : null].filter(Boolean).join(' · ');
  }

  function render(filter) {
    renderMarkers();
    renderTimeline(filter);
    renderMatrix();
    renderList();
    if (state.selected && state.byId.has(state.selected)) select(state.selected, false);
    else { state.selected = null; clearPanel(); }
  }

  function popupHtml(e) {
    return `<div class="popup"><b style="color:${color(e.type)}">${esc(e.type)}</b>` +
      (e.subtype && e.subtype !== e.type ? ` / ${esc(e.subtype)}` : '') +
      `<br>${esc(e.date || '?')}${e.date_end ? ' – ' + esc(e.date_end) : ''}` +
      (e.actor1 ? `<br>Actor 1: ${esc(actorLabel(e.actor1))}` : '') +
      (e.actor2 ? `<br>Actor 2: ${esc(actorLabel(e.actor2))}` : '') +
      `<br>Place: ${esc(placeLabel(e.place))}${e.place && e.place.admin1 ? ', ' + esc(e.place.admin1) : ''}` +
      `</div>`;
  }

  function renderMarkers() {
    eventLayer.clearLayers();
    state.markers.clear();
    const bounds = L.latLngBounds([]);
    for (const e of state.events) {
      const p = e.place;
      if (!p || typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
      const m = L.circleMarker([p.lat, p.lon], {
        radius: 7, color: '#222', weight: 1, fillColor: color(e.type), fillOpacity: e.negated ? 0.25 : 0.85,
        className: 'wq-marker',
      }).bindPopup(popupHtml(e));
      m.on('click', () => select(e.id, false));
      m.addTo(eventLayer);
      const el = m.getElement();
      if (el) { el.dataset.eventId = e.id; el.dataset.type = e.type; }
      state.markers.set(e.id, m);
      bounds.extend([p.lat, p.lon]);
    }
    if (bounds.isValid()) {
      // once this view has settled the labels are placed on it; data-labels="placed" tells a test so
      const settled = nextMoveEnd();
      map.fitBounds(bounds.extend(syriaBounds), { padding: [10, 10], maxZoom: 9 });
      settled.then(() => { placeLabels(); document.body.dataset.labels = 'placed'; });
    } else {
      document.body.dataset.labels = 'placed';
    }
  }

  // Timeline: events per day, week or month (by the span of the range), stacked by type, in plain SVG.
  function renderTimeline(filter) {
    const box = $('#timeline');
    box.innerHTML = '';
    const dated = state.events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date || ''));
    const day = (s) => Date.parse(s + 'T00:00:00Z') / 864e5;
    let lo = Math.min(...dated.map((e) => day(e.date)));
    let hi = Math.max(...dated.map((e) => day(e.date)));
    if (filter.from && /^\d{4}-\d{2}-\d{2}$/.test(filter.from)) lo = Math.min(lo, day(filter.from));
    if (filter.to && /^\d{4}-\d{2}-\d{2}$/.test(filter.to)) hi = Math.max(hi, day(filter.to));
    const width = Math.max(600, box.clientWidth || 900);
    const height = 170;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('id', 'timeline-svg');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('role', 'img');
    box.appendChild(svg);
    const node = (name, attrs, parent, text) => {
      const n = document.createElementNS(SVG, name);
      for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
      if (text != null) n.textContent = text;
      (parent || svg).appendChild(n);
      return n;
    };
    if (!dated.length) {
      $('#timeline-unit').textContent = '';
      node('text', { x: 10, y: 30, class: 'empty' }, svg, 'No dated events · لا وقائع مؤرخة');
      return;
    }
    const span = hi - lo;
    const unit = span <= 92 ? 'day' : span <= 3 * 366 ? 'week' : 'month';
    $('#timeline-unit').textContent = `(per ${unit} · ${{ day: 'يومي', week: 'أسبوعي', month: 'شهري' }[unit]})`;
    const iso = (d) => new Date(d * 864e5).toISOString().slice(0, 10);
    // bin start (days since epoch) of a day number
    const binOf = (d) => {
      if (unit === 'day') return d;
      if (unit === 'week') return d - ((new Date(d * 864e5).getUTCDay() + 6) % 7);   // Monday
      const t = new Date(d * 864e5);
      return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) / 864e5;
    };
    const nextBin = (b) => {
      if (unit === 'day') return b + 1;
      if (unit === 'week') return b + 7;
      const t = new Date(b * 864e5);
      return Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1) / 864e5;
    };
    const bins = [];
    for (let b = binOf(lo); b <= hi; b = nextBin(b)) bins.push(b);
    const index = new Map(bins.map((b, i) => [b, i]));
    const counts = bins.map(() => ({}));
    for (const e of dated) {
      const i = index.get(binOf(day(e.date)));
      if (i == null) continue;
      counts[i][e.type] = (counts[i][e.type] || 0) + 1;
    }
    const totals = counts.map((c) => Object.values(c).reduce((a, b) => a + b, 0));
    // Years without events would take most of the width (the sample corpus has 2014, 2017 and 2024): a run of
    // more than GAP_AFTER empty bins is drawn as one narrow break, its dates in its title.
    const GAP_AFTER = 2, GAP_W = 22;
    const slots = [];
    for (let i = 0; i < bins.length;) {
      let j = i;
      while (j < bins.length && !totals[j]) j++;
      if (j - i > GAP_AFTER) {
        slots.push({ gap: true, from: bins[i], to: (j < bins.length ? bins[j] : nextBin(bins[j - 1])) - 1 });
        i = j;
      } else {
        const end = Math.max(j, i + 1);
        for (; i < end; i++) slots.push({ gap: false, i });
      }
    }
    const max = Math.max(1, ...totals);
    const left = 34, right = 8, top = 8, bottom = 26;
    const plotW = width - left - right, plotH = height - top - bottom;
    const gaps = slots.filter((sl) => sl.gap).length;
    const bw = (plotW - gaps * GAP_W) / (slots.length - gaps);
    // y axis
    node('line', { x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, class: 'axis' });
    for (const v of [0, Math.ceil(max / 2), max].filter((v, i, a) => a.indexOf(v) === i)) {
      const y = top + plotH - (v / max) * plotH;
      node('text', { x: left - 4, y: y + 4, 'text-anchor': 'end', class: 'tick' }, svg, String(v));
      if (v) node('line', { x1: left, y1: y, x2: left + plotW, y2: y, class: 'grid' });
    }
    const order = Object.keys(TYPES);
    const label = (b) => unit === 'month' ? iso(b).slice(0, 7) : iso(b);
    let x = left, lastLabel = -Infinity;
    for (const sl of slots) {
      if (sl.gap) {
        const g = node('g', { class: 'gap', 'data-from': iso(sl.from), 'data-to': iso(sl.to) });
        node('text', { x: x + GAP_W / 2, y: top + plotH - 4, 'text-anchor': 'middle', class: 'tick' }, g, '⋯');
        node('title', {}, g, `${iso(sl.from)} – ${iso(sl.to)}: no events · لا وقائع`);
        x += GAP_W;
        continue;
      }
      const i = sl.i, b = bins[i];
      let y = top + plotH;
      const g = node('g', { class: 'bin', 'data-from': iso(b), 'data-to': iso(nextBin(b) - 1) });
      const types = Object.keys(counts[i]).sort((p, q) => (order.indexOf(p) + 99 * (order.indexOf(p) < 0)) -
        (order.indexOf(q) + 99 * (order.indexOf(q) < 0)));
      for (const t of types) {
        const h = (counts[i][t] / max) * plotH;
        y -= h;
        node('rect', { x: x + (bw > 3 ? 0.5 : 0), y, width: Math.max(1, bw - (bw > 3 ? 1 : 0)), height: h,
          fill: color(t), class: 'bar', 'data-type': t }, g);
      }
      node('title', {}, g, `${iso(b)}${unit === 'day' ? '' : ' – ' + iso(nextBin(b) - 1)}: ${totals[i]} events` +
        types.map((t) => `\n${t}: ${counts[i][t]}`).join(''));
      if (totals[i]) {
        g.style.cursor = 'pointer';
        g.addEventListener('click', () => {
          writeForm({ ...readForm(), from: iso(b), to: iso(nextBin(b) - 1) });
          apply(readForm(), true);
        });
      }
      // x labels where there is room: at a bin after a break, and at least 80 px apart
      const afterGap = slots[slots.indexOf(sl) - 1]?.gap;
      if (x - lastLabel >= 80 || (afterGap && x - lastLabel >= 60)) {
        node('text', { x, y: height - 8, class: 'tick' }, svg, label(b));
        lastLabel = x;
      }
      x += bw;
    }
  }

  // Who fought whom: actor 1 (rows) against actor 2 (columns), over the loaded events that name both.
  function renderMatrix() {
    const box = $('#matrix');
    const keyOf = (a) => a.key || 'name:' + (a.name || a.text);
    const names = new Map();
    const cells = new Map();
    const rowTotals = new Map(), colTotals = new Map();
    let pairs = 0;
    for (const e of state.events) {
      if (!e.actor1 || !e.actor2) continue;
      const a = keyOf(e.actor1), b = keyOf(e.actor2);
      names.set(a, actorLabel(e.actor1));
      names.set(b, actorLabel(e.actor2));
      const k = a + '\u0000' + b;
      cells.set(k, (cells.get(k) || 0) + 1);
      rowTotals.set(a, (rowTotals.get(a) || 0) + 1);
      colTotals.set(b, (colTotals.get(b) || 0) + 1);
      pairs++;
    }
    const rows = [...rowTotals.keys()].sort((p, q) => rowTotals.get(q) - rowTotals.get(p));
    const cols = [...colTotals.keys()].sort((p, q) => colTotals.get(q) - colTotals.get(p));
    if (!pairs) {
      box.innerHTML = '<table id="actor-matrix" class="matrix"><tbody><tr><td>No event names two actors · ' +
        '<span lang="ar">لا واقعة تذكر طرفين</span></td></tr></tbody></table>';
      return;
    }
    const max = Math.max(...cells.values());
    let html = '<table id="actor-matrix" class="matrix"><thead><tr><th>actor 1 ↓ / actor 2 →</th>' +
      cols.map((c) => `<th scope="col">${esc(names.get(c))}</th>`).join('') + '<th>Σ</th></tr></thead><tbody>';
    for (const r of rows) {
      html += `<tr><th scope="row">${esc(names.get(r))}</th>`;
      for (const c of cols) {
        const n = cells.get(r + '\u0000' + c) || 0;
        const alpha = n ? 0.15 + 0.7 * (n / max) : 0;
        html += `<td class="${n ? 'n' : 'z'}" style="${n ? `background:rgba(214,39,40,${alpha.toFixed(2)})` : ''}">` +
          `${n || ''}</td>`;
      }
      html += `<td class="sum">${rowTotals.get(r)}</td></tr>`;
    }
    html += `<tr><th>Σ</th>${cols.map((c) => `<td class="sum">${colTotals.get(c)}</td>`).join('')}<td class="sum">${pairs}</td></tr>`;
    html += '</tbody></table>';
    box.innerHTML = html;
  }

  function renderList() {
    const tbody = $('#events tbody');
    $('#list-count').textContent = `(${state.events.length})`;
    const sorted = state.events.slice().sort((a, b) => (a.date || '').localeCompare(b.date || '') ||
      a.id.localeCompare(b.id));
    tbody.innerHTML = sorted.map((e) =>
      `<tr data-event-id="${esc(e.id)}" tabindex="0"${e.negated ? ' class="negated"' : ''}>` +
      `<td>${esc(e.date || '')}</td>` +
      `<td><i class="dot" style="background:${color(e.type)}"></i>${esc(e.subtype || e.type)}</td>` +
      `<td>${esc(actorLabel(e.actor1))}</td><td>${esc(actorLabel(e.actor2))}</td>` +
      `<td>${esc(placeLabel(e.place))}</td><td>${esc(e.place ? e.place.admin1 || '' : '')}</td>` +
      `<td>${e.fatalities == null ? '' : esc(e.fatalities)}</td></tr>`).join('');
  }
  $('#events tbody').addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr[data-event-id]');
    if (tr) select(tr.dataset.eventId, true);
  });
  $('#events tbody').addEventListener('keydown', (ev) => {
    const tr = ev.target.closest('tr[data-event-id]');
    if (tr && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); select(tr.dataset.eventId, true); }
  });

  // ---------- the event panel ----------
  function clearPanel() {
    const latest = state.events.filter((e) => e.date && e.evidence).sort((a, b) => b.date.localeCompare(a.date))[0];
    $('#event-detail').innerHTML = '<div id="panel-help" class="help">' +
      '<p><b>Click a marker on the map or a row of the table</b> to read the event here: the Arabic sentence it was ' +
      'read from, its trigger word marked, its actors, place, date and casualties, and links to its article.</p>' +
      '<p lang="ar" dir="rtl">انقر على علامة في الخريطة أو على صف في الجدول لقراءة الواقعة: الجملة التي استُخرجت منها ' +
      'وكلمة الحدث مظللة، والفاعلون والمكان والتاريخ والضحايا.</p>' +
      '<p>A bar of the timeline keeps only its dates; the filters above narrow by actor, type, governorate and ' +
      'dates; the matrix below counts who fought whom.</p>' +
      (latest ? `<p><button type="button" id="show-latest">Show the latest event · أحدث واقعة</button></p>` : '') +
      '</div>';
    if (latest) $('#show-latest').addEventListener('click', () => select(latest.id, true));
  }

  // The sentence with the trigger (and actor and place mentions, where their offsets fall inside it) marked.
  // All offsets are UTF-16 code units into the article, as JavaScript strings count them too.
  function evidenceHtml(e) {
    const ev = e.evidence || {};
    const s = ev.sentence || '';
    const base = typeof ev.start === 'number' ? ev.start : null;
    const spans = [];
    const add = (start, end, cls, expect) => {
      if (base == null || typeof start !== 'number' || typeof end !== 'number') return;
      const a = start - base, b = end - base;
      if (a < 0 || b > s.length || a >= b) return;
      if (expect && s.slice(a, b) !== expect) return;   // offsets that do not point at the quoted text: leave unmarked
      spans.push({ a, b, cls });
    };
    add(ev.trigger_start, ev.trigger_end, 'trigger');
    if (e.actor1) add(e.actor1.start, e.actor1.end, 'actor1', e.actor1.text);
    if (e.actor2) add(e.actor2.start, e.actor2.end, 'actor2', e.actor2.text);
    if (e.place) add(e.place.start, e.place.end, 'place', e.place.text);
    spans.sort((x, y) => x.a - y.a || (x.cls === 'trigger' ? -1 : 1));
    let out = '', at = 0;
    for (const sp of spans) {
      if (sp.a < at) continue;   // overlapping: the earlier (or the trigger) wins
      out += esc(s.slice(at, sp.a));
      out += sp.cls === 'trigger' ? `<mark class="trigger">${esc(s.slice(sp.a, sp.b))}</mark>`
        : `<span class="${sp.cls}">${esc(s.slice(sp.a, sp.b))}</span>`;
      at = sp.b;
    }
    return out + esc(s.slice(at));
  }

  function select(id, fromList) {
    const e = state.byId.get(id);
    if (!e) return;
    state.selected = id;
    document.querySelectorAll('#events tr.selected').forEach((r) => r.classList.remove('selected'));
    const row = document.querySelector(`#events tr[data-event-id="${CSS.escape(id)}"]`);
    if (row) {
      row.classList.add('selected');
      if (!fromList) row.scrollIntoView({ block: 'nearest' });
    }
    const m = state.markers.get(id);
    if (m && fromList) {
      map.panTo(m.getLatLng());
      m.openPopup();
    }
    const actor = (a, role) => a ? `<dt>${role}</dt><dd>${esc(actorLabel(a))}${a.key ? ` <code>${esc(a.key)}</code>` : ''}` +
      `${a.text ? ` · <span lang="ar" dir="rtl">${esc(a.text)}</span>` : ''}` +
      `${a.inferred ? ' <span class="flag" title="not named in the sentence; taken from the rest of the article">' +
        'inferred · مستنتج</span>' : ''}</dd>` : '';
    const p = e.place || {};
    const num = (v) => v == null ? '—' : esc(v);
    const flags = [e.negated ? 'negated · منفي' : null, e.hedged ? 'hedged · غير مؤكد' : null].filter(Boolean);
    $('#event-detail').innerHTML =
      `<p class="etype"><i class="dot" style="background:${color(e.type)}"></i><b>${esc(e.type)}</b>` +
      `${e.subtype && e.subtype !== e.type ? ' / ' + esc(e.subtype) : ''}` +
      `${flags.length ? ` <span class="flag">${esc(flags.join(', '))}</span>` : ''}</p>` +
      '<dl>' +
      `<dt>Date · التاريخ</dt><dd>${esc(e.date || '?')}${e.date_end ? ' – ' + esc(e.date_end) : ''}` +
      `${e.date_precision && e.date_precision !== 'day' ? ` (${esc(e.date_precision)})` : ''}</dd>` +
      actor(e.actor1, 'Actor 1 · الفاعل') + actor(e.actor2, 'Actor 2 · المفعول به') +
      `<dt>Place · المكان</dt><dd>${esc(p.name || '')}${p.text ? ` · <span lang="ar" dir="rtl">${esc(p.text)}</span>` : ''}` +
      `${p.admin1 ? ', ' + esc(p.admin1) : ''}${p.precision ? ` (${esc(p.precision)})` : ''}</dd>` +
      `<dt>Killed / injured · قتلى / جرحى</dt><dd>${num(e.fatalities)} / ${num(e.injured)}</dd>` +
      '</dl>' +
      `<h3>Evidence · <span lang="ar">الدليل</span></h3>` +
      `<p id="evidence" class="evidence" dir="rtl" lang="ar">${evidenceHtml(e)}</p>` +
      '<p class="keys"><mark class="trigger">trigger · الحدث</mark> <span class="actor1">actor 1</span> ' +
      '<span class="actor2">actor 2</span> <span class="place">place</span></p>' +
      `<p class="links">Article · المقال: <a id="article-link" href="/id/article/${encodeURIComponent(e.article)}">` +
      `${esc(e.article)}</a><br>Event · الواقعة: <a id="event-link" href="/id/event/${encodeURIComponent(e.id)}">` +
      `${esc(e.id)}</a></p>`;
  }

  // ---------- wiring ----------
  $('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); apply(readForm(), true); });
  $('#f-reset').addEventListener('click', () => { writeForm({}); apply({}, true); });

  fillTypes();
  drawBase().catch(() => { /* the outline is a nicety */ }).finally(() => {
    const initial = {};
    for (const k of FIELDS) if (params.get(k)) initial[k] = params.get(k);
    writeForm(initial);
    apply(initial, false);
  });
})();

// Browser test of the exploration page /explore/ with playwright-core and Debian's Chromium.
//
//   d=$(mktemp -d) && cp .ci/clients/page-test.mjs "$d/" && (cd "$d" && npm init -y >/dev/null &&
//     npm install --silent playwright-core >/dev/null)
//   node "$d/page-test.mjs" http://127.0.0.1:8080 docs/explore.png
//
// Needs a running service with the sample corpus loaded and /usr/bin/chromium (apt-get install -y chromium).
// The screenshot path is taken relative to the current directory. Exits non-zero on any failure.
import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const shot = path.resolve(process.argv[3] || 'docs/explore.png');
const TIMEOUT = 30000;
const ARABIC = /[\u0600-\u06FF]/;

let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`); }
}

// All events of a filter from the API, following `next`, as the page does.
async function apiEvents(filter = {}) {
  const q = new URLSearchParams({ ...filter, size: '500' });
  let url = `${base}/events?${q}`;
  const out = [];
  for (let i = 0; url && i < 50; i++) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error(`GET ${url}: ${r.status}`);
    const body = await r.json();
    out.push(...body.events);
    if (!body.more || !body.next) break;
    const next = new URL(body.next);
    url = base + next.pathname + next.search;
  }
  return out;
}
const mapped = (events) => events.filter((e) => e.place && typeof e.place.lat === 'number' && typeof e.place.lon === 'number');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1500 } });
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => errors.push(String(e)));
  // Start when the page has loaded the events (or failed to): body[data-loaded] is set by app.js.
  const loaded = async () => {
    await page.waitForFunction(() => document.body.dataset.loaded && document.body.dataset.loaded !== 'pending');
    return page.evaluate(() => document.body.dataset.loaded);
  };

  const resp = await page.goto(`${base}/explore/`, { waitUntil: 'domcontentloaded' });
  check('GET /explore/ answers 200', resp && resp.status() === 200, resp ? String(resp.status()) : 'no response');
  const state = await loaded();
  check('events loaded without error', state !== 'error', await page.textContent('#status'));
  const all = await apiEvents();
  check('page loaded every event of /events', Number(state) === all.length, `page ${state}, api ${all.length}`);

  await page.waitForSelector('.wq-marker', { state: 'attached' });
  check('map container is a Leaflet map', await page.locator('#map.leaflet-container').count() === 1);
  check('Leaflet served from the jar', (await fetch(`${base}/webjars/leaflet/1.9.4/dist/leaflet.js`)).ok);
  await page.waitForFunction(() => document.querySelectorAll('.gov-label').length >= 14);
  const outline = await page.locator('.leaflet-overlay-pane path:not(.wq-marker):not(.wq-gov)').count();
  check('Syria outline and 14 governorate labels drawn', outline >= 1 && await page.locator('.gov-label').count() === 14,
    `outline paths ${outline}`);
  const markers = await page.locator('.wq-marker').count();
  check('one marker per mapped event', markers >= 1 && markers === mapped(all).length,
    `markers ${markers}, mapped events ${mapped(all).length}`);
  const bars = await page.locator('#timeline svg rect.bar').count();
  check('timeline SVG has bars', bars >= 1, `bars ${bars}`);

  // Governorate labels do not run into each other (Damascus / Rif Dimashq, Daraa / As-Suwayda were the cases).
  const labelOverlaps = () => page.$$eval('.gov-label', (els) => {
    const boxes = els.map((el) => ({ name: el.dataset.admin1 || el.textContent, r: el.getBoundingClientRect() }));
    const hits = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) hits.push(`${boxes[i].name} / ${boxes[j].name}`);
    }
    return hits;
  });
  // the outline's fitBounds, the font and the labels' placement after them
  await page.waitForFunction(() => document.body.dataset.labels === 'placed', null, { timeout: 15000 });
  let overlaps = await labelOverlaps();
  check('governorate labels do not overlap', overlaps.length === 0, overlaps.join(', '));
  await page.evaluate(() => document.querySelector('.leaflet-control-zoom-in').click());
  await page.waitForTimeout(800);
  overlaps = await labelOverlaps();
  check('governorate labels do not overlap after zooming in', overlaps.length === 0, overlaps.join(', '));
  await page.evaluate(() => document.querySelector('.leaflet-control-zoom-out').click());
  await page.waitForTimeout(800);

  // The timeline spends no width on empty years: a run of empty bins longer than two is one narrow break, and every
  // dated event is in a bar.
  const tl = await page.$$eval('#timeline-svg > g', (gs) => gs.map((g) => ({ gap: g.classList.contains('gap'),
    n: g.querySelectorAll('rect.bar').length, title: g.querySelector('title')?.textContent || '' })));
  let run = 0, longest = 0;
  for (const g of tl) { run = !g.gap && g.n === 0 ? run + 1 : 0; longest = Math.max(longest, run); }
  const inBars = tl.filter((g) => !g.gap).reduce((sum, g) => sum + Number((g.title.match(/: (\d+) events/) || [0, 0])[1]), 0);
  const dated = all.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date || '')).length;
  const years = new Set(all.filter((e) => e.date).map((e) => e.date.slice(0, 4))).size;
  check('timeline collapses empty stretches and counts every dated event', longest <= 2 && inBars === dated &&
    (years < 3 || tl.some((g) => g.gap)), `longest empty run ${longest}, events in bars ${inBars} of ${dated}, ` +
    `breaks ${tl.filter((g) => g.gap).length}, bins ${tl.length}`);

  // Before any click the event panel says what to do, and offers the latest event.
  const help = await page.textContent('#event-detail');
  check('event panel says what to do before a click', /Click a marker on the map or a row/.test(help) &&
    ARABIC.test(help) && await page.locator('#show-latest').count() === 1, help.slice(0, 200));
  const latest = all.filter((e) => e.date && e.evidence).sort((a, b) => b.date.localeCompare(a.date))[0];
  await page.click('#show-latest');
  await page.waitForSelector('#evidence');
  const latestShown = await page.$eval('#event-link', (a) => decodeURIComponent(a.getAttribute('href').replace('/id/event/', '')));
  check('"Show the latest event" shows the latest event', latest && latestShown === latest.id,
    `shown ${latestShown}, latest ${latest && latest.id}`);
  const cells = await page.locator('#actor-matrix td.n').count();
  const pairs = all.filter((e) => e.actor1 && e.actor2).length;
  check('actor matrix present', await page.locator('#actor-matrix').count() === 1 && (pairs === 0 || cells >= 1),
    `cells ${cells}, events with two actors ${pairs}`);
  if (pairs) {
    const total = Number(await page.locator('#actor-matrix tr:last-child td.sum').last().textContent());
    check('actor matrix counts every two-actor event', total === pairs, `matrix ${total}, api ${pairs}`);
  }

  // Type filter: the most frequent type, then compare with /events?type=…
  const freq = {};
  for (const e of all) freq[e.type] = (freq[e.type] || 0) + 1;
  const type = Object.keys(freq).sort((a, b) => freq[b] - freq[a])[0];
  await page.evaluate(() => { document.body.dataset.loaded = 'pending'; });
  await page.selectOption('#f-type', type);
  await page.click('#f-apply');
  const filteredState = await loaded();
  const expected = mapped(await apiEvents({ type }));
  const after = await page.locator('.wq-marker').count();
  const types = await page.$$eval('.wq-marker', (els) => [...new Set(els.map((e) => e.dataset.type))]);
  check(`type filter "${type}" matches /events?type=`, filteredState !== 'error' && after === expected.length &&
    types.length === 1 && types[0] === type, `markers ${after} (before ${markers}), api ${expected.length}, types ${types}`);
  check('filter is kept in the address', new URL(page.url()).searchParams.get('type') === type, page.url());

  // Click a marker: the panel shows its Arabic evidence right to left, the trigger marked, and the links.
  const marker = page.locator('.wq-marker').last();
  const markerId = await marker.evaluate((el) => el.dataset.eventId);
  await marker.click({ force: true });
  await page.waitForSelector('#evidence');
  const ev = await page.$eval('#evidence', (el) => ({ dir: el.getAttribute('dir'), lang: el.getAttribute('lang'),
    text: el.textContent, trigger: el.querySelector('mark.trigger')?.textContent || '' }));
  const shownId = await page.$eval('#event-link', (a) => decodeURIComponent(a.getAttribute('href').replace('/id/event/', '')));
  // a popup opened before (the latest event) fades out while the new one opens: count once the animation is over
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-popup-content').length === 1, null,
    { timeout: 3000 }).catch(() => {});
  const popup = await page.locator('.leaflet-popup-content').count();
  check('marker click opens popup and evidence panel (dir=rtl, lang=ar, Arabic)', popup === 1 && ev.dir === 'rtl' &&
    ev.lang === 'ar' && ARABIC.test(ev.text) && shownId === markerId, JSON.stringify({ popup, ...ev, shownId, markerId }));
  const clicked = all.find((e) => e.id === markerId);
  const t = clicked && clicked.evidence;
  if (t && typeof t.trigger_start === 'number') {
    const want = t.sentence.slice(t.trigger_start - t.start, t.trigger_end - t.start);
    check('trigger highlighted at its offsets', ev.trigger === want && want.length > 0, `shown "${ev.trigger}", want "${want}"`);
  }

  // Reset, click a row, check the links resolve, then the screenshot.
  await page.evaluate(() => { document.body.dataset.loaded = 'pending'; });
  await page.click('#f-reset');
  await loaded();
  const row = page.locator('#events tbody tr').first();
  const rowId = await row.getAttribute('data-event-id');
  await row.click();
  await page.waitForFunction((id) => document.querySelector('#event-link')?.getAttribute('href') ===
    '/id/event/' + encodeURIComponent(id), rowId);
  const rowEv = await page.$eval('#evidence', (el) => ({ dir: el.getAttribute('dir'), text: el.textContent }));
  check('row click shows its event (dir=rtl Arabic evidence)', rowEv.dir === 'rtl' && ARABIC.test(rowEv.text) &&
    await page.locator('#events tr.selected').count() === 1, JSON.stringify(rowEv));
  const links = await page.$$eval('#article-link, #event-link', (as) => as.map((a) => a.href));
  const statuses = await Promise.all(links.map((u) => fetch(u, { headers: { Accept: 'text/html' } }).then((r) => r.status)));
  check('article and event links resolve', links.length === 2 && statuses.every((s) => s === 200),
    JSON.stringify(links.map((u, i) => `${u} ${statuses[i]}`)));

  // An actor 2 that its sentence does not name (inferred from the article) says so.
  const inferred = all.find((e) => e.actor2 && e.actor2.inferred);
  if (inferred) {
    await page.click(`#events tr[data-event-id="${inferred.id}"]`);
    await page.waitForFunction((id) => document.querySelector('#event-link')?.getAttribute('href') ===
      '/id/event/' + encodeURIComponent(id), inferred.id);
    const detail = await page.textContent('#event-detail');
    check('an inferred actor 2 is marked as inferred', detail.includes('inferred · مستنتج'), detail.slice(0, 300));
  } else {
    check('the sample corpus has an inferred actor 2 to show', false);
  }

  // Paging and offline basemap: 5 events a request, no tiles; the page must follow `next` to the end.
  await page.goto(`${base}/explore/?size=5&tiles=off`, { waitUntil: 'domcontentloaded' });
  const paged = await loaded();
  await page.waitForFunction(() => document.querySelectorAll('.gov-label').length >= 14);
  const pagedMarkers = await page.locator('.wq-marker').count();
  const offlineOutline = await page.locator('.leaflet-overlay-pane path:not(.wq-marker):not(.wq-gov)').count();
  check('follows next pages (size=5) and draws Syria without tiles', Number(paged) === all.length &&
    pagedMarkers === mapped(all).length && offlineOutline >= 1 && await page.locator('.leaflet-tile').count() === 0,
    `loaded ${paged}, markers ${pagedMarkers}, outline ${offlineOutline}`);
  await page.goto(`${base}/explore/`, { waitUntil: 'domcontentloaded' });
  await loaded();
  await page.locator('#events tbody tr').first().click();
  await page.waitForSelector('#evidence');

  check('no script errors', errors.length === 0, errors.join(' | '));
  await page.waitForTimeout(800);   // let the popup and the pan finish their animation
  fs.mkdirSync(path.dirname(shot), { recursive: true });
  await page.screenshot({ path: shot, fullPage: true });
  check(`screenshot ${shot}`, fs.statSync(shot).size > 10000);
} catch (e) {
  check('page test ran to the end', false, e.stack || String(e));
} finally {
  await browser.close();
}
console.log(`page: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

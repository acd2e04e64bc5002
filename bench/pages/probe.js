// Loaded first on the bench's dashboard page: records when every data widget shows data (its `ready` custom
// state), checked on each animation frame. Sets window.__benchDone = { t, ready, missing }.
const DATA_TAGS = ['od-table', 'od-chart', 'od-map', 'od-kpi', 'od-facets', 'od-download'];
const LIMIT_MS = 90_000;

function isReady(el) {
  try {
    return el.matches(':state(ready)');
  } catch {
    return false;
  }
}

const firstReady = {};

function check() {
  const els = DATA_TAGS.flatMap((t) => (customElements.get(t) ? [...document.querySelectorAll(t)] : []));
  const defined = DATA_TAGS.filter((t) => customElements.get(t));
  const ready = els.filter(isReady).map((e) => e.localName);
  for (const t of ready) firstReady[t] ??= Math.round(performance.now());
  // Wait for the library to have defined the tags it has, then for each of them.
  const libLoaded = customElements.get('od-dataset') !== undefined;
  if (libLoaded && els.length && ready.length === els.length) {
    window.__benchDone = { t: performance.now(), ready, missing: DATA_TAGS.filter((t) => !defined.includes(t)), firstReady };
    return;
  }
  if (performance.now() > LIMIT_MS) {
    window.__benchDone = { t: NaN, ready, missing: DATA_TAGS.filter((t) => !ready.includes(t)), timeout: true };
    return;
  }
  requestAnimationFrame(check);
}
requestAnimationFrame(check);

// Loaded first on the bench's dashboard page: records when each data widget of the first HTML first shows data
// (its own `ready` custom state), checked on each animation frame. The list of widgets comes from the markup, not
// from the tags defined so far: a lazy tag not defined yet is waited for, never left out. A widget in its `error`
// state, or still not ready after LIMIT_MS, ends the load as failed (the bench then fails loudly).
// Sets window.__benchDone = { t, ready, missing, errors, firstReady, timeout? }.
const DATA_TAGS = ['od-table', 'od-chart', 'od-map', 'od-kpi', 'od-facets', 'od-download'];
const LIMIT_MS = 90_000;

const has = (el, state) => {
  try {
    return el.matches(`:state(${state})`);
  } catch {
    return false;
  }
};

const firstReady = {};
const expected = () => [...document.querySelectorAll(DATA_TAGS.join(','))];

function check() {
  // The parser may still be adding the widgets: wait for the end of the markup before judging.
  const els = document.readyState === 'loading' ? [] : expected();
  const ready = els.filter((el) => has(el, 'ready'));
  for (const el of ready) firstReady[el.localName] ??= Math.round(performance.now());
  const errors = els.filter((el) => has(el, 'error')).map((el) => el.localName);
  const missing = els.filter((el) => !ready.includes(el)).map((el) => el.localName);
  const names = ready.map((el) => el.localName);
  if (els.length && (!missing.length || errors.length || performance.now() > LIMIT_MS)) {
    const failed = errors.length > 0 || missing.length > 0;
    window.__benchDone = { t: failed ? NaN : performance.now(), ready: names, missing, errors, firstReady, timeout: failed && !errors.length };
    return;
  }
  requestAnimationFrame(check);
}
requestAnimationFrame(check);

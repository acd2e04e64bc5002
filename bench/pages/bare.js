// The bench's baseline: the same API queries the widgets made, fetched by a bare script (all at once, JSON
// parsed, nothing rendered). window.__benchUrls is set by the bench before the page loads.
const urls = window.__benchUrls ?? [];
Promise.all(urls.map((u) => fetch(u).then((r) => r.text()).then((t) => (t ? JSON.parse(t) : null))))
  .then(() => (window.__benchDone = { t: performance.now(), ready: ['bare'], missing: [] }))
  .catch((e) => (window.__benchDone = { t: NaN, ready: [], missing: ['bare'], error: String(e) }));

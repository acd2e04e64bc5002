// Records what the maps report, for the test to read (the page's own script: allowed by script-src 'self').
window.__mapRenders = [];
document.addEventListener('od-map-ready', (e) => window.__mapRenders.push({ id: e.target.id, ...e.detail }));

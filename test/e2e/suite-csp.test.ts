// Strict-CSP suite: one page with every element, served with STRICT_CSP (no unsafe-eval, no inline style or
// script, Trusted Types required). Every element must render data and the page must report no CSP violation
// and no error. The widgets run from the page's own scripts; the test only reads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, watchPage, useE2E } from './harness.js';
import { DATA_TAGS, notIn, realErrors, settle, trackFailures } from './suite-helpers.js';

describe('strict CSP: every element on one page', () => {
  const e2e = useE2E({ headers: { 'content-security-policy': STRICT_CSP } });

  it('renders every element with data, no CSP violation, no error', async () => {
    const page = await e2e.browser.newPage();
    const found = await watchPage(page);
    const failed = trackFailures(page);
    const response = await page.goto(`${e2e.server.url}/pages/suite-csp.html`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for/);
    const settled = await settle(page);
    await page.waitForTimeout(500); // late violations (workers, styles of lazy chunks)
    const defined = DATA_TAGS.filter((t) => !settled.undefinedTags.includes(t));
    assert.ok(defined.includes('od-table') && defined.includes('od-kpi'), `tags defined: ${defined.join(', ')}`);
    assert.deepEqual(notIn(settled, ['ready']), [], 'elements not showing data');
    // The search, filters and the rest of the page are interactive custom elements too.
    const interactive = await page.evaluate(() => ['od-search', 'od-filters'].filter((t) => customElements.get(t) && !document.querySelector(t)?.shadowRoot?.childElementCount));
    assert.deepEqual(interactive, [], 'elements with an empty shadow root');
    assert.deepEqual(found.violations, [], 'CSP violations');
    assert.deepEqual(failed, [], 'failed requests');
    assert.deepEqual(realErrors(found.errors), [], 'console errors / page errors');
    if (settled.undefinedTags.length) console.log(`# not yet defined in the bundle: ${settled.undefinedTags.join(', ')}`);
    await page.close();
  });
});

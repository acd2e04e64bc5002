// The WordPress plugin on a real WordPress (Debian's, Twenty Twenty-Three): single site and multisite, each role
// saving through the REST API the documented tag and iframe snippets, a shortcode, the block and a hostile paste.
// Checks what is stored against what KSES and the plugin should keep, then the rendered pages in Chromium (the
// widget's data, no console error, no widget wider than the content column, axe), the settings pages and the
// block editor. Needs the built plugin (dist/wordpress/opendata-widgets, from scripts/build-wordpress.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { iframeCode, tagCode, type EmbedModel } from '../../src/builder/snippet.js';
import { debugLog, startWordpress, type WpEnv, type WpSite, type WpUser } from './wp-env.js';

const PLUGIN = 'dist/wordpress/opendata-widgets';
const DS = 'finistere-aires-covoiturage';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const REF = '<!-- wp:paragraph -->\n<p id="od-ref">Paragraphe de référence : la colonne de contenu du thème.</p>\n<!-- /wp:paragraph -->\n';

let env: WpEnv;
let browser: Browser;

before(async () => {
  env = await startWordpress(PLUGIN);
  browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
after(async () => {
  await browser?.close();
  await env?.close();
});

type Kind = 'tag' | 'iframe' | 'shortcode' | 'block' | 'hostile';
const KINDS: Kind[] = ['tag', 'iframe', 'shortcode', 'block', 'hostile'];

function model(): EmbedModel {
  return { portal: env.portal, dataset: [['dataset', DS]], widgets: [{ tag: 'od-table', attrs: [['fields', 'nom_lieu,com_lieu,nbre_pl'], ['page-size', '5']] }], lang: 'fr', theme: 'qbo', title: 'Aires de covoiturage' };
}
const pluginUrl = (site: WpSite, path: string) => `${site.url}wp-content/plugins/opendata-widgets/${path}`;
const embedUrl = (site: WpSite) => `${site.url}?od-embed=1`;

/** What each kind of post sends (the documented snippets come from the builder's own code). */
function content(kind: Kind, site: WpSite): string {
  const m = model();
  const data = `${env.portal}/explore/dataset/${DS}/`;
  switch (kind) {
    case 'tag': return `${REF}<!-- wp:html -->\n${tagCode(m, pluginUrl(site, 'assets/bundle/opendata-widgets.js'), pluginUrl(site, 'assets/bundle/themes/'), data)}\n<!-- /wp:html -->`;
    case 'iframe': return `${REF}<!-- wp:html -->\n${iframeCode(m, embedUrl(site), pluginUrl(site, 'assets/bundle/od-resize.js'), data, 'od-frame-1')}\n<!-- /wp:html -->`;
    case 'shortcode': return `${REF}<!-- wp:shortcode -->\n[opendata dataset="${DS}" widget="od-search,od-table" fields="nom_lieu,com_lieu,nbre_pl" page-size="5"]\n<!-- /wp:shortcode -->`;
    case 'block': return `${REF}<!-- wp:opendata/donnees-ouvertes ${JSON.stringify({ dataset: DS, widgets: [{ tag: 'od-kpi', attrs: { value: 'count(*)', label: 'aires' } }, { tag: 'od-table', attrs: { fields: 'nom_lieu,com_lieu', 'page-size': '5' } }] })} /-->`;
    case 'hostile': return `${REF}<!-- wp:html -->\n<od-dataset dataset="${DS}" onmouseover="alert(1)"><od-table page-size="5" onclick="alert(2)" style="width:5000px"></od-table></od-dataset>` +
      `\n<iframe src="https://evil.example/embed.html?widget=od-table" data-od-embed title="Ailleurs"><a href="https://evil.example/">lien</a></iframe>` +
      `\n<iframe src="${embedUrl(site)}&amp;widget=od-table&amp;x=1" onload="alert(3)" title="Ici"></iframe>` +
      `\n< iframe src="https://evil.example/spaced"></iframe ><IFRAME SRC="https://evil.example/upper"></IFRAME>` +
      `\n<a href="javascript:alert(4)">cliquer</a> <a href="JaVaScRiPt:alert(5)">ici</a>\n<!-- /wp:html -->`;
  }
}

async function rest(site: WpSite, user: WpUser, path: string, body?: object): Promise<any> {
  const res = await fetch(`${site.restBase}?rest_route=${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Basic ${Buffer.from(`${user.login}:${user.app}`).toString('base64')}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  assert.equal(res.status < 300, true, `REST ${path} as ${user.login}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

interface Saved { id: number; link: string; sent: string; raw: string; rendered: string }
const saved = new Map<string, Saved>();

async function save(site: WpSite, user: WpUser, kind: Kind): Promise<Saved> {
  const sent = content(kind, site);
  const post = await rest(site, user, '/wp/v2/posts&context=edit', { title: `${kind} (${user.login})`, status: 'publish', content: sent });
  const s = { id: post.id, link: post.link, sent, raw: post.content.raw, rendered: post.content.rendered };
  saved.set(`${site.name}/${user.login}/${kind}`, s);
  return s;
}

/** Who saves what: unfiltered_html (administrator and editor of a single site) keeps everything, others go through KSES. */
const ROLES: { where: 'single' | 'multi'; user: string; unfiltered: boolean }[] = [
  { where: 'single', user: 'admin', unfiltered: true },
  { where: 'single', user: 'editor', unfiltered: true },
  { where: 'single', user: 'author', unfiltered: false },
  { where: 'multi', user: 'siteadmin', unfiltered: false },
  { where: 'multi', user: 'author', unfiltered: false },
];
const roleName = (r: (typeof ROLES)[number]) => `${r.user} on ${r.where === 'multi' ? 'a multisite sub-site' : 'a single site'}`;

describe('what is stored, for each role (REST API)', () => {
  for (const role of ROLES) {
    for (const kind of KINDS) {
      it(`${roleName(role)}: ${kind}`, async () => {
        const site = env[role.where];
        const s = await save(site, site.users[role.user], kind);
        if (role.unfiltered || kind === 'shortcode' || kind === 'block') {
          // unfiltered_html, and shortcodes and block comments, which KSES never changes.
          assert.equal(s.raw, s.sent);
          return;
        }
        assert.doesNotMatch(s.raw, /<script|<link|<meta/i, 'scripts, links and metas removed');
        assert.doesNotMatch(s.raw, /\son[a-z]+=|\sstyle=|javascript:/i, 'no handler, no style, no javascript: link');
        if (kind === 'tag') {
          assert.match(s.raw, new RegExp(`<od-dataset portal="${env.portal}" dataset="${DS}" theme="qbo">[\\s\\S]*?<od-table fields="nom_lieu,com_lieu,nbre_pl" page-size="5"></od-table>\\s*</od-dataset>`));
          assert.match(s.raw, /<noscript><a href="[^"]+">Aires de covoiturage : voir les données<\/a><\/noscript>/);
          assert.match(s.raw, /<od-dataset [^>]*>\s*<a slot="fallback" href="[^"]+">Aires de covoiturage : voir les données<\/a>/, 'the fallback link stays in its slot');
          assert.match(s.raw, /<section aria-label="Aires de covoiturage">\s*<h2>Aires de covoiturage<\/h2>/);
        }
        if (kind === 'iframe') {
          assert.match(s.raw, new RegExp(`<iframe src="${site.url.replace(/[.?]/g, '\\$&')}\\?od-embed=1&amp;widget=od-table&amp;dataset=${DS}[^"]*" title="Aires de covoiturage" data-od-embed id="od-frame-1" width="100%" height="480" loading="lazy"><a href`));
        }
        if (kind === 'hostile') {
          assert.match(s.raw, new RegExp(`<od-dataset dataset="${DS}"><od-table page-size="5"></od-table></od-dataset>`));
          assert.doesNotMatch(s.raw, /evil\.example\/(embed|spaced|upper)/, 'iframes of another origin removed, however written');
          assert.match(s.raw, /<a href="https:\/\/evil\.example\/">lien<\/a>/, 'its fallback link kept, as KSES does');
          assert.match(s.raw, new RegExp(`<iframe src="${site.url.replace(/[.?]/g, '\\$&')}\\?od-embed=1&amp;widget=od-table&amp;x=1" title="Ici"></iframe>`));
        }
      });
    }
  }
});

interface PageReport { errors: string[]; page: Page }

/**
 * In wp-admin, WordPress itself asks gravatar.com and s.w.org for images (no network here) and, for an editor,
 * a theme template it may not read (403): failed loads of anything but the plugin's and the portal's files are
 * WordPress's own. Every other console error, and every uncaught exception, counts.
 */
const ours = (errors: string[]) => errors.filter((e) => !/^console: Failed to load resource/.test(e) || /opendata-widgets|:\/\/127\.0\.0\.1:\d+\/api\//.test(e) && !/rest_route=%2Fwp%2Fv2%2Ftemplates/.test(e));

async function open(url: string, opts: { width?: number; login?: { site: WpSite; user: WpUser } } = {}): Promise<PageReport> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  if (opts.login) {
    await page.goto(`${opts.login.site.url}wp-login.php`);
    await page.fill('#user_login', opts.login.user.login);
    await page.fill('#user_pass', opts.login.user.password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  }
  await page.goto(url);
  return { errors, page };
}

async function axe(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const ctx = include ? `{ include: [${JSON.stringify(include)}] }` : 'document';
  const r = (await page.evaluate(`axe.run(${ctx}, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`)) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until every od-table of the page (or of the embed frame) shows its rows; returns their status texts. */
async function tablesReady(page: Page, frame = false): Promise<string[]> {
  const target = frame ? await (async () => {
    await page.waitForFunction(() => !!document.querySelector('iframe[data-od-embed]'));
    const handle = await page.$('iframe[data-od-embed]');
    await handle!.scrollIntoViewIfNeeded();
    return (await handle!.contentFrame())!;
  })() : page.mainFrame();
  await target.waitForFunction(() => {
    const tables = [...document.querySelectorAll('od-table')];
    return tables.length > 0 && tables.every((t) => t.matches(':state(ready)') && t.shadowRoot!.querySelectorAll('tbody tr').length === 5);
  }, undefined, { timeout: 20_000 });
  return target.evaluate(() => [...document.querySelectorAll('od-table')].map((t) => (t.shadowRoot!.querySelector('[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Widths of the widgets and frames against the reference paragraph's (the content column). */
async function widths(page: Page): Promise<{ column: number; widest: number; pageOverflow: number }> {
  return page.evaluate(() => {
    const column = document.querySelector('#od-ref')!.getBoundingClientRect().width;
    const boxes = [...document.querySelectorAll('.wp-block-post-content :is(od-dataset, od-table, od-kpi, od-search, iframe, .od-wp)')];
    return { column, widest: Math.max(0, ...boxes.map((b) => b.getBoundingClientRect().width)), pageOverflow: document.documentElement.scrollWidth - window.innerWidth };
  });
}

describe('rendered pages in Chromium', () => {
  for (const role of ROLES) {
    for (const kind of ['tag', 'iframe', 'shortcode', 'block'] as Kind[]) {
      it(`${roleName(role)}, ${kind}: shows the data, no console error, nothing wider than the column`, { timeout: 60_000 }, async () => {
        const site = env[role.where];
        const s = saved.get(`${site.name}/${site.users[role.user].login}/${kind}`);
        assert.ok(s, 'saved by the previous suite');
        const { page, errors } = await open(s.link);
        try {
          const status = await tablesReady(page, kind === 'iframe');
          // Sub-site: the site forces French on an en-US WordPress; single site: the site's language (en-US).
          const french = kind === 'iframe' || site === env.multi;
          for (const st of status) assert.match(st, french ? /\d+ lignes/ : /\d+ rows/, `language of the widget: ${st}`);
          if (kind === 'iframe') {
            await page.waitForFunction(() => /^\d+px$/.test((document.querySelector('iframe[data-od-embed]') as HTMLIFrameElement).style.height), undefined, { timeout: 10_000 });
          }
          if (kind === 'block') {
            await page.waitForFunction(() => document.querySelector('od-kpi')?.matches(':state(ready)'));
          }
          if (kind === 'tag') {
            // Kept in its slot by KSES for every role: the widget replaces it, it does not show beside it.
            assert.equal(await page.evaluate(() => document.querySelector('od-dataset > a[slot="fallback"]')?.checkVisibility()), false);
          }
          const w = await widths(page);
          assert.ok(w.widest <= w.column + 0.5, `widest widget ${w.widest}px, column ${w.column}px`);
          assert.ok(w.pageOverflow <= 0, `page scrolls sideways by ${w.pageOverflow}px`);
          if (role.user === 'author') {
            assert.deepEqual(await axe(page), []);
            // A phone: the column is narrower, the widgets follow it.
            await page.setViewportSize({ width: 375, height: 800 });
            await page.waitForFunction(() => document.querySelector('#od-ref')!.getBoundingClientRect().width < 375);
            const narrow = await widths(page);
            assert.ok(narrow.widest <= narrow.column + 0.5, `at 375 px: widest widget ${narrow.widest}px, column ${narrow.column}px`);
            assert.ok(narrow.pageOverflow <= 0, `at 375 px the page scrolls sideways by ${narrow.pageOverflow}px`);
          }
          assert.deepEqual(errors, []);
        } finally {
          await page.context().close();
        }
      });
    }
  }

  it('a hostile paste renders without running anything, and loads nothing from another origin', { timeout: 60_000 }, async () => {
    const s = saved.get(`${env.single.name}/author/hostile`)!;
    const { page, errors } = await open(s.link);
    const foreign: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url()); });
    try {
      await tablesReady(page);
      const dom = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        iframes: [...document.querySelectorAll('iframe')].map((f) => f.src),
        js: [...document.querySelectorAll('a')].filter((a) => /^javascript:/i.test(a.getAttribute('href') ?? '')).length,
      }));
      assert.deepEqual({ handlers: dom.handlers, js: dom.js }, { handlers: 0, js: 0 });
      assert.ok(dom.iframes.every((src) => src.startsWith(env.single.url)), dom.iframes.join(' '));
      await page.click('od-table');
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
    } finally {
      await page.context().close();
    }
  });

  it('problems of a shortcode: none for visitors; for its author, unknown options and fields (the builder’s check)', { timeout: 60_000 }, async () => {
    const site = env.single;
    const sent = `${REF}<!-- wp:shortcode -->\n[opendata dataset="${DS}" widget="od-table" fields="nom_lieu,nope" colour="rouge" page-size="5"]\n<!-- /wp:shortcode -->`;
    const post = await rest(site, site.users.author, '/wp/v2/posts', { title: 'Code court avec des erreurs', status: 'publish', content: sent });
    const visitor = await open(post.link);
    try {
      await visitor.page.waitForFunction(() => document.querySelector('od-table')?.matches(':state(ready), :state(error)'));
      assert.equal(await visitor.page.locator('.od-wp-notice').count(), 0);
      assert.doesNotMatch(await visitor.page.content(), /visible seulement par|editor-check|data-od-check/);
    } finally {
      await visitor.page.context().close();
    }
    const author = await open(post.link, { login: { site, user: site.users.author } });
    try {
      const notice = author.page.locator('.od-wp-notice');
      await author.page.waitForFunction(() => /champ inconnu dans ce jeu de données : nope/.test(document.querySelector('.od-wp-notice')?.textContent ?? ''));
      const text = await notice.textContent() ?? '';
      assert.match(text, /L’option « colour » n’existe pour aucun des widgets \(od-table\)/);
      assert.match(text, /od-table fields : champ inconnu dans ce jeu de données : nope/);
    } finally {
      await author.page.context().close();
    }
  });

  it('a wide block follows the theme’s wide width, and its widgets stay inside it', { timeout: 60_000 }, async () => {
    const site = env.single;
    const attrs = { dataset: DS, align: 'wide', widgets: [{ tag: 'od-table', attrs: { 'page-size': '5' } }] };
    const post = await rest(site, site.users.author, '/wp/v2/posts', { title: 'Bloc large', status: 'publish', content: `${REF}<!-- wp:opendata/donnees-ouvertes ${JSON.stringify(attrs)} /-->` });
    const { page, errors } = await open(post.link);
    try {
      await tablesReady(page);
      const w = await page.evaluate(() => ({
        column: document.querySelector('#od-ref')!.getBoundingClientRect().width,
        block: document.querySelector('.od-wp.alignwide')?.getBoundingClientRect().width ?? 0,
        table: document.querySelector('.od-wp od-table')!.getBoundingClientRect().width,
      }));
      assert.ok(w.block > w.column + 100, `wide block ${w.block}px, column ${w.column}px`);
      assert.ok(w.table <= w.block + 0.5, `table ${w.table}px in a ${w.block}px block`);
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });

  it('the bundle is loaded only on pages that use it, as a module', async () => {
    const withWidgets = await (await fetch(saved.get(`${env.single.name}/author/tag`)!.link)).text();
    assert.match(withWidgets, /<script type="module" src="[^"]*opendata-widgets\/assets\/bundle\/opendata-widgets\.js[^"]*"/);
    assert.match(withWidgets, new RegExp(`<meta name="od-portal" content="${env.portal}">`));
    const plain = await rest(env.single, env.single.users.author, '/wp/v2/posts', { title: 'Sans widget', status: 'publish', content: '<p>Rien à voir.</p>' });
    const html = await (await fetch(plain.link)).text();
    assert.doesNotMatch(html, /opendata-widgets\.js/);
  });
});

describe('block editor', () => {
  it('loads the block, checks options against the schema with the builder’s code, previews the data, without a JS error', { timeout: 120_000 }, async () => {
    const site = env.single;
    const { page, errors } = await open(`${site.url}wp-admin/post-new.php`, { login: { site, user: site.users.editor } });
    try {
      await page.waitForFunction(() => !!(window as any).wp?.blocks?.getBlockType('opendata/donnees-ouvertes'), undefined, { timeout: 60_000 });
      await page.evaluate(`(() => {
        const block = wp.blocks.createBlock('opendata/donnees-ouvertes', { dataset: '${DS}', widgets: [{ tag: 'od-table', attrs: { fields: 'nom_lieu,nope', 'page-size': '5' } }] });
        wp.data.dispatch('core/block-editor').insertBlocks(block);
        wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      })()`);
      await page.waitForFunction(() => /champ inconnu dans ce jeu de données : nope/.test(document.querySelector('.od-wp-editor-problems')?.textContent ?? ''), undefined, { timeout: 30_000 });
      await page.waitForFunction(() => /\d+ champs/.test(document.body.textContent ?? ''), undefined, { timeout: 30_000 });
      // Options carry the builder's French labels, the attribute name after them.
      await page.getByLabel('Lignes par page (page-size)').first().waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('.od-wp-block-editor od-table')?.matches(':state(ready)'), undefined, { timeout: 30_000 });
      // The dataset comes from the portal's catalogue: typing offers its datasets by title.
      await page.evaluate(`wp.data.dispatch('core/block-editor').updateBlockAttributes(wp.data.select('core/block-editor').getSelectedBlockClientId(), { dataset: '' })`);
      await page.locator('.components-combobox-control__input').first().fill('covoit');
      const suggestion = page.locator('.components-form-token-field__suggestion', { hasText: /covoiturage/i }).first();
      await suggestion.click();
      await page.waitForFunction((ds) => (window as any).wp.data.select('core/block-editor').getSelectedBlock()?.attributes.dataset === ds, DS);
      await page.waitForFunction(() => document.querySelector('.od-wp-block-editor od-table')?.matches(':state(ready)'), undefined, { timeout: 30_000 });
      assert.deepEqual(ours(errors), []);
    } finally {
      await page.context().close();
    }
  });
});

describe('settings pages', () => {
  it('site settings: accessible, French, checked, saved with a nonce', { timeout: 60_000 }, async () => {
    const site = env.single;
    const { page, errors } = await open(`${site.url}wp-admin/options-general.php?page=opendata-widgets`, { login: { site, user: site.users.admin } });
    try {
      assert.equal(await page.inputValue('#od-widgets-portal'), env.portal);
      assert.deepEqual(await axe(page, '#od-widgets-settings'), []);
      await page.fill('#od-widgets-accent', '#ffdd00');
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.match(await page.textContent('[role="alert"]') ?? '', /#ffdd00 est trop claire/);
      await page.fill('#od-widgets-accent', '#7a1f5c');
      await page.selectOption('#od-widgets-lang', 'fr');
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.match(await page.textContent('[role="status"]') ?? '', /Réglages enregistrés/);
      assert.equal(await page.inputValue('#od-widgets-accent'), '#7a1f5c');
      assert.deepEqual(await axe(page, '#od-widgets-settings'), []);
      const html = await (await fetch(saved.get(`${site.name}/author/tag`)!.link)).text();
      assert.match(html, /--od-color-accent:#7a1f5c/);
      assert.match(html, /<od-dataset lang="fr"/);
      assert.deepEqual(ours(errors), []);
    } finally {
      await page.context().close();
    }
  });

  it('a forged save (no nonce) and an editor are refused', async () => {
    const site = env.single;
    const forged = await open(`${site.url}wp-admin/`, { login: { site, user: site.users.admin } });
    try {
      const status = await forged.page.evaluate(async (url) => (await fetch(url, { method: 'POST', body: new URLSearchParams({ action: 'od_widgets_save', 'od_widgets[portal]': 'https://evil.example' }) })).status, `${site.url}wp-admin/admin-post.php`);
      assert.equal(status, 403);
    } finally {
      await forged.page.context().close();
    }
    const editor = await open(`${site.url}wp-admin/options-general.php?page=opendata-widgets`, { login: { site, user: site.users.editor } });
    try {
      assert.doesNotMatch(await editor.page.content(), /od-widgets-settings/);
    } finally {
      await editor.page.context().close();
    }
  });

  it('network defaults: accessible, the sub-site inherits the portal and overrides the language', { timeout: 60_000 }, async () => {
    const { page, errors } = await open(`${env.network.url}wp-admin/network/settings.php?page=opendata-widgets`, { login: { site: env.network, user: env.network.users.admin } });
    try {
      assert.equal(await page.inputValue('#od-widgets-portal'), env.portal);
      assert.deepEqual(await axe(page, '#od-widgets-settings'), []);
      await page.goto(`${env.multi.url}wp-admin/options-general.php?page=opendata-widgets`);
      assert.equal(await page.inputValue('#od-widgets-portal'), '');
      assert.match(await page.textContent('#od-widgets-portal-desc') ?? '', new RegExp(`valeur du réseau \\(${env.portal}\\)`));
      assert.equal(await page.inputValue('#od-widgets-lang'), 'fr');
      assert.deepEqual(ours(errors), []);
    } finally {
      await page.context().close();
    }
  });

  it('uninstalling removes the options of every site and of the network', async () => {
    // OD_WP_SHOTS=dir: screenshots of a block page, a shortcode page and the settings page at 1280 and 375 px, before the options go.
    if (process.env.OD_WP_SHOTS) await screenshots(process.env.OD_WP_SHOTS);
    const read = "echo wp_json_encode(array(get_option('od_widgets', null), is_multisite() ? get_site_option('od_widgets_network', null) : 'n/a'));";
    assert.notDeepEqual(JSON.parse(env.php('multi', read)), [null, null]);
    const uninstall = "define('WP_UNINSTALL_PLUGIN', 'opendata-widgets/opendata-widgets.php'); include WP_PLUGIN_DIR . '/opendata-widgets/uninstall.php';";
    env.php('single', uninstall);
    env.php('multi', uninstall);
    assert.deepEqual(JSON.parse(env.php('single', read)), [null, 'n/a']);
    assert.deepEqual(JSON.parse(env.php('multi', read)), [null, null]);
  });

  it('PHP writes no notice or warning from the plugin', () => {
    const ours = (debugLog(env, 'single') + debugLog(env, 'multi')).split('\n').filter((l) => /opendata-widgets/.test(l));
    assert.deepEqual(ours, []);
  });
});

async function screenshots(dir: string): Promise<void> {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  const shots: [string, string, boolean][] = [
    ['block', saved.get(`${env.multi.name}/siteadmin/block`)!.link, false],
    ['shortcode', saved.get(`${env.single.name}/author/shortcode`)!.link, false],
    ['settings', `${env.single.url}wp-admin/options-general.php?page=opendata-widgets`, true],
  ];
  for (const width of [1280, 375]) {
    for (const [name, url, admin] of shots) {
      const { page } = await open(url, { width, ...(admin ? { login: { site: env.single, user: env.single.users.admin } } : {}) });
      if (!admin) await tablesReady(page);
      await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
      await page.context().close();
    }
  }
}

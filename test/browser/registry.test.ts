// The tag registry (src/registry.ts) is the one list of tags: every tag it names is defined by `define.js`,
// exported by the index, documented in the manifest and docs/elements.md, loadable by the CDN bundle's
// `load()`, and every element of the manifest is in it. A tag missing anywhere fails here.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import * as index from '../../src/index.js';
import { load } from '../../src/autoload.js';
import { ENTRIES, TAGS } from '../../src/registry.js';
import { PRESETS } from '../../src/builder/presets.js';
import { EMBEDDABLE_TAGS } from '../../src/embed/embed-params.js';
import { elementsOf } from '../../src/builder/manifest.js';

const manifestTags = async () => elementsOf(await (await fetch('/custom-elements.json')).json()).map((e) => e.tag);

describe('tag registry', () => {
  it('names the elements (eleven at least) with their loaders', () => {
    expect(TAGS.length).to.be.at.least(11);
    for (const [tag, entry] of ENTRIES) expect(entry.load, tag).to.be.a('function');
  });

  it('every registered tag is defined by define.js with the class its loader returns', async () => {
    for (const [tag, entry] of ENTRIES) expect(customElements.get(tag), tag).to.equal(await entry.load());
  });

  it('the index exports the class of every registered tag', () => {
    const exported = new Set<unknown>(Object.values(index));
    const missing = TAGS.filter((tag) => !exported.has(customElements.get(tag)));
    expect(missing, 'classes missing from src/index.ts').to.deep.equal([]);
  });

  it('the CDN loader knows every tag and ignores others', async () => {
    await Promise.all(TAGS.map(load));
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    await load('od-unknown');
    expect(customElements.get('od-unknown')).to.equal(undefined);
  });

  it('the manifest documents exactly the registered tags (a new element needs its registry entry)', async () => {
    expect([...await manifestTags()].sort()).to.deep.equal([...TAGS].sort());
  });

  it('docs/elements.md has a section per registered tag', async () => {
    const md = await (await fetch('/docs/elements.md')).text();
    const missing = TAGS.filter((tag) => !md.includes(`\n## ${tag}\n`));
    expect(missing).to.deep.equal([]);
  });

  it('presets and the iframe whitelist come from the registry, in its order', () => {
    expect(PRESETS.map((p) => p.tag)).to.deep.equal(ENTRIES.filter(([, e]) => e.preset).map(([t]) => t));
    expect([...EMBEDDABLE_TAGS]).to.deep.equal(ENTRIES.filter(([, e]) => e.embeddable).map(([t]) => t));
    expect(PRESETS.length).to.be.at.least(10);
    expect(EMBEDDABLE_TAGS).to.not.include('od-dataset'); // the iframe page makes the context itself
  });
});

// Loaded only for people who can edit the page: checks the options of each block and shortcode against the
// dataset's schema with the builder's own code (od-editor-lib.js), and lists the problems above the widgets.
// Visitors never get this script; they see at most a widget's own French message.
const lib = await import(new URL('./bundle/od-editor-lib.js', import.meta.url).href);

for (const wrapper of document.querySelectorAll('.od-wp[data-od-check]')) {
  const ds = wrapper.querySelector('od-dataset');
  const portal = ds?.getAttribute('portal') || document.querySelector('meta[name="od-portal"]')?.content;
  const id = ds?.getAttribute('dataset');
  if (!ds || !portal || !id) continue;
  let fields;
  try {
    fields = (await lib.getClient(portal).dataset(id)).fields.map((f) => ({ name: f.name, label: f.label, type: f.type }));
  } catch {
    continue; // the widgets already say that the dataset cannot be read
  }
  const problems = [...ds.children].flatMap((w) => [...w.attributes]
    .flatMap((a) => lib.checkFieldValue(w.localName, a.name, a.value, fields).map((p) => `${w.localName} ${a.name} : ${p}`)));
  if (!problems.length) continue;
  console.warn(`[opendata-widgets] ${id} :`, problems.join(' ; '));
  let box = wrapper.querySelector(':scope > .od-wp-notice');
  if (!box) {
    box = document.createElement('div');
    box.className = 'od-wp-notice';
    box.setAttribute('role', 'note');
    box.append(Object.assign(document.createElement('p'), { textContent: 'Données ouvertes : à corriger (visible seulement par les personnes qui modifient cette page)' }), document.createElement('ul'));
    wrapper.prepend(box);
  }
  for (const p of problems) box.querySelector('ul').append(Object.assign(document.createElement('li'), { textContent: p }));
}

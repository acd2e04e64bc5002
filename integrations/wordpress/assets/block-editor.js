/* global wp */
// Block « Données ouvertes » in the editor, without a build step (wp.element, no JSX). Dataset from the
// portal's catalogue, then linked widgets and their options, checked against the dataset's schema by the
// builder's own code (od-editor-lib.js, built from the library). The preview is the server's rendering.
(function () {
  const { createElement: el, Fragment, useEffect, useState } = wp.element;
  const { registerBlockType } = wp.blocks;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, ComboboxControl, SelectControl, TextControl, ToggleControl, Button, Notice, Spinner } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const cfg = window.odWidgetsEditor || {};
  const SKIP = new Set(['source', 'portal', 'api-key', 'dataset', 'sync-url', 'id', 'class', 'lang']);
  let libPromise;
  const lib = () => (libPromise ||= Promise.all([import(cfg.editorLib), fetch(cfg.manifestUrl).then((r) => r.json())])
    .then(([m, manifest]) => ({ ...m, docs: new Map(m.elementsOf(manifest).map((d) => [d.tag, d])) })));
  const cache = new Map();
  const once = (key, make) => { if (!cache.has(key)) cache.set(key, make().catch((e) => { cache.delete(key); throw e; })); return cache.get(key); };

  function useLib() {
    const [state, setState] = useState({ lib: null, error: '' });
    useEffect(() => { lib().then((l) => setState({ lib: l, error: '' }), (e) => { console.error('[opendata-widgets]', e); setState({ lib: null, error: 'Le code des widgets n’a pas pu être chargé.' }); }); }, []);
    return state;
  }

  function useCatalog(l, portal) {
    const [state, setState] = useState({ datasets: [], error: '', loading: true });
    useEffect(() => {
      if (!l || !portal) { setState({ datasets: [], error: portal ? '' : 'Aucun portail : indiquez-le dans Réglages › Données ouvertes.', loading: false }); return; }
      once(`cat ${portal}`, () => l.getClient(portal).catalog(l.catalog().orderBy('dataset_id').limit(100)))
        .then((page) => setState({ datasets: page.results.map((d) => ({ value: d.dataset_id, label: (d.metas && d.metas.default && d.metas.default.title) || d.dataset_id })), error: '', loading: false }))
        .catch((e) => { console.error('[opendata-widgets]', e); setState({ datasets: [], error: 'Le catalogue du portail ne répond pas.', loading: false }); });
    }, [l, portal]);
    return state;
  }

  function useFields(l, portal, dataset) {
    const [fields, setFields] = useState([]);
    useEffect(() => {
      setFields([]);
      if (!l || !portal || !dataset) return;
      let live = true;
      once(`ds ${portal} ${dataset}`, () => l.getClient(portal).dataset(dataset))
        .then((meta) => { if (live) setFields(meta.fields.map((f) => ({ name: f.name, label: f.label, type: f.type }))); })
        .catch((e) => console.error('[opendata-widgets]', e));
      return () => { live = false; };
    }, [l, portal, dataset]);
    return fields;
  }

  /** Problems of every widget option, by widget index then attribute: exactly the builder's check. */
  function problemsOf(l, widgets, fields) {
    if (!l || !fields.length) return [];
    return widgets.map((w) => Object.fromEntries(Object.entries(w.attrs || {})
      .map(([k, v]) => [k, typeof v === 'string' ? l.checkFieldValue(w.tag, k, v, fields) : []]).filter(([, p]) => p.length)));
  }

  function WidgetOptions({ l, widget, index, fields, problems, onChange, onRemove, onMove, count }) {
    const doc = l && l.docs.get(widget.tag);
    const label = (tag) => { const p = l && l.presetOf(tag); return p ? `${p.label.fr} (${tag})` : tag; };
    const tags = l ? [...l.docs.keys()].filter((t) => t !== 'od-dataset') : [widget.tag];
    const setAttr = (name, value) => {
      const attrs = { ...(widget.attrs || {}) };
      if (value === undefined || value === false || value === '') delete attrs[name]; else attrs[name] = value;
      onChange({ ...widget, attrs });
    };
    const options = doc ? doc.attributes.filter((a) => !SKIP.has(a.name)) : [];
    return el(PanelBody, { title: `${index + 1}. ${label(widget.tag)}`, initialOpen: index === 0 },
      el(SelectControl, { label: 'Widget', value: widget.tag, options: tags.map((t) => ({ value: t, label: label(t) })),
        onChange: (tag) => onChange({ tag, attrs: { ...((l && l.presetOf(tag) && l.presetOf(tag).attrs) || {}) } }) }),
      options.map((a) => {
        const value = (widget.attrs || {})[a.name];
        // The builder's French label and help; the attribute name stays visible for people who read the docs.
        const opt = l.optionOf(widget.tag, a.name) || { label: a.name, help: a.description };
        const name = opt.label === a.name ? a.name : `${opt.label} (${a.name})`;
        if (l.isBoolean(a)) {
          return el(ToggleControl, { key: a.name, label: name, help: opt.help, checked: value === '' || value === true,
            onChange: (on) => setAttr(a.name, on ? '' : undefined) });
        }
        const bad = problems[a.name] || [];
        const hints = l.suggestions(widget.tag, a.name, fields);
        const listId = hints.length ? `od-hints-${index}-${a.name}` : undefined;
        return el(Fragment, { key: a.name },
          el(TextControl, { label: name, value: typeof value === 'string' ? value : '', list: listId, type: l.isNumber(a) ? 'number' : 'text',
            help: bad.length ? `À corriger : ${bad.join(' ; ')}` : opt.help, 'aria-invalid': bad.length ? 'true' : undefined,
            className: bad.length ? 'od-wp-invalid' : undefined, onChange: (v) => setAttr(a.name, v) }),
          listId ? el('datalist', { id: listId }, hints.map((h) => el('option', { key: h, value: h }))) : null);
      }),
      el('div', { style: { display: 'flex', gap: '8px', flexWrap: 'wrap' } },
        index > 0 ? el(Button, { variant: 'secondary', onClick: () => onMove(-1) }, 'Monter') : null,
        index < count - 1 ? el(Button, { variant: 'secondary', onClick: () => onMove(1) }, 'Descendre') : null,
        count > 1 ? el(Button, { variant: 'secondary', isDestructive: true, onClick: onRemove }, 'Retirer ce widget') : null));
  }

  function Edit({ attributes, setAttributes }) {
    const { lib: l, error: libError } = useLib();
    const portal = attributes.portal || cfg.portal || '';
    const cat = useCatalog(l, portal);
    const fields = useFields(l, portal, attributes.dataset);
    const widgets = attributes.widgets || [];
    const problems = problemsOf(l, widgets, fields);
    const count = problems.reduce((n, p) => n + Object.keys(p).length, 0);
    const setWidgets = (next) => setAttributes({ widgets: next });
    const props = useBlockProps({ className: 'od-wp-block-editor' });
    const inspector = el(InspectorControls, null,
      el(PanelBody, { title: 'Jeu de données', initialOpen: true },
        libError ? el(Notice, { status: 'error', isDismissible: false }, libError) : null,
        cat.error ? el(Notice, { status: 'error', isDismissible: false }, cat.error) : null,
        cat.loading && !cat.error ? el(Spinner) : null,
        el(ComboboxControl, { label: 'Jeu de données du portail', value: attributes.dataset, options: cat.datasets,
          help: attributes.dataset && fields.length ? `${fields.length} champs` : 'Tapez pour chercher dans le catalogue.',
          onChange: (v) => setAttributes({ dataset: v || '' }) }),
        el(TextControl, { label: 'Filtre permanent (where, ODSQL)', value: attributes.where, onChange: (v) => setAttributes({ where: v }) }),
        el(TextControl, { label: 'Code INSEE de la commune (commune)', value: attributes.commune, onChange: (v) => setAttributes({ commune: v }) }),
        el(SelectControl, { label: 'Thème', value: attributes.theme,
          options: [{ value: '', label: 'Celui des réglages' }, ...Object.entries(cfg.themes || {}).map(([value, label]) => ({ value, label }))],
          onChange: (v) => setAttributes({ theme: v }) })),
      widgets.map((w, i) => el(WidgetOptions, { key: i, l, widget: w, index: i, fields, problems: problems[i] || {}, count: widgets.length,
        onChange: (nw) => setWidgets(widgets.map((x, j) => (j === i ? nw : x))),
        onRemove: () => setWidgets(widgets.filter((_, j) => j !== i)),
        onMove: (d) => { const next = widgets.slice(); next.splice(i + d, 0, next.splice(i, 1)[0]); setWidgets(next); } })),
      el(PanelBody, { title: 'Ajouter un widget relié', initialOpen: false },
        el('p', null, 'Les widgets d’un même bloc partagent le jeu de données : la recherche et les filtres s’appliquent à tous.'),
        el(Button, { variant: 'primary', onClick: () => setWidgets([...widgets, { tag: 'od-search', attrs: {} }]) }, 'Ajouter un widget')));
    return el('div', props, inspector,
      count ? el(Notice, { status: 'warning', isDismissible: false, className: 'od-wp-editor-problems' },
        `${count} option${count > 1 ? 's' : ''} à corriger : `,
        problems.flatMap((p, i) => Object.entries(p).map(([k, v]) => `${widgets[i].tag} ${k} : ${v.join(' ; ')}`)).join(' · ')) : null,
      attributes.dataset || widgets.some((w) => w.tag === 'od-catalog')
        ? el(ServerSideRender, { block: 'opendata/donnees-ouvertes', attributes, httpMethod: 'POST' })
        : el('p', { className: 'od-wp-placeholder' }, 'Données ouvertes : choisissez un jeu de données dans le panneau de droite.'));
  }

  registerBlockType('opendata/donnees-ouvertes', {
    apiVersion: 2,
    title: 'Données ouvertes',
    edit: Edit,
    save: () => null,
  });
})();

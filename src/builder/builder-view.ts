// The builder's markup: three labelled fieldsets (dataset, widget, appearance and accessibility), the live
// preview and the two codes with copy buttons. Errors are tied to their inputs (aria-invalid, aria-describedby).
import { html, nothing } from 'lit';
import type { OdBuilder } from './builder.js';
import type { DocItem } from './manifest.js';

const THEME_LABELS: Record<string, string> = {
  qbo: 'Quimper Bretagne Occidentale', quimper: 'Ville de Quimper', locronan: 'Locronan', commune: 'Commune (modèle)',
  contrast: 'Contraste élevé',
};
const EXTRAS = [['od-search', 'Recherche au-dessus'], ['od-filters', 'Filtres actifs au-dessus'], ['od-download', 'Téléchargement en dessous']] as const;
const LANGS = [['fr', 'Français'], ['en', 'English'], ['br', 'Brezhoneg']] as const;

function option(b: OdBuilder, a: DocItem) {
  const v = b.view;
  const id = `od-opt-${a.name}`;
  const problems = v.problems.get(a.name) ?? [];
  const hint = a.description ? html`<span class="hint" id="${id}-hint">${a.description}</span>` : nothing;
  const err = problems.length ? html`<span class="error" id="${id}-err">${problems.join(' ; ')}</span>` : nothing;
  const described = [a.description ? `${id}-hint` : '', problems.length ? `${id}-err` : ''].filter(Boolean).join(' ');
  if (v.isBoolean(a)) {
    return html`<div class="check"><input type="checkbox" id=${id} .checked=${v.values[a.name] === 'true'}
      aria-describedby=${described || nothing}
      @change=${(e: Event) => b.setValue(a.name, (e.target as HTMLInputElement).checked ? 'true' : 'false')} />
      <label for=${id}>${a.name}</label>${hint}</div>`;
  }
  const list = v.suggestions(a.name);
  return html`<div class="field"><label for=${id}>${a.name}</label>${hint}
    <input id=${id} type=${v.isNumber(a) ? 'number' : 'text'} .value=${v.values[a.name] ?? ''}
      list=${list.length ? `${id}-list` : nothing} aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(e: Event) => b.setValue(a.name, (e.target as HTMLInputElement).value)} />
    ${list.length ? html`<datalist id="${id}-list">${list.map((s) => html`<option value=${s}></option>`)}</datalist>` : nothing}
    ${err}</div>`;
}

export function renderForm(b: OdBuilder) {
  const v = b.view;
  const needsDataset = v.widgets.find((w) => w.tag === v.tag)?.needsDataset !== false;
  return html`<form class="od-builder-form" @submit=${(e: Event) => e.preventDefault()}>
    <fieldset>
      <legend>1. Widget</legend>
      <label for="od-widget">Widget</label>
      <select id="od-widget" @change=${(e: Event) => b.chooseWidget((e.target as HTMLSelectElement).value)}>
        ${v.widgets.map((w) => html`<option value=${w.tag} ?selected=${w.tag === v.tag}>${w.label.fr} (&lt;${w.tag}&gt;)</option>`)}
      </select>
    </fieldset>
    <fieldset ?disabled=${!needsDataset}>
      <legend>2. Jeu de données</legend>
      ${v.catalogError
        ? html`<div role="alert">${v.catalogError} <button type="button" @click=${b.retryCatalog}>Réessayer</button></div>`
        : nothing}
      <label for="od-dataset-id">Jeu de données du catalogue</label>
      <select id="od-dataset-id" @change=${(e: Event) => b.chooseDataset((e.target as HTMLSelectElement).value)}>
        ${v.datasets.map((d) => html`<option value=${d.id} ?selected=${d.id === v.datasetId}>${d.title}</option>`)}
      </select>
      <p class="hint" role="status">${v.datasets.length ? `${v.datasets.length} jeux de données ; ${v.fields.length} champs dans celui-ci.` : 'Chargement du catalogue…'}</p>
      ${(['commune', 'where', 'refine'] as const).map((name) => html`<div class="field">
        <label for="od-base-${name}">${{ commune: 'Commune (code INSEE)', where: 'Filtre ODSQL permanent', refine: 'Affinages permanents' }[name]}</label>
        <span class="hint" id="od-base-${name}-hint">${{ commune: 'Ex. 29232 (Quimper) ou 29134 (Locronan) : limite les données à la commune.',
          where: 'Ex. com_lieu = "QUIMPER" ; le visiteur ne peut pas l’enlever.', refine: 'champ:valeur;champ:valeur' }[name]}</span>
        <input id="od-base-${name}" type="text" .value=${v.base[name] ?? ''}
          aria-describedby="od-base-${name}-hint${v.problems.has(`base-${name}`) ? ` od-base-${name}-err` : ''}"
          aria-invalid=${v.problems.has(`base-${name}`) ? 'true' : 'false'}
          @input=${(e: Event) => b.setBase(name, (e.target as HTMLInputElement).value)} />
        ${v.problems.has(`base-${name}`) ? html`<span class="error" id="od-base-${name}-err">${v.problems.get(`base-${name}`)}</span>` : nothing}
        </div>`)}
    </fieldset>
    <fieldset>
      <legend>3. Options du widget</legend>
      ${v.options.length ? v.options.map((a) => option(b, a)) : html`<p>Aucune option.</p>`}
    </fieldset>
    <fieldset ?disabled=${!needsDataset || v.tag === 'od-search'}>
      <legend>Compléments liés au même jeu de données</legend>
      ${EXTRAS.filter(([tag]) => tag !== v.tag).map(([tag, label]) => html`<div class="check">
        <input type="checkbox" id="od-extra-${tag}" .checked=${v.extras.includes(tag)}
          @change=${(e: Event) => b.toggleExtra(tag, (e.target as HTMLInputElement).checked)} />
        <label for="od-extra-${tag}">${label}</label></div>`)}
    </fieldset>
    <fieldset>
      <legend>4. Apparence, langue et accessibilité</legend>
      <label for="od-theme">Thème</label>
      <select id="od-theme" @change=${(e: Event) => b.set('theme', (e.target as HTMLSelectElement).value)}>
        <option value="">Par défaut</option>
        ${v.themes.map((t) => html`<option value=${t} ?selected=${t === v.theme}>${THEME_LABELS[t] ?? t}</option>`)}
      </select>
      <label for="od-lang">Langue</label>
      <select id="od-lang" @change=${(e: Event) => b.set('lang', (e.target as HTMLSelectElement).value)}>
        ${LANGS.map(([l, name]) => html`<option value=${l} ?selected=${l === v.lang}>${name}</option>`)}
      </select>
      <label for="od-title">Titre</label>
      <span class="hint" id="od-title-hint">Obligatoire pour l’iframe (RGAA 2.1 : chaque cadre a un titre) ; affiché au-dessus du widget.</span>
      <input id="od-title" type="text" aria-describedby="od-title-hint${v.title.trim() ? '' : ' od-reminders'}" .value=${v.title}
        @input=${(e: Event) => b.set('title', (e.target as HTMLInputElement).value)} />
      <label for="od-description">Description</label>
      <span class="hint" id="od-description-hint">Ce que montrent les données, en une ou deux phrases (utile à tous, indispensable aux lecteurs d’écran pour une carte ou un graphique).</span>
      <textarea id="od-description" rows="2" aria-describedby="od-description-hint" .value=${v.description}
        @input=${(e: Event) => b.set('description', (e.target as HTMLTextAreaElement).value)}></textarea>
      ${!v.title.trim() || !v.description.trim()
        ? html`<ul class="reminders" id="od-reminders">
            ${v.title.trim() ? nothing : html`<li>Rappel : donnez un titre, sinon l’iframe s’appellera « Données ouvertes ».</li>`}
            ${v.description.trim() ? nothing : html`<li>Rappel : ajoutez une description du contenu.</li>`}</ul>`
        : nothing}
    </fieldset>
  </form>`;
}

export function renderOutput(b: OdBuilder) {
  const v = b.view;
  const codes = b.codes();
  const invalid = v.problems.size > 0;
  return html`<section class="od-builder-output" aria-labelledby="od-preview-title">
    <h2 id="od-preview-title">Aperçu</h2>
    <div id="od-preview" class="preview"></div>
    <h2>Code à copier</h2>
    ${invalid ? html`<p role="alert" class="error">Corrigez les options signalées avant de copier le code.</p>` : nothing}
    <label for="od-code-tag">Code avec balises (sites qui acceptent les scripts)</label>
    <textarea id="od-code-tag" readonly rows="8" .value=${codes.tag}></textarea>
    <button type="button" ?disabled=${invalid} @click=${() => b.copy('tag')}>Copier le code avec balises</button>
    <label for="od-code-iframe">Code iframe (CMS qui retirent les scripts)</label>
    <textarea id="od-code-iframe" readonly rows="5" .value=${codes.iframe}></textarea>
    <button type="button" ?disabled=${invalid} @click=${() => b.copy('iframe')}>Copier le code iframe</button>
    <p role="status" class="copied">${v.copied}</p>
  </section>`;
}

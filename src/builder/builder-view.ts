// The builder's markup: labelled fieldsets (widget, dataset, options, companions, appearance and accessibility),
// the live preview and the two codes with copy buttons. Errors are tied to their inputs (aria-invalid,
// aria-describedby) and listed above the copy buttons, which stay disabled while any remains.
import { html, nothing } from 'lit';
import type { OdBuilder } from './builder.js';
import { OPTION_SPECS } from './option-spec.js';
import { optionControl } from './option-controls.js';
import { COMPANIONS } from './companions.js';
import { presetOf } from './presets.js';

const THEME_LABELS: Record<string, string> = {
  qbo: 'Quimper Bretagne Occidentale', quimper: 'Ville de Quimper', locronan: 'Locronan', commune: 'Commune (modèle)',
  contrast: 'Contraste élevé', dark: 'Sombre (pages à fond foncé)',
};
const LANGS = [['fr', 'Français'], ['en', 'English'], ['br', 'Brezhoneg']] as const;
const BASE = ['commune', 'where', 'refine'] as const;

function openCode(b: OdBuilder) {
  return html`<details class="open-code">
    <summary>Ouvrir un code existant</summary>
    <label for="od-open-code">Code avec balises ou code iframe (du générateur ou de « Intégrer cette vue »)</label>
    <textarea id="od-open-code" rows="4" aria-describedby=${b.view.openProblem ? 'od-open-err' : nothing}></textarea>
    <button type="button" @click=${() => b.open(b.querySelector<HTMLTextAreaElement>('#od-open-code')!.value)}>Ouvrir ce code</button>
    ${b.view.openProblem ? html`<p class="error" id="od-open-err" role="alert">${b.view.openProblem}</p>` : nothing}
  </details>`;
}

export function renderForm(b: OdBuilder) {
  const v = b.view;
  const widgetProblem = v.problems.get('widget');
  return html`<form class="od-builder-form" @submit=${(e: Event) => e.preventDefault()}>
    ${openCode(b)}
    <fieldset>
      <legend>1. Widget</legend>
      <label for="od-widget">Widget</label>
      <select id="od-widget" aria-describedby=${widgetProblem ? 'od-widget-err' : nothing} @change=${(e: Event) => b.chooseWidget((e.target as HTMLSelectElement).value)}>
        ${v.widgets.map((w) => html`<option value=${w.tag} ?selected=${w.tag === v.tag}>${w.label.fr} (&lt;${w.tag}&gt;)</option>`)}
      </select>
      ${widgetProblem ? html`<span class="error" id="od-widget-err">${widgetProblem}</span>` : nothing}
    </fieldset>
    <fieldset ?disabled=${!v.needsDataset}>
      <legend>2. Jeu de données</legend>
      ${v.catalogError
        ? html`<div role="alert">${v.catalogError} <button type="button" @click=${b.retryCatalog}>Réessayer</button></div>`
        : nothing}
      <label for="od-dataset-id">Jeu de données du catalogue</label>
      <select id="od-dataset-id" @change=${(e: Event) => b.chooseDataset((e.target as HTMLSelectElement).value)}>
        ${v.datasets.map((d) => html`<option value=${d.id} ?selected=${d.id === v.datasetId}>${d.title}</option>`)}
      </select>
      <p class="hint" id="od-schema-status">${v.datasets.length ? `${v.datasets.length} jeux de données ; ${v.fields.length} champs dans celui-ci.` : 'Chargement du catalogue…'}</p>
      ${BASE.map((name) => {
        const spec = OPTION_SPECS['od-dataset'][name];
        const err = v.problems.get(`base-${name}`);
        return html`<div class="field">
          <label for="od-base-${name}">${spec.label.fr} <code class="attr">${name}</code></label>
          <span class="hint" id="od-base-${name}-hint">${spec.help.fr}</span>
          <input id="od-base-${name}" type="text" .value=${v.base[name] ?? ''}
            aria-describedby="od-base-${name}-hint${err ? ` od-base-${name}-err` : ''}" aria-invalid=${err ? 'true' : 'false'}
            @input=${(e: Event) => b.setBase(name, (e.target as HTMLInputElement).value)} />
          ${err ? html`<span class="error" id="od-base-${name}-err">${err}</span>` : nothing}
        </div>`;
      })}
    </fieldset>
    <fieldset>
      <legend>3. Options du widget</legend>
      ${v.options.length ? v.options.map((a) => optionControl(b, a)) : html`<p>Aucune option.</p>`}
    </fieldset>
    <fieldset ?disabled=${!v.needsDataset}>
      <legend>Composer un bloc : widgets liés au même jeu</legend>
      <p class="hint">Chaque widget coché rejoint le bloc, réglé pour ce jeu de données ; l’aperçu montre le bloc entier.</p>
      ${COMPANIONS.filter((tag) => tag !== v.tag).map((tag) => {
        const err = v.problems.get(`extra-${tag}`);
        return html`<div class="check">
          <input type="checkbox" id="od-extra-${tag}" .checked=${v.extras.includes(tag)} aria-describedby=${err ? `od-extra-${tag}-err` : nothing}
            @change=${(e: Event) => b.toggleExtra(tag, (e.target as HTMLInputElement).checked)} />
          <label for="od-extra-${tag}">${presetOf(tag)?.label.fr ?? tag}</label>
          ${err ? html`<span class="error" id="od-extra-${tag}-err">${err}</span>` : nothing}</div>`;
      })}
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
      <label for="od-heading">Niveau du titre</label>
      <span class="hint" id="od-heading-hint">Selon le plan de la page qui l’accueille (h2 sous le titre de la page).</span>
      <select id="od-heading" aria-describedby="od-heading-hint" @change=${(e: Event) => b.set('heading', (e.target as HTMLSelectElement).value)}>
        ${['2', '3', '4', '5', '6'].map((l) => html`<option value=${l} ?selected=${l === v.heading}>Titre de niveau ${l} (h${l})</option>`)}
      </select>
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

function urls(b: OdBuilder) {
  const u = b.view.urls;
  const dev = /\/src\/|\.ts$/.test(u.bundle);
  return html`<details class="urls" ?open=${dev || !!b.view.bundleCheck}>
    <summary>Adresses des fichiers dans le code</summary>
    <p>Le code charge le script publié <code>${u.bundle}</code> et la page iframe <code>${u.embed}</code>.
      Ces adresses viennent des attributs <code>bundle-url</code> et <code>embed-url</code> de <code>&lt;od-builder&gt;</code>
      dans la page du générateur : une installation les règle sur les fichiers de <code>dist/</code> (npm run build) qu’elle héberge.</p>
    ${dev ? html`<p class="error">Adresses de développement : ce code ne marche que pendant <code>npm start</code>. Utilisez le générateur publié (<code>dist/builder.html</code>).</p>` : nothing}
    ${b.view.bundleCheck ? html`<p class="error">${b.view.bundleCheck}</p>` : nothing}
  </details>`;
}

export function renderOutput(b: OdBuilder) {
  const v = b.view;
  const codes = b.codes();
  const problems = [...v.problems.entries()];
  const invalid = problems.length > 0;
  return html`<section class="od-builder-output" aria-labelledby="od-preview-title">
    <p role="status" class="notice">${v.notice}</p>
    <h2 id="od-preview-title">Aperçu</h2>
    <div id="od-preview" class="preview"></div>
    <h2>Code à copier</h2>
    ${invalid ? html`<div class="error" id="od-blocked"><p>Copie impossible tant que ces points ne sont pas corrigés :</p>
      <ul>${problems.map(([name, p]) => html`<li>${labelOf(b, name)} : ${p.join(' ; ')}</li>`)}</ul></div>` : nothing}
    <label for="od-code-tag">Code avec balises (sites qui acceptent les scripts)</label>
    <textarea id="od-code-tag" readonly rows="8" .value=${codes.tag}></textarea>
    <button type="button" ?disabled=${invalid} aria-describedby=${invalid ? 'od-blocked' : nothing} @click=${() => b.copy('tag')}>Copier le code avec balises</button>
    <label for="od-code-iframe">Code iframe (CMS qui retirent les scripts)</label>
    <textarea id="od-code-iframe" readonly rows="5" .value=${codes.iframe}></textarea>
    <button type="button" ?disabled=${invalid} aria-describedby=${invalid ? 'od-blocked' : nothing} @click=${() => b.copy('iframe')}>Copier le code iframe</button>
    <p role="status" class="copied">${v.copied}</p>
    ${urls(b)}
  </section>`;
}

function labelOf(b: OdBuilder, key: string): string {
  const v = b.view;
  if (key === 'widget' || key === 'dataset') return key === 'widget' ? 'Widget' : 'Jeu de données';
  if (key.startsWith('base-')) return OPTION_SPECS['od-dataset'][key.slice(5)]?.label.fr ?? key;
  if (key.startsWith('extra-')) return presetOf(key.slice(6))?.label.fr ?? key;
  return OPTION_SPECS[v.tag]?.[key]?.label.fr ?? key;
}

// One form control per option, typed from the manifest and the option table: a choice list for an enum, a
// checkbox for a boolean, a bounded number field, schema fields filtered by what the option accepts.
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderOption, OdBuilder } from './builder.js';
import { AGG_FUNCTIONS, DATE_TYPES, enumValues, fieldsFor, parseAggregate, splitList, type SchemaField } from './schema-check.js';
import { isBoolean } from './manifest.js';

const FN_LABELS: Record<string, string> = {
  count: 'Nombre de lignes', sum: 'Somme de', avg: 'Moyenne de', min: 'Minimum de', max: 'Maximum de', median: 'Médiane de',
};
const PART_LABELS: Record<string, string> = { year: 'année', month: 'mois', day: 'jour' };

const fieldText = (f: SchemaField) => (f.label && f.label !== f.name ? `${f.label} (${f.name})` : f.name);

export function optionControl(b: OdBuilder, a: BuilderOption): TemplateResult {
  const v = b.view;
  const id = `od-opt-${a.name}`;
  const value = v.values[a.name] ?? '';
  const problems = v.problems.get(a.name) ?? [];
  const label = a.spec?.label.fr ?? a.name;
  const helpText = a.spec?.help.fr || a.description;
  const hint = helpText ? html`<span class="hint" id="${id}-hint">${helpText}</span>` : nothing;
  const err = problems.length ? html`<span class="error" id="${id}-err">${problems.join(' ; ')}</span>` : nothing;
  const described = [helpText ? `${id}-hint` : '', problems.length ? `${id}-err` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = problems.length ? 'true' : 'false';
  const set = (x: string) => b.setValue(a.name, x);
  const attrName = html`<code class="attr">${a.name}</code>`;

  if (isBoolean(a) || a.type === 'boolean') {
    return html`<div class="check"><input type="checkbox" id=${id} .checked=${value === 'true'} aria-describedby=${described}
      @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? 'true' : 'false')} />
      <label for=${id}>${label} ${attrName}</label>${hint}${err}</div>`;
  }
  const choices = enumValues(a.spec, a.type);
  const use = a.spec?.field;
  const fields = v.fields;
  if (choices || use?.kind === 'field' || use?.kind === 'axis') {
    let opts: [string, string][] = [];
    if (choices) opts = choices.map((c) => [c, c]);
    else if (use?.kind === 'axis') {
      const ok = fieldsFor(use, fields);
      opts = [...ok.map((f) => [f.name, fieldText(f)] as [string, string]),
        ...ok.filter((f) => DATE_TYPES.has(f.type)).flatMap((f) => ['year', 'month', 'day'].map((p) => [`${p}(${f.name})`, `${fieldText(f)} : ${PART_LABELS[p]}`] as [string, string]))];
    } else opts = fieldsFor(use, fields).map((f) => [f.name, fieldText(f)]);
    const known = opts.some(([o]) => o === value);
    return html`<div class="field"><label for=${id}>${label} ${attrName}</label>${hint}
      <select id=${id} aria-invalid=${invalid} aria-describedby=${described} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${a.default && a.default !== 'undefined' && a.default !== "''" ? `Par défaut (${a.default.replace(/'/g, '')})` : '(aucun)'}</option>
        ${value && !known ? html`<option value=${value} selected>${value} (ne convient pas)</option>` : nothing}
        ${opts.map(([o, text]) => html`<option value=${o} ?selected=${o === value}>${text}</option>`)}
      </select>${err}</div>`;
  }
  if (use?.kind === 'aggregate') return aggregateControl(b, a, { id, label, hint, err, described, invalid, value });
  if (use?.kind === 'fields') {
    const chosen = splitList(value);
    const ok = fieldsFor(use, fields);
    const stray = chosen.filter((n) => !ok.some((f) => f.name === n));
    // Read the value at event time: two clicks may come before the next render.
    const toggle = (name: string, on: boolean) => {
      const now = splitList(b.view.values[a.name] ?? '').filter((n) => n !== name);
      set((on ? [...now, name] : now).join(','));
    };
    return html`<fieldset class="fields" aria-describedby=${described} aria-invalid=${invalid} id=${id}>
      <legend>${label} ${attrName}</legend>${hint}
      ${chosen.length ? html`<p class="hint">Ordre : ${chosen.join(', ')}</p>` : nothing}
      <div class="field-list">
        ${[...stray.map((n) => ({ name: n, label: n, type: '?' })), ...ok].map((f) => html`<div class="check">
          <input type="checkbox" id="${id}-${f.name}" .checked=${chosen.includes(f.name)}
            @change=${(e: Event) => toggle(f.name, (e.target as HTMLInputElement).checked)} />
          <label for="${id}-${f.name}">${f.type === '?' ? `${f.name} (ne convient pas)` : fieldText(f)}</label></div>`)}
      </div>${err}</fieldset>`;
  }
  const number = /^number/.test(a.type ?? '') || a.spec?.min !== undefined;
  return html`<div class="field"><label for=${id}>${label} ${attrName}</label>${hint}
    <input id=${id} type=${number ? 'number' : 'text'} inputmode=${number ? 'numeric' : nothing} .value=${value}
      min=${a.spec?.min ?? nothing} max=${a.spec?.max ?? nothing} step=${number ? '1' : nothing}
      aria-invalid=${invalid} aria-describedby=${described}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />${err}</div>`;
}

function aggregateControl(b: OdBuilder, a: BuilderOption,
  c: { id: string; label: string; hint: unknown; err: unknown; described: string | typeof nothing; invalid: string; value: string }): TemplateResult {
  const numeric = fieldsFor({ kind: 'aggregate' }, b.view.fields);
  const agg = parseAggregate(c.value);
  const fn = agg?.fn ?? (c.value ? '?' : '');
  const fieldName = agg && agg.field !== '*' ? agg.field : '';
  const set = (f: string, name: string) => b.setValue(a.name, !f ? '' : f === 'count' ? 'count(*)' : `${f}(${name || numeric[0]?.name || ''})`);
  return html`<fieldset class="aggregate" aria-describedby=${c.described}>
    <legend>${c.label} <code class="attr">${a.name}</code></legend>${c.hint}
    <label for=${c.id}>Calcul</label>
    <select id=${c.id} aria-invalid=${c.invalid} @change=${(e: Event) => set((e.target as HTMLSelectElement).value, fieldName)}>
      <option value="" ?selected=${!fn}>Par défaut (nombre de lignes)</option>
      ${fn === '?' ? html`<option value="?" selected>${c.value} (ne convient pas)</option>` : nothing}
      ${AGG_FUNCTIONS.filter((f) => f === 'count' || numeric.length).map((f) => html`<option value=${f} ?selected=${f === fn}>${FN_LABELS[f]}</option>`)}
    </select>
    ${fn && fn !== 'count' && fn !== '?' ? html`<label for="${c.id}-field">Champ numérique</label>
      <select id="${c.id}-field" aria-invalid=${c.invalid} @change=${(e: Event) => set(fn, (e.target as HTMLSelectElement).value)}>
        ${fieldName && !numeric.some((f) => f.name === fieldName) ? html`<option value=${fieldName} selected>${fieldName} (ne convient pas)</option>` : nothing}
        ${numeric.map((f) => html`<option value=${f.name} ?selected=${f.name === fieldName}>${fieldText(f)}</option>`)}
      </select>` : nothing}
    ${c.err}</fieldset>`;
}

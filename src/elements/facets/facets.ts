import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { isDateType, type FacetValue } from '../../api/index.js';
import { DatasetLink, type DatasetSource } from '../../core/dataset-link.js';
import { unknownFieldsText } from '../../core/error-text.js';
import { warnUnknownFields } from '../../core/suggest.js';
import { OdElement } from '../../core/od-element.js';
import { own } from '../../core/view-state.js';
import { parseFieldList } from '../catalog/catalog-query.js';
import { facetsMessages } from './facets.i18n.js';
import { displayValue, facetParam, planFacetRequests, resolveFacetFields, shownValues, type FacetField } from './facet-plan.js';
import { pageTimezone } from '../../core/timezone.js';
import styles from './facets.styles.js';

interface FacetGroupAnswer extends FacetField {
  values: FacetValue[];
}

/**
 * Facet filters of a dataset: for each field, its values with counts as checkboxes in a `<fieldset>` whose legend
 * is the field's label. Several values of one field combine with OR, fields with AND; a date field offers one period
 * at a time (radio buttons). A field's counts follow
 * every other filter but not its own choices, so its list never shrinks to what is already ticked.
 *
 * @summary Checkbox facets of a linked dataset.
 * @tag od-facets
 * @csspart fieldset - One field's group.
 * @csspart legend - Its legend (the field's label).
 * @csspart value - One value (checkbox and label).
 * @csspart checkbox - The checkbox.
 * @csspart radio - The radio button of a date field (one period at a time).
 * @csspart count - The count.
 * @csspart more-button - The "voir plus / voir moins" button.
 * @csspart status - Loading / update message.
 * @csspart error - Error message.
 * @csspart retry-button - Retry.
 * @cssprop --od-facets-gap - Space between fields (default `1rem`).
 * @cssprop --od-facets-max-height - Height beyond which an expanded list scrolls (default `20rem`).
 */
export class OdFacets extends OdElement {
  static override styles = [...OdElement.styles, styles];

  /** Id of the `<od-dataset>` to follow; by default the closest enclosing one. */
  @property({ reflect: true }) source?: string;
  /** Fields to offer, comma separated. Without it, the dataset's facets (declared in the back office, or annotated `facet`). */
  @property() fields = '';
  /** Values shown per field before "voir plus". */
  @property({ type: Number }) limit = 8;

  @state() private _expanded = new Set<string>();
  private _link = new DatasetLink(this);
  private _shown?: FacetGroupAnswer[];
  /** Unknown names of `fields`, with the closest schema names (shown instead of "no filter field"). */
  private _unknown = '';

  private _task = new Task(this, {
    task: async ([ctx, , fieldsAttr], { signal }): Promise<FacetGroupAnswer[] | undefined> => {
      if (!ctx || ctx.configError || !ctx.client) return undefined;
      const client = ctx.client;
      const meta = await ctx.metadata(signal);
      const { fields, unknown } = resolveFacetFields(parseFieldList(fieldsAttr), meta);
      this._unknown = unknown.length ? unknownFieldsText(unknown, meta.fields.map((f) => f.name), this.i18n.lang) : '';
      if (unknown.length) warnUnknownFields(this, 'fields', fieldsAttr, this._unknown);
      const answers = await Promise.all(
        planFacetRequests(fields.map((f) => f.name), ctx.state.refine).map(async (req) => {
          let q = await ctx.facetsQuery({ withoutRefineOn: req.withoutRefineOn, signal });
          for (const f of req.fields) q = q.facet(facetParam(f, fields.find((x) => x.name === f)?.type));
          if (fields.some((f) => req.fields.includes(f.name) && isDateType(f.type))) q = q.timezone(pageTimezone());
          return { req, answer: await client.facets(q, { signal }) };
        }),
      );
      return fields.map((f) => {
        const from = answers.find((a) => a.req.fields.includes(f.name));
        return { ...f, values: from?.answer.facets.find((g) => g.name === f.name)?.facets ?? [] };
      });
    },
    args: () => [this._link.context, this._link.revision, this.fields] as [DatasetSource | undefined, number, string],
  });

  private _toggleMore(name: string): void {
    const next = new Set(this._expanded);
    if (!next.delete(name)) next.add(name);
    this._expanded = next;
  }

  /** One value at most (dates): the others are dropped first; '' drops them all. */
  private _choose(ctx: DatasetSource, field: string, value: string): void {
    for (const old of own(ctx.state.refine, field) ?? []) if (old !== value) ctx.toggleRefine(field, old, false);
    if (value) ctx.toggleRefine(field, value, true);
  }

  private _renderGroup(g: FacetGroupAnswer, gi: number, ctx: DatasetSource) {
    const t = this.i18n.msg(facetsMessages);
    const chosen = own(ctx.state.refine, g.name) ?? [];
    // A date facet's values are periods (years): two of them can only be chosen one at a time, so radios.
    const single = g.type === 'date' || g.type === 'datetime';
    const values = shownValues(g.values, chosen, (v) => displayValue(g.type, v, t.yes, t.no));
    if (single && values.length) values.unshift({ value: '', label: t.all, count: undefined });
    const expanded = this._expanded.has(g.name);
    const limit = Math.max(1, Math.floor(this.limit) || 8);
    // Chosen values always stay visible, even beyond the limit.
    const visible = expanded ? values : values.filter((v, i) => i < limit || chosen.includes(v.value));
    const hidden = values.length - visible.length;
    const listId = `od-facets-${gi}`;
    const valueLang = this.langOf(ctx, g.name) ?? nothing;
    return html`<fieldset part="fieldset">
      <legend part="legend">${g.label}</legend>
      ${values.length
        ? html`<ul id=${listId} class=${expanded ? 'expanded' : ''}>
            ${repeat(visible, (v) => v.value, (v, i) => {
              const id = `od-facets-${gi}-${i}`;
              return html`<li part="value">
                ${single
                  ? html`<input type="radio" part="radio" name=${listId} id=${id} .checked=${v.value ? chosen.includes(v.value) : !chosen.length}
                      @change=${() => this._choose(ctx, g.name, v.value)} />`
                  : html`<input type="checkbox" part="checkbox" id=${id} .checked=${chosen.includes(v.value)}
                      @change=${(e: Event) => ctx.toggleRefine(g.name, v.value, (e.target as HTMLInputElement).checked)} />`}
                <label for=${id}><bdi lang=${v.value ? valueLang : nothing}>${v.label}</bdi>${v.count !== undefined
                  ? html` <span part="count" class="count">(${this.i18n.number(v.count)})</span>` : nothing}</label>
              </li>`;
            })}
          </ul>`
        : html`<p class="none">${t.noValue}</p>`}
      ${hidden > 0 || expanded
        ? html`<button type="button" part="more-button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${listId}
            @click=${() => this._toggleMore(g.name)}>${expanded ? t.less : t.more(this.i18n.number(hidden))}</button>`
        : nothing}
    </fieldset>`;
  }

  override render() {
    try {
      const linked = this.linkedContext(this._link);
      if ('problem' in linked) return linked.problem;
      const { ctx } = linked;
      const t = this.i18n.msg(facetsMessages);
      const status = this._task.status;
      if (status === TaskStatus.ERROR) {
        this._shown = undefined;
        return html`${this.renderStatus(nothing)}${this.renderProblem(this._task.error, () => this._task.run())}`;
      }
      if (status === TaskStatus.COMPLETE && this._task.value) this._shown = this._task.value;
      const pending = status !== TaskStatus.COMPLETE;
      const groups = this._shown;
      if (!groups) {
        this.setDataState('loading');
        return this.renderStatus(this.t.loading);
      }
      // Groups whose every field has no value (a filter matching nothing) show only "no value": empty.
      this.setDataState(pending ? 'loading' : groups.some((g) => g.values.length) ? 'ready' : 'empty');
      return html`${this.renderStatus(pending ? this.updating(t.updating) : nothing)}
        <div class="groups ${pending ? 'busy' : ''}" aria-busy=${pending ? 'true' : 'false'}>
          ${this._unknown ? html`<p part="config-warning" role=${groups.length ? nothing : 'alert'}>${this._unknown}</p>` : nothing}
          ${groups.length ? groups.map((g, i) => this._renderGroup(g, i, ctx)) : this._unknown ? nothing : html`<p>${t.noFacet}</p>`}
        </div>`;
    } catch (e) {
      return this.renderProblem(e);
    }
  }
}

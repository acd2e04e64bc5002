import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { field, str, type DatasetMetadata, type FieldMeta, type OdsRecord } from '../../api/index.js';
import { DatasetLink, type DatasetSource } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { closestText } from '../../core/error-text.js';
import { renderProvenance } from '../../core/provenance.js';
import { provenanceStyles } from '../../core/tokens.styles.js';
import { MAX_OFFSET_WINDOW, clampPageSize, pageCount } from '../pager/pager-model.js';
import { pagerStyles, renderPager } from '../pager/pager-view.js';
import { parseFieldList } from '../table/columns.js';
import { DetailDialog } from './detail-dialog.js';
import { recordTitle, renderCard } from './record-card.js';
import { renderTemplate, templateFields } from './record-template.js';
import { hoursMessages, recordsMessages } from './records.i18n.js';
import type { HoursState } from './opening-hours.js';
import { findHoursFields, type HoursSource } from './hours-fields.js';
import { exportFormats } from '../download/export-links.js';
import { addressLines, eventFields, pickCardFields, pickIdField, type CardFields } from './record-fields.js';
import { formatPiped } from './record-template.js';
import styles from './records.styles.js';

interface RecordsData {
  meta: DatasetMetadata;
  byName: Map<string, FieldMeta>;
  card: CardFields;
  idField?: FieldMeta;
  rows: OdsRecord[];
  total: number;
  page: number;
  size: number;
  unknown: string[];
  hours?: HoursSource;
  /** Each record's hours, computed when its page loaded (the hours code is loaded only for a dataset with hours). */
  hoursNow: WeakMap<OdsRecord, HoursState>;
  event?: { start: FieldMeta; end?: FieldMeta };
  /** The portal's iCalendar export of the current view, when it offers one (`calendar-export`). */
  icalUrl?: string;
  /** Context revision this answer belongs to (appended pages must match it). */
  revision: number;
}

/** A calendar drawn in the text colour: an emoji would need a font that kiosks and some Linux desktops lack. */
const CALENDAR_ICON = html`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="1em" height="1em">
  <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
  <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" stroke-width="1.5" /></svg>`;

/** `sort="-date_debut"` → `{ field, desc }`. */
function parseSort(attr: string | undefined): { field: string; desc: boolean } | null {
  const s = attr?.trim();
  return s ? { field: s.replace(/^[-+]/, ''), desc: s.startsWith('-') } : null;
}

/**
 * The records of a linked dataset as cards or a list: one request per page of records, never one per card.
 * Without a template each card shows a title, an image, address lines, dates, phone, e-mail and website picked
 * from the schema. With a child `<template>`, each record is a clone of it: `{{field}}` in text,
 * `{{field|date}}`, `{{field|number}}`, `{{field|currency}}`, and in the attributes `href`, `src`, `alt`, `title`,
 * `datetime`, `aria-label` only (URLs must be http(s), mailto or tel); `data-od-if="field"` drops an element when
 * the field is empty (`data-od-if="!field"` when it is not). Data is never markup; event handlers, `style` and
 * active elements are dropped from the template. Style the template's elements with `part="…"` and `::part()`.
 *
 * @summary Records as cards or a list, with a safe template and a detail view.
 * @tag od-records
 * @csspart list - The `<ul>` of records.
 * @csspart item - Each `<li>`.
 * @csspart card - The default card `<article>`.
 * @csspart image - The card's image.
 * @csspart title - The card's heading.
 * @csspart address - Address lines.
 * @csspart dates - The date line ("Du 5 juillet 2019 au 7 juillet 2019").
 * @csspart contacts - Phone, e-mail and website links.
 * @csspart fields - The label / value list of the fields named in `fields`.
 * @csspart detail-button - "Voir le détail" (with `detail`).
 * @csspart hours - "Ouvert maintenant · ferme à 17:00" / "Fermé · ouvre lundi à 09:00" (Europe/Paris time).
 * @csspart calendar-button - "Ajouter à mon agenda" (an .ics file) on event records.
 * @csspart calendar-export - The link to the portal's iCalendar export of the view (`calendar-export`).
 * @csspart more-button - "Afficher plus" (with `more`).
 * @csspart dialog - The detail `<dialog>`; also `dialog-title`, `dialog-fields`, `close-button`.
 * @csspart status - The live count line ("42 résultats · page 1 sur 5").
 * @csspart error - Error message or configuration problem.
 * @csspart retry-button - The retry button of an error.
 * @csspart pager - The built-in pagination; also `pager-button`, `pager-current`, `pager-previous`, `pager-next`, `pager-note`.
 * @csspart provenance - The source / licence / update line.
 * @cssprop --od-records-min-width - Narrowest card before the grid drops a column (default `16rem`).
 * @cssprop --od-records-gap - Space between cards (default `1rem`).
 * @cssprop --od-records-card-background - Card background (default: the surface colour).
 * @cssprop --od-records-image-height - Height of card images (default `10rem`).
 * @cssprop --od-records-open-color - Colour of "Ouvert maintenant" (default `#18753c`).
 * @cssprop --od-records-closed-color - Colour of "Fermé" (default `#b3261e`).
 */
export class OdRecords extends OdElement {
  static override styles = [...OdElement.styles, provenanceStyles, pagerStyles, styles];

  /** `id` of the `<od-dataset>` to show, when the element is not inside it. */
  @property({ reflect: true }) source?: string;
  /** `cards` (a responsive grid, default) or `list` (one record per line). */
  @property({ reflect: true }) layout: 'cards' | 'list' = 'cards';
  /** Records per page, 1 to 100 (default: the context's `page-size`, else 10). */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /** "Afficher plus" appends the next page instead of a pager (focus moves to the first new record). */
  @property({ type: Boolean }) more = false;
  /** Hide the built-in pager (use an `<od-pager>` elsewhere). */
  @property({ type: Boolean, attribute: 'no-pager' }) noPager = false;
  /** Field of the card's title (default: the first naming text field of the schema). */
  @property({ attribute: 'title-field' }) titleField?: string;
  /** Field of the card's image, an image/file field (default: the first such field). */
  @property({ attribute: 'image-field' }) imageField?: string;
  /** More fields to show on each default card as label / value pairs, comma separated. */
  @property() fields?: string;
  /** Default order when the visitor has chosen none: a field name, `-name` for descending. */
  @property() sort?: string;
  /** Offer "Voir le détail" on each record: a dialog with every field (in the URL with the context's `sync-url`). */
  @property({ type: Boolean }) detail = false;
  /** Field that identifies a record in the URL of an open detail (default: `id`, `identifiant`, `id_…`). */
  @property({ attribute: 'id-field' }) idField?: string;
  /** Field of OpenStreetMap `opening_hours` (default: per-weekday columns `h_lundi` … or a field named `opening_hours`). */
  @property({ attribute: 'hours-field' }) hoursField?: string;
  /** No "Ajouter à mon agenda" button on event records (a start date, optionally an end). */
  @property({ type: Boolean, attribute: 'no-calendar' }) noCalendar = false;
  /** Link the portal's iCalendar export of the current view, when the portal offers it (one more request). */
  @property({ type: Boolean, attribute: 'calendar-export' }) calendarExport = false;
  /** Level of the card headings, 2 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Name of the list for assistive technologies (default: the dataset's title). */
  @property() label?: string;
  /** Hide the provenance line (source, licence, update date). */
  @property({ type: Boolean, attribute: 'no-provenance' }) noProvenance = false;

  @state() private _appended: OdsRecord[] = [];
  @state() private _loadingMore = false;
  @state() private _moreError?: unknown;
  @state() private _announce = '';
  private _link = new DatasetLink(this);
  private _dialog = new DetailDialog(this, this.i18n, { onOpen: (d) => this._writeUrl(d.record), onClose: () => this._writeUrl(undefined) });
  private _template?: HTMLTemplateElement;
  private _nodes = new WeakMap<OdsRecord, { lang: string; nodes: Node[] }>();
  private _moreAbort?: AbortController;
  private _focusFrom?: number;
  private _warned = '';
  private _urlTried = '';

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision, this._pageSize(), this.more, this.sort, this.titleField, this.imageField, this.fields, this.idField] as const,
    task: async ([ctx, revision, size, more], { signal }): Promise<RecordsData | typeof initialState> => {
      this._resetMore();
      if (!ctx || ctx.configError || !ctx.client) return initialState;
      const [meta, base] = await Promise.all([ctx.metadata(signal), ctx.recordsQuery({ signal })]);
      const byName = new Map(meta.fields.map((f) => [f.name, f]));
      const wanted = parseFieldList(this.fields);
      const named = [this.titleField, this.imageField, this.idField, parseSort(this.sort)?.field, ...wanted, ...this._templateFields()];
      const unknown = [...new Set(named.filter((n): n is string => !!n && !byName.has(n)))];
      const card = pickCardFields(meta.fields, { titleField: this.titleField, imageField: this.imageField, fields: wanted });
      const sort = ctx.state.sort ?? parseSort(this.sort);
      const page = more ? 0 : Math.min(ctx.state.page, Math.floor(MAX_OFFSET_WINDOW / size) - 1);
      let q = base.limit(size).offset(page * size);
      if (sort && byName.has(sort.field)) q = q.orderBy(`${field(sort.field)} ${sort.desc ? 'desc' : 'asc'}`);
      const hours = findHoursFields(meta.fields, this.hoursField);
      if (hours) import('./opening-hours.js').catch(() => {}); // starts loading beside the records; _hoursOf awaits it
      const event = eventFields(card.dates);
      const [res, icalUrl] = await Promise.all([ctx.client.records(q, { signal }), event && this.calendarExport ? this._icalUrl(ctx, base, signal) : undefined]);
      const total = Number(res.total_count ?? res.results.length);
      const hoursNow = new WeakMap<OdsRecord, HoursState>();
      if (hours) await this._hoursOf(res.results, hours, hoursNow);
      return { meta, byName, card, idField: pickIdField(meta.fields, this.idField), rows: res.results, total, page, size, unknown, revision,
        hours, hoursNow, event, icalUrl };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this._onPopState);
    this._moreAbort?.abort();
  }

  private _pageSize(): number {
    return clampPageSize(this.pageSize ?? Number(this._link.context?.getAttribute('page-size') ?? NaN));
  }

  private get _msg() {
    return this.i18n.msg(recordsMessages);
  }

  /** The webmaster's template: the first `<template>` child. */
  private _tpl(): HTMLTemplateElement | undefined {
    const t = [...this.children].find((c): c is HTMLTemplateElement => c instanceof HTMLTemplateElement);
    if (t !== this._template) {
      this._template = t;
      this._nodes = new WeakMap();
    }
    return t;
  }

  private _templateFields(): string[] {
    const t = this._tpl();
    return t ? templateFields(t) : [];
  }

  private _resetMore(): void {
    this._moreAbort?.abort();
    this._moreAbort = undefined;
    if (this._appended.length) this._appended = [];
    this._loadingMore = false;
    this._moreError = undefined;
  }

  /** Loads the next page and appends it; a change of the view meanwhile drops the answer. */
  private async _loadMore(data: RecordsData): Promise<void> {
    const ctx = this._link.context;
    if (!ctx?.client || this._loadingMore) return;
    const ac = new AbortController();
    this._moreAbort = ac;
    this._loadingMore = true;
    this._moreError = undefined;
    const from = data.rows.length + this._appended.length;
    try {
      const base = await ctx.recordsQuery({ signal: ac.signal });
      const sort = ctx.state.sort ?? parseSort(this.sort);
      let q = base.limit(Math.min(data.size, MAX_OFFSET_WINDOW - from)).offset(from);
      if (sort && data.byName.has(sort.field)) q = q.orderBy(`${field(sort.field)} ${sort.desc ? 'desc' : 'asc'}`);
      const res = await ctx.client.records(q, { signal: ac.signal });
      if (data.hours) await this._hoursOf(res.results, data.hours, data.hoursNow);
      if (ac.signal.aborted || this._link.revision !== data.revision || this._task.value !== data) return;
      this._appended = [...this._appended, ...res.results];
      this._focusFrom = from;
      this._announce = this._msg.added(this.i18n.number(res.results.length));
    } catch (e) {
      if (!ac.signal.aborted) {
        this.report(e, 'afficher plus');
        this._moreError = e;
      }
    } finally {
      if (this._moreAbort === ac) this._loadingMore = false;
    }
  }

  /** Whether each of `rows` is open now, by its weekday columns or its OSM value; a value it cannot read shows nothing. */
  private async _hoursOf(rows: OdsRecord[], h: HoursSource, into: WeakMap<OdsRecord, HoursState>): Promise<void> {
    const now = new Date();
    try {
      const { osmState, weekOf, weekState } = await import('./opening-hours.js');
      await Promise.all(rows.map(async (r) => {
        const week = h.days ? weekOf(r, h.days) : undefined;
        const s = week ? (week.some((x) => x.length) ? weekState(week, now) : undefined) : await osmState(r[h.osm!], now);
        if (s) into.set(r, s);
      }));
    } catch (e) {
      this.report(e, 'horaires');
    }
  }

  /** The portal's `ical` export of the view, if its exports list offers one. */
  private async _icalUrl(ctx: DatasetSource, base: Awaited<ReturnType<DatasetSource['recordsQuery']>>, signal: AbortSignal): Promise<string | undefined> {
    try {
      const formats = exportFormats(await ctx.client!.get(`/catalog/datasets/${encodeURIComponent(ctx.datasetId)}/exports`, { signal }));
      return formats?.has('ical') ? ctx.client!.exportUrl(base, 'ical') : undefined;
    } catch (e) {
      this.report(e, 'liste des exports');
      return undefined;
    }
  }

  /** "Ouvert maintenant · ferme à 17:00" / "Fermé · ouvre lundi à 09:00", or nothing without hours. */
  private _hoursLine(r: OdsRecord, d: RecordsData) {
    const s = d.hoursNow.get(r);
    if (!s) return nothing;
    const t = this.i18n.msg(hoursMessages);
    const text = s.open ? t.openUntil(s.closes) : s.opens
      ? t.closedOpens(s.opens.inDays === 0 ? t.today : s.opens.inDays === 1 ? t.tomorrow : t.days.split(',')[s.opens.day], s.opens.at) : t.closed;
    return html`<p part="hours" class="hours ${s.open ? 'open' : 'closed'}"><span class="dot" aria-hidden="true"></span>${text}</p>`;
  }

  /** "Ajouter à mon agenda": an .ics file of the record, made in the browser. */
  private _calendarButton(r: OdsRecord, d: RecordsData) {
    const ev = d.event;
    if (!ev || this.noCalendar || typeof r[ev.start.name] !== 'string') return nothing;
    const t = this.i18n.msg(hoursMessages);
    const title = recordTitle(r, d.card.title, this.i18n.lang, this._msg.untitled);
    const save = async () => {
      let ics: typeof import('./ics.js');
      try {
        ics = await import('./ics.js'); // only when asked: most visitors never save an event
      } catch (e) {
        this.report(e, 'agenda (.ics)');
        return;
      }
      const { download, icsFile } = ics;
      const lang = this.i18n.lang;
      const place = addressLines(r, d.card.address, (f) => formatPiped(r[f.name], f, 'raw', lang)).join(', ');
      const id = d.idField ? String(r[d.idField.name]) : `${ev.start.name}-${String(r[ev.start.name])}-${title}`;
      const text = icsFile({ uid: `${id}@${this._link.context?.datasetId ?? 'od'}.opendata-widgets`, title, start: String(r[ev.start.name]),
        end: ev.end && typeof r[ev.end.name] === 'string' ? String(r[ev.end.name]) : undefined, location: place || undefined });
      if (text) download(text, `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'evenement'}.ics`);
    };
    return html`<button type="button" part="calendar-button" class="calendar-button" aria-label=${t.addToCalendarOf(title)} @click=${save}>
      ${CALENDAR_ICON}${t.addToCalendar}</button>`;
  }

  protected override updated(): void {
    if (this._focusFrom !== undefined) {
      const items = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]');
      const target = items[this._focusFrom];
      this._focusFrom = undefined;
      target?.focus();
    }
    this._openFromUrl();
  }

  // --- Detail view and the URL ------------------------------------------------------------------------------

  private _urlKey(ctx: DatasetSource): string {
    return `${ctx.id || ctx.datasetId || 'od'}.record`;
  }

  private _writeUrl(record: OdsRecord | undefined): void {
    const ctx = this._link.context;
    const data = this._task.value;
    if (!ctx?.hasAttribute('sync-url') || !data || !data.idField) return;
    const url = new URL(location.href);
    const key = this._urlKey(ctx);
    const value = record?.[data.idField.name];
    if (record && value !== null && value !== undefined) {
      url.searchParams.set(key, String(value));
      if (url.href !== location.href) history.pushState(history.state, '', url);
      this._urlTried = String(value);
    } else if (url.searchParams.has(key)) {
      url.searchParams.delete(key);
      history.replaceState(history.state, '', url);
    }
  }

  /** With `sync-url`, a shared link opens its record (fetched by its id, within the context's base filters). */
  private async _openFromUrl(): Promise<void> {
    const ctx = this._link.context;
    const data = this._task.value;
    if (!this.detail || !ctx?.client || !ctx.hasAttribute('sync-url') || !data?.idField || this._dialog.isOpen) return;
    const wanted = new URL(location.href).searchParams.get(this._urlKey(ctx));
    if (!wanted || wanted === this._urlTried) return;
    this._urlTried = wanted;
    const id = data.idField;
    const shown = [...data.rows, ...this._appended].find((r) => String(r[id.name]) === wanted);
    try {
      let rec = shown;
      if (!rec) {
        const literal = (id.type === 'int' || id.type === 'double') && /^-?\d+(\.\d+)?$/.test(wanted) ? wanted : str(wanted);
        const q = (await ctx.recordsQuery()).where(`${field(id.name)} = ${literal}`).limit(1);
        rec = (await ctx.client.records(q)).results[0];
      }
      if (rec) this._openDetail(rec, data, null);
      else console.warn(`[opendata-widgets] <od-records>: ${this._msg.notFoundRecord} (${id.name} = ${wanted})`);
    } catch (e) {
      this.report(e, 'fiche de l’adresse');
    }
  }

  private _onPopState = (): void => {
    const ctx = this._link.context;
    if (!ctx?.hasAttribute('sync-url')) return;
    const wanted = new URL(location.href).searchParams.get(this._urlKey(ctx));
    if (!wanted && this._dialog.isOpen) this._dialog.close();
    if (!wanted) this._urlTried = '';
  };

  private _openDetail(r: OdsRecord, data: RecordsData, opener?: HTMLElement | null): void {
    const fields = data.meta.fields;
    const ctx = this._link.context;
    this._dialog.open({ record: r, fields, title: recordTitle(r, data.card.title, this.i18n.lang, this._msg.untitled),
      langOf: (f) => this.langOf(ctx, f), titleField: data.card.title?.name, extra: html`${this._hoursLine(r, data)}${this._calendarButton(r, data)}` }, opener);
  }

  // --- Rendering ---------------------------------------------------------------------------------------------

  /** Its row count may be spoken after a change made elsewhere (a facet, the pager's neighbour). */
  override get speaksForView(): boolean {
    return true;
  }

  // The status line is always the first node of one template.
  override render() {
    return html`${this.renderWithStatus(() => this._render())}${this._dialog.render()}`;
  }

  private _render(): [string, unknown] {
    const linked = this.linkedContext(this._link);
    if ('problem' in linked) return ['', linked.problem];
    const { ctx } = linked;
    const task = this._task;
    if (task.status === TaskStatus.ERROR) return ['', this.renderProblem(task.error, () => task.run())];
    const data = task.value;
    if (!data) {
      this.setDataState('loading');
      return [this.t.loading, nothing];
    }
    const busy = task.status === TaskStatus.PENDING;
    this.setDataState(busy ? 'loading' : data.total ? 'ready' : 'empty');
    const unknown = data.unknown.length
      ? this._msg.unknownFields(data.unknown.join(', ')) + closestText(data.unknown.join(','), data.meta.fields.map((f) => f.name), this.i18n.lang)
      : '';
    this._warnUnknown(unknown);
    const rows = [...data.rows, ...this._appended];
    const name = this.label || data.meta.metas.default.title;
    const { pages, capped } = pageCount(data.total, data.size);
    const tpl = this._tpl();
    const lang = this.i18n.lang;
    const base = ctx.client!.baseUrl;
    const item = (r: OdsRecord) => {
      const detail = this.detail ? this._detailButton(r, data) : nothing;
      if (!tpl) {
        return renderCard(r, { fields: data.card, lang, t: this._msg, base, datasetId: ctx.datasetId, headingLevel: this.headingLevel,
          langOf: (f) => this.langOf(ctx, f), extra: (rec) => html`${this._hoursLine(rec, data)}${this._calendarButton(rec, data)}` }, detail);
      }
      let cached = this._nodes.get(r);
      if (cached?.lang !== lang) {
        // The nodes themselves are kept (a fragment empties when inserted), so a re-render moves nothing.
        cached = { lang, nodes: [...renderTemplate(tpl, r, data.byName, lang, base).childNodes] };
        this._nodes.set(r, cached);
      }
      const nodes = cached.nodes;
      return html`${nodes}${detail}`;
    };
    const remaining = Math.min(data.total, MAX_OFFSET_WINDOW) - rows.length;
    return [busy ? this.updating(this._msg.updating) : this._statusText(data, rows.length, pages), html`
      ${unknown ? html`<p part="config-warning" class="warning">${unknown}</p>` : nothing}
      <div class="wrap ${busy ? 'busy' : ''}" aria-busy=${busy ? 'true' : 'false'}>
        ${rows.length
          ? html`<ul part="list" class="list ${this.layout === 'list' ? 'as-list' : 'as-cards'}" aria-label=${this._msg.list(name)}>
              ${repeat(rows, (r) => r, (r) => html`<li part="item" class="item" tabindex="-1">${item(r)}</li>`)}
            </ul>`
          : html`<p class="empty" part="empty">${this.t.empty}</p>`}
      </div>
      ${data.icalUrl ? html`<p class="ical"><a part="calendar-export" href=${data.icalUrl} rel="noopener noreferrer">${this.i18n.msg(hoursMessages).calendarExport}</a></p>` : nothing}
      ${this.more ? this._renderMore(data, remaining) : this.noPager
        ? nothing
        : renderPager({ current: data.page, pages, capped, name, i18n: this.i18n, onPage: (p) => this._link.context?.setPage(p) })}
      ${this.noProvenance ? nothing : renderProvenance(data.meta, ctx.portalDatasetUrl, this.i18n)}
    `];
  }

  private _detailButton(r: OdsRecord, data: RecordsData): TemplateResult {
    const title = recordTitle(r, data.card.title, this.i18n.lang, this._msg.untitled);
    return html`<button type="button" part="detail-button" class="detail-button" aria-haspopup="dialog"
      aria-label=${this._msg.detailsOf(title)} @click=${(e: Event) => this._openDetail(r, data, e.currentTarget as HTMLElement)}>${this._msg.details}</button>`;
  }

  private _renderMore(data: RecordsData, remaining: number): TemplateResult | typeof nothing {
    const t = this._msg;
    const error = this._moreError ? this.renderError(this._moreError, () => this._loadMore(data)) : nothing;
    if (remaining <= 0) return html`${error}`;
    return html`${error}<p class="more">
      <button type="button" part="more-button" aria-disabled=${this._loadingMore ? 'true' : 'false'}
        @click=${() => this._loadMore(data)}>${this._loadingMore ? t.loadingMore : t.moreCount(this.i18n.number(remaining))}</button>
    </p>`;
  }

  private _statusText(d: RecordsData, shown: number, pages: number): string {
    const m = this._msg;
    const parts = [m.count(d.total, this.i18n.number(d.total))];
    if (this.more && d.total > shown) parts.push(m.shown(this.i18n.number(shown), this.i18n.number(d.total)));
    else if (!this.more && pages > 1) parts.push(m.pageOf(this.i18n.number(d.page + 1), this.i18n.number(pages)));
    if (this._announce && this._appended.length) parts.push(this._announce);
    return parts.join(' · ');
  }

  /** The page's-language sentence of the unknown fields, once per change, in the console for the webmaster. */
  private _warnUnknown(text: string): void {
    if (text && text !== this._warned) console.warn(`[opendata-widgets] <od-records>: ${text}`);
    this._warned = text;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExploreClient, DatasetFacetsQuery, DatasetMetadata, RecordsQuery } from '../api/index.js';
import type { ViewState } from './view-state.js';
import type { DateRange } from './date-range.js';
import { closestAcrossShadow } from './dom.js';
import type { OdEventName } from './events.js';

/** Fired by `<od-dataset>` when the visitor's view or the base filters change. */
export const VIEW_CHANGE = 'od-view-change' satisfies OdEventName;
/** Fired on `document` when an `<od-dataset>` connects, so widgets placed before it can link. */
export const DATASET_CONNECTED = 'od-dataset-connected' satisfies OdEventName;

/** What linked widgets see of an `<od-dataset>`: the shared dataset, filters and visitor state. */
export interface DatasetSource extends HTMLElement {
  readonly isDatasetSource: true;
  /** The dataset identifier on the portal. */
  readonly datasetId: string;
  /** Shared client of the portal (one per portal and key), or undefined when no portal is known. */
  readonly client: ExploreClient | undefined;
  /** Why the context cannot query: a message key of `common`, or undefined. */
  readonly configError: 'noPortal' | 'noDataset' | undefined;
  /** The visitor's current view. */
  readonly state: ViewState;
  /** Increases on every change of state, base filters or page size: the one revision counter of a view. */
  readonly revision: number;
  /** Rows per page for linked tables and pagers without their own `page-size`. */
  readonly pageSize?: number;
  /** Dataset metadata (fields, metas), fetched once per dataset. */
  metadata(signal?: AbortSignal): Promise<DatasetMetadata>;
  /**
   * Records query with the base filters and the visitor's filters applied (no sort, no paging).
   * `withoutRefineOn` leaves out the visitor's choices on that field (disjunctive facet counts).
   */
  recordsQuery(options?: { withoutRefineOn?: string; signal?: AbortSignal }): Promise<RecordsQuery>;
  /** Facets query with the same filters as `recordsQuery`. */
  facetsQuery(options?: { withoutRefineOn?: string; signal?: AbortSignal }): Promise<DatasetFacetsQuery>;
  /** The language of `field`'s values (`field-lang`, else the dataset's for a text field), once metadata is known. */
  valueLang(field: string): string | undefined;
  /** Link to the dataset's page on the portal. */
  readonly portalDatasetUrl: string | undefined;
  setQuery(q: string): void;
  toggleRefine(field: string, value: string, on?: boolean): void;
  toggleExclude(field: string, value: string, on?: boolean): void;
  setSort(field: string | null, desc?: boolean): void;
  setPage(page: number): void;
  /** Sets (or, with null, removes) the visitor's date filter on a date field. */
  setDateRange(field: string, range: DateRange | null): void;
  /** Clears the visitor's search and choices (never the base filters). */
  clear(): void;
}

export function isDatasetSource(el: unknown): el is DatasetSource {
  return !!el && (el as DatasetSource).isDatasetSource === true;
}

type LinkHost = ReactiveControllerHost & HTMLElement & { source?: string | null };

/**
 * Links a widget to its `<od-dataset>`: by `source="id"` anywhere on the page (before or after the widget,
 * as CMS blocks place them), else the closest ancestor. Re-renders the host whenever the view changes.
 */
export class DatasetLink implements ReactiveController {
  /** The linked context, once found. */
  context: DatasetSource | undefined;
  private _connected = false;
  /** The `source` the link was last resolved for: a new value is looked up before the host's next render. */
  private _resolvedFor: string | null | undefined;

  constructor(private readonly host: LinkHost) {
    host.addController(this);
  }

  /** The `source` id that names no context on the page yet, if any. */
  get missingSource(): string | undefined {
    return !this.context && this.host.source ? this.host.source : undefined;
  }

  hostConnected(): void {
    this._connected = true;
    document.addEventListener(DATASET_CONNECTED, this._onAnnounce);
    this.resolve();
  }

  hostDisconnected(): void {
    this._connected = false;
    document.removeEventListener(DATASET_CONNECTED, this._onAnnounce);
    this._attach(undefined);
  }

  hostUpdate(): void {
    if (this._connected && (this.host.source ?? undefined) !== this._resolvedFor) this.resolve();
  }

  /** Looks for the context again (done by itself when the host's `source` changes). */
  resolve(): void {
    if (!this._connected) return;
    const id = this.host.source;
    this._resolvedFor = id ?? undefined;
    let found: Element | null;
    if (id) {
      const root = this.host.getRootNode() as Document | ShadowRoot;
      found = root.getElementById?.(id) ?? document.getElementById(id);
    } else {
      found = closestAcrossShadow(this.host, 'od-dataset');
    }
    if (found && !isDatasetSource(found) && found.localName === 'od-dataset') {
      // Not upgraded yet: link as soon as the tag is defined.
      customElements.whenDefined('od-dataset').then(() => this.resolve());
    }
    this._attach(isDatasetSource(found) ? found : undefined);
  }

  private _attach(ctx: DatasetSource | undefined): void {
    if (ctx === this.context) return;
    this.context?.removeEventListener(VIEW_CHANGE, this._onChange);
    this.context = ctx;
    ctx?.addEventListener(VIEW_CHANGE, this._onChange);
    this._onChange();
  }

  private _onAnnounce = (): void => {
    if (!this.context || !this.context.isConnected) this.resolve();
  };

  /** The context's revision (0 without one): put it in task args with the context. */
  get revision(): number {
    return this.context?.revision ?? 0;
  }

  private _onChange = (): void => {
    this.host.requestUpdate();
  };
}

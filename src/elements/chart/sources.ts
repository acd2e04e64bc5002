import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DATASET_CONNECTED, VIEW_CHANGE, isDatasetSource, type DatasetSource } from '../../core/dataset-link.js';

/**
 * `sources="a b"`: one series per linked `<od-dataset>` on a shared x axis (e.g. Quimper against QBO). Finds the
 * contexts by id, as `source` does, and re-renders the chart when any of them changes. The series are named by
 * each context's `title` attribute (else its id).
 */
export class SourcesLink implements ReactiveController {
  contexts: DatasetSource[] = [];
  /** Ids that name no `<od-dataset>` on the page. */
  missing: string[] = [];
  revision = 0;
  private _ids: string[] = [];
  private _connected = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { sources?: string }) {
    host.addController(this);
  }

  /** The ids of `sources`, or undefined when the attribute is absent or empty. */
  static ids(raw: string | undefined): string[] | undefined {
    const ids = (raw ?? '').split(/[\s,]+/).filter(Boolean);
    return ids.length ? [...new Set(ids)].slice(0, 8) : undefined;
  }

  static nameOf(ctx: DatasetSource): string {
    return ctx.getAttribute('title')?.trim() || ctx.id;
  }

  hostConnected(): void {
    this._connected = true;
    document.addEventListener(DATASET_CONNECTED, this._resolve);
    this._resolve();
  }

  hostDisconnected(): void {
    this._connected = false;
    document.removeEventListener(DATASET_CONNECTED, this._resolve);
    this._attach([]);
  }

  hostUpdate(): void {
    if ((SourcesLink.ids(this.host.sources) ?? []).join(' ') !== this._ids.join(' ')) this._resolve();
  }

  private _resolve = (): void => {
    if (!this._connected) return;
    this._ids = SourcesLink.ids(this.host.sources) ?? [];
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = this._ids.map((id) => root.getElementById?.(id) ?? document.getElementById(id));
    if (found.some((el) => el && !isDatasetSource(el) && el.localName === 'od-dataset'))
      customElements.whenDefined('od-dataset').then(() => this._resolve());
    this.missing = this._ids.filter((_, k) => !isDatasetSource(found[k]));
    this._attach(found.filter(isDatasetSource));
  };

  private _attach(list: DatasetSource[]): void {
    if (list.length === this.contexts.length && list.every((c, k) => c === this.contexts[k])) return;
    for (const c of this.contexts) c.removeEventListener(VIEW_CHANGE, this._onChange);
    this.contexts = list;
    for (const c of list) c.addEventListener(VIEW_CHANGE, this._onChange);
    this._onChange();
  }

  private _onChange = (): void => {
    this.revision++;
    this.host.requestUpdate();
  };
}

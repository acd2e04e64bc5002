import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FieldMeta, OdsRecord } from '../../api/index.js';
import { formatValue } from '../../core/format.js';
import type { LocalizeController } from '../../core/localize.js';
import { recordsMessages } from './records.i18n.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The element that has focus, looking inside shadow roots (the opener is often a button in one). */
export function deepActiveElement(): HTMLElement | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

export interface DetailOpen {
  record: OdsRecord;
  fields: readonly FieldMeta[];
  title: string;
  /** Extra lines under the title (opening hours, calendar link), rendered by the host. */
  extra?: TemplateResult | typeof nothing;
  /** The `lang` of a field's values where it differs from the UI's (`OdElement.langOf`). */
  langOf?: (field: string) => string | undefined;
  /** The field the title comes from, for its `lang`. */
  titleField?: string;
}

/**
 * The detail view of one record, on a native modal `<dialog>` (focus trap, Escape and the top layer come from
 * the browser): every field with its schema label, formatted, links kept. Closing returns focus to the
 * control that opened it. Shared by `<od-records>`, `<od-table>` and `<od-map>`.
 */
export class DetailDialog implements ReactiveController {
  current?: DetailOpen;
  private _opener: HTMLElement | null = null;
  private _pendingShow = false;

  constructor(private readonly host: Host, private readonly i18n: LocalizeController,
    private readonly hooks: { onOpen?: (d: DetailOpen) => void; onClose?: (d: DetailOpen) => void } = {}) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return !!this.current;
  }

  /** Opens the dialog on `d`; `opener` (default: the focused element) gets focus back on close. */
  open(d: DetailOpen, opener: HTMLElement | null = deepActiveElement()): void {
    this._opener = opener;
    this.current = d;
    this._pendingShow = true;
    this.host.requestUpdate();
    this.hooks.onOpen?.(d);
  }

  /** Closes it (as Escape or the close button do). */
  close(): void {
    this._dialog()?.close();
  }

  hostUpdated(): void {
    if (!this._pendingShow) return;
    this._pendingShow = false;
    const dialog = this._dialog();
    if (dialog && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', ''); // a detached host: show it without the modal layer
      }
    }
  }

  hostDisconnected(): void {
    this.current = undefined;
  }

  private _dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part~="dialog"]');
  }

  private _onClose = (): void => {
    const was = this.current;
    this.current = undefined;
    this.host.requestUpdate();
    const opener = this._opener;
    this._opener = null;
    if (opener?.isConnected) opener.focus();
    if (was) this.hooks.onClose?.(was);
  };

  // A click on the backdrop (outside the box: the dialog element itself is the target) closes too.
  private _onClick = (e: MouseEvent): void => {
    if (e.target === e.currentTarget) this.close();
  };

  render(): TemplateResult | typeof nothing {
    const d = this.current;
    if (!d) return nothing;
    const t = this.i18n.msg(recordsMessages);
    const lang = this.i18n.lang;
    return html`<dialog part="dialog" aria-labelledby="od-detail-title" @close=${this._onClose} @click=${this._onClick}>
      <div class="detail-box">
        <div class="detail-head">
          <h2 id="od-detail-title" part="dialog-title" lang=${(d.titleField && d.langOf?.(d.titleField)) || nothing}>${d.title}</h2>
          <button type="button" part="close-button" class="close" @click=${() => this.close()}>
            <span aria-hidden="true">✕ </span>${t.close}</button>
        </div>
        ${d.extra ?? nothing}
        <dl part="dialog-fields" class="detail-fields">
          ${d.fields.map((f) => {
            const v = formatValue(d.record[f.name], f, { lang });
            return html`<div class="detail-row"><dt>${f.label || f.name}</dt>
              <dd class=${v.empty ? 'empty-value' : ''} lang=${(!v.empty && d.langOf?.(f.name)) || nothing}>${v.href ? html`<a href=${v.href} rel="noopener noreferrer">${v.text}</a>` : v.text}</dd></div>`;
          })}
        </dl>
      </div>
    </dialog>`;
  }
}

/** Styles of the detail dialog, included by each element that offers `detail`. */
export const detailStyles = css`
  dialog[part~='dialog'] {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  dialog[part~='dialog']::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .detail-box {
    padding: calc(var(--_space) * 2);
  }
  .detail-head {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    justify-content: space-between;
  }
  [part~='dialog-title'] {
    margin: 0;
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  [part~='close-button'] {
    flex: none;
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }
  .detail-fields {
    margin: var(--_space) 0 0;
  }
  .detail-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) 0;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }
  .detail-row dt {
    font-weight: 700;
  }
  .detail-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .empty-value {
    color: var(--_muted);
    font-style: italic;
  }
  @media (max-width: 30rem) {
    .detail-row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;

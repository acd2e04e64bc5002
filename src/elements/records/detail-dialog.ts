import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FieldMeta, OdsRecord } from '../../api/index.js';
import type { LocalizeController } from '../../core/localize.js';

type View = typeof import('./detail-view.js');
let viewModule: Promise<View> | undefined;
/** The dialog's markup and styles, imported once per page; a failed load is tried again on the next open. */
function loadView(): Promise<View> {
  viewModule ??= import('./detail-view.js');
  viewModule.catch(() => (viewModule = undefined));
  return viewModule;
}

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
  private _view?: View;

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
    // A host that offers `detail` fetches the dialog's code once it has drawn, before a visitor asks for it.
    if (!this._view && (this.host as Host & { detail?: boolean }).detail) void loadView().then((v) => (this._view = v), () => {});
    if (!this._pendingShow || !this._dialog()) return;
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
    if (!this._view) {
      void loadView().then((v) => {
        this._view = v;
        this.host.requestUpdate();
      }, (e) => (this.host as Host & { report?: (e: unknown, what?: string) => void }).report?.(e, 'fiche détaillée'));
      return nothing;
    }
    const root = this.host.renderRoot;
    const sheet = this._view.detailStyles.styleSheet;
    // Adopted once per shadow root: a constructed sheet, allowed by a strict CSP (no inline style).
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return this._view.renderDetail(d, this.i18n, { onClose: this._onClose, onClick: this._onClick, close: () => this.close() });
  }
}

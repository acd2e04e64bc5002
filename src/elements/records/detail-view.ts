// The detail dialog's markup and styles: loaded on the first "Voir le détail" (or when the host offers `detail`),
// so that a page of cards or a table does not download it before its first data.
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatValue } from '../../core/format.js';
import { outlinedButton } from '../../core/tokens.styles.js';
import type { LocalizeController } from '../../core/localize.js';
import type { DetailOpen } from './detail-dialog.js';
import { recordsMessages } from './records.i18n.js';

export interface DetailHandlers { onClose(): void; onClick(e: MouseEvent): void; close(): void }

/** The `<dialog>` of one record: every field with its schema label, formatted, links kept. */
export function renderDetail(d: DetailOpen, i18n: LocalizeController, on: DetailHandlers): TemplateResult {
  const t = i18n.msg(recordsMessages);
  const lang = i18n.lang;
  return html`<dialog part="dialog" aria-labelledby="od-detail-title" @close=${on.onClose} @click=${on.onClick}>
    <div class="detail-box">
      <div class="detail-head">
        <h2 id="od-detail-title" part="dialog-title" lang=${(d.titleField && d.langOf?.(d.titleField)) || nothing}>${d.title}</h2>
        <button type="button" part="close-button" class="close" @click=${on.close}>
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
    ${outlinedButton}
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

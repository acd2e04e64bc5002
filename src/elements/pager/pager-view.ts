import { css, html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/localize.js';
import { outlinedButton } from '../../core/tokens.styles.js';
import { MAX_OFFSET_WINDOW, pageItems } from './pager-model.js';
import { pagerMessages } from './pager.i18n.js';

export interface PagerView {
  /** Zero-based current page. */
  current: number;
  pages: number;
  /** True when the API window hides pages past the last one offered. */
  capped: boolean;
  /** What is paged (table caption or dataset title), for the navigation's name. */
  name: string;
  i18n: LocalizeController;
  onPage: (page: number) => void;
}

/**
 * Pagination markup shared by `<od-pager>` and the table's own pager: a named `<nav>`, previous/next and page
 * buttons with explicit names, `aria-current="page"`. Unavailable buttons use `aria-disabled` (not `disabled`)
 * so the focus stays on them after the last page is reached.
 */
export function renderPager(v: PagerView): TemplateResult | typeof nothing {
  if (v.pages <= 1 && !v.capped) return nothing;
  const t = v.i18n.msg(pagerMessages);
  const n = (i: number) => v.i18n.number(i);
  const go = (page: number, enabled: boolean) => (e: Event) => {
    e.preventDefault();
    if (enabled && page !== v.current) v.onPage(page);
  };
  const first = v.current <= 0;
  const last = v.current >= v.pages - 1;
  return html`<nav part="pager" aria-label=${t.nav(v.name)}>
    <ul class="od-pager">
      <li>
        <button type="button" part="pager-button pager-previous" aria-disabled=${first ? 'true' : 'false'}
          @click=${go(v.current - 1, !first)}><span aria-hidden="true">‹ </span>${t.previous}</button>
      </li>
      ${pageItems(v.current, v.pages).map((i) =>
        i === null
          ? html`<li class="od-pager-gap" aria-hidden="true">…</li>`
          : html`<li>
              <button type="button" part="pager-button ${i === v.current ? 'pager-current' : ''}"
                aria-label=${t.page(n(i + 1))} aria-current=${i === v.current ? 'page' : nothing}
                @click=${go(i, true)}>${n(i + 1)}</button>
            </li>`,
      )}
      <li>
        <button type="button" part="pager-button pager-next" aria-disabled=${last ? 'true' : 'false'}
          @click=${go(v.current + 1, !last)}>${t.next}<span aria-hidden="true"> ›</span></button>
      </li>
    </ul>
    ${v.capped ? html`<p part="pager-note">${t.capped(n(MAX_OFFSET_WINDOW))}</p>` : nothing}
  </nav>`;
}

/** Styles of `renderPager`, included by every element that renders it. */
export const pagerStyles = css`
  .od-pager {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    align-items: center;
  }
  [part~='pager-button'] {
    min-width: 2.75em;
    ${outlinedButton}
  }
  [part~='pager-button']:hover:not([aria-disabled='true']) {
    text-decoration: underline;
  }
  [part~='pager-button'][aria-current='page'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  [part~='pager-button'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .od-pager-gap {
    padding: 0 calc(var(--_space) / 2);
    color: var(--_muted);
  }
  [part~='pager-note'] {
    color: var(--_muted);
    font-size: 0.875em;
    margin: calc(var(--_space) / 2) 0 0;
  }
  @media (forced-colors: active) {
    [part~='pager-button'][aria-current='page'] {
      border-width: 3px;
    }
  }
`;

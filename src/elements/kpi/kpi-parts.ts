import { html, nothing, svg } from 'lit';
import type { KpiMessages } from './kpi.i18n.js';
import { change, sparkPoints, thresholdState, type Period, type Threshold } from './compare.js';

type Num = (v: number, o?: Intl.NumberFormatOptions) => string;

/** « ▲ En hausse : +1,5 % par rapport à 2022 »: arrow (hidden from screen readers), words and the periods named. */
export function renderChange(periods: Period[], m: KpiMessages, num: Num) {
  const c = change(periods);
  if (!c) return nothing;
  const sign = c.direction === 'up' ? '+' : c.direction === 'down' ? '−' : '';
  const amount = c.ratio !== undefined
    ? `${sign}${num(Math.abs(c.ratio), { style: 'percent', maximumFractionDigits: 1 })}`
    : `${sign}${num(Math.abs(c.delta), { maximumFractionDigits: 2 })}`;
  const arrow = c.direction === 'up' ? '▲' : c.direction === 'down' ? '▼' : '▶';
  return html`<p part="change" class=${c.direction}><span aria-hidden="true">${arrow}</span> ${m[c.direction]} ${m.versus(amount, c.previous.period)}</p>`;
}

/** The state given by `thresholds`, in words and in colour (the class picks a colour that reaches 4.5:1). */
export function renderThreshold(value: number, ts: Threshold[], m: KpiMessages, num: Num) {
  const s = thresholdState(value, ts);
  if (!s) return nothing;
  const text = s.reached ? s.reached.label : m.below(s.missed!.label, num(s.missed!.value));
  return html`<p part="threshold" class=${s.reached ? (s.top ? 'top' : 'reached') : 'below'}>${text}</p>`;
}

/** The small trend: a drawing hidden from assistive technologies, and the same values as visually hidden text. */
export function renderSparkline(periods: Period[], m: KpiMessages, num: Num) {
  if (periods.length < 2) return nothing;
  const oldest = [...periods].reverse();
  return html`<div part="sparkline">
    <svg aria-hidden="true" focusable="false" viewBox="-2 -2 104 32" width="104" height="32">
      ${svg`<polyline fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" points=${sparkPoints(periods, 100, 28)}></polyline>`}
    </svg>
    <span class="od-visually-hidden">${m.trend(oldest.map((p) => `${p.period} : ${num(p.value)}`).join(' ; '))}</span>
  </div>`;
}

import { css } from 'lit';

export default css`
  /* In a row of key figures (<od-kpis>) every card takes the row's height. */
  :host {
    display: flex;
    flex-direction: column;
  }
  [part~='kpi'] {
    flex: 1 0 auto;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: var(--od-kpi-padding, var(--_space));
    border-inline-start: var(--od-kpi-bar-width, 4px) solid var(--_accent);
    background: var(--_surface);
  }
  [part~='kpi'].busy {
    opacity: 0.55;
  }
  [part~='value'] {
    margin: 0;
    font-size: var(--od-kpi-value-size, 2.25em);
    font-weight: 700;
    line-height: 1.1;
    color: var(--od-kpi-value-color, var(--_accent));
    font-variant-numeric: tabular-nums;
  }
  [part~='value'].no-value {
    font-size: 1.25em;
    color: var(--_muted);
  }
  [part~='unit'] {
    font-size: 0.5em;
    font-weight: 400;
  }
  [part~='label'] {
    margin: 0;
  }
  [part~='status'] {
    margin: 0;
  }
  [part~='period'],
  [part~='change'] {
    margin: 0;
    font-size: 0.875em;
  }
  [part~='threshold'] {
    margin: 0;
    font-weight: 700;
  }
  [part~='threshold'].top {
    color: var(--od-kpi-success, var(--_success));
  }
  [part~='threshold'].below {
    color: var(--od-kpi-warning, var(--_warning));
  }
  [part~='sparkline'] {
    color: var(--od-kpi-value-color, var(--_accent));
    line-height: 0;
  }
`;

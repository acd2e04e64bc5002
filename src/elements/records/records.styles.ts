import { css } from 'lit';
import { outlinedButton } from '../../core/tokens.styles.js';

export default css`
  :host {
    --_gap: var(--od-records-gap, 1rem);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .as-cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--od-records-min-width, 16rem)), 1fr));
  }
  .item {
    min-width: 0;
  }
  .item:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .card {
    height: 100%;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--od-records-card-background, var(--_surface));
    overflow: hidden;
  }
  .as-list .card {
    flex-direction: row;
  }
  .image {
    display: block;
    width: 100%;
    height: var(--od-records-image-height, 10rem);
    object-fit: cover;
    background: color-mix(in srgb, var(--_muted) 10%, var(--_surface));
  }
  .as-list .image {
    width: 8rem;
    height: auto;
    flex: none;
  }
  .body {
    padding: var(--_space) calc(var(--_space) * 1.5);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    flex: 1;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .address,
  .dates,
  .contacts,
  .fields {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .dates {
    font-weight: 600;
  }
  .contacts {
    list-style: none;
    padding: 0;
  }
  .label {
    color: var(--_muted);
  }
  .fields div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .fields dt {
    color: var(--_muted);
  }
  .fields dt::after {
    content: ' :';
  }
  .fields dd {
    margin: 0;
  }
  [part~='detail-button'],
  [part~='more-button'] {
    align-self: flex-start;
    min-height: 2.75em;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    margin-top: auto;
  }
  [part~='more-button'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  [part~='more-button'][aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .hours {
    margin: 0;
    font-weight: 600;
  }
  .hours .dot {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .hours.open {
    color: var(--od-records-open-color, var(--_success));
  }
  .hours.open .dot {
    background: currentColor;
  }
  .hours.closed {
    color: var(--od-records-closed-color, var(--_error));
  }
  [part~='calendar-button'] {
    align-self: flex-start;
    ${outlinedButton}
  }
  [part~='calendar-button'] .icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.4em;
  }
  .more {
    margin: var(--_gap) 0 0;
  }
  .wrap.busy {
    opacity: 0.55;
    transition: opacity 0.2s;
  }
  @media (prefers-reduced-motion: reduce) {
    .wrap.busy {
      transition: none;
    }
  }
  .empty {
    margin: var(--_space) 0;
  }
  .warning {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;

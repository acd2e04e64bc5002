import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  [part~='error'] {
    display: block;
  }
`;

import { css } from 'lit';

/** The typography every dvc element starts from, from the theme's custom properties, and `hidden` honoured. */
export const hostStyles = css`
  :host {
    display: block;
    font-family: var(--dvc-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--dvc-font-size, 1.1875rem);
    line-height: 1.4;
    color: var(--dvc-color-text, #0b0c0c);
  }
  :host([hidden]) {
    display: none;
  }
`;

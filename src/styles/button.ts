import { css } from 'lit';
import { v } from './tokens.js';

/** The GOV.UK secondary button (grey, 44 px tall, shadow underneath) used for Add, Remove and file choosing. */
export const secondaryButtonStyles = css`
  .button {
    box-sizing: border-box;
    display: inline-block;
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: ${v('space-2')} ${v('space-3')};
    font: inherit;
    line-height: ${v('line-height-heading')};
    text-align: center;
    overflow-wrap: anywhere;
    color: ${v('color-button-secondary-text')};
    background: ${v('color-button-secondary-bg')};
    border: ${v('button-border-width')} solid transparent;
    border-radius: ${v('radius')};
    box-shadow: ${v('button-shadow')} ${v('color-button-secondary-shadow')};
    cursor: pointer;
  }
  .button:hover {
    background: ${v('color-button-secondary-hover-bg')};
  }
`;

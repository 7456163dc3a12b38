import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * Numbers are short: without an explicit width from the definition the box is about 10 characters wide, which
 * signals "a number" and never overflows a 320 px screen. Definition widths reuse the text field's scale.
 */
export const numberFieldStyles = css`
  .control:not([class*='width-']) {
    max-width: ${v('number-max-width')};
  }
`;

import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * Email addresses are long but not paragraph-long: without an explicit width the box stops at about 30 characters
 * (GOV.UK's advice for email fields), and still shrinks to the screen on a 320 px phone.
 */
export const emailFieldStyles = css`
  .control:not([class*='width-']) {
    max-width: ${v('email-max-width')};
  }
`;

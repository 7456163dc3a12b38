import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * A Vietnamese phone number is 10 digits (more with +84 and spaces): without an explicit width the box stops at about
 * 20 characters so that its size hints at what is expected, and still shrinks to the screen on a 320 px phone.
 */
export const telFieldStyles = css`
  .control:not([class*='width-']) {
    max-width: ${v('tel-max-width')};
  }
`;

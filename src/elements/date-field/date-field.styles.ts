import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * Three boxes side by side whose widths hint at what goes in them (2, 2 and 4 characters, as GOV.UK sizes them);
 * together they need about 240 px, and they wrap rather than overflow on anything narrower.
 */
export const dateFieldStyles = css`
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: ${v('space-2')} ${v('space-5')};
  }
  .item {
    display: flex;
    flex-direction: column;
  }
  .part-label {
    display: block;
    margin-block-end: ${v('space-1')};
  }
  .control.width-2 {
    width: 5.4ex;
  }
  .control.width-4 {
    width: 9ex;
  }
`;

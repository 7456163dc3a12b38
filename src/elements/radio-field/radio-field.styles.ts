import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * Native radios enlarged to 28 px (WCAG 2.5.8 asks for 24) with the whole label clickable beside them; labels wrap
 * on narrow screens instead of pushing the page wider.
 */
export const radioFieldStyles = css`
  .choices {
    display: flex;
    flex-direction: column;
    gap: ${v('space-2')};
  }
  .item label {
    min-block-size: ${v('choice-size')};
    padding-block-start: 0.125rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
`;

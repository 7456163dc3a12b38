import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * The list opens under the box, as wide as the box (so never wider than a 320 px screen), scrolls after about eight
 * options, and shows the highlighted option in the GOV.UK autocomplete's blue with white text (5.2:1).
 */
export const comboboxFieldStyles = css`
  .combo {
    position: relative;
  }
  .control:disabled {
    background: ${v('color-disabled-bg')};
    color: ${v('color-hint')};
    cursor: not-allowed;
  }
  [role='listbox'] {
    position: absolute;
    inset-inline: 0;
    top: 100%;
    z-index: ${v('listbox-z-index')};
    box-sizing: border-box;
    max-block-size: min(22rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: ${v('color-control-bg')};
    border: ${v('control-border-width')} solid ${v('color-control-border')};
    border-block-start: 0;
  }
  [role='option'] {
    padding: 0.375rem ${v('space-2')};
    min-block-size: 1.75rem;
    border-block-end: ${v('border-width')} solid ${v('color-option-border')};
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  [role='option']:hover,
  [role='option'].active {
    background: ${v('color-option-active-bg')};
    color: ${v('color-option-active-text')};
  }
  .status-line {
    display: block;
    padding: 0.375rem ${v('space-2')};
    border: ${v('border-width')} solid ${v('color-option-border')};
    border-block-start: 0;
    color: ${v('color-hint')};
  }
  .load-failed {
    display: block;
    color: ${v('color-error')};
    margin-block-start: ${v('space-2')};
  }
`;

import { css } from 'lit';

/**
 * The list opens under the box, as wide as the box (so never wider than a 320 px screen), scrolls after about eight
 * options, and shows the highlighted option in the GOV.UK autocomplete's blue with white text (5.2:1).
 */
export const comboboxFieldStyles = css`
  .combo {
    position: relative;
  }
  .control:disabled {
    background: var(--dvc-color-disabled-bg, #f3f2f1);
    color: var(--dvc-color-hint, #484949);
    cursor: not-allowed;
  }
  [role='listbox'] {
    position: absolute;
    inset-inline: 0;
    top: 100%;
    z-index: var(--dvc-listbox-z-index, 10);
    box-sizing: border-box;
    max-block-size: min(22rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--dvc-color-control-bg, #fff);
    border: var(--dvc-control-border-width, 2px) solid var(--dvc-color-control-border, #0b0c0c);
    border-block-start: 0;
  }
  [role='option'] {
    padding: 0.375rem 0.5rem;
    min-block-size: 1.75rem;
    border-block-end: 1px solid var(--dvc-color-option-border, #b1b4b6);
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  [role='option']:hover,
  [role='option'].active {
    background: var(--dvc-color-option-active-bg, #1d70b8);
    color: var(--dvc-color-option-active-text, #fff);
  }
  .status-line {
    display: block;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--dvc-color-option-border, #b1b4b6);
    border-block-start: 0;
    color: var(--dvc-color-hint, #484949);
  }
  .load-failed {
    display: block;
    color: var(--dvc-color-error, #b3261e);
    margin-block-start: 0.5rem;
  }
`;

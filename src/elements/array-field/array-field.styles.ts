import { css } from 'lit';

/**
 * Items are separated by a rule so a long list stays readable; buttons follow the GOV.UK secondary button (grey,
 * dark text, 44 px tall) so that adding and removing never competes with the page's Continue button.
 */
export const arrayFieldStyles = css`
  legend.group-legend {
    font-size: var(--dvc-group-legend-size, 1.5rem);
    line-height: 1.25;
    margin-block-end: 0.5rem;
    overflow-wrap: anywhere;
  }
  .item {
    margin-block: 0 1rem;
    padding-block: 1rem 0;
    border-block-start: 1px solid var(--dvc-color-item-rule, #b1b4b6);
  }
  /* Floated, a legend leaves the fieldset's top border and sits under the rule, like a heading. */
  legend.item-legend {
    float: inline-start;
    width: 100%;
    font-size: var(--dvc-item-legend-size, 1.1875rem);
    margin-block-end: 0.75rem;
    overflow-wrap: anywhere;
  }
  .item-fields {
    clear: both;
  }
  legend.item-legend:focus {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 2px;
  }
  legend.item-legend:focus:not(:focus-visible) {
    outline: none;
  }
  .item > dvc-fieldset,
  .item > dvc-array-field {
    --dvc-group-legend-size: var(--dvc-nested-legend-size, 1.1875rem);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    color: var(--dvc-color-focus-text, #0b0c0c);
    background: var(--dvc-color-focus, #ffdd00);
    border-color: var(--dvc-color-focus, #ffdd00);
    box-shadow:
      inset 0 0 0 1px var(--dvc-color-focus, #ffdd00),
      0 2px 0 var(--dvc-color-focus-text, #0b0c0c);
  }
  .add {
    margin-block-start: 0.5rem;
  }
`;

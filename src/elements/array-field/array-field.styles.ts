import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * Items are separated by a rule so a long list stays readable; buttons follow the GOV.UK secondary button (grey,
 * dark text, 44 px tall) so that adding and removing never competes with the page's Continue button.
 */
export const arrayFieldStyles = css`
  legend.group-legend {
    font-size: ${v('group-legend-size')};
    line-height: ${v('line-height-heading')};
    margin-block-end: ${v('space-2')};
    overflow-wrap: anywhere;
  }
  .item {
    margin-block: 0 ${v('space-4')};
    padding-block: ${v('space-4')} 0;
    border-block-start: ${v('border-width')} solid ${v('color-item-rule')};
  }
  /* Floated, a legend leaves the fieldset's top border and sits under the rule, like a heading. */
  legend.item-legend {
    float: inline-start;
    width: 100%;
    font-size: ${v('item-legend-size')};
    margin-block-end: ${v('space-3')};
    overflow-wrap: anywhere;
  }
  .item-fields {
    clear: both;
  }
  legend.item-legend:focus {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 2px;
  }
  legend.item-legend:focus:not(:focus-visible) {
    outline: none;
  }
  .item > dvc-fieldset,
  .item > dvc-array-field {
    --dvc-group-legend-size: ${v('nested-legend-size')};
  }
  .button:focus-visible {
    outline: ${v('focus-width')} solid transparent;
    color: ${v('color-focus-text')};
    background: ${v('color-focus')};
    border-color: ${v('color-focus')};
    box-shadow:
      inset 0 0 0 1px ${v('color-focus')},
      0 2px 0 ${v('color-focus-text')};
  }
  .add {
    margin-block-start: ${v('space-2')};
  }
`;

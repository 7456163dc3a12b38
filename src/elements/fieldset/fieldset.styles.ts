import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * A group's legend is larger than a field's label so the group reads as a heading over its fields. A fieldset nested
 * inside another group gets a left rule and an indent, drawn by the parent (it can see its own children in its shadow
 * root; a child cannot see that it is nested), so that people can tell which fields belong together.
 */
export const fieldsetStyles = css`
  legend.group-legend {
    font-size: ${v('group-legend-size')};
    line-height: ${v('line-height-heading')};
    margin-block-end: ${v('space-2')};
    overflow-wrap: anywhere;
  }
  .children {
    margin-block-start: ${v('space-4')};
  }
  .children > dvc-fieldset,
  .children > dvc-array-field {
    --dvc-group-legend-size: ${v('nested-legend-size')};
    padding-inline-start: ${v('nested-indent')};
    border-inline-start: ${v('nested-rule-width')} solid ${v('color-nested-rule')};
  }
`;

/** The "same as" buttons sit in a row that wraps, above the fields they fill; the note of a locked group is a hint. */
export const fieldsetHelperStyles = css`
  .note {
    display: block;
    color: ${v('color-hint')};
    margin-block-end: ${v('space-2')};
  }
  .same-as {
    display: flex;
    flex-wrap: wrap;
    gap: ${v('space-3')} ${v('space-4')};
    align-items: center;
    margin-block: ${v('space-2')} 0;
  }
  .same-as-status {
    flex-basis: 100%;
    margin: 0;
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
`;

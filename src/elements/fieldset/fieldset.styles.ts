import { css } from 'lit';

/**
 * A group's legend is larger than a field's label so the group reads as a heading over its fields. A fieldset nested
 * inside another group gets a left rule and an indent, drawn by the parent (it can see its own children in its shadow
 * root; a child cannot see that it is nested), so that people can tell which fields belong together.
 */
export const fieldsetStyles = css`
  legend.group-legend {
    font-size: var(--dvc-group-legend-size, 1.5rem);
    line-height: 1.25;
    margin-block-end: 0.5rem;
    overflow-wrap: anywhere;
  }
  .children {
    margin-block-start: 1rem;
  }
  .children > dvc-fieldset,
  .children > dvc-array-field {
    --dvc-group-legend-size: var(--dvc-nested-legend-size, 1.1875rem);
    padding-inline-start: var(--dvc-nested-indent, 1rem);
    border-inline-start: var(--dvc-nested-rule-width, 4px) solid var(--dvc-color-nested-rule, #b1b4b6);
  }
`;

/** The "same as" buttons sit in a row that wraps, above the fields they fill; the note of a locked group is a hint. */
export const fieldsetHelperStyles = css`
  .note {
    display: block;
    color: var(--dvc-color-hint, #484949);
    margin-block-end: 0.5rem;
  }
  .same-as {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
    margin-block: 0.5rem 0;
  }
  .same-as-status {
    flex-basis: 100%;
    margin: 0;
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
`;

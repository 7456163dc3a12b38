import { css } from 'lit';

/**
 * A locked answer looks like a field the person cannot type in: the control keeps its box, so it reads as an answer
 * to a question, but on a grey ground and without the strong border that invites typing.
 */
export const lockedFieldStyles = css`
  .control[readonly] {
    color: var(--dvc-color-text, #0b0c0c);
    background: var(--dvc-color-locked-bg, #f3f2f1);
    border-color: var(--dvc-color-locked-border, #626a6e);
    resize: none;
  }
  textarea.control {
    min-height: 5rem;
  }
  .note {
    display: block;
    color: var(--dvc-color-hint, #484949);
    margin-block-end: 0.5rem;
  }
`;

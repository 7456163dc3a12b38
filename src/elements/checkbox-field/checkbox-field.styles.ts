import { css } from 'lit';

/** A 28 px native checkbox (WCAG 2.5.8 asks for 24) with its text beside it, wrapping on narrow screens. */
export const checkboxFieldStyles = css`
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
  }
  .item input {
    flex: none;
    inline-size: var(--dvc-choice-size, 1.75rem);
    block-size: var(--dvc-choice-size, 1.75rem);
    margin: 0;
    accent-color: var(--dvc-color-choice, #0b0c0c);
    cursor: pointer;
  }
  .item input:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--dvc-color-focus-text, #0b0c0c);
  }
  .item .label,
  .item .box-text {
    min-block-size: var(--dvc-choice-size, 1.75rem);
    padding-block-start: 0.125rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    cursor: pointer;
    margin: 0;
  }
  /* The text beside a box is a statement to agree with, read at normal weight as GOV.UK sets it. */
  .item .label,
  .box-text {
    font-weight: 400;
  }
`;

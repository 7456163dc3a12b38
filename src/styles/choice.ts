import { css } from 'lit';

/** A native radio or checkbox of 28 px (WCAG 2.5.8 asks for 24) with its text beside it, and the focus ring. */
export const choiceStyles = css`
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
`;

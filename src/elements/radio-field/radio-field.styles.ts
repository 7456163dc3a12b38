import { css } from 'lit';

/**
 * Native radios enlarged to 28 px (WCAG 2.5.8 asks for 24) with the whole label clickable beside them; labels wrap
 * on narrow screens instead of pushing the page wider.
 */
export const radioFieldStyles = css`
  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .item label {
    min-block-size: var(--dvc-choice-size, 1.75rem);
    padding-block-start: 0.125rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
`;

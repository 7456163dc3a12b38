import { css } from 'lit';

/** The GOV.UK error summary: a red-bordered box at the top of the page, red underlined links, the yellow focus. */
export const errorSummaryStyles = css`
  .summary {
    box-sizing: border-box;
    margin-block-end: var(--dvc-field-gap, 1.5rem);
    padding: 1rem;
    border: 5px solid var(--dvc-color-error, #b3261e);
    overflow-wrap: anywhere;
  }
  .summary:focus {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 0;
  }
  .title {
    margin: 0 0 1rem;
    font-size: var(--dvc-error-summary-title-size, 1.5rem);
    line-height: 1.25;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    margin-block-end: 0.5rem;
  }
  .list li:last-child {
    margin-block-end: 0;
  }
  a {
    display: inline-block;
    padding-block: 0.125rem;
    min-height: 24px;
    font-weight: 700;
    color: var(--dvc-color-error, #b3261e);
    text-decoration: underline;
    text-underline-offset: 0.1578em;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  a:focus {
    outline: 3px solid transparent;
    color: var(--dvc-color-focus-text, #0b0c0c);
    background: var(--dvc-color-focus, #ffdd00);
    box-shadow:
      0 -2px var(--dvc-color-focus, #ffdd00),
      0 4px var(--dvc-color-focus-text, #0b0c0c);
    text-decoration: none;
  }
`;

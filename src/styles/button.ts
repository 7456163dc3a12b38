import { css } from 'lit';

/** The GOV.UK secondary button (grey, 44 px tall, shadow underneath) used for Add, Remove and file choosing. */
export const secondaryButtonStyles = css`
  .button {
    box-sizing: border-box;
    display: inline-block;
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: 0.5rem 0.75rem;
    font: inherit;
    line-height: 1.25;
    text-align: center;
    overflow-wrap: anywhere;
    color: var(--dvc-color-button-secondary-text, #0b0c0c);
    background: var(--dvc-color-button-secondary-bg, #f3f2f1);
    border: 2px solid transparent;
    border-radius: var(--dvc-radius, 0);
    box-shadow: 0 2px 0 var(--dvc-color-button-secondary-shadow, #929191);
    cursor: pointer;
  }
  .button:hover {
    background: var(--dvc-color-button-secondary-hover-bg, #dbdad9);
  }
`;

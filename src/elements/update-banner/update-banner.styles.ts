import { css } from 'lit';

/**
 * A GOV.UK-style notification: a box with a thick coloured left border, the message, then the two buttons, which
 * wrap under each other at 320 px. While closed the box has no border or padding, so that it takes no room, but its
 * status region stays in the page (see the element).
 */
export const updateBannerStyles = css`
  .banner.open {
    box-sizing: border-box;
    padding: 0.75rem 1rem;
    border: 2px solid var(--dvc-update-banner-border, #1d70b8);
    border-inline-start-width: 0.5rem;
    background: var(--dvc-update-banner-bg, #f3f8fc);
    overflow-wrap: anywhere;
  }
  .message {
    margin: 0;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: 0.75rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.375rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--dvc-radius, 0);
    cursor: pointer;
  }
  .accept {
    background: var(--dvc-update-banner-border, #1d70b8);
    color: var(--dvc-color-on-primary, #fff);
    box-shadow: 0 2px 0 var(--dvc-color-text, #0b0c0c);
  }
  .dismiss {
    background: var(--dvc-color-secondary, #fff);
    color: var(--dvc-color-text, #0b0c0c);
    border-color: var(--dvc-color-text, #0b0c0c);
  }
  button:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--dvc-color-focus-text, #0b0c0c);
  }
  .error {
    margin: 0.75rem 0 0;
    color: var(--dvc-color-error, #b3261e);
    font-weight: 700;
  }
`;

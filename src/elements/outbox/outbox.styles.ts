import { css } from 'lit';
import { cardListStyles } from '../../styles/card-list.js';

/**
 * The submissions are cards like the drafts (src/styles/card-list.ts); each has a short list of facts (when, status,
 * receipt number) and, when the authority sent it back, its message in a bordered box that stands out without colour
 * alone. The download link is a real link (it downloads a file), styled to sit among the buttons.
 */
export const outboxStyles = [
  cardListStyles,
  css`
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0 0 0.5rem;
    }
    .facts dt {
      color: var(--dvc-color-hint, #484949);
    }
    .facts dd {
      margin: 0;
      min-width: 0;
    }
    .status.needs-fix {
      color: var(--dvc-color-on-primary, #fff);
      background: var(--dvc-color-error, #b3261e);
    }
    .reference {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .server-message {
      margin: 0.5rem 0;
      padding: 0.75rem 1rem;
      border-inline-start: 5px solid var(--dvc-color-error, #b3261e);
      background: var(--dvc-color-error-bg, #fbeceb);
    }
    .server-message p,
    .server-message ul {
      margin: 0;
    }
    .server-message ul {
      padding-inline-start: 1.25rem;
    }
    .download {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      color: var(--dvc-color-link, #1d70b8);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .download:focus-visible {
      outline: 3px solid var(--dvc-color-focus, #ffdd00);
      color: var(--dvc-color-focus-text, #0b0c0c);
      background: var(--dvc-color-focus, #ffdd00);
    }
    .offline {
      font-weight: 700;
    }
    @media (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
      }
      .facts dd {
        margin-block-end: 0.25rem;
      }
    }
  `,
];

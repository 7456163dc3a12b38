import { css } from 'lit';
import { v } from '../../styles/tokens.js';
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
      gap: ${v('space-1')} ${v('space-4')};
      margin: 0 0 ${v('space-2')};
    }
    .facts dt {
      color: ${v('color-hint')};
    }
    .facts dd {
      margin: 0;
      min-width: 0;
    }
    .status.needs-fix {
      color: ${v('color-on-primary')};
      background: ${v('color-error')};
    }
    .reference {
      font-weight: ${v('font-weight-bold')};
      font-variant-numeric: tabular-nums;
    }
    .server-message {
      margin: ${v('space-2')} 0;
      padding: ${v('space-3')} ${v('space-4')};
      border-inline-start: ${v('error-border-width')} solid ${v('color-error')};
      background: ${v('color-error-bg')};
    }
    .server-message p,
    .server-message ul {
      margin: 0;
    }
    .server-message ul {
      padding-inline-start: ${v('space-5')};
    }
    .download {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      color: ${v('color-link')};
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .download:focus-visible {
      outline: ${v('focus-width')} solid ${v('color-focus')};
      color: ${v('color-focus-text')};
      background: ${v('color-focus')};
    }
    .offline {
      font-weight: ${v('font-weight-bold')};
    }
    @media (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
      }
      .facts dd {
        margin-block-end: ${v('space-1')};
      }
    }
  `,
];

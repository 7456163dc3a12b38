import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * A GOV.UK-style notification: a box with a thick coloured left border, the message, then the two buttons, which
 * wrap under each other at 320 px. While closed the box has no border or padding, so that it takes no room, but its
 * status region stays in the page (see the element).
 */
export const updateBannerStyles = css`
  .banner.open {
    box-sizing: border-box;
    padding: ${v('space-3')} ${v('space-4')};
    border: 2px solid ${v('update-banner-border')};
    border-inline-start-width: 0.5rem;
    background: ${v('update-banner-bg')};
    overflow-wrap: anywhere;
  }
  .message {
    margin: 0;
    font-weight: ${v('font-weight-bold')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${v('space-3')};
    margin-block-start: ${v('space-3')};
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.375rem ${v('space-4')};
    border: ${v('button-border-width')} solid transparent;
    border-radius: ${v('radius')};
    cursor: pointer;
  }
  .accept {
    background: ${v('update-banner-border')};
    color: ${v('color-on-primary')};
    box-shadow: ${v('button-shadow')} ${v('color-text')};
  }
  .dismiss {
    background: ${v('update-banner-dismiss-bg')};
    color: ${v('color-text')};
    border-color: ${v('color-text')};
  }
  button:focus-visible {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${v('color-focus-text')};
  }
  .error {
    margin: ${v('space-3')} 0 0;
    color: ${v('color-error')};
    font-weight: ${v('font-weight-bold')};
  }
`;

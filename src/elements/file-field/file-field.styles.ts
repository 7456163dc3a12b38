import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * The native file input is hidden visually but stays in the tab order; its `<label>` is the visible target, drawn as
 * a GOV.UK secondary button (44 px tall) and given the focus ring whenever the input has focus. The chosen file sits
 * in a bordered block whose parts wrap under each other at 320 px.
 */
export const fileFieldStyles = css`
  .button:focus-visible,
  .file-input:focus + .choose {
    outline: ${v('focus-width')} solid transparent;
    color: ${v('color-focus-text')};
    background: ${v('color-focus')};
    border-color: ${v('color-focus')};
    box-shadow:
      inset 0 0 0 1px ${v('color-focus')},
      0 2px 0 ${v('color-focus-text')};
  }
  .choose {
    margin-block-start: ${v('space-1')};
  }
  .current {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${v('space-3')} ${v('space-4')};
    margin-block-end: ${v('space-3')};
    padding: ${v('space-3')};
    border: ${v('border-width')} solid ${v('color-border')};
  }
  .thumbnail {
    display: block;
    max-width: ${v('file-thumbnail-size')};
    max-height: ${v('file-thumbnail-size')};
    object-fit: contain;
    border: ${v('border-width')} solid ${v('color-border')};
  }
  .details {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    min-width: 0;
  }
  .file-name {
    font-weight: ${v('font-weight-bold')};
    overflow-wrap: anywhere;
  }
  .file-size,
  .note {
    color: ${v('color-hint')};
  }
  .status {
    margin: ${v('space-2')} 0 0;
  }
  .status:empty {
    display: none;
  }
`;

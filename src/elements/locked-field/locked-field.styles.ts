import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * A locked answer looks like a field the person cannot type in: the control keeps its box, so it reads as an answer
 * to a question, but on a grey ground and without the strong border that invites typing.
 */
export const lockedFieldStyles = css`
  .control[readonly] {
    color: ${v('color-text')};
    background: ${v('color-locked-bg')};
    border-color: ${v('color-locked-border')};
    resize: none;
  }
  textarea.control {
    min-height: 5rem;
  }
  .note {
    display: block;
    color: ${v('color-hint')};
    margin-block-end: ${v('space-2')};
  }
`;

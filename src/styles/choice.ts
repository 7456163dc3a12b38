import { css } from 'lit';
import { v } from './tokens.js';

/** A native radio or checkbox of 28 px (WCAG 2.5.8 asks for 24) with its text beside it, and the focus ring. */
export const choiceStyles = css`
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
  }
  .item input {
    flex: none;
    inline-size: ${v('choice-size')};
    block-size: ${v('choice-size')};
    margin: 0;
    accent-color: ${v('color-choice')};
    cursor: pointer;
  }
  .item input:focus-visible {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 2px;
    box-shadow: 0 0 0 5px ${v('color-focus-text')};
  }
`;

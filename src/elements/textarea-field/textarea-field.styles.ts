import { css } from 'lit';

export const textareaFieldStyles = css`
  /* Only vertical resizing: a sideways drag could push the box past a phone's screen edge. */
  textarea.control {
    resize: vertical;
    min-height: 6rem;
  }
`;

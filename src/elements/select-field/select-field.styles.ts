import { css } from 'lit';
import { v } from '../../styles/tokens.js';

export const selectFieldStyles = css`
  /* Long option labels (a commune with its province) must not widen the page past a phone's screen. */
  select.control {
    max-width: ${v('select-max-width')};
    text-overflow: ellipsis;
  }
  .load-failed {
    display: block;
    color: ${v('color-error')};
    margin-block-start: ${v('space-2')};
  }
`;

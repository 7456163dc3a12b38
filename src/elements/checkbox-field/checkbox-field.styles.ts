import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/** A 28 px native checkbox (WCAG 2.5.8 asks for 24) with its text beside it, wrapping on narrow screens. */
export const checkboxFieldStyles = css`
  .item .label,
  .item .box-text {
    min-block-size: ${v('choice-size')};
    padding-block-start: 0.125rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    cursor: pointer;
    margin: 0;
  }
  /* The text beside a box is a statement to agree with, read at normal weight as GOV.UK sets it. */
  .item .label,
  .box-text {
    font-weight: ${v('font-weight-normal')};
  }
`;

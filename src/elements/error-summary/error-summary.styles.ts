import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/** The GOV.UK error summary: a red-bordered box at the top of the page, red underlined links, the yellow focus. */
export const errorSummaryStyles = css`
  .summary {
    box-sizing: border-box;
    margin-block-end: ${v('field-gap')};
    padding: ${v('space-4')};
    border: ${v('error-border-width')} solid ${v('color-error')};
    overflow-wrap: anywhere;
  }
  .summary:focus {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 0;
  }
  .title {
    margin: 0 0 ${v('space-4')};
    font-size: ${v('error-summary-title-size')};
    line-height: ${v('line-height-heading')};
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    margin-block-end: ${v('space-2')};
  }
  .list li:last-child {
    margin-block-end: 0;
  }
  a {
    display: inline-block;
    padding-block: 0.125rem;
    min-height: 24px;
    font-weight: ${v('font-weight-bold')};
    color: ${v('color-error')};
    text-decoration: underline;
    text-underline-offset: 0.1578em;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  a:focus {
    outline: ${v('focus-width')} solid transparent;
    color: ${v('color-focus-text')};
    background: ${v('color-focus')};
    box-shadow:
      0 -2px ${v('color-focus')},
      0 4px ${v('color-focus-text')};
    text-decoration: none;
  }
`;

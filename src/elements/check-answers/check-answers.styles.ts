import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * The GOV.UK summary list: on wide containers a row is key | value | action; below 40rem of available width the three
 * stack, so that a long name or address never pushes the page sideways at 320 px.
 */
export const checkAnswersStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: ${v('font-family')};
    font-size: ${v('font-size')};
    line-height: ${v('line-height')};
    color: ${v('color-text')};
  }
  :host([hidden]) {
    display: none;
  }
  .section-title {
    margin: 0 0 ${v('space-3')};
    font-size: ${v('check-answers-title-size')};
    line-height: ${v('line-height-heading')};
    overflow-wrap: anywhere;
  }
  .summary-list {
    margin: 0 0 ${v('space-8')};
    padding: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 5fr) auto;
    gap: 0 ${v('space-5')};
    align-items: start;
    padding-block: ${v('space-2')};
    border-block-end: ${v('border-width')} solid ${v('color-border')};
  }
  .key {
    font-weight: ${v('font-weight-bold')};
  }
  .key,
  .value {
    margin: 0;
    padding-block: 0.625rem;
    overflow-wrap: anywhere;
  }
  .value {
    white-space: pre-line;
  }
  .value.empty {
    color: ${v('color-hint')};
  }
  .action {
    margin: 0;
    text-align: end;
  }
  .change {
    box-sizing: border-box;
    min-width: 44px;
    min-height: 44px;
    padding: ${v('space-2')} ${v('space-1')};
    font: inherit;
    color: ${v('color-link')};
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .change:hover {
    text-decoration-thickness: 3px;
  }
  .change:focus-visible {
    outline: ${v('focus-width')} solid transparent;
    color: ${v('color-focus-text')};
    background: ${v('color-focus')};
    box-shadow: inset 0 -4px ${v('color-focus-text')};
    text-decoration: none;
  }
  @container (max-width: 40rem) {
    .row {
      display: block;
    }
    .key {
      padding-block-end: ${v('space-1')};
    }
    .value {
      padding-block: 0;
    }
    .action {
      text-align: start;
    }
    .change {
      padding-inline: 0;
    }
  }
`;

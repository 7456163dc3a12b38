import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/**
 * Steps are segments of a bar (USWDS step indicator): dark for completed, blue and bold for the current step, grey for
 * steps not reached. Below 36rem of available width (a container query, so it also holds in a narrow sidebar) only
 * "Step x of y" and the current title stay: six Vietnamese step titles cannot fit in 320 px.
 */
export const stepNavStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    margin-block-end: ${v('field-gap')};
    font-family: ${v('font-family')};
    font-size: ${v('step-nav-font-size')};
    line-height: ${v('line-height')};
    color: ${v('color-text')};
  }
  :host([hidden]) {
    display: none;
  }
  .count {
    margin: 0 0 ${v('space-2')};
    font-weight: ${v('font-weight-bold')};
  }
  .current-title {
    display: none;
    margin: 0;
    font-weight: ${v('font-weight-bold')};
    overflow-wrap: anywhere;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: ${v('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    flex: 1 1 7rem;
    min-width: 0;
    border-block-start: ${v('step-bar-width')} solid ${v('color-step-upcoming')};
    color: ${v('color-step-upcoming-text')};
    overflow-wrap: anywhere;
  }
  .step.completed {
    border-block-start-color: ${v('color-step-completed')};
    color: inherit;
  }
  .step.current {
    border-block-start-color: ${v('color-step-current')};
    color: inherit;
    font-weight: ${v('font-weight-bold')};
  }
  .number {
    margin-inline-end: ${v('space-1')};
  }
  .label,
  .step-button {
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    padding: ${v('space-2')} ${v('space-1')};
    text-align: start;
  }
  .step-button {
    margin: 0;
    font: inherit;
    color: ${v('color-link')};
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .step-button:hover {
    text-decoration-thickness: 3px;
  }
  .step-button:focus-visible {
    outline: ${v('focus-width')} solid transparent;
    color: ${v('color-focus-text')};
    background: ${v('color-focus')};
    box-shadow: inset 0 -4px ${v('color-focus-text')};
    text-decoration: none;
  }
  @container (max-width: 36rem) {
    .steps {
      display: none;
    }
    .current-title {
      display: block;
    }
  }
`;

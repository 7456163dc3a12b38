import { css } from 'lit';

/**
 * The GOV.UK summary list: on wide containers a row is key | value | action; below 40rem of available width the three
 * stack, so that a long name or address never pushes the page sideways at 320 px.
 */
export const checkAnswersStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--dvc-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--dvc-font-size, 1.1875rem);
    line-height: 1.4;
    color: var(--dvc-color-text, #0b0c0c);
  }
  :host([hidden]) {
    display: none;
  }
  .section-title {
    margin: 0 0 0.75rem;
    font-size: var(--dvc-check-answers-title-size, 1.5rem);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .summary-list {
    margin: 0 0 2rem;
    padding: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 5fr) auto;
    gap: 0 1.25rem;
    align-items: start;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--dvc-color-border, #b1b4b6);
  }
  .key {
    font-weight: 700;
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
    color: var(--dvc-color-hint, #484949);
  }
  .action {
    margin: 0;
    text-align: end;
  }
  .change {
    box-sizing: border-box;
    min-width: 44px;
    min-height: 44px;
    padding: 0.5rem 0.25rem;
    font: inherit;
    color: var(--dvc-color-link, #1d70b8);
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
    outline: 3px solid transparent;
    color: var(--dvc-color-focus-text, #0b0c0c);
    background: var(--dvc-color-focus, #ffdd00);
    box-shadow: inset 0 -4px var(--dvc-color-focus-text, #0b0c0c);
    text-decoration: none;
  }
  @container (max-width: 40rem) {
    .row {
      display: block;
    }
    .key {
      padding-block-end: 0.25rem;
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

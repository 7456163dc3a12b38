import { css } from 'lit';
import { v } from './tokens.js';

/**
 * A list of cards, as the drafts and the submitted applications show them: each card's lines and buttons wrap, so
 * the list reads the same at 320 px as on a desktop. Buttons follow the form's (GOV.UK): green primary, grey
 * secondary, red to confirm a deletion, all at least 44 px tall. `.status.done` is the finished state's tag.
 */
export const cardListStyles = css`
  .heading {
    margin: 0 0 ${v('space-4')};
    font-size: ${v('drafts-heading-size')};
    line-height: ${v('line-height-heading')};
  }
  .heading:focus {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 2px;
  }
  .heading:focus:not(:focus-visible) {
    outline: none;
  }
  .list {
    margin: 0 0 ${v('space-6')};
    padding: 0;
    list-style: none;
  }
  .card {
    margin-block-end: ${v('space-4')};
    padding: ${v('space-4')};
    border: ${v('border-width')} solid ${v('color-border')};
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 ${v('space-1')};
    font-size: ${v('card-title-size')};
    line-height: ${v('line-height-heading')};
  }
  .name,
  .meta,
  .message {
    margin: 0 0 ${v('space-2')};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${v('space-1')} ${v('space-3')};
    color: ${v('color-hint')};
  }
  .status {
    padding: 0 ${v('space-2')};
    color: ${v('color-status-text')};
    background: ${v('color-status-bg')};
  }
  .status.done {
    color: ${v('color-status-done-text')};
    background: ${v('color-status-done-bg')};
  }
  .failed {
    color: ${v('color-error')};
    font-weight: ${v('font-weight-bold')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${v('space-3')};
    margin-block-start: ${v('space-3')};
  }
  button {
    box-sizing: border-box;
    min-height: 2.75rem;
    min-width: 2.75rem;
    max-width: 100%;
    padding: ${v('space-2')} ${v('space-4')};
    font: inherit;
    line-height: ${v('line-height-heading')};
    overflow-wrap: anywhere;
    border: ${v('button-border-width')} solid transparent;
    border-radius: ${v('radius')};
    cursor: pointer;
  }
  .primary {
    color: ${v('color-on-primary')};
    background: ${v('color-primary')};
    box-shadow: ${v('button-shadow')} ${v('color-primary-shadow')};
  }
  .secondary {
    color: ${v('color-text')};
    background: ${v('color-secondary')};
    box-shadow: ${v('button-shadow')} ${v('color-secondary-shadow')};
  }
  .warning {
    color: ${v('color-on-primary')};
    background: ${v('color-warning-button')};
    box-shadow: ${v('button-shadow')} ${v('color-warning-button-shadow')};
  }
  button:focus-visible {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${v('color-focus-text')};
  }
  dialog {
    box-sizing: border-box;
    width: min(${v('dialog-max-width')}, calc(100vw - 2rem));
    padding: ${v('space-5')};
    color: inherit;
    border: ${v('panel-border-width')} solid ${v('color-text')};
  }
  dialog::backdrop {
    background: ${v('color-backdrop')};
  }
  .dialog-title {
    margin: 0 0 ${v('space-3')};
    font-size: ${v('font-size-large')};
    line-height: ${v('line-height-heading')};
  }
`;

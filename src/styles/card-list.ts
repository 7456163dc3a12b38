import { css } from 'lit';

/**
 * A list of cards, as the drafts and the submitted applications show them: each card's lines and buttons wrap, so
 * the list reads the same at 320 px as on a desktop. Buttons follow the form's (GOV.UK): green primary, grey
 * secondary, red to confirm a deletion, all at least 44 px tall. `.status.done` is the finished state's tag.
 */
export const cardListStyles = css`
  .heading {
    margin: 0 0 1rem;
    font-size: var(--dvc-drafts-heading-size, 1.5rem);
    line-height: 1.25;
  }
  .heading:focus {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 2px;
  }
  .heading:focus:not(:focus-visible) {
    outline: none;
  }
  .list {
    margin: 0 0 1.5rem;
    padding: 0;
    list-style: none;
  }
  .card {
    margin-block-end: 1rem;
    padding: 1rem;
    border: 1px solid var(--dvc-color-border, #b1b4b6);
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.1875rem;
    line-height: 1.3;
  }
  .name,
  .meta,
  .message {
    margin: 0 0 0.5rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--dvc-color-hint, #484949);
  }
  .status {
    padding: 0 0.5rem;
    color: var(--dvc-color-status-text, #0c2d4a);
    background: var(--dvc-color-status-bg, #d2e2f1);
  }
  .status.done {
    color: var(--dvc-color-status-done-text, #005a30);
    background: var(--dvc-color-status-done-bg, #cce2d8);
  }
  .failed {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: 0.75rem;
  }
  button {
    box-sizing: border-box;
    min-height: 2.75rem;
    min-width: 2.75rem;
    max-width: 100%;
    padding: 0.5rem 1rem;
    font: inherit;
    line-height: 1.25;
    overflow-wrap: anywhere;
    border: 2px solid transparent;
    border-radius: var(--dvc-radius, 0);
    cursor: pointer;
  }
  .primary {
    color: var(--dvc-color-on-primary, #fff);
    background: var(--dvc-color-primary, #00703c);
    box-shadow: 0 2px 0 var(--dvc-color-primary-shadow, #002d18);
  }
  .secondary {
    color: var(--dvc-color-text, #0b0c0c);
    background: var(--dvc-color-secondary, #f3f2f1);
    box-shadow: 0 2px 0 var(--dvc-color-secondary-shadow, #929191);
  }
  .warning {
    color: var(--dvc-color-on-primary, #fff);
    background: var(--dvc-color-warning-button, #b3261e);
    box-shadow: 0 2px 0 var(--dvc-color-warning-button-shadow, #55150b);
  }
  button:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--dvc-color-focus-text, #0b0c0c);
  }
  dialog {
    box-sizing: border-box;
    width: min(32rem, calc(100vw - 2rem));
    padding: 1.25rem;
    color: inherit;
    border: 4px solid var(--dvc-color-text, #0b0c0c);
  }
  dialog::backdrop {
    background: rgb(11 12 12 / 0.6);
  }
  .dialog-title {
    margin: 0 0 0.75rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }
`;

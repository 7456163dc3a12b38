import { css } from 'lit';

export const formStyles = css`
  :host {
    display: block;
    max-width: var(--dvc-form-max-width, 40rem);
    font-family: var(--dvc-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--dvc-font-size, 1.1875rem);
    line-height: 1.4;
    color: var(--dvc-color-text, #0b0c0c);
    overflow-wrap: anywhere;
  }
  .caption {
    color: var(--dvc-color-hint, #484949);
    margin: 0 0 0.25rem;
  }
  h2 {
    font-size: var(--dvc-heading-size, 1.75rem);
    margin: 0 0 1rem;
  }
  h2:focus {
    outline: none;
  }
  .description,
  .required-note {
    margin: 0 0 1.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    margin-block-start: 2rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--dvc-radius, 0);
    cursor: pointer;
  }
  .primary {
    background: var(--dvc-color-primary, #00703c);
    color: var(--dvc-color-on-primary, #fff);
    box-shadow: 0 2px 0 var(--dvc-color-primary-shadow, #002d18);
  }
  .secondary {
    background: var(--dvc-color-secondary, #f3f2f1);
    color: var(--dvc-color-text, #0b0c0c);
    box-shadow: 0 2px 0 var(--dvc-color-secondary-shadow, #929191);
  }
  button:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--dvc-color-focus-text, #0b0c0c);
  }
  .panel {
    border: 4px solid var(--dvc-color-primary, #00703c);
    padding: 1rem 1.25rem;
    margin-block: 1rem;
  }
  .load-error {
    border-inline-start: 5px solid var(--dvc-color-error, #b3261e);
    padding-inline-start: 1rem;
  }
  .load-error pre {
    white-space: pre-wrap;
    font-size: 0.9em;
  }
  .documents ul {
    padding-inline-start: 1.25rem;
  }
  .save-status {
    margin-block-start: 1.5rem;
    color: var(--dvc-color-hint, #484949);
  }
  .save-status p {
    margin: 0 0 0.25rem;
  }
  .save-status .save-error {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 700;
  }
  .set-aside {
    border-color: var(--dvc-color-warning, #6b4a00);
  }
  .pdf {
    margin-block: 2rem 1rem;
  }
  .pdf .actions {
    margin-block-start: 1rem;
  }
  .pdf button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .pdf-progress:empty {
    margin: 0;
  }
  .pdf-error {
    border-inline-start: 5px solid var(--dvc-color-error, #b3261e);
    padding-inline-start: 1rem;
    color: var(--dvc-color-error, #b3261e);
    font-weight: 700;
  }
  .pdf-download {
    color: var(--dvc-color-link, #1d70b8);
    font-weight: 700;
    display: inline-block;
    padding-block: 0.25rem;
  }
  .pdf-download:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    background: var(--dvc-color-focus, #ffdd00);
    color: var(--dvc-color-focus-text, #0b0c0c);
  }
  .pdf-facts dt {
    font-weight: 700;
  }
  .pdf-facts dd {
    margin: 0 0 0.75rem;
  }
  .pdf-facts code {
    font-size: 0.85em;
    word-break: break-all;
  }
  .pdf-preview {
    display: block;
    inline-size: 100%;
    block-size: min(600px, 80vh);
    border: 1px solid var(--dvc-color-border, #b1b4b6);
  }
`;

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
  /* Sign with: native radios enlarged to 28 px (WCAG 2.5.8 asks for 24), the whole label clickable beside them. */
  .pdf-signer {
    margin: 1rem 0 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .pdf-signer legend {
    font-weight: 700;
    margin-block-end: 0.5rem;
    padding: 0;
  }
  .pdf-choice {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    margin-block-end: 0.5rem;
  }
  .pdf-choice input {
    flex: none;
    inline-size: var(--dvc-choice-size, 1.75rem);
    block-size: var(--dvc-choice-size, 1.75rem);
    margin: 0;
    accent-color: var(--dvc-color-choice, #0b0c0c);
    cursor: pointer;
  }
  .pdf-choice label {
    min-block-size: var(--dvc-choice-size, 1.75rem);
    padding-block-start: 0.125rem;
    min-inline-size: 0;
    cursor: pointer;
  }
  .pdf-hint {
    color: var(--dvc-color-hint, #484949);
  }
  .pdf-p12-field {
    margin-block-end: 1rem;
  }
  .pdf-p12-field.invalid {
    border-inline-start: 5px solid var(--dvc-color-error, #b3261e);
    padding-inline-start: 0.75rem;
  }
  .pdf-p12-field label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .pdf-field-error {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .pdf-p12 input {
    box-sizing: border-box;
    max-inline-size: 100%;
    font: inherit;
  }
  .pdf-p12 input[type='password'] {
    display: block;
    inline-size: 100%;
    max-inline-size: 20em;
    min-block-size: 2.5rem;
    padding: 0.3125rem 0.5rem;
    border: 2px solid var(--dvc-color-control-border, #0b0c0c);
    border-radius: var(--dvc-radius, 0);
  }
  .pdf-p12 input::file-selector-button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    margin-inline-end: 0.75rem;
    border: 2px solid transparent;
    background: var(--dvc-color-secondary, #f3f2f1);
    color: var(--dvc-color-text, #0b0c0c);
    box-shadow: 0 2px 0 var(--dvc-color-secondary-shadow, #929191);
    cursor: pointer;
  }
  .pdf-p12-field.invalid input[type='password'] {
    border-color: var(--dvc-color-error, #b3261e);
  }
  .pdf-choice input:focus-visible,
  .pdf-p12 input:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffdd00);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--dvc-color-focus-text, #0b0c0c);
  }
`;

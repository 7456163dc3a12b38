import { css } from 'lit';
import { v } from '../../styles/tokens.js';

/** The form column and its panels; typography and host isolation come from src/styles/host.ts. */
export const formStyles = css`
  :host {
    max-width: ${v('form-max-width')};
  }
  .caption {
    color: ${v('color-hint')};
    margin: 0 0 ${v('space-1')};
  }
  h2 {
    font-size: ${v('heading-size')};
    margin: 0 0 ${v('space-4')};
  }
  h2:focus {
    outline: none;
  }
  .description,
  .required-note {
    margin: 0 0 ${v('space-6')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${v('space-4')};
    align-items: center;
    margin-block-start: ${v('space-8')};
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: ${v('space-2')} ${v('space-5')};
    border: ${v('button-border-width')} solid transparent;
    border-radius: ${v('radius')};
    cursor: pointer;
  }
  .primary {
    background: ${v('color-primary')};
    color: ${v('color-on-primary')};
    box-shadow: ${v('button-shadow')} ${v('color-primary-shadow')};
  }
  .secondary {
    background: ${v('color-secondary')};
    color: ${v('color-text')};
    box-shadow: ${v('button-shadow')} ${v('color-secondary-shadow')};
  }
  button:focus-visible {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px ${v('color-focus-text')};
  }
  .panel {
    border: ${v('panel-border-width')} solid ${v('color-primary')};
    padding: ${v('space-4')} ${v('space-5')};
    margin-block: ${v('space-4')};
  }
  .load-error {
    border-inline-start: ${v('error-border-width')} solid ${v('color-error')};
    padding-inline-start: ${v('space-4')};
  }
  .load-error pre {
    white-space: pre-wrap;
    font-size: 0.9em;
  }
  .documents ul {
    padding-inline-start: ${v('space-5')};
  }
  .save-status {
    margin-block-start: ${v('space-6')};
    color: ${v('color-hint')};
  }
  .save-status p {
    margin: 0 0 ${v('space-1')};
  }
  .save-status .save-error {
    color: ${v('color-error')};
    font-weight: ${v('font-weight-bold')};
  }
  .set-aside {
    border-color: ${v('color-warning')};
  }
  .pdf {
    margin-block: ${v('space-8')} ${v('space-4')};
  }
  .pdf .actions {
    margin-block-start: ${v('space-4')};
  }
  .pdf button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .pdf-progress:empty {
    margin: 0;
  }
  .pdf-error {
    border-inline-start: ${v('error-border-width')} solid ${v('color-error')};
    padding-inline-start: ${v('space-4')};
    color: ${v('color-error')};
    font-weight: ${v('font-weight-bold')};
  }
  .pdf-download {
    color: ${v('color-link')};
    font-weight: ${v('font-weight-bold')};
    display: inline-block;
    padding-block: ${v('space-1')};
  }
  .pdf-download:focus-visible {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    background: ${v('color-focus')};
    color: ${v('color-focus-text')};
  }
  .pdf-facts dt {
    font-weight: ${v('font-weight-bold')};
  }
  .pdf-facts dd {
    margin: 0 0 ${v('space-3')};
  }
  .pdf-facts code {
    font-size: 0.85em;
    word-break: break-all;
  }
  .pdf-preview {
    display: block;
    inline-size: 100%;
    block-size: min(600px, 80vh);
    border: ${v('border-width')} solid ${v('color-border')};
  }
  /* Sign with: native radios enlarged to 28 px (WCAG 2.5.8 asks for 24), the whole label clickable beside them. */
  .pdf-signer {
    margin: ${v('space-4')} 0 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .pdf-signer legend {
    font-weight: ${v('font-weight-bold')};
    margin-block-end: ${v('space-2')};
    padding: 0;
  }
  .pdf-choice {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    margin-block-end: ${v('space-2')};
  }
  .pdf-choice input {
    flex: none;
    inline-size: ${v('choice-size')};
    block-size: ${v('choice-size')};
    margin: 0;
    accent-color: ${v('color-choice')};
    cursor: pointer;
  }
  .pdf-choice label {
    min-block-size: ${v('choice-size')};
    padding-block-start: 0.125rem;
    min-inline-size: 0;
    cursor: pointer;
  }
  .pdf-hint {
    color: ${v('color-hint')};
  }
  .pdf-p12-field {
    margin-block-end: ${v('space-4')};
  }
  .pdf-p12-field.invalid {
    border-inline-start: ${v('error-border-width')} solid ${v('color-error')};
    padding-inline-start: ${v('space-3')};
  }
  .pdf-p12-field label {
    display: block;
    font-weight: ${v('font-weight-bold')};
    margin-block-end: ${v('space-1')};
  }
  .pdf-field-error {
    color: ${v('color-error')};
    font-weight: ${v('font-weight-bold')};
    margin: 0 0 ${v('space-2')};
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
    padding: 0.3125rem ${v('space-2')};
    border: ${v('control-border-width')} solid ${v('color-control-border')};
    border-radius: ${v('radius')};
  }
  .pdf-p12 input::file-selector-button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: ${v('space-2')} ${v('space-4')};
    margin-inline-end: ${v('space-3')};
    border: ${v('button-border-width')} solid transparent;
    background: ${v('color-secondary')};
    color: ${v('color-text')};
    box-shadow: ${v('button-shadow')} ${v('color-secondary-shadow')};
    cursor: pointer;
  }
  .pdf-p12-field.invalid input[type='password'] {
    border-color: ${v('color-error')};
  }
  .pdf-choice input:focus-visible,
  .pdf-p12 input:focus-visible {
    outline: ${v('focus-width')} solid ${v('color-focus')};
    outline-offset: 2px;
    box-shadow: 0 0 0 5px ${v('color-focus-text')};
  }
`;

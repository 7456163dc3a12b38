import { css } from 'lit';
import { visuallyHiddenStyles } from './visually-hidden.js';

/**
 * Shared look of every field: tokens with defaults, label/hint/error blocks, the control base and the focus ring.
 * Every visual value is a `--dvc-*` custom property so that a portal can restyle without touching our classes.
 * Colours meet WCAG 2.2 AA contrast on white; the focus ring is the GOV.UK-style yellow + dark underline.
 */
export const formControlStyles = [
  visuallyHiddenStyles,
  css`
    :host {
      display: block;
      margin-block-end: var(--dvc-field-gap, 1.5rem);
      font-family: var(--dvc-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
      font-size: var(--dvc-font-size, 1.1875rem);
      line-height: 1.4;
      color: var(--dvc-color-text, #0b0c0c);
    }
    :host([hidden]) {
      display: none;
    }
    .label,
    legend {
      display: block;
      font-weight: var(--dvc-label-weight, 700);
      margin-block-end: 0.25rem;
      padding: 0;
    }
    .hint {
      display: block;
      color: var(--dvc-color-hint, #484949);
      margin-block-end: 0.5rem;
    }
    .error {
      display: block;
      color: var(--dvc-color-error, #b3261e);
      font-weight: 700;
      margin-block-end: 0.5rem;
    }
    .warning {
      display: block;
      color: var(--dvc-color-warning-text, #6b4a00);
      margin-block-end: 0.5rem;
    }
    .optional {
      font-weight: 400;
    }
    .required-mark {
      color: var(--dvc-color-error, #b3261e);
    }
    .wrapper.invalid {
      border-inline-start: 5px solid var(--dvc-color-error, #b3261e);
      padding-inline-start: 0.75rem;
    }
    .control {
      box-sizing: border-box;
      display: block;
      width: 100%;
      max-width: var(--dvc-control-max-width, 100%);
      min-height: 2.5rem;
      padding: 0.3125rem 0.5rem;
      font: inherit;
      color: inherit;
      background: var(--dvc-color-control-bg, #fff);
      border: var(--dvc-control-border-width, 2px) solid var(--dvc-color-control-border, #0b0c0c);
      border-radius: var(--dvc-radius, 0);
    }
    .control.invalid {
      border-color: var(--dvc-color-error, #b3261e);
    }
    .control:focus,
    .focusable:focus-visible {
      outline: 3px solid var(--dvc-color-focus, #ffdd00);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--dvc-color-focus-text, #0b0c0c);
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
  `,
];

import { css } from 'lit';
import { v } from './tokens.js';
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
      margin-block-end: ${v('field-gap')};
      font-family: ${v('font-family')};
      font-size: ${v('font-size')};
      line-height: ${v('line-height')};
      color: ${v('color-text')};
    }
    :host([hidden]) {
      display: none;
    }
    .label,
    legend {
      display: block;
      font-weight: ${v('label-weight')};
      margin-block-end: ${v('space-1')};
      padding: 0;
    }
    .hint {
      display: block;
      color: ${v('color-hint')};
      margin-block-end: ${v('space-2')};
    }
    .error {
      display: block;
      color: ${v('color-error')};
      font-weight: ${v('font-weight-bold')};
      margin-block-end: ${v('space-2')};
    }
    .warning {
      display: block;
      color: ${v('color-warning-text')};
      margin-block-end: ${v('space-2')};
    }
    .optional {
      font-weight: ${v('font-weight-normal')};
    }
    .required-mark {
      color: ${v('color-error')};
    }
    .wrapper.invalid {
      border-inline-start: ${v('error-border-width')} solid ${v('color-error')};
      padding-inline-start: ${v('space-3')};
    }
    .control {
      box-sizing: border-box;
      display: block;
      width: 100%;
      max-width: ${v('control-max-width')};
      min-height: 2.5rem;
      padding: 0.3125rem ${v('space-2')};
      font: inherit;
      color: inherit;
      background: ${v('color-control-bg')};
      border: ${v('control-border-width')} solid ${v('color-control-border')};
      border-radius: ${v('radius')};
    }
    .control.invalid {
      border-color: ${v('color-error')};
    }
    .control:focus,
    .focusable:focus-visible {
      outline: ${v('focus-width')} solid ${v('color-focus')};
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px ${v('color-focus-text')};
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
  `,
];

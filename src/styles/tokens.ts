import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The one table of theme tokens: every visual value of the kit is `var(--dvc-<name>, <default>)` built from here, so
 * a default is written once. A default written `=other` is another token (`--dvc-other`), so that a portal setting a
 * few base colours restyles everything derived from them. The comment after each entry is its documentation: the
 * custom-elements manifest (custom-elements-manifest.config.mjs) reads it, so keep one entry per line.
 * Defaults meet WCAG 2.2 AA contrast on white (GOV.UK palette). Sizes are in rem so that the person's own default
 * font size scales the form (browser zoom scales everything anyway). Font sizes never go below their 16 px-root
 * size: a portal page that sets `html { font-size: 62.5% }` (or a hostile `* { font: 10px serif }`) cannot shrink
 * the text; spacing still follows the page's rem, and the `space-*` tokens can compensate.
 */
const TOKENS = {
  'color-text': '#0b0c0c', // Text, and the base of control borders, choices and completed steps.
  'color-hint': '#484949', // Hints, notes, captions and secondary text.
  'color-error': '#b3261e', // Error messages, error borders and the error summary.
  'color-error-bg': '#fbeceb', // Background of a message the authority sent back.
  'color-warning-text': '#6b4a00', // Text of a non-blocking warning.
  'color-warning': '=color-warning-text', // Border of the panel of answers set aside after an update.
  'color-link': '#1d70b8', // Links and link-like buttons (Change, step buttons).
  'color-border': '#b1b4b6', // Borders of cards and rules between rows.
  'color-focus': '#ffdd00', // The focus highlight.
  'color-focus-text': '#0b0c0c', // Text and underline on the focus highlight.
  'color-primary': '#00703c', // Main buttons (Continue, Submit) and the PDF panel border.
  'color-primary-shadow': '#002d18', // The line under main buttons.
  'color-on-primary': '#fff', // Text on main and warning buttons.
  'color-secondary': '#f3f2f1', // Background of secondary buttons (Back, Cancel).
  'color-secondary-shadow': '#929191', // The line under secondary buttons.
  'color-button-secondary-bg': '=color-secondary', // Background of Add, Remove, Same-as and file buttons.
  'color-button-secondary-text': '=color-text', // Text of Add, Remove, Same-as and file buttons.
  'color-button-secondary-shadow': '=color-secondary-shadow', // The line under Add, Remove and file buttons.
  'color-button-secondary-hover-bg': '#dbdad9', // Add, Remove and file buttons under the pointer.
  'color-warning-button': '=color-error', // Background of buttons that confirm a deletion.
  'color-warning-button-shadow': '#55150b', // The line under buttons that confirm a deletion.
  'color-control-bg': '#fff', // Background of text boxes, selects and the combobox list.
  'color-control-border': '=color-text', // Border of text boxes and selects.
  'color-choice': '=color-text', // Colour of a checked radio or ticked box.
  'color-disabled-bg': '=color-secondary', // Background of a disabled control.
  'color-locked-bg': '=color-secondary', // Background of a locked (prefilled, read-only) answer.
  'color-locked-border': '#626a6e', // Border of a locked answer.
  'color-item-rule': '=color-border', // Rule between the items of a list of groups.
  'color-nested-rule': '=color-border', // Left rule of a group nested in another.
  'color-option-border': '=color-border', // Rule between combobox options.
  'color-option-active-bg': '=color-link', // Background of the highlighted combobox option.
  'color-option-active-text': '#fff', // Text of the highlighted combobox option.
  'color-status-bg': '#d2e2f1', // Background of a status tag (draft, queued…).
  'color-status-text': '#0c2d4a', // Text of a status tag.
  'color-status-done-bg': '#cce2d8', // Background of a finished status tag.
  'color-status-done-text': '#005a30', // Text of a finished status tag.
  'color-step-completed': '=color-text', // Bar of completed steps.
  'color-step-current': '=color-link', // Bar of the current step.
  'color-step-upcoming': '=color-border', // Bar of steps not reached yet.
  'color-step-upcoming-text': '=color-hint', // Text of steps not reached yet.
  'color-backdrop': 'rgb(11 12 12 / 0.6)', // Behind a confirmation dialog.
  'update-banner-border': '=color-link', // Border of the update banner and its Update button.
  'update-banner-bg': '#f3f8fc', // Background of the update banner.
  'update-banner-dismiss-bg': '#fff', // Background of the banner's Later button.
  'color-scheme': 'light', // Colour scheme of native controls (date pickers, scrollbars, select lists).
  'font-family': "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif", // Every text of the kit.
  'font-size': 'max(1.1875rem, 19px)', // Body text: 19 px, more if the person's default font size is larger.
  'font-size-small': 'max(1rem, 16px)', // Small text (the step indicator).
  'font-size-large': 'max(1.5rem, 24px)', // Section headings, group legends, dialog titles.
  'heading-size': 'max(1.75rem, 28px)', // The step's heading.
  'line-height': '1.4', // Body text.
  'line-height-heading': '1.25', // Headings and buttons.
  'font-weight-bold': '700', // Bold text (errors, keys, status).
  'font-weight-normal': '400', // Regular text (the optional marker, checkbox statements).
  'label-weight': '=font-weight-bold', // Field labels and legends.
  'step-nav-font-size': '=font-size-small', // Text of the step indicator.
  'group-legend-size': '=font-size-large', // Legend of a group or list of groups.
  'nested-legend-size': '=font-size', // Legend of a group nested in another.
  'item-legend-size': '=font-size', // Heading of each item of a list of groups.
  'check-answers-title-size': '=font-size-large', // Section headings of the check-your-answers page.
  'error-summary-title-size': '=font-size-large', // Title of the error summary.
  'drafts-heading-size': '=font-size-large', // Heading of the drafts and submissions lists.
  'card-title-size': '=font-size', // Title of each draft or submission card.
  'space-1': '0.25rem', // Spacing scale: the smallest gap.
  'space-2': '0.5rem', // Spacing scale.
  'space-3': '0.75rem', // Spacing scale.
  'space-4': '1rem', // Spacing scale.
  'space-5': '1.25rem', // Spacing scale.
  'space-6': '1.5rem', // Spacing scale.
  'space-8': '2rem', // Spacing scale: the largest gap (before the buttons).
  'field-gap': '=space-6', // Space between fields.
  'nested-indent': '=space-4', // Indent of a group nested in another.
  radius: '0', // Corner radius of controls, buttons and cards.
  'border-width': '1px', // Thin borders of cards and rules.
  'control-border-width': '2px', // Border of text boxes and selects.
  'button-border-width': '2px', // Border of buttons (transparent; visible in forced colours).
  'panel-border-width': '4px', // Border of panels and dialogs.
  'error-border-width': '5px', // Left border of an invalid field and border of the error summary.
  'nested-rule-width': '4px', // Left rule of a group nested in another.
  'step-bar-width': '0.5rem', // Thickness of the step indicator's bars.
  'focus-width': '3px', // Width of the focus outline.
  'choice-size': '1.75rem', // Size of radios and checkboxes (at least 24 px).
  'form-max-width': '40rem', // Width of the form column.
  'control-max-width': '100%', // The widest a text box grows.
  'select-max-width': '100%', // The widest a select grows.
  'number-max-width': '23ex', // Width of a number box without a definition width.
  'tel-max-width': '41ex', // Width of a phone box without a definition width.
  'email-max-width': '59ex', // Width of an email box without a definition width.
  'dialog-max-width': '32rem', // Width of a confirmation dialog.
  'file-thumbnail-size': '6rem', // Largest side of a chosen picture's thumbnail.
  'listbox-z-index': '10', // Stacking order of the open combobox list.
  'button-shadow': '0 2px 0', // Offset of the line under buttons (x y blur).
} as const;

export type TokenName = keyof typeof TOKENS;

/**
 * `var(--dvc-<name>, <default>)`, with a token default expanded to that token's own `var()`. Production builds write
 * this text into the stylesheets at build time (scripts/lib/inline-tokens.mjs), so this table is not downloaded.
 */
export function cssVar(name: TokenName): string {
  const fallback: string = TOKENS[name];
  return `var(--dvc-${name}, ${fallback[0] === '=' ? cssVar(fallback.slice(1) as TokenName) : fallback})`;
}

/** The token as a value to interpolate into a `css` template: `color: ${v('color-text')};`. */
export function v(name: TokenName): CSSResult {
  return unsafeCSS(cssVar(name));
}

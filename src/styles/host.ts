import { css } from 'lit';
import { v } from './tokens.js';

/**
 * The typography every dvc element starts from, from the theme's tokens, and `hidden` honoured. The elements a page
 * places (form, drafts, outbox, update banner, and the error summary, which could be placed alone) also pin every
 * inherited property with `!important` on their host: an important declaration of a shadow root's `:host` beats the
 * page's own important rules on that element, so `* { color: red !important }`, `body { letter-spacing: … }` or a
 * reset cannot change the form, and everything inside inherits from the pinned host. A portal themes through the
 * `--dvc-*` tokens and `::part()`. Deliberately not pinned: `visibility` and `pointer-events` (a page hides or
 * disables a region with them, and must still be able to), `display` (a page lays the element out), and
 * `text-decoration`, which a block cannot stop from an ancestor. Sizes stay in rem (see tokens.ts).
 */
export const hostStyles = css`
  :host {
    display: block;
    color: ${v('color-text')} !important;
    font: ${v('font-weight-normal')} ${v('font-size')} / ${v('line-height')} ${v('font-family')} !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-kerning: auto !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-stroke-width: 0 !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: anywhere !important;
    hyphens: manual !important;
    line-break: auto !important;
    direction: ltr !important;
    writing-mode: horizontal-tb !important;
    list-style: disc outside none !important;
    cursor: auto !important;
    caret-color: auto !important;
    accent-color: auto !important;
    color-scheme: ${v('color-scheme')} !important;
  }
  :host([hidden]) {
    display: none !important;
  }
`;

import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isPartialDate } from '../formats/dates.js';

/**
 * Every format a definition may use: ajv-formats' full set (real calendar dates, email…) plus ours. The precompiled
 * validators import this very module (scripts/compile-validators.mjs points Ajv's standalone code here), so the
 * browser, the CLI and the receiver check formats with the same functions.
 */
export const formats = {
  ...fullFormats,
  'partial-date': isPartialDate,
};

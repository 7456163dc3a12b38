/** The three boxes of a date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

function pad(part: string): string {
  return /^\d$/.test(part) ? '0' + part : part;
}

/**
 * The month as two digits when it can be read as a month: "3", "03", "mar", "March", "Sept.", "tháng 3", "thg 3".
 * Anything else is returned as typed, so that the validator sees it and says so instead of it being dropped.
 */
export function normalizeMonth(raw: string): string {
  const typed = raw.trim();
  const folded = fold(typed).replace(/\.$/, '');
  const vietnamese = /^(?:thang|thg|th|t)\s*\.?\s*(\d{1,2})$/.exec(folded);
  if (vietnamese) return pad(vietnamese[1]!);
  if (folded.length >= 3 && /^[a-z]+$/.test(folded)) {
    const index = MONTH_NAMES.findIndex((name) => name.startsWith(folded));
    if (index >= 0) return String(index + 1).padStart(2, '0');
  }
  return pad(typed);
}

/**
 * The ISO string stored for what is in the boxes. A `partial` date may be a year ("1990") or a month and year
 * ("1990-05"); a full date is always year-month-day. Boxes are never "corrected": "2020-13-45" or "20x0-01-01" stay
 * in the data so that the schema reports them, and missing parts leave visible gaps ("1990--03").
 */
export function composeDate(parts: DateParts, precision: 'day' | 'partial' = 'day'): string | undefined {
  const day = pad(parts.day.trim());
  const month = normalizeMonth(parts.month);
  const year = parts.year.trim();
  if (!day && !month && !year) return undefined;
  if (precision === 'partial' && !day) return month ? `${year}-${month}` : year;
  return `${year}-${month}-${day}`;
}

/** The boxes for a stored value (a restored draft), the inverse of `composeDate` for what it produces. */
export function splitDate(value: unknown): DateParts {
  if (typeof value !== 'string' || value === '') return { ...EMPTY_DATE };
  const [year = '', month = '', ...rest] = value.split('-');
  return { day: rest.join('-'), month, year };
}

/** A moment's calendar parts as read in Vietnam, zero-padded ("05", "09"). */
export interface VietnamTime {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

// The date on a Vietnamese submission is Vietnam's date, whatever the time zone of the device or server that makes
// the PDF (a CLI in UTC would otherwise print the previous day for a form signed at 6 in the morning).
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function vietnamTime(date: Date): VietnamTime {
  const parts = Object.fromEntries(FORMAT.formatToParts(date).map((part) => [part.type, part.value]));
  return { day: parts.day, month: parts.month, year: parts.year, hour: parts.hour, minute: parts.minute };
}

/** "dd/mm/yyyy HH:MM", Vietnam time. */
export function formatDateTime(date: Date): string {
  const { day, month, year, hour, minute } = vietnamTime(date);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

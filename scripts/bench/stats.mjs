// Summaries of timings, and the one table the benchmark prints.

/** The value at quantile `q` (0–1) of sorted `values`, by the nearest-rank method (no interpolation). */
function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** `{ n, median, p95, min, max }` of a list of numbers (milliseconds, or counts). */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0 };
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { n: sorted.length, median, p95: quantile(sorted, 0.95), min: sorted[0], max: sorted.at(-1) };
}

const ms = (value) => (value === undefined ? '' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`);
const count = (value) => (value === undefined ? '' : String(Math.round(value * 10) / 10));

/**
 * Formats rows as a table: `{ label, stats, unit }` rows with figures, `{ label, note }` rows with a sentence
 * instead (a measurement that could not be made says why there).
 */
export function table(title, rows) {
  const width = Math.max(...rows.map((row) => row.label.length));
  const head = `${''.padEnd(width)}  ${'n'.padStart(4)}  ${'median'.padStart(8)}  ${'p95'.padStart(8)}  ${'min'.padStart(8)}  ${'max'.padStart(8)}`;
  const lines = rows.map((row) => {
    if (row.note !== undefined) return `${row.label.padEnd(width)}  ${row.note}`;
    const { n, median, p95, min, max } = row.stats;
    const format = row.unit === 'count' ? count : ms;
    if (!n) return `${row.label.padEnd(width)}  ${'0'.padStart(4)}  (no measurement)`;
    return [
      row.label.padEnd(width),
      String(n).padStart(4),
      format(median).padStart(8),
      format(p95).padStart(8),
      format(min).padStart(8),
      format(max).padStart(8),
    ].join('  ');
  });
  return [title, head, ...lines].join('\n');
}

// Reopening a draft of the 300-field procedure with every field filled: the page is loaded with `draft-id` set, and
// the page itself records (from navigation start) when the step the draft was left on shows its first field's value.
import { benchData, benchDefinition } from './definition.mjs';

/** The step the draft is left on: one in the middle, so that resuming is visibly not the first step. */
const RESUME_STEP = 7;

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
    .join(',')}}`;
}

async function shownAt(page) {
  await page.waitForFunction(() => globalThis.dvcBench?.shownAt !== undefined, null, { timeout: 20_000 });
  return page.evaluate(() => globalThis.dvcBench.shownAt);
}

/** Returns the times (ms) of `runs` reloads, after one unmeasured load that warms the HTTP cache and the database. */
export async function measureReopen(context, url, { runs = 12 } = {}) {
  const data = benchData();
  const definition = benchDefinition();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => globalThis.dvcBench !== undefined);
  await page.evaluate(() => globalThis.dvcBench.ready());
  const draftId = await page.evaluate(([d, i]) => globalThis.dvcBench.fill(d, i), [data, RESUME_STEP]);
  if (!draftId) throw new Error('The filled draft was not saved');

  const path = definition.steps[RESUME_STEP].fields[0];
  const [section, name] = path.split('.');
  const query = new URLSearchParams({ draft: draftId, probe: path, expect: data[section][name] });
  await page.goto(`${url}?${query}`);
  await shownAt(page);
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    times.push(await shownAt(page));
  }
  // The figure is only worth something if the draft really held every answer.
  const reopened = await page.evaluate(() => globalThis.dvcBench.form.value);
  if (canonical(reopened) !== canonical(data)) throw new Error('The reopened draft does not hold every answer');
  await page.close();
  if (errors.length) throw new Error(`Errors in the bench page: ${errors.join('; ')}`);
  return times;
}

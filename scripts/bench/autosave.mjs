// Autosave on the 300-field procedure: real keystrokes (Playwright's keyboard, into the focused input inside the
// field's shadow root) and the time from each to the committed save that includes it, read in the page. Spaced
// keystrokes wait for their save; bursts type twenty characters 50 ms apart and time the last one.
import { benchFields } from './definition.mjs';

const SAVE_TIMEOUT = 3000;
const BURST_KEYS = 20;
const BURST_INTERVAL = 50;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A character that changes a field's stored value whatever is already in it. */
function keyFor(field, i) {
  return field.typed === 'digit' ? String((i % 9) + 1) : 'abcdefghijklmnopqrstuvwxyz'[i % 26];
}

async function focus(page, path) {
  if (!(await page.evaluate((p) => globalThis.dvcBench.focus(p), path))) throw new Error(`Could not focus ${path}`);
}

/**
 * Returns `{ spaced: KeyTiming[], bursts: BurstTiming[], missed }` (`missed`: keystrokes with no save within 3 s,
 * which should never happen). `keystrokes` are spread evenly over the steps and over each step's typed fields.
 */
export async function measureAutosave(context, url, { keystrokes = 200, bursts = 10 } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => globalThis.dvcBench !== undefined);
  await page.evaluate(() => globalThis.dvcBench.ready());

  const fields = benchFields().filter((field) => field.typed);
  const steps = [...new Set(fields.map((field) => field.step))];
  const perStep = Math.ceil(keystrokes / steps.length);
  let missed = 0;

  // The first save of a new draft writes every answer and asks for persistent storage: not a keystroke's usual cost.
  await focus(page, fields[0].path);
  await page.keyboard.type('a');
  if (!(await page.evaluate((t) => globalThis.dvcBench.lastKey(t), SAVE_TIMEOUT))) missed++;

  const spaced = [];
  for (const step of steps) {
    await page.evaluate((i) => globalThis.dvcBench.goTo(i), step);
    const onStep = fields.filter((field) => field.step === step);
    for (let i = 0; i < perStep; i++) {
      const field = onStep[i % onStep.length];
      await focus(page, field.path);
      await page.keyboard.type(keyFor(field, i));
      const timing = await page.evaluate((t) => globalThis.dvcBench.lastKey(t), SAVE_TIMEOUT);
      if (timing) spaced.push(timing);
      else missed++;
      await sleep(20);
    }
  }

  const burstResults = [];
  for (let b = 0; b < bursts; b++) {
    const step = steps[b % steps.length];
    await page.evaluate((i) => globalThis.dvcBench.goTo(i), step);
    const field = fields.find((f) => f.step === step && f.path.endsWith('.notes'));
    await focus(page, field.path);
    await sleep(200);
    // Keystrokes on an absolute schedule, so that the time each `type` call takes does not stretch the burst.
    const start = performance.now();
    for (let i = 0; i < BURST_KEYS; i++) {
      const wait = start + i * BURST_INTERVAL - performance.now();
      if (wait > 0) await sleep(wait);
      await page.keyboard.type(keyFor(field, i));
    }
    const timing = await page.evaluate(([n, t]) => globalThis.dvcBench.burst(n, t), [BURST_KEYS, SAVE_TIMEOUT]);
    if (timing) burstResults.push(timing);
    else missed++;
  }
  await page.close();
  if (errors.length) throw new Error(`Errors in the bench page: ${errors.join('; ')}`);
  return { spaced, bursts: burstResults, missed };
}

// The bench page: one <dvc-form> on the synthetic 300-field procedure, with the instruments the benchmarks read.
// Nothing in src/ is changed: the page listens to the form's public events and wraps DraftStore.prototype.save (the
// same module instance the form's draft controller uses, since both are in this bundle) to time the IndexedDB part.
// Every time is page time (performance.now(), from navigation start), so the driver's own latency never counts.
import '../../src/elements/form/form.js';
import type { DvcForm } from '../../src/elements/form/form.js';
import { DvcFieldElement } from '../../src/elements/shared/field-element.js';
import { DraftStore } from '../../src/storage/draft-store.js';

/** A keystroke: when the browser stamped it, and when the page handled it. */
interface Key {
  stamp: number;
  handled: number;
}

/** A DraftStore.save call: when the controller called it (the debounce had fired) and when it had committed. */
interface Save {
  start: number;
  end: number;
}

interface BenchLog {
  keys: Key[];
  saves: Save[];
  /** Times of the form's `dvc-draft-saved` events. */
  saved: number[];
}

/** What one keystroke cost: to the committed save that includes it, and the parts of that. */
export interface KeyTiming {
  /** Keystroke → `dvc-draft-saved` of the first save that started after the keystroke was handled. */
  latency: number;
  /** Keystroke → DraftStore.save called (debounce, and the form's own work before it). */
  wait: number;
  /** DraftStore.save → committed: read, merge and one IndexedDB transaction. */
  store: number;
}

export interface BurstTiming extends KeyTiming {
  /** First keystroke of the burst → first committed save. */
  firstCommit: number;
  /** Saves that started between the burst's first keystroke and the commit of its last. */
  saves: number;
  /** Median interval between the burst's keystrokes, as the page received them. */
  interval: number;
}

export interface BenchApi {
  log: BenchLog;
  form: DvcForm;
  /** Set by the reopen probe: when the probed field first showed the expected value. */
  shownAt?: number;
  ready(): Promise<void>;
  goTo(stepIndex: number): Promise<void>;
  focus(path: string): Promise<boolean>;
  lastKey(timeout: number): Promise<KeyTiming | undefined>;
  burst(keys: number, timeout: number): Promise<BurstTiming | undefined>;
  fill(data: Record<string, unknown>, stepIndex: number): Promise<string | undefined>;
}

declare global {
  var dvcBench: BenchApi;
}

const NAMESPACE = 'bench';
const log: BenchLog = { keys: [], saves: [], saved: [] };

const save = DraftStore.prototype.save;
DraftStore.prototype.save = function (this: DraftStore, change) {
  const start = performance.now();
  const run = save.call(this, change);
  // Registered before the controller awaits `run`, so the entry is there when `dvc-draft-saved` is dispatched.
  run.then(
    () => void log.saves.push({ start, end: performance.now() }),
    () => undefined,
  );
  return run;
};

window.addEventListener(
  'keydown',
  (event) => void log.keys.push({ stamp: event.timeStamp, handled: performance.now() }),
  true,
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The committed save that includes everything handled before `after`: `[save, event time]`, or undefined. */
function savedAfter(form: DvcForm, after: number, timeout: number): Promise<[Save, number] | undefined> {
  return new Promise((resolve) => {
    const check = () => {
      const entry = log.saves.find((s) => s.start > after);
      const at = entry && log.saved.find((time) => time >= entry.end);
      if (entry && at !== undefined) done([entry, at]);
    };
    const done = (result: [Save, number] | undefined) => {
      clearTimeout(timer);
      form.removeEventListener('dvc-draft-saved', check);
      resolve(result);
    };
    const timer = setTimeout(() => done(undefined), timeout);
    form.addEventListener('dvc-draft-saved', check);
    check();
  });
}

/** How long `key` took to be committed, with the save that committed it. */
async function timeKey(key: Key | undefined, timeout: number): Promise<{ timing: KeyTiming; save: Save } | undefined> {
  const found = key && (await savedAfter(globalThis.dvcBench.form, key.handled, timeout));
  if (!key || !found) return undefined;
  const [save, at] = found;
  return { timing: { latency: at - key.stamp, wait: save.start - key.stamp, store: save.end - save.start }, save };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The field element showing `path`, through the shadow roots of fieldsets. */
function fieldAt(root: ParentNode, path: string): DvcFieldElement | undefined {
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof DvcFieldElement && element.field?.path === path) return element;
    if (element.shadowRoot) {
      const found = fieldAt(element.shadowRoot, path);
      if (found) return found;
    }
  }
  return undefined;
}

/** Records when the control of `path` first shows `expected` (checked every frame and every few milliseconds). */
function probe(form: DvcForm, path: string, expected: string): void {
  const shown = () => {
    if (globalThis.dvcBench?.shownAt !== undefined) return true;
    const field = form.shadowRoot && fieldAt(form.shadowRoot, path);
    const control = field?.renderRoot.querySelector<HTMLInputElement>('#' + CSS.escape(field.controlId));
    if (!control || control.value !== expected || control.getBoundingClientRect().height === 0) return false;
    globalThis.dvcBench.shownAt = performance.now();
    return true;
  };
  const everyFrame = () => void (shown() || requestAnimationFrame(everyFrame));
  const everyFewMs = () => void (shown() || setTimeout(everyFewMs, 4));
  everyFrame();
  everyFewMs();
}

export function start(): void {
  const params = new URLSearchParams(location.search);
  const form = document.createElement('dvc-form');
  form.namespace = NAMESPACE;
  const draft = params.get('draft');
  if (draft) form.draftId = draft;
  form.procedure = new URL('/definition.json', location.href).href;
  form.addEventListener('dvc-draft-saved', () => void log.saved.push(performance.now()));
  document.getElementById('bench')!.append(form);

  globalThis.dvcBench = {
    log,
    form,
    async ready() {
      while (!form.definition || !form.shadowRoot?.querySelector('h2')) {
        await form.updateComplete;
        await sleep(10);
      }
    },
    async goTo(stepIndex) {
      const before = performance.now();
      await form.goTo(stepIndex);
      // Moving writes the step into the draft: wait for it, so that it never overlaps a measured save.
      await savedAfter(form, before, 5000);
    },
    async focus(path) {
      await form.focusField(path);
      await form.updateComplete;
      const field = form.shadowRoot && fieldAt(form.shadowRoot, path);
      return Boolean(field && field.matches(':focus-within'));
    },
    async lastKey(timeout) {
      return (await timeKey(log.keys.at(-1), timeout))?.timing;
    },
    async burst(count, timeout) {
      const keys = log.keys.slice(-count);
      const last = await timeKey(keys.at(-1), timeout);
      if (!last || keys.length < count) return undefined;
      const first = keys[0];
      const started = log.saves.filter((s) => s.start > first.handled && s.start <= last.save.start);
      return {
        ...last.timing,
        firstCommit: started[0].end - first.stamp,
        saves: started.length,
        interval: median(keys.slice(1).map((key, i) => key.stamp - keys[i].stamp)),
      };
    },
    async fill(data, stepIndex) {
      // The answers a portal restores; the move below makes the first save, which writes every one of them.
      form.value = data;
      await this.goTo(stepIndex);
      return form.draft.draftId;
    },
  };

  const probed = params.get('probe');
  if (probed) probe(form, probed, params.get('expect') ?? '');
}

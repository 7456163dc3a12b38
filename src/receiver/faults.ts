import type { Message } from './problem.js';

/** Faults the reference receiver can inject, so that the device's retry paths are tested against real failures. */
export interface Faults {
  /** 0..1: answer 500 before doing anything. */
  failureRate?: number;
  /** 0..1: destroy the connection before doing anything (a reset). */
  dropRate?: number;
  /** 0..1: for POST /submissions: store it, then destroy the connection instead of replying. */
  loseResponseRate?: number;
  /** Added latency before handling, fixed or uniformly drawn from a range (a timeout test sets this high). */
  delayMs?: number | [number, number];
  /** 0..1: hold the request `stallMs` (default 30 s) before handling it, so that a client's timeout fires first. */
  stallRate?: number;
  stallMs?: number;
  /** 0..1: answer 429 Too Many Requests with `Retry-After: <retryAfterSeconds>` (default 1) before doing anything. */
  throttleRate?: number;
  retryAfterSeconds?: number;
  /** Answer every submission so. */
  rejectSubmissions?: { status: number; code: string; message: Message };
  /** Deterministic randomness for tests. */
  seed?: number;
}

/** mulberry32: a tiny seeded generator; plenty for deciding faults, and the same sequence for the same seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The current faults and their random source. A rate is drawn only when it is set, so that a seed replays exactly. */
export class FaultPlan {
  private faults: Faults = {};
  private random: () => number = Math.random;

  constructor(faults: Faults = {}) {
    this.set(faults);
  }

  set(faults: Faults): void {
    this.faults = { ...faults };
    this.random = faults.seed === undefined ? Math.random : seeded(faults.seed);
  }

  get rejectSubmissions(): Faults['rejectSubmissions'] {
    return this.faults.rejectSubmissions;
  }

  private happens(rate: number | undefined): boolean {
    if (!rate || rate <= 0) return false;
    return rate >= 1 || this.random() < rate;
  }

  drop(): boolean {
    return this.happens(this.faults.dropRate);
  }

  fail(): boolean {
    return this.happens(this.faults.failureRate);
  }

  loseResponse(): boolean {
    return this.happens(this.faults.loseResponseRate);
  }

  /** Whether to answer 429 now, and the Retry-After seconds to send with it. */
  throttle(): number | undefined {
    return this.happens(this.faults.throttleRate) ? Math.max(0, this.faults.retryAfterSeconds ?? 1) : undefined;
  }

  /** Extra latency for this request: a stall (when drawn) plus the configured delay. */
  delay(): { ms: number; stalled: boolean } {
    const stalled = this.happens(this.faults.stallRate);
    const stall = stalled ? Math.max(0, this.faults.stallMs ?? 30_000) : 0;
    return { ms: stall + this.baseDelay(), stalled };
  }

  private baseDelay(): number {
    const delay = this.faults.delayMs;
    if (delay === undefined) return 0;
    if (typeof delay === 'number') return Math.max(0, delay);
    const [low, high] = delay;
    return Math.max(0, low + this.random() * (high - low));
  }
}

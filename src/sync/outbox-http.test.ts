import { expect } from '@open-wc/testing';
import type { OutboxItem } from '../storage/outbox-store.js';
import { nextState } from './outbox-attempt.js';
import { backoffDelay, HttpError, NetworkError, outcomeOf, retryAfterMs } from './outbox-http.js';

// The rules of the submission API's "status codes and what the device does", without a network. The same rules are
// exercised against the real reference receiver in outbox.test.ts.

describe('backoffDelay (full jitter)', () => {
  it('waits anywhere from 0 up to base·2^attempt, never more than the cap', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(300_000, 2000 * 2 ** attempt);
      expect(backoffDelay(attempt, 2000, 300_000, () => 0)).to.equal(0);
      const highest = backoffDelay(attempt, 2000, 300_000, () => 0.999999);
      expect(highest).to.be.within(ceiling - 1, ceiling);
      for (let i = 0; i < 20; i++) expect(backoffDelay(attempt, 2000, 300_000)).to.be.within(0, ceiling);
    }
    expect(backoffDelay(1e6, 2000, 300_000, () => 0.5)).to.equal(150_000);
  });

  it('spreads retries out instead of sending them all at one moment', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5, 2000, 300_000)));
    expect(delays.size).to.be.greaterThan(40);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-28T04:00:00Z');
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(retryAfterMs('120', now)).to.equal(120_000);
    expect(retryAfterMs(' 0 ', now)).to.equal(0);
    expect(retryAfterMs('Sat, 28 Nov 2026 04:00:30 GMT', now)).to.equal(30_000);
    expect(retryAfterMs('Sat, 28 Nov 2026 03:00:00 GMT', now)).to.equal(0);
    expect(retryAfterMs(null, now)).to.equal(undefined);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs('-5', now)).to.equal(undefined);
  });
});

describe('outcomeOf and nextState', () => {
  const item = { id: 's1', attempts: 3, status: 'sending' } as OutboxItem;
  const config = { namespace: 'n', endpoint: 'http://x', retryBaseMs: 1000, retryCapMs: 60_000 };

  it('classifies answers as the contract says', () => {
    const status = (error: unknown) => outcomeOf(error).status;
    for (const code of [500, 502, 503, 408, 429]) expect(status(new HttpError(code)), `${code}`).to.equal('retrying');
    for (const code of [401, 403]) expect(status(new HttpError(code)), `${code}`).to.equal('waiting-auth');
    for (const code of [400, 404, 409, 413, 415, 422])
      expect(status(new HttpError(code)), `${code}`).to.equal('needs-fix');
    expect(outcomeOf(new NetworkError('timeout'))).to.deep.equal({ status: 'retrying', error: 'timeout' });
    expect(() => outcomeOf(new TypeError('a bug'))).to.throw(TypeError);
  });

  it('keeps only the person-facing part of a problem for needs-fix', () => {
    const body = {
      type: 'about:blank',
      title: 'Invalid data',
      status: 422,
      code: 'invalid-data',
      message: { vi: 'Dữ liệu chưa hợp lệ.', en: 'The data is not valid.' },
      problems: [{ path: 'child.fullName', message: { vi: 'Thiếu họ tên.', en: 'Name missing.' } }],
    };
    const outcome = outcomeOf(new HttpError(422, undefined, body));
    expect(nextState(item, outcome, config)).to.deep.equal({
      status: 'needs-fix',
      lastError: 'HTTP 422',
      nextAttemptAt: undefined,
      serverMessage: { status: 422, code: 'invalid-data', message: body.message, problems: body.problems },
    });
  });

  it('honours Retry-After, capped, and otherwise backs off within [0, base·2^(attempts-1)]', () => {
    const before = Date.now();
    const honoured = nextState(item, outcomeOf(new HttpError(429, 7000)), config);
    expect(honoured.nextAttemptAt! - before).to.be.within(7000, 7000 + (Date.now() - before));
    const capped = nextState(item, outcomeOf(new HttpError(503, 3_600_000)), config);
    expect(capped.nextAttemptAt! - before).to.be.within(60_000, 60_000 + (Date.now() - before));
    for (let i = 0; i < 20; i++) {
      const backedOff = nextState(item, outcomeOf(new HttpError(500)), config);
      expect(backedOff).to.include({ status: 'retrying', lastError: 'HTTP 500' });
      expect(backedOff.nextAttemptAt! - before).to.be.within(0, 4000 + (Date.now() - before));
    }
  });
});

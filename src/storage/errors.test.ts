import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { toStorageError } from './draft-store.js';
import { StorageFullError } from './types.js';

// The shapes Chromium and Dexie produce when a write does not fit: a DOMException named QuotaExceededError, which
// Dexie turns into its own QuotaExceededError (keeping the DOMException as `inner`), or reports as the AbortError of
// the transaction the quota failure aborted, or lists among the failures of a bulk write.

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStorageError', () => {
  it('relies on Dexie naming the quota error as the DOM does', () => {
    expect(Dexie.errnames.QuotaExceeded).to.equal('QuotaExceededError');
    expect(Dexie.errnames.Abort).to.equal('AbortError');
  });

  const full: Array<[string, () => unknown]> = [
    ['a DOMException QuotaExceededError', quotaDom],
    ['Dexie.QuotaExceededError', () => new Dexie.QuotaExceededError()],
    ['Dexie.QuotaExceededError wrapping the DOMException', () => new Dexie.QuotaExceededError(quotaDom())],
    ['Dexie.AbortError whose inner is the DOMException', () => new Dexie.AbortError('Transaction aborted', quotaDom())],
    ['Dexie.AbortError wrapping the DOMException directly', () => new Dexie.AbortError(quotaDom())],
    [
      'Dexie.AbortError whose inner is Dexie.QuotaExceededError',
      () => new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError(quotaDom())),
    ],
    ['Dexie.BulkError with a quota failure', () => new Dexie.BulkError('bulkPut failed', { 0: quotaDom() })],
    ['an Error caused by a quota failure', () => new Error('save failed', { cause: quotaDom() })],
  ];
  for (const [name, make] of full) {
    it(`maps ${name} to StorageFullError, keeping it as the cause`, () => {
      const original = make();
      const mapped = toStorageError(original);
      expect(mapped).to.be.instanceOf(StorageFullError);
      expect((mapped as StorageFullError).name).to.equal('StorageFullError');
      expect((mapped as StorageFullError).cause).to.equal(original);
    });
  }

  const other: Array<[string, () => unknown]> = [
    ['a plain Error', () => new Error('boom')],
    ['Dexie.AbortError without an inner error', () => new Dexie.AbortError()],
    [
      'Dexie.AbortError around a ConstraintError',
      () => new Dexie.AbortError('x', new DOMException('exists', 'ConstraintError')),
    ],
    ['a DataCloneError', () => new DOMException('cannot clone', 'DataCloneError')],
    ['Dexie.DatabaseClosedError', () => new Dexie.DatabaseClosedError()],
    ['a string', () => 'nope'],
    ['undefined', () => undefined],
  ];
  for (const [name, make] of other) {
    it(`passes ${name} through unchanged`, () => {
      const original = make();
      expect(toStorageError(original)).to.equal(original);
    });
  }

  it('does not wrap a StorageFullError twice, and survives an error that wraps itself', () => {
    const full = new StorageFullError();
    expect(toStorageError(full)).to.equal(full);
    const loop = new Error('loop') as Error & { inner?: unknown };
    loop.inner = loop;
    expect(toStorageError(loop)).to.equal(loop);
  });
});

import { expect } from '@open-wc/testing';
import { estimateStorage, requestPersistence } from './durability.js';

/** Runs `body` with `navigator.storage` replaced (undefined, or a stand-in), then restores the browser's own. */
async function withStorage<T>(storage: unknown, body: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  try {
    return await body();
  } finally {
    delete (navigator as unknown as { storage?: unknown }).storage;
  }
}

describe('durability', () => {
  it('reports what the browser decided about persistence, as the browser itself then reports it', async () => {
    const result = await requestPersistence();
    expect(result).to.be.oneOf(['persisted', 'best-effort']);
    expect(await navigator.storage.persisted()).to.equal(result === 'persisted');
  });

  it('asks only when not yet persisted, and says best-effort when refused', async () => {
    const calls: string[] = [];
    const stand = (persisted: boolean, granted: boolean) => ({
      persisted: async () => (calls.push('persisted'), persisted),
      persist: async () => (calls.push('persist'), granted),
    });
    expect(await withStorage(stand(true, false), requestPersistence)).to.equal('persisted');
    expect(calls).to.deep.equal(['persisted']);
    expect(await withStorage(stand(false, true), requestPersistence)).to.equal('persisted');
    expect(await withStorage(stand(false, false), requestPersistence)).to.equal('best-effort');
    const rejecting = { persisted: async () => false, persist: () => Promise.reject(new Error('private window')) };
    expect(await withStorage(rejecting, requestPersistence)).to.equal('best-effort');
  });

  it('says unsupported where there is no StorageManager (an insecure context)', async () => {
    expect(await withStorage(undefined, requestPersistence)).to.equal('unsupported');
    expect(await withStorage(undefined, estimateStorage)).to.equal(undefined);
  });

  it('estimates usage and quota in bytes', async () => {
    const estimate = (await estimateStorage())!;
    expect(estimate.quota).to.be.greaterThan(0);
    expect(estimate.usage).to.be.within(0, estimate.quota);
  });
});

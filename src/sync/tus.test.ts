import { expect } from '@open-wc/testing';
import {
  receiverStats,
  scan,
  setFaults,
  startReceiver,
  stopReceiver,
  storedUpload,
} from '../../test/browser/receiver.js';
import { HttpError, NetworkError, uploadResumable, type UploadOptions } from './tus.js';

// Against the real reference receiver (@tus/server with its FileStore), started by web-test-runner.config.mjs.

const KiB = 1024;
const CHUNK = 256 * KiB;
const file = await scan(2 * 1024 * KiB);
let api = '';

beforeEach(async () => {
  api = await startReceiver();
});

after(() => stopReceiver());

function options(more: Partial<UploadOptions> = {}): UploadOptions {
  const submission = crypto.randomUUID();
  return {
    endpoint: `${api}/uploads`,
    file: file.blob,
    metadata: { submission, sha256: file.sha256, filename: file.name, filetype: file.type },
    headers: { 'Idempotency-Key': submission },
    chunkSize: CHUNK,
    ...more,
  };
}

/**
 * A link of `bytesPerMs` upstream in front of the real receiver: a request's body takes its size / speed to cross
 * before it is sent (and a cut during that time aborts it, as the request timeout does).
 */
function slowLink(bytesPerMs: number): typeof fetch {
  return (input, init) => {
    const size = init?.body instanceof Blob ? init.body.size : 0;
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const timer = setTimeout(() => resolve(fetch(input, init)), size / bytesPerMs);
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    });
  };
}

describe('uploadResumable (tus 1.0.0 over fetch)', () => {
  it('on a link too slow for its chunks, halves them (down to 64 KiB) and finishes the upload', async () => {
    const reported: number[] = [];
    // 1,000 bytes/ms with 400 ms per request: a 512 KiB chunk needs 524 ms and times out; 256 KiB needs 262 ms.
    const url = await uploadResumable(
      options({
        chunkSize: 512 * KiB,
        timeoutMs: 400,
        fetch: slowLink(1000),
        onProgress: async (n) => void reported.push(n),
      }),
    );
    expect(await storedUpload(url)).to.deep.equal({ size: file.size, sha256: file.sha256 });
    expect(reported[1]).to.equal(256 * KiB, 'the first acknowledged chunk is the halved one');
    expect(reported.at(-1)).to.equal(file.size);
  });

  it('uploads in chunks, reporting each acknowledged offset, and the receiver holds the same bytes', async () => {
    const reported: number[] = [];
    const urls: string[] = [];
    const url = await uploadResumable(
      options({ onUrl: async (u) => void urls.push(u), onProgress: async (n) => void reported.push(n) }),
    );
    expect(urls).to.deep.equal([url]);
    expect(url.startsWith(`${api}/uploads/`)).to.equal(true);
    expect(reported).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => i * CHUNK));
    expect(await storedUpload(url)).to.deep.equal({ size: file.size, sha256: file.sha256 });
  });

  it('resumes a cut upload from the last acknowledged chunk: the bytes cross the network once', async () => {
    const controller = new AbortController();
    let url = '';
    const first = options({
      signal: controller.signal,
      onUrl: async (u) => void (url = u),
      onProgress: async (n) => void (n >= 3 * CHUNK && controller.abort()),
    });
    let cut: unknown;
    await uploadResumable(first).catch((error: unknown) => (cut = error));
    expect((cut as DOMException).name).to.equal('AbortError');
    const resumed: number[] = [];
    const again = await uploadResumable({
      ...first,
      signal: undefined,
      uploadUrl: url,
      onProgress: async (n) => void resumed.push(n),
    });
    expect(again).to.equal(url);
    expect(resumed[0]).to.be.at.least(3 * CHUNK);
    expect(resumed.at(-1)).to.equal(file.size);
    const { stats } = await receiverStats();
    expect(stats.uploadBytesReceived).to.be.below(file.size + 2 * CHUNK);
    expect(await storedUpload(url)).to.deep.equal({ size: file.size, sha256: file.sha256 });
  });

  it('starts a new upload when the stored URL is unknown to the receiver', async () => {
    const stale = `${api}/uploads/${crypto.randomUUID()}`;
    const urls: string[] = [];
    const url = await uploadResumable(options({ uploadUrl: stale, onUrl: async (u) => void urls.push(u) }));
    expect(url).to.not.equal(stale);
    expect(urls).to.deep.equal([url]);
    expect((await storedUpload(url)).sha256).to.equal(file.sha256);
  });

  it('fails with the HTTP status the receiver gave: 413 for a file over its limit, 400 for bad metadata', async () => {
    const huge = new Blob([new Uint8Array(26 * 1024 * KiB)]);
    const tooLarge = await uploadResumable(options({ file: huge })).catch((error: unknown) => error);
    expect(tooLarge).to.be.instanceOf(HttpError);
    expect((tooLarge as HttpError).status).to.equal(413);
    const bad = options();
    bad.metadata.sha256 = 'not-a-digest';
    const invalid = await uploadResumable(bad).catch((error: unknown) => error);
    expect((invalid as HttpError).status).to.equal(400);
  });

  it('turns a dropped connection and a request that hangs into a NetworkError', async () => {
    await setFaults({ dropRate: 1 });
    const dropped = await uploadResumable(options()).catch((error: unknown) => error);
    expect(dropped).to.be.instanceOf(NetworkError);
    expect((dropped as NetworkError).reason).to.equal('network');
    await setFaults({ delayMs: 3000 });
    const started = performance.now();
    const hung = await uploadResumable(options({ timeoutMs: 300 })).catch((error: unknown) => error);
    expect((hung as NetworkError).reason).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2000);
  });
});

import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { databaseName } from '../storage/db.js';
import { outboxStore, type NewSubmission, type OutboxItem, type OutboxStore } from '../storage/outbox-store.js';
import {
  receiverStats,
  setFaults,
  signedSubmission,
  startReceiver,
  stopReceiver,
} from '../../test/browser/receiver.js';
import { OutboxSender, type OutboxConfig } from './outbox.js';

// The sender against the real reference receiver; "the server said X" is the receiver's injected faults.

const BASE = 100;
let signed: NewSubmission;
let api = '';
let namespace = '';
let store: OutboxStore;
let senders: OutboxSender[] = [];

before(async function () {
  this.timeout(90_000); // the first signature loads the PDF code unbundled
  signed = await signedSubmission();
});

beforeEach(async () => {
  api = await startReceiver();
  namespace = `outbox-${crypto.randomUUID()}`;
  store = outboxStore(namespace);
});

afterEach(async () => {
  for (const sender of senders) sender.stop();
  senders = [];
  store.close();
  await Dexie.delete(databaseName(namespace));
});

after(() => stopReceiver());

function sender(config: Partial<OutboxConfig> = {}): OutboxSender {
  const made = new OutboxSender({ namespace, endpoint: api, retryBaseMs: BASE, retryCapMs: 2000, ...config });
  senders.push(made);
  return made;
}

/** Sends once, and returns the item as the attempt left it. */
async function attempt(outbox: OutboxSender, id = signed.id): Promise<OutboxItem> {
  const item = (await store.get(id))!;
  if (item.nextAttemptAt) await new Promise((resolve) => setTimeout(resolve, item.nextAttemptAt! - Date.now() + 1));
  await outbox.kick();
  return (await store.get(id))!;
}

function expectBackoff(item: OutboxItem, retry: number) {
  expect(item.status).to.equal('retrying');
  expect(item.nextAttemptAt! - item.lastAttemptAt!).to.be.within(0, BASE * 2 ** retry + 50);
}

describe('OutboxSender against the reference receiver', function () {
  this.timeout(30_000);

  it('delivers an item: accepted with the receiver’s receipt, and a `sent` event', async () => {
    await store.add(signed);
    const outbox = sender();
    const sent: OutboxItem[] = [];
    let changes = 0;
    outbox.addEventListener('sent', (event) => sent.push((event as CustomEvent<{ item: OutboxItem }>).detail.item));
    outbox.addEventListener('change', () => changes++);
    const item = await attempt(outbox);
    expect(item).to.include({ status: 'accepted', attempts: 1 });
    expect(item.receipt).to.include({ submissionId: signed.id, pdfSha256: signed.pdfSha256 });
    expect(item.receipt!.reference).to.match(/^DVC-\d{8}-\d{6}$/);
    expect(sent.map((one) => one.receipt)).to.deep.equal([item.receipt]);
    expect(changes).to.be.at.least(2);
    expect((await receiverStats()).stored).to.deep.equal([signed.id]);
  });

  it('retries a 500 with full-jitter backoff, then is accepted', async () => {
    await store.add(signed);
    await setFaults({ failureRate: 1 });
    const outbox = sender();
    expectBackoff(await attempt(outbox), 0);
    const second = await attempt(outbox);
    expectBackoff(second, 1);
    expect(second).to.include({ attempts: 2, lastError: 'HTTP 500' });
    await setFaults({});
    expect(await attempt(outbox)).to.include({ status: 'accepted', attempts: 3 });
  });

  it('retries a 429', async () => {
    await store.add(signed);
    const message = { vi: 'Hệ thống đang bận.', en: 'The system is busy.' };
    await setFaults({ rejectSubmissions: { status: 429, code: 'too-many-requests', message } });
    const outbox = sender();
    const item = await attempt(outbox);
    expectBackoff(item, 0);
    expect(item.lastError).to.equal('HTTP 429');
  });

  it('keeps a 422 as needs-fix with the receiver’s message, and does not send it again', async () => {
    await store.add({ ...signed, submissionJson: signed.submissionJson + ' ' });
    const outbox = sender();
    const rejected: OutboxItem[] = [];
    outbox.addEventListener('rejected', (event) => rejected.push((event as CustomEvent).detail.item));
    const item = await attempt(outbox);
    expect(item.status).to.equal('needs-fix');
    expect(item.serverMessage).to.include({ status: 422, code: 'submission-mismatch' });
    expect((item.serverMessage!.message as { vi: string }).vi).to.be.a('string').and.not.empty;
    expect(rejected).to.have.length(1);
    const { stats } = await receiverStats();
    await outbox.kick();
    expect((await receiverStats()).stats.requests).to.equal(stats.requests);
    expect(await (await store.get(signed.id))!.pdf.arrayBuffer()).to.deep.equal(await signed.pdf.arrayBuffer());
  });

  it('waits for sign-in on a 401, then sends with the new header once reauthenticated', async () => {
    api = await startReceiver({ token: 'token-123' });
    await store.add(signed);
    let token = '';
    const outbox = sender({
      endpoint: api,
      headers: (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {}),
    });
    let asked = 0;
    outbox.addEventListener('auth-required', () => asked++);
    expect(await attempt(outbox)).to.include({ status: 'waiting-auth', lastError: 'HTTP 401' });
    expect(asked).to.equal(1);
    await outbox.kick();
    expect((await store.get(signed.id))!.status).to.equal('waiting-auth');
    token = 'token-123';
    await outbox.reauthenticated();
    expect((await store.get(signed.id))!.status).to.equal('accepted');
  });

  it('sends an item that waited for sign-in again on the next start (a new page)', async () => {
    api = await startReceiver({ token: 'token-123' });
    await store.add(signed);
    expect(await attempt(sender({ endpoint: api }))).to.include({ status: 'waiting-auth' });
    const next = sender({ endpoint: api, headers: () => ({ Authorization: 'Bearer token-123' }) });
    const sent = new Promise((resolve) => next.addEventListener('sent', resolve));
    next.start();
    await sent;
    expect((await store.get(signed.id))!.status).to.equal('accepted');
  });

  it('retries a dropped connection and a request that hangs past its time', async () => {
    await store.add(signed);
    await setFaults({ dropRate: 1 });
    const outbox = sender({ requestTimeoutMs: 300 });
    expect(await attempt(outbox)).to.include({ status: 'retrying', lastError: 'network' });
    await setFaults({ delayMs: 3000 });
    expect(await attempt(outbox)).to.include({ status: 'retrying', lastError: 'timeout' });
  });

  it('after a lost response, retries and gets the same receipt; the receiver stored it once', async () => {
    // Chromium itself resends a request whose reused keep-alive connection closes before any answer (it cannot tell
    // that from an idle socket the server timed out): the receiver would answer that resend as a replay, and the
    // sender would never see the loss. So the submission must go on a fresh connection: a first request, answered
    // 415 with `Connection: close`, leaves its CORS preflight cached and no connection open for the next one.
    const warmUp = { 'Idempotency-Key': crypto.randomUUID(), 'Content-Type': 'text/plain' };
    expect((await fetch(`${api}/submissions`, { method: 'POST', headers: warmUp, body: 'x' })).status).to.equal(415);
    await store.add(signed);
    await setFaults({ loseResponseRate: 1 });
    const outbox = sender();
    expect(await attempt(outbox)).to.include({ status: 'retrying', lastError: 'network' });
    expect((await receiverStats()).stored).to.deep.equal([signed.id]);
    await setFaults({});
    const item = await attempt(outbox);
    expect(item.status).to.equal('accepted');
    const stored = await (await fetch(`${api}/submissions/${signed.id}`)).json();
    expect(item.receipt).to.deep.equal(stored);
    const { stats } = await receiverStats();
    expect(stats).to.include({ stored: 1, replayed: 1 });
  });
});

// The reference receiver (src/receiver, bundled as dist-node/receiver.mjs) against the submission API v1: real signed
// PDFs, real tus uploads, hostile requests, injected faults, and `dvc-kit serve` as a person starts it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.mjs';
import { ROOT } from './helpers.mjs';
import {
  createUpload,
  definition,
  exampleData,
  http,
  makeSubmission,
  multipart,
  patchUpload,
  postSubmission,
  sha256,
} from './receiver-helpers.mjs';

const KiB = 1024;
const dir = mkdtempSync(join(tmpdir(), 'dvc-receiver-'));
const dataDir = join(dir, 'data');
const logs = [];
let startReceiver;
let receiver;
let api;
let valid;

before(async () => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  ({ startReceiver } = await import(pathToFileURL(join(ROOT, 'dist-node/receiver.mjs')).href));
  receiver = await startReceiver({
    dataDir,
    maxSubmissionBytes: 512 * KiB,
    maxUploadBytes: 256 * KiB,
    log: (line) => logs.push(line),
  });
  api = receiver.url;
  valid = await makeSubmission(randomUUID(), exampleData('valid-both-parents-known'));
});

after(async () => {
  await receiver?.close();
  rmSync(dir, { recursive: true, force: true });
});

const submissionDir = (id, root = dataDir) => join(root, 'submissions', id);

/** Nothing of `id` was stored, nothing is left half-written, and the stored set is what it was. */
async function assertNothingStored(id, before) {
  assert.equal(existsSync(submissionDir(id)), false, 'no folder for the submission');
  assert.deepEqual(readdirSync(join(dataDir, 'staging')), [], 'staging is empty');
  assert.deepEqual(await receiver.storedSubmissions(), before, 'the stored set is unchanged');
}

/** A problem answer of the contract: RFC 9457 JSON with our code and a message in both languages. */
function assertProblem(response, status, code) {
  assert.equal(response.status, status, response.text);
  assert.equal(response.headers['content-type'], 'application/problem+json');
  assert.equal(response.json.type, 'about:blank');
  assert.equal(response.json.status, status);
  assert.equal(response.json.code, code);
  assert.ok(response.json.title);
  assert.ok(response.json.message.vi.length > 20 && response.json.message.en.length > 20);
  assert.equal(response.json.message.vi, response.json.message.vi.normalize('NFC'));
}

describe('POST /submissions', () => {
  let receipt;

  it('stores a valid signed submission durably and answers 201 with its receipt', async () => {
    const response = await postSubmission(api, valid);
    assert.equal(response.status, 201, response.text);
    receipt = response.json;
    assert.equal(response.headers['content-type'], 'application/json');
    assert.equal(response.headers.location, `${receiver.apiUrl}/submissions/${valid.id}`);
    assert.equal(receipt.submissionId, valid.id);
    assert.match(receipt.reference, /^DVC-\d{8}-\d{6}$/);
    assert.equal(new Date(receipt.receivedAt).toISOString(), receipt.receivedAt);
    assert.equal(receipt.pdfSha256, valid.pdfSha256);
    assert.equal(receipt.submissionSha256, sha256(valid.json));
    assert.deepEqual(receipt.attachments, []);
    const stored = submissionDir(valid.id);
    assert.deepEqual(readdirSync(stored).sort(), ['attachments', 'receipt.json', 'submission.json', 'submission.pdf']);
    assert.deepEqual(readFileSync(join(stored, 'submission.pdf')), Buffer.from(valid.pdf));
    assert.deepEqual(readFileSync(join(stored, 'submission.json')), Buffer.from(valid.json));
    assert.deepEqual(JSON.parse(readFileSync(join(stored, 'receipt.json'), 'utf8')), receipt);
    assert.deepEqual(readdirSync(join(dataDir, 'staging')), []);
    assert.deepEqual(await receiver.storedSubmissions(), [valid.id]);
    const got = await http(api, 'GET', `api/v1/submissions/${valid.id}`);
    assert.equal(got.status, 200);
    assert.deepEqual(got.json, receipt);
  });

  it('answers a replay with 200, the same receipt and Idempotent-Replayed, storing nothing twice', async () => {
    const before = receiver.stats().replayed;
    const response = await postSubmission(api, valid);
    assert.equal(response.status, 200, response.text);
    assert.equal(response.headers['idempotent-replayed'], 'true');
    assert.deepEqual(response.json, receipt);
    assert.equal(receiver.stats().replayed, before + 1);
    assert.deepEqual(await receiver.storedSubmissions(), [valid.id]);
  });

  it('refuses another PDF under a stored id with 409 idempotency-conflict and keeps the first', async () => {
    const again = await makeSubmission(valid.id, exampleData('valid-both-parents-known'));
    assertProblem(await postSubmission(api, again), 409, 'idempotency-conflict');
    assert.deepEqual(readFileSync(join(submissionDir(valid.id), 'submission.pdf')), Buffer.from(valid.pdf));
  });

  it('stores two copies sent at the same time once: one 201, one 200 replay', async () => {
    const own = await makeSubmission(randomUUID(), exampleData('valid-grandmother-late-partial-dates'));
    const answers = await Promise.all([postSubmission(api, own), postSubmission(api, own)]);
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 201]);
    assert.deepEqual(answers[0].json, answers[1].json);
    assert.equal((await receiver.storedSubmissions()).filter((id) => id === own.id).length, 1);
  });

  it('answers 404 for a receipt it does not have', async () => {
    assertProblem(await http(api, 'GET', `api/v1/submissions/${randomUUID()}`), 404, 'not-found');
  });
});

describe('every 4xx of the contract, storing nothing', () => {
  it('400 missing-idempotency-key: none, not a UUID, upper case, a path', async () => {
    const stored = await receiver.storedSubmissions();
    const { body, contentType } = await multipart(valid);
    for (const key of [undefined, 'abc', valid.id.toUpperCase(), `../${valid.id}`, '%2e%2e']) {
      const headers = { 'Content-Type': contentType, ...(key === undefined ? {} : { 'Idempotency-Key': key }) };
      assertProblem(await http(api, 'POST', 'api/v1/submissions', { headers, body }), 400, 'missing-idempotency-key');
    }
    await assertNothingStored(valid.id.toUpperCase(), stored);
  });

  it('415 unsupported-media-type for JSON or a form without a boundary', async () => {
    const stored = await receiver.storedSubmissions();
    const id = randomUUID();
    for (const type of ['application/json', 'multipart/form-data', 'text/plain']) {
      const response = await http(api, 'POST', 'api/v1/submissions', {
        headers: { 'Idempotency-Key': id, 'Content-Type': type },
        body: valid.json,
      });
      assertProblem(response, 415, 'unsupported-media-type');
    }
    await assertNothingStored(id, stored);
  });

  it('413 too-large: refused before the body is sent, or as soon as it grows past the limit', async () => {
    const stored = await receiver.storedSubmissions();
    const id = randomUUID();
    const headers = { 'Idempotency-Key': id, 'Content-Type': 'multipart/form-data; boundary=x' };
    // With Expect: 100-continue the client waits: the 413 comes before a byte of the body is sent.
    let bodySent = false;
    const declared = await http(api, 'POST', 'api/v1/submissions', {
      headers: { ...headers, 'Content-Length': String(600 * KiB), Expect: '100-continue' },
      body: (req) => req.on('continue', () => ((bodySent = true), req.end(Buffer.alloc(600 * KiB)))),
    });
    assertProblem(declared, 413, 'too-large');
    assert.equal(bodySent, false);
    // A chunked body of unknown length is read up to the limit only.
    const chunk = Buffer.alloc(64 * KiB, 0x41);
    const streamed = await http(api, 'POST', 'api/v1/submissions', {
      headers,
      body: (req) => {
        let sent = 0;
        const pump = () => {
          if (req.destroyed || sent > 4 * 512 * KiB) return;
          sent += chunk.length;
          if (req.write(chunk)) setTimeout(pump, 1);
          else req.once('drain', pump);
        };
        req.on('response', () => (sent = Infinity));
        pump();
      },
    });
    assertProblem(streamed, 413, 'too-large');
    await assertNothingStored(id, stored);
  });

  it('400 malformed: a cut multipart body, a missing part, attachments that are not a JSON array', async () => {
    const stored = await receiver.storedSubmissions();
    const id = randomUUID();
    const own = { ...valid, id };
    const full = await multipart(own);
    const cases = [
      { body: full.body.subarray(0, full.body.length - 100), contentType: full.contentType },
      { body: full.body.subarray(0, 300), contentType: full.contentType },
      await multipart({ ...own, omit: ['pdf'] }),
      await multipart({ ...own, omit: ['submission'] }),
      await multipart({ ...own, omit: ['attachments'] }),
      await multipart({ ...own, attachments: '{"not": "an array"}' }),
      await multipart({ ...own, attachments: '[1, 2' }),
      { body: Buffer.from('garbage'), contentType: 'multipart/form-data; boundary=zzz' },
    ];
    for (const { body, contentType } of cases) {
      const response = await http(api, 'POST', 'api/v1/submissions', {
        headers: { 'Idempotency-Key': id, 'Content-Type': contentType },
        body,
      });
      assertProblem(response, 400, 'malformed');
    }
    // A connection cut mid-body: there is nobody to answer, and nothing is kept.
    await http(api, 'POST', 'api/v1/submissions', {
      headers: { 'Idempotency-Key': id, 'Content-Type': full.contentType, 'Content-Length': String(full.body.length) },
      body: (req) => {
        req.write(full.body.subarray(0, full.body.length / 2));
        setTimeout(() => req.destroy(), 50);
      },
    }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assertNothingStored(id, stored);
  });

  it('422 invalid-signature: a changed byte, bytes appended after signing, not a PDF', async () => {
    const stored = await receiver.storedSubmissions();
    const own = await makeSubmission(randomUUID(), exampleData('valid-both-parents-known'));
    const changed = Buffer.from(own.pdf);
    // A byte inside the first signed range (a byte of the signature's zero padding would not count as a change).
    const [start, length] = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)/.exec(changed.toString('latin1')).slice(1).map(Number);
    changed[start + Math.floor(length / 2)] ^= 0x01;
    const appended = Buffer.concat([own.pdf, Buffer.from('\n% appended after signing\n')]);
    for (const pdf of [changed, appended, Buffer.from('%PDF-1.7 not really'), randomBytes(2048)]) {
      assertProblem(await postSubmission(api, { ...own, pdf }), 422, 'invalid-signature');
    }
    await assertNothingStored(own.id, stored);
  });

  it('422 submission-mismatch: a submission part that differs, an id that is not the key', async () => {
    const stored = await receiver.storedSubmissions();
    const own = await makeSubmission(randomUUID(), exampleData('valid-father-unknown'));
    const compact = Buffer.from(JSON.stringify(JSON.parse(Buffer.from(own.json).toString('utf8'))));
    assertProblem(await postSubmission(api, { ...own, json: compact }), 422, 'submission-mismatch');
    const otherKey = randomUUID();
    assertProblem(await postSubmission(api, own, { key: otherKey }), 422, 'submission-mismatch');
    await assertNothingStored(own.id, stored);
    await assertNothingStored(otherKey, stored);
  });

  it('422 unknown-procedure for a version the receiver does not have', async () => {
    const stored = await receiver.storedSubmissions();
    const data = exampleData('valid-both-parents-known');
    const own = await makeSubmission(randomUUID(), data, { procedure: { ...definition, version: '99.0.0' } });
    assertProblem(await postSubmission(api, own), 422, 'unknown-procedure');
    await assertNothingStored(own.id, stored);
  });

  it('422 invalid-data with the problems of the answers, judged as `dvc-kit verify` judges them', async () => {
    const stored = await receiver.storedSubmissions();
    const own = await makeSubmission(randomUUID(), exampleData('invalid-missing-child-name'));
    const response = await postSubmission(api, own);
    assertProblem(response, 422, 'invalid-data');
    const problem = response.json.problems.find((p) => p.path === 'child.fullName');
    assert.ok(problem, JSON.stringify(response.json.problems));
    assert.ok(problem.message.vi && problem.message.en);
    await assertNothingStored(own.id, stored);
  });
});

describe('attachments over tus', () => {
  const scan = randomBytes(100 * KiB);
  const withScan = () => ({
    ...exampleData('valid-with-birth-evidence-scan'),
    birthEvidenceScan: {
      id: randomUUID(),
      name: 'giay-chung-sinh.pdf',
      type: 'application/pdf',
      size: scan.length,
      sha256: sha256(scan),
    },
  });
  let submission;
  let uploadUrl;
  const described = () => [
    {
      sha256: sha256(scan),
      upload: uploadUrl,
      fieldPath: 'birthEvidenceScan',
      name: 'giay-chung-sinh.pdf',
      type: 'application/pdf',
      size: scan.length,
    },
  ];

  before(async () => {
    submission = await makeSubmission(randomUUID(), withScan());
  });

  it('422 missing-attachment while the scan has not been uploaded', async () => {
    const stored = await receiver.storedSubmissions();
    const response = await postSubmission(api, submission);
    assertProblem(response, 422, 'missing-attachment');
    assert.deepEqual(
      response.json.problems.map((p) => p.path),
      ['birthEvidenceScan'],
    );
    await assertNothingStored(submission.id, stored);
  });

  it('uploads in chunks, resumes after a cut from the offset HEAD gives, and refuses a wrong offset', async () => {
    const created = await createUpload(api, { submission: submission.id, bytes: scan });
    assert.equal(created.status, 201, created.text);
    uploadUrl = new URL(created.headers.location, api).href;
    assert.match(uploadUrl, /\/api\/v1\/uploads\/[0-9a-f-]{36}$/);
    assert.equal(
      (await patchUpload(uploadUrl, 0, scan.subarray(0, 32 * KiB))).headers['upload-offset'],
      String(32 * KiB),
    );
    // A chunk cut by the network: the client declared 32 KiB, sent 10 KiB and the connection went away.
    await http(uploadUrl, 'PATCH', uploadUrl, {
      headers: {
        'Tus-Resumable': '1.0.0',
        'Content-Type': 'application/offset+octet-stream',
        'Upload-Offset': String(32 * KiB),
        'Content-Length': String(32 * KiB),
      },
      body: (req) => {
        req.write(scan.subarray(32 * KiB, 42 * KiB));
        setTimeout(() => req.destroy(), 100);
      },
    }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const head = await http(uploadUrl, 'HEAD', uploadUrl, { headers: { 'Tus-Resumable': '1.0.0' } });
    assert.equal(head.status, 200);
    assert.equal(head.headers['cache-control'], 'no-store');
    assert.equal(head.headers['upload-length'], String(scan.length));
    const offset = Number(head.headers['upload-offset']);
    assert.ok(offset >= 32 * KiB && offset <= 42 * KiB, `offset ${offset}`);
    const wrong = await patchUpload(uploadUrl, 0, scan.subarray(0, 1 * KiB));
    assert.equal(wrong.status, 409);
    // Still incomplete: the submission is refused.
    assertProblem(await postSubmission(api, submission, { attachments: described() }), 422, 'missing-attachment');
    let at = offset;
    while (at < scan.length) {
      const chunk = scan.subarray(at, at + 32 * KiB);
      const response = await patchUpload(uploadUrl, at, chunk);
      assert.equal(response.status, 204, response.text);
      at += chunk.length;
      assert.equal(response.headers['upload-offset'], String(at));
    }
    assert.ok(receiver.stats().uploadBytesReceived >= scan.length);
  });

  it('refuses an upload made for another submission, or with other bytes (422 missing-attachment)', async () => {
    const stored = await receiver.storedSubmissions();
    const other = await createUpload(api, { submission: randomUUID(), bytes: scan });
    const otherUrl = new URL(other.headers.location, api).href;
    assert.equal((await patchUpload(otherUrl, 0, scan)).status, 204);
    const forged = Buffer.from(scan);
    forged[0] ^= 0xff;
    const liar = await createUpload(api, { submission: submission.id, bytes: forged, sha: sha256(scan) });
    const liarUrl = new URL(liar.headers.location, api).href;
    assert.equal((await patchUpload(liarUrl, 0, forged)).status, 204);
    for (const upload of [otherUrl, liarUrl, `${api}api/v1/uploads/../../submissions`, '/etc/passwd']) {
      const attachments = [{ ...described()[0], upload }];
      assertProblem(await postSubmission(api, submission, { attachments }), 422, 'missing-attachment');
    }
    await assertNothingStored(submission.id, stored);
  });

  it('stores the submission with the scan whose SHA-256 the receiver computed itself', async () => {
    const response = await postSubmission(api, submission, { attachments: described() });
    assert.equal(response.status, 201, response.text);
    assert.deepEqual(response.json.attachments, [
      { sha256: sha256(scan), size: scan.length, name: 'giay-chung-sinh.pdf' },
    ]);
    const stored = join(submissionDir(submission.id), 'attachments', sha256(scan));
    assert.deepEqual(readFileSync(stored), scan);
  });

  it('refuses bad upload metadata (400), too large an upload (413) and unknown uploads (404)', async () => {
    const id = randomUUID();
    assertProblem(await createUpload(api, { submission: 'nope', bytes: scan }), 400, 'malformed');
    assertProblem(await createUpload(api, { submission: id, bytes: scan, sha: 'abc' }), 400, 'malformed');
    const missing = await http(api, 'POST', 'api/v1/uploads', {
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '10' },
    });
    assertProblem(missing, 400, 'malformed');
    assertProblem(await createUpload(api, { submission: id, bytes: scan, length: 300 * KiB }), 413, 'too-large');
    // The file name is metadata only: a hostile one is stored nowhere as a path.
    const named = await createUpload(api, { submission: id, bytes: scan, name: '../../../../tmp/evil\0.pdf' });
    assert.equal(named.status, 201);
    assert.deepEqual(
      readdirSync(join(dataDir, 'uploads')).filter((name) => !/^[0-9a-f-]{36}(\.json)?$/.test(name)),
      [],
    );
    const unknown = await http(api, 'HEAD', `api/v1/uploads/${randomUUID()}`, {
      headers: { 'Tus-Resumable': '1.0.0' },
    });
    assert.equal(unknown.status, 404);
  });
});

describe('hostile routes', () => {
  it('answers path tricks in ids with 404 and stores nothing', async () => {
    const stored = await receiver.storedSubmissions();
    for (const path of [
      'api/v1/submissions/..%2f..%2fstaging',
      'api/v1/submissions/%2e%2e',
      'api/v1/submissions/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      `api/v1/submissions/${valid.id}%00`,
      'api/v1/submissions/%2Fetc%2Fpasswd',
      'api/v1/uploads/%2e%2e%2freceipt.json',
      'api/v1/nothing-here',
      'api/v1',
    ]) {
      const response = await http(api, 'GET', path, { headers: { 'Tus-Resumable': '1.0.0' } });
      assertProblem(response, 404, 'not-found');
    }
    assert.deepEqual(await receiver.storedSubmissions(), stored);
  });

  it('answers wrong methods with 405 and an Allow header', async () => {
    const cases = [
      ['PUT', 'api/v1/submissions', 'POST, OPTIONS'],
      ['GET', 'api/v1/submissions', 'POST, OPTIONS'],
      ['DELETE', `api/v1/submissions/${valid.id}`, 'GET, HEAD, OPTIONS'],
      ['GET', `api/v1/uploads/${randomUUID()}`, 'HEAD, PATCH, OPTIONS'],
      ['DELETE', `api/v1/uploads/${randomUUID()}`, 'HEAD, PATCH, OPTIONS'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await http(api, method, path);
      assertProblem(response, 405, 'method-not-allowed');
      assert.equal(response.headers.allow, allow);
    }
    assert.ok(existsSync(submissionDir(valid.id)));
  });

  it('never writes personal data to its log: ids, statuses and codes only', () => {
    assert.ok(logs.length > 10);
    const text = logs.join('\n');
    for (const word of ['Trần', 'Nguyễn', 'giay-chung-sinh', '001090012345', 'ho-so.pdf']) {
      assert.equal(text.includes(word), false, word);
    }
    assert.ok(logs.some((line) => line.includes(valid.id) && / 201 DVC-/.test(line)));
  });
});

describe('faults', () => {
  it('loses the response after storing; the retry gets the same receipt and one stored copy', async () => {
    const own = await makeSubmission(randomUUID(), exampleData('valid-father-unknown'));
    receiver.setFaults({ loseResponseRate: 1 });
    await assert.rejects(postSubmission(api, own), /socket hang up|ECONNRESET/);
    receiver.setFaults({});
    const stored = JSON.parse(readFileSync(join(submissionDir(own.id), 'receipt.json'), 'utf8'));
    const retry = await postSubmission(api, own);
    assert.equal(retry.status, 200);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.deepEqual(retry.json, stored);
    assert.equal((await receiver.storedSubmissions()).filter((id) => id === own.id).length, 1);
    assert.deepEqual(readdirSync(join(dataDir, 'staging')), []);
  });

  it('fails, drops and delays deterministically with a seed, and rejects submissions on demand', async () => {
    const outcomes = async () => {
      receiver.setFaults({ failureRate: 0.4, dropRate: 0.2, seed: 7 });
      const seen = [];
      for (let i = 0; i < 12; i++) {
        const response = await http(api, 'GET', `api/v1/submissions/${valid.id}`).catch(() => 'dropped');
        seen.push(response === 'dropped' ? response : response.status);
      }
      return seen;
    };
    const first = await outcomes();
    assert.deepEqual(await outcomes(), first);
    assert.ok(first.includes(500) && first.includes('dropped') && first.includes(200), first.join());
    receiver.setFaults({ delayMs: 300 });
    const started = performance.now();
    assert.equal((await http(api, 'GET', `api/v1/submissions/${valid.id}`)).status, 200);
    assert.ok(performance.now() - started >= 290);
    const message = { vi: 'Hệ thống đang bảo trì, vui lòng gửi lại sau.', en: 'Under maintenance, send again later.' };
    receiver.setFaults({ rejectSubmissions: { status: 503, code: 'maintenance', message } });
    const rejected = await postSubmission(api, valid);
    assert.equal(rejected.status, 503);
    assert.equal(rejected.json.code, 'maintenance');
    assert.deepEqual(rejected.json.message, message);
    receiver.setFaults({});
  });
});

describe('a second receiver: token, CORS, timeouts, restart, the app', () => {
  const origin = 'https://portal.example.gov.vn';
  const appDir = join(dir, 'app');
  let second;

  before(async () => {
    mkdirSync(join(appDir, 'assets'), { recursive: true });
    writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(appDir, 'assets', 'index-abc.js'), 'export {};');
    writeFileSync(join(dir, 'secret.txt'), 'not to be served');
    await receiver.close();
    // A crash mid-write leaves a half-staged submission behind: the next start deletes it.
    mkdirSync(join(dataDir, 'staging', `${randomUUID()}.x`), { recursive: true });
    writeFileSync(join(dataDir, 'staging', 'half.pdf'), '%PDF-1.7 half');
    second = await startReceiver({
      dataDir,
      appDir,
      token: 'bi-mat-123',
      corsOrigins: [origin],
      requestTimeoutMs: 600,
    });
  });

  after(() => second?.close());

  it('cleans staging at start and keeps what was stored, numbering references on', async () => {
    assert.deepEqual(readdirSync(join(dataDir, 'staging')), []);
    assert.ok((await second.storedSubmissions()).includes(valid.id));
    const own = await makeSubmission(randomUUID(), exampleData('valid-father-unknown'));
    const response = await postSubmission(second.url, own, { headers: { Authorization: 'Bearer bi-mat-123' } });
    assert.equal(response.status, 201, response.text);
    const references = (await second.storedSubmissions()).map(
      (id) => JSON.parse(readFileSync(join(submissionDir(id), 'receipt.json'), 'utf8')).reference,
    );
    assert.equal(new Set(references).size, references.length, references.join());
  });

  it('asks for the token (401) and accepts it', async () => {
    const path = `api/v1/submissions/${valid.id}`;
    const none = await http(second.url, 'GET', path);
    assertProblem(none, 401, 'unauthorized');
    assert.equal(none.headers['www-authenticate'], 'Bearer');
    assertProblem(
      await http(second.url, 'GET', path, { headers: { Authorization: 'Bearer wrong' } }),
      401,
      'unauthorized',
    );
    assertProblem(await postSubmission(second.url, valid), 401, 'unauthorized');
    const ok = await http(second.url, 'GET', path, { headers: { Authorization: 'Bearer bi-mat-123' } });
    assert.equal(ok.status, 200);
  });

  it('answers CORS preflights for configured origins only, and exposes the contract headers', async () => {
    const preflight = (from) =>
      http(second.url, 'OPTIONS', 'api/v1/submissions', {
        headers: {
          Origin: from,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type',
        },
      });
    const allowed = await preflight(origin);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers['access-control-allow-origin'], origin);
    assert.match(allowed.headers['access-control-allow-methods'], /POST/);
    for (const header of ['Authorization', 'Idempotency-Key', 'Content-Type']) {
      assert.ok(allowed.headers['access-control-allow-headers'].includes(header), header);
    }
    const stranger = await preflight('https://evil.example');
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);
    const actual = await http(second.url, 'GET', `api/v1/submissions/${valid.id}`, {
      headers: { Origin: origin, Authorization: 'Bearer bi-mat-123' },
    });
    assert.equal(actual.headers['access-control-allow-origin'], origin);
    for (const header of ['Location', 'Upload-Offset', 'Retry-After', 'Idempotent-Replayed']) {
      assert.ok(actual.headers['access-control-expose-headers'].includes(header), header);
    }
  });

  it('gives up on a client that sends too slowly (request timeout) and stores nothing', async () => {
    const id = randomUUID();
    const closed = await new Promise((resolve) => {
      const socket = connect(second.port, 'localhost', () => {
        socket.write(
          'POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer bi-mat-123\r\n' +
            `Idempotency-Key: ${id}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000\r\n\r\n--x`,
        );
      });
      let answer = '';
      socket.on('data', (data) => (answer += data));
      socket.on('close', () => resolve(answer));
      socket.on('error', () => undefined);
      setTimeout(() => socket.destroy(), 5000);
    });
    assert.match(closed, /^HTTP\/1\.1 408/);
    assert.equal(existsSync(submissionDir(id)), false);
  });

  it('serves the app with the CSP, immutable assets, the app shell for pages, and nothing outside it', async () => {
    const page = await http(second.url, 'GET', '/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const asset = await http(second.url, 'GET', '/assets/index-abc.js');
    assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(asset.headers['content-type'], 'text/javascript; charset=utf-8');
    const deep = await http(second.url, 'GET', '/procedures/birth', { headers: { Accept: 'text/html' } });
    assert.equal(deep.text, '<!doctype html><title>app</title>');
    assert.equal((await http(second.url, 'GET', '/assets/missing.js')).status, 404);
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const response = await http(second.url, 'GET', path);
      assert.ok([400, 403, 404].includes(response.status), `${path}: ${response.status}`);
      assert.equal(response.text.includes('not to be served'), false);
      assert.equal(response.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    }
  });
});

describe('dvc-kit serve', () => {
  it('prints its URL, falls back from a taken port 5173, serves the API and stops on SIGTERM', async () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    // Hold 5173 (if nobody else does) so that the fallback is what is tested.
    const blocker = createServer();
    await new Promise((resolve) => blocker.once('error', resolve).listen(5173, 'localhost', resolve));
    const child = spawn(process.execPath, [join(ROOT, 'bin/dvc-kit.mjs'), 'serve', '--app', join(dir, 'app')], {
      cwd,
    });
    try {
      let out = '';
      const line = await new Promise((resolve, reject) => {
        child.stdout.on('data', (data) => {
          out += data;
          const match = /dvc-kit: serving (\S+) \(API (\S+), data (.+)\)/.exec(out);
          if (match) resolve(match);
        });
        child.stderr.on('data', (data) => (out += data));
        child.on('exit', () => reject(new Error(out)));
      });
      const [, url, apiUrl, data] = line;
      assert.notEqual(new URL(url).port, '5173');
      assert.equal(apiUrl, `${url}api/v1`);
      assert.equal(data, join(cwd, '.dvc-data'));
      assert.ok(existsSync(join(cwd, '.dvc-data', 'staging')));
      const response = await http(url, 'GET', `api/v1/submissions/${randomUUID()}`);
      assertProblem(response, 404, 'not-found');
      assert.equal((await http(url, 'GET', '/')).headers['content-security-policy'], CONTENT_SECURITY_POLICY);
      const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      child.kill('SIGKILL');
      blocker.close();
    }
  });
});

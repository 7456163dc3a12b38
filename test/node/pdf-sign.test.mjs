// PAdES signing end to end in Node: a Vietnamese PDF is signed by the device signer and by PKCS#12 files made with
// OpenSSL, then checked by independent verifiers (poppler's pdfsig, qpdf, openssl cms) and by verifySubmissionPdf.
import { AFRelationship, PDFDocument } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './helpers.mjs';
import { importTs } from '../../scripts/lib/load-ts.mjs';

const pdf = await importTs('test/node/pdf-sign-entry.ts');
const FONT = readFileSync(
  join(ROOT, 'node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
);
const PASSWORD = 'mật khẩu 123';
let dir;

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd: dir });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function inMemoryKeyStore() {
  let record;
  return { load: async () => record, save: async (next) => void (record = next), peek: () => record };
}

/** A one-page PDF with Vietnamese text, submission.json attached, its SHA-256 printed, and a signature placeholder. */
async function preparedPdf(signerName, contentsBytes) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(FONT, { subset: true, features: { ccmp: false } });
  const page = doc.addPage([595, 842]);
  const json = new TextEncoder().encode(JSON.stringify({ format: 'dvc-kit-submission/1', name: 'Nguyễn Thị Hương' }));
  const hash = createHash('sha256').update(json).digest('hex');
  page.drawText('Tờ khai đăng ký khai sinh: Nguyễn Thị Hương, phường Ba Đình', { x: 40, y: 780, size: 12, font });
  page.drawText(hash, { x: 40, y: 760, size: 7, font });
  await doc.attach(json, 'submission.json', { mimeType: 'application/json', afRelationship: AFRelationship.Source });
  pdf.addSignaturePlaceholder(doc, {
    page,
    rect: { x: 340, y: 40, width: 220, height: 54 },
    font,
    signerName,
    signingTime: new Date('2026-11-28T03:04:05Z'),
    reason: 'Nộp hồ sơ dịch vụ công',
    location: 'Hà Nội',
    contentsBytes,
  });
  // Default save options (object streams on): the raw /Sig dictionary must stay findable anyway.
  return { bytes: await doc.save(), hash };
}

function write(name, bytes) {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

/** The signed byte ranges and the CMS (trimmed to its DER length), as an outside verifier extracts them. */
function extractSignature(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const [, a, b, c, d] = [...text.matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/g)].at(-1).map(Number);
  const der = Buffer.from(text.slice(b + 1, c - 1), 'hex');
  const length = der[1] === 0x82 ? 4 + der.readUInt16BE(2) : der[1] === 0x81 ? 3 + der[2] : 2 + der[1];
  return { content: Buffer.concat([bytes.subarray(a, b), bytes.subarray(c, c + d)]), der: der.subarray(0, length) };
}

function makeP12(kind, subject, extra = []) {
  const key = ['ec', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']];
  const rsa = ['rsa', ['-newkey', 'rsa:2048']];
  const [name, newkey] = kind === 'ec' ? key : rsa;
  const req = run('openssl', [
    'req',
    '-x509',
    ...newkey,
    '-nodes',
    '-utf8',
    '-days',
    '30',
    '-subj',
    subject,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.crt`,
  ]);
  assert.equal(req.code, 0, req.out);
  const file = `${name}${extra.length ? '-legacy' : ''}.p12`;
  const exp = run('openssl', [
    'pkcs12',
    '-export',
    ...extra,
    '-inkey',
    `${name}.key`,
    '-in',
    `${name}.crt`,
    '-out',
    file,
    '-passout',
    `pass:${PASSWORD}`,
  ]);
  // A Node Buffer, as the CLI reads it (its slice() is a view into a shared pool: the signer must copy).
  return exp.code === 0 ? readFileSync(join(dir, file)) : undefined;
}

/** Every outside check a receiving office would run; returns the signed file's path. */
async function assertVerifiedEverywhere(signed, label, signerName) {
  const file = write(`${label}.pdf`, signed);
  const sig = run('pdfsig', [file]);
  assert.match(sig.out, /Signature is Valid/, sig.out);
  assert.match(sig.out, /Total document signed/, sig.out);
  assert.match(sig.out, /ETSI\.CAdES\.detached/, sig.out);
  assert.ok(sig.out.includes(`Common Name: ${signerName}`), sig.out);
  const check = run('qpdf', ['--check', file]);
  assert.equal(check.code, 0, check.out);
  assert.match(check.out, /No syntax or stream encoding errors found/);

  const { content, der } = extractSignature(signed);
  write(`${label}.der`, der);
  write(`${label}.bin`, content);
  const cms = run('openssl', [
    'cms',
    '-verify',
    '-binary',
    '-inform',
    'DER',
    '-in',
    `${label}.der`,
    '-content',
    `${label}.bin`,
    '-noverify',
    '-out',
    '/dev/null',
  ]);
  assert.match(cms.out, /CMS Verification successful/, cms.out);
  const printed = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', `${label}.der`]);
  assert.match(printed.out, /signingCertificateV2/i, 'CAdES signing-certificate-v2 attribute');
  assert.match(printed.out, /messageDigest/);
  assert.doesNotMatch(printed.out, /signingTime/, 'PAdES takes the time from /M, not the CMS');
  assert.match(printed.out, /eContent: <ABSENT>/, 'detached: the PDF bytes are not inside the CMS');

  const report = await pdf.verifySubmissionPdf(signed);
  assert.deepEqual(report.problems, []);
  assert.equal(report.valid, true);
  assert.equal(report.signature.signerName, signerName);
  assert.equal(report.signature.signingTime, '2026-11-28T03:04:05.000Z');
  return { file, cmsSize: der.length };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dvc-sign-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('PAdES signing (Node)', () => {
  it('signs with the device signer; pdfsig, qpdf, openssl and verifySubmissionPdf accept it', async () => {
    const keyStore = inMemoryKeyStore();
    const signer = await pdf.createDeviceSigner({ displayName: 'Nguyễn Thị Hương', keyStore });
    assert.equal(signer.displayName, 'Nguyễn Thị Hương');
    assert.equal(keyStore.peek().privateKey.extractable, false, 'the private key cannot be read out');
    const { bytes, hash } = await preparedPdf(signer.displayName);
    const input = Buffer.from(bytes);
    const signed = await pdf.signPreparedPdf(input, signer);
    assert.equal(signed.length, bytes.length, 'filled in place');
    assert.deepEqual(input, Buffer.from(bytes), "the caller's bytes are not changed");
    const { cmsSize } = await assertVerifiedEverywhere(signed, 'device', 'Nguyễn Thị Hương');
    assert.ok(cmsSize < 2000, `ECDSA CMS is small (${cmsSize} B)`);
    const report = await pdf.verifySubmissionPdf(signed);
    assert.equal(report.submissionSha256, hash);
    assert.equal(report.qrMatches, true);
    assert.equal(report.submission.name, 'Nguyễn Thị Hương');

    // The same key, a new certificate when the name changes.
    const renamed = await pdf.createDeviceSigner({ displayName: 'Trần Văn Ba', keyStore });
    assert.equal(renamed.displayName, 'Trần Văn Ba');
    assert.notDeepEqual(renamed.certificate, signer.certificate);
    const again = await pdf.createDeviceSigner({ displayName: 'Trần Văn Ba', keyStore });
    assert.deepEqual(again.certificate, renamed.certificate, 'reused while the name is the same');
  });

  it('signs with an ECDSA P-256 .p12 made by OpenSSL', async () => {
    const p12 = makeP12('ec', '/CN=Nguyễn Văn Ký/O=Sở Tư pháp');
    const signer = await pdf.createP12Signer(p12, PASSWORD);
    assert.equal(signer.displayName, 'Nguyễn Văn Ký');
    const { bytes } = await preparedPdf(signer.displayName);
    await assertVerifiedEverywhere(await pdf.signPreparedPdf(bytes, signer), 'p12-ec', 'Nguyễn Văn Ký');
  });

  it('signs with an RSA-2048 .p12 made by OpenSSL', async () => {
    const p12 = makeP12('rsa', '/CN=Lê Thị Hồng Gấm');
    const signer = await pdf.createP12Signer(p12, PASSWORD);
    const { bytes } = await preparedPdf(signer.displayName);
    const { cmsSize } = await assertVerifiedEverywhere(
      await pdf.signPreparedPdf(bytes, signer),
      'p12-rsa',
      'Lê Thị Hồng Gấm',
    );
    assert.ok(cmsSize > 1000, `RSA CMS (${cmsSize} B)`);
  });

  it('rejects a wrong password, a file that is not PKCS#12, and says what to do with a legacy file', async () => {
    const p12 = makeP12('ec', '/CN=Phạm Minh');
    await assert.rejects(pdf.createP12Signer(p12, 'sai mật khẩu'), { message: pdf.P12_ERRORS.wrongPassword });
    await assert.rejects(pdf.createP12Signer(new TextEncoder().encode('%PDF-1.7 not a p12'), PASSWORD), {
      message: pdf.P12_ERRORS.notP12,
    });
    const truncated = p12.subarray(0, p12.length - 40);
    await assert.rejects(pdf.createP12Signer(truncated, PASSWORD), { message: pdf.P12_ERRORS.notP12 });
    const legacy = makeP12('ec', '/CN=Phạm Minh', ['-legacy']);
    if (legacy) {
      await assert.rejects(pdf.createP12Signer(legacy, PASSWORD), { message: pdf.P12_ERRORS.legacy });
    }
  });

  it('says how large the signature is when the placeholder is too small', async () => {
    const signer = await pdf.createP12Signer(makeP12('rsa', '/CN=Vũ Lan'), PASSWORD);
    const { bytes } = await preparedPdf(signer.displayName, 256);
    await assert.rejects(
      pdf.signPreparedPdf(bytes, signer),
      /The signature \(\d+ bytes\) is larger than the placeholder \(256 bytes\)/,
    );
  });

  it('notices one changed byte inside the signed range, and one byte appended after %%EOF', async () => {
    const signer = await pdf.createDeviceSigner({ displayName: 'Đỗ Thu Hà', keyStore: inMemoryKeyStore() });
    const { bytes } = await preparedPdf(signer.displayName);
    const signed = await pdf.signPreparedPdf(bytes, signer);

    const tampered = signed.slice();
    const at = Buffer.from(tampered).indexOf('/Producer');
    tampered[at + 3] ^= 0x01; // "/Producer" → "/Prndcer": still a well-formed PDF
    const sig = run('pdfsig', [write('tampered.pdf', tampered)]);
    assert.doesNotMatch(sig.out, /Signature is Valid/, sig.out);
    assert.match(sig.out, /Digest Mismatch/, sig.out);
    const report = await pdf.verifySubmissionPdf(tampered);
    assert.equal(report.valid, false);
    assert.equal(report.signature.cryptographicallyValid, false);
    assert.ok(
      report.problems.some((p) => /changed since signing/.test(p)),
      report.problems.join('; '),
    );

    const broken = signed.slice();
    broken[40] ^= 0x01; // inside the first objects: pdf-lib may not read the page tree any more
    const damaged = await pdf.verifySubmissionPdf(broken);
    assert.equal(damaged.valid, false);

    const appended = new Uint8Array([...signed, 0x0a]);
    const late = await pdf.verifySubmissionPdf(appended);
    assert.equal(late.signature.coversWholeFile, false);
    assert.equal(late.signature.cryptographicallyValid, true, 'the signed part itself is intact');
    assert.equal(late.valid, false);
    assert.ok(late.problems.some((p) => /does not cover the whole file/.test(p)));
  });

  it('reports an unsigned PDF plainly', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const report = await pdf.verifySubmissionPdf(await doc.save());
    assert.equal(report.valid, false);
    assert.equal(report.signature.present, false);
    assert.ok(report.problems.includes('The PDF has no signature.'));
    assert.ok(report.problems.includes('The PDF carries no submission.json.'));
  });
});

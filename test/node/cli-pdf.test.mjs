import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { core, ROOT, readDefinition, readJson } from './helpers.mjs';

// `dvc-kit pdf` and `dvc-kit verify` as a person runs them, judged by tools we did not write: poppler's pdfsig,
// pdftotext and pdfdetach, and a certificate made by OpenSSL.
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dvc-cli-pdf-'));
const definitionFile = join(ROOT, 'forms/birth-registration/definition.json');
const examplesDir = join(ROOT, 'forms/birth-registration/examples');
const examples = readdirSync(examplesDir).filter((file) => file.endsWith('.json'));
const validExamples = examples.filter((file) => file.startsWith('valid-'));
const p12 = join(dir, 'signer.p12');
const P12_NAME = 'Nguyễn Văn Ký';
const PASSWORD = 'mật khẩu 123';

/** Runs a command without throwing on a non-zero exit: the exit code is what the tests look at. */
async function sh(command, args) {
  try {
    const { stdout, stderr } = await run(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

async function cli(...args) {
  const result = await sh(process.execPath, [join(ROOT, 'bin/dvc-kit.mjs'), ...args]);
  return { ...result, lines: result.stdout.split('\n').filter(Boolean) };
}

const definition = core.checkDefinition(
  readDefinition('forms/birth-registration/definition.json'),
  'birth-registration',
  core.compileSchema(readJson('forms/procedure.schema.json')),
);
const validator = core.compileSchema(definition.schema);

/** The name the PDF must print for a commune code (as the form shows it). */
function communeName(province, code) {
  return readJson(`forms/data/communes/${province}.json`).items.find((item) => item.code === code).fullName;
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

before(async () => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  // A signer's certificate as a CA would hand it out: EC P-256, a Vietnamese name, in a password-protected .p12.
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const req = await sh('openssl', [
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-utf8'],
    ...['-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${P12_NAME}`],
  ]);
  assert.equal(req.code, 0, req.stderr);
  const pkcs12 = await sh('openssl', [
    ...['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', `pass:${PASSWORD}`],
  ]);
  assert.equal(pkcs12.code, 0, pkcs12.stderr);
  writeFileSync(join(dir, 'password.txt'), PASSWORD + '\n');
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Makes a PDF of an example and checks everything a receiving office and a person would. */
async function makeAndCheck(file, signer) {
  const example = readJson(`forms/birth-registration/examples/${file}`);
  const out = join(dir, `${file}.${signer}.pdf`);
  const id = randomUUID();
  const signing =
    signer === 'p12' ? ['--p12', p12, '--password-file', join(dir, 'password.txt')] : ['--name', 'Thử Nghiệm'];
  const made = await cli('pdf', definitionFile, join(examplesDir, file), '-o', out, '--submission-id', id, ...signing);
  assert.equal(made.code, 0, made.stdout + made.stderr);
  const bytes = readFileSync(out);
  assert.match(made.lines.at(-1), new RegExp(`^${out}: ${bytes.length} bytes, submission ${id}, sha256 [0-9a-f]{64}$`));

  const json = join(dir, `${file}.${signer}.json`);
  const [pdfsig, verified, pdftotext, detach] = await Promise.all([
    sh('pdfsig', [out]),
    cli('verify', out, '--definition', definitionFile),
    sh('pdftotext', ['-enc', 'UTF-8', out, '-']),
    sh('pdfdetach', ['-save', '1', '-o', json, out]),
  ]);
  assert.match(pdfsig.stdout, /Signature is Valid/, pdfsig.stdout);
  assert.match(pdfsig.stdout, /Total document signed/);
  const name = signer === 'p12' ? P12_NAME : 'Thử Nghiệm';
  assert.ok(pdfsig.stdout.includes(`Signer Certificate Common Name: ${name}`), pdfsig.stdout);

  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  assert.match(verified.lines[0], new RegExp(`^signature: OK \\(ETSI\\.CAdES\\.detached, signed by ${name}`));
  assert.ok(verified.lines.includes('byte range covers the whole file: OK'), verified.stdout);
  assert.ok(verified.lines.includes(`submission.json: OK (birth-registration@1.1.0, submission ${id})`));
  assert.ok(verified.lines.includes('data valid against the procedure: OK'), verified.stdout);

  const text = pdftotext.stdout;
  assert.ok(text.includes(example.data.child.fullName), `child's name in the text of ${file}`);
  assert.ok(text.includes(example.data.requester.fullName), `requester's name in the text of ${file}`);
  const { province, commune } = example.data.authority;
  assert.ok(text.includes(communeName(province, commune)), `the authority's commune by name in ${file}`);

  assert.equal(detach.code, 0, detach.stderr);
  const submission = JSON.parse(readFileSync(json, 'utf8'));
  assert.deepEqual(submission.data, core.validateAnswers(definition, validator, example.data).data);
  assert.equal(submission.submissionId, id);
  assert.ok(made.lines.at(-1).endsWith(sha256(readFileSync(json))), 'the printed sha256 is that of submission.json');
}

describe('dvc-kit pdf and verify on every valid example', { concurrency: 3 }, () => {
  for (const file of validExamples) {
    it(`${file}, signed with a throwaway key`, () => makeAndCheck(file, 'device'));
    it(`${file}, signed with a .p12 from OpenSSL`, () => makeAndCheck(file, 'p12'));
  }
});

it('prints English labels and reference names with --lang en', async () => {
  const out = join(dir, 'english.pdf');
  const made = await cli(
    'pdf',
    definitionFile,
    join(examplesDir, 'valid-father-unknown.json'),
    '-o',
    out,
    '--lang',
    'en',
  );
  assert.equal(made.code, 0, made.stdout + made.stderr);
  const { province, commune } = readJson('forms/birth-registration/examples/valid-father-unknown.json').data.authority;
  const english = readJson(`forms/data/communes/${province}.json`).items.find((item) => item.code === commune);
  const text = (await sh('pdftotext', ['-enc', 'UTF-8', out, '-'])).stdout;
  assert.ok(text.includes(english.fullNameEn), `"${english.fullNameEn}" in the English PDF`);
});

describe('dvc-kit verify catches changes', () => {
  let signed;
  before(async () => {
    const file = join(dir, 'to-tamper.pdf');
    const made = await cli('pdf', definitionFile, join(examplesDir, 'valid-father-unknown.json'), '-o', file);
    assert.equal(made.code, 0, made.stderr);
    signed = readFileSync(file);
  });

  it('a flipped byte in the signed range: pdfsig and verify say invalid (exit 1)', async () => {
    const tampered = Uint8Array.from(signed);
    // The second line of the header is a comment of high bytes: changing one keeps the file readable.
    assert.equal(tampered[9], '%'.charCodeAt(0));
    tampered[11] ^= 0x01;
    const file = join(dir, 'flipped.pdf');
    writeFileSync(file, tampered);
    assert.doesNotMatch((await sh('pdfsig', [file])).stdout, /Signature is Valid/);
    const verified = await cli('verify', file, '--definition', definitionFile);
    assert.equal(verified.code, 1, verified.stdout + verified.stderr);
    assert.match(verified.lines[0], /^signature: FAIL/);
  });

  it('a byte appended after signing: the byte-range check fails (exit 1)', async () => {
    const file = join(dir, 'appended.pdf');
    writeFileSync(file, Buffer.concat([signed, Buffer.from('\n')]));
    const verified = await cli('verify', file);
    assert.equal(verified.code, 1, verified.stdout + verified.stderr);
    assert.ok(verified.lines.includes('byte range covers the whole file: FAIL'), verified.stdout);
  });

  it('a PDF of another procedure version: the procedure check fails (exit 1)', async () => {
    const other = join(dir, 'other-version.json');
    // Bundled: written elsewhere, the file could not reach forms/common/ by its relative $refs.
    const bundled = readDefinition('forms/birth-registration/definition.json');
    writeFileSync(other, JSON.stringify({ ...bundled, version: '9.0.0' }));
    const file = join(dir, 'original.pdf');
    writeFileSync(file, signed);
    const verified = await cli('verify', file, '--definition', other);
    assert.equal(verified.code, 1, verified.stdout + verified.stderr);
    assert.ok(verified.lines.includes('procedure is birth-registration@9.0.0: FAIL (found birth-registration@1.1.0)'));
  });

  it('a missing file or a file that is not a PDF is unusable input (exit 2)', async () => {
    assert.equal((await cli('verify', join(dir, 'none.pdf'))).code, 2);
    const text = join(dir, 'not.pdf');
    writeFileSync(text, 'hello');
    const notPdf = await cli('verify', text);
    assert.equal(notPdf.code, 2);
    assert.match(notPdf.stderr, /not a PDF/);
  });
});

describe('dvc-kit pdf refuses and writes nothing', () => {
  const example = join(examplesDir, 'valid-both-parents-known.json');

  it('for data that are not valid: the problems are printed (exit 1)', async () => {
    const out = join(dir, 'invalid.pdf');
    const made = await cli('pdf', definitionFile, join(examplesDir, 'invalid-missing-child-name.json'), '-o', out);
    assert.equal(made.code, 1, made.stdout + made.stderr);
    assert.ok(
      made.lines.some((line) => line.startsWith('child.fullName: ')),
      made.stdout,
    );
    assert.equal(existsSync(out), false);
  });

  it('for a wrong .p12 password (exit 2)', async () => {
    const out = join(dir, 'wrong-password.pdf');
    const made = await cli('pdf', definitionFile, example, '-o', out, '--p12', p12, '--password', 'sai');
    assert.equal(made.code, 2, made.stdout + made.stderr);
    assert.match(made.stderr, /password/);
    assert.equal(existsSync(out), false);
  });

  it('for a corrupt .p12 (exit 2)', async () => {
    const corrupt = join(dir, 'corrupt.p12');
    writeFileSync(corrupt, readFileSync(p12).subarray(0, 200));
    const out = join(dir, 'corrupt.pdf');
    const made = await cli('pdf', definitionFile, example, '-o', out, '--p12', corrupt, '--password', PASSWORD);
    assert.equal(made.code, 2, made.stdout + made.stderr);
    assert.match(made.stderr, /corrupt\.p12: /);
    assert.equal(existsSync(out), false);
  });

  it('for bad usage (exit 2)', async () => {
    assert.equal((await cli('pdf', definitionFile, example)).code, 2, 'no -o');
    const out = join(dir, 'usage.pdf');
    assert.equal((await cli('pdf', definitionFile, example, '-o', out, '--password', 'x')).code, 2, 'no --p12');
    assert.equal((await cli('pdf', definitionFile, example, '-o', out, '--submission-id', 'abc')).code, 2);
    assert.equal(existsSync(out), false);
  });
});

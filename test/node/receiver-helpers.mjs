// Helpers of the receiver suite: real signed submission PDFs, the contract's multipart body, and an HTTP client that
// sends exactly what it is given (node:http, not fetch, so that hostile requests can be written byte for byte).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { importTs } from '../../scripts/lib/load-ts.mjs';
import { core, ROOT, readDefinition, readJson } from './helpers.mjs';

// Node 20's web globals (the lint config lists only the older Node globals).
const { Blob, FormData, Request } = globalThis;

const pdf = await importTs('test/node/receiver-pdf-entry.ts');
const fonts = await pdf.loadNodeFonts();
const signer = await pdf.createP12Signer(readFileSync(join(ROOT, 'test/fixtures/signer-ec.p12')), 'mật khẩu 123');

export const definition = core.checkDefinition(
  readDefinition('forms/birth-registration/definition.json'),
  'birth-registration',
  core.compileSchema(readJson('forms/procedure.schema.json')),
);
const validator = core.compileSchema(definition.schema);

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The shaped answers of an example of the birth-registration procedure, as the form would sign them. */
export function exampleData(name) {
  return core.validateAnswers(definition, validator, readJson(`forms/birth-registration/examples/${name}.json`).data)
    .data;
}

/** A signed submission PDF (the test .p12 signs), with the exact submission.json bytes it embeds. */
export async function makeSubmission(id, data, { procedure = definition, createdAt = new Date() } = {}) {
  const made = await pdf.createSubmissionPdf(
    { definition: procedure, data, lang: 'vi', submissionId: id, createdAt },
    signer,
    fonts,
  );
  return { id, pdf: made.bytes, json: pdf.submissionBytes(made.submission), pdfSha256: sha256(made.bytes) };
}

/** The body of POST /submissions as the device's FormData makes it: `{ body: Buffer, contentType }`. */
export async function multipart({ json, pdf: pdfBytes, attachments = [], pdfName = 'ho-so.pdf', omit = [] }) {
  const form = new FormData();
  const parts = {
    submission: () => form.append('submission', new Blob([json], { type: 'application/json' })),
    pdf: () => form.append('pdf', new Blob([pdfBytes], { type: 'application/pdf' }), pdfName),
    attachments: () =>
      form.append(
        'attachments',
        new Blob([typeof attachments === 'string' ? attachments : JSON.stringify(attachments)], {
          type: 'application/json',
        }),
      ),
  };
  for (const [name, append] of Object.entries(parts)) if (!omit.includes(name)) append();
  const made = new Request('http://x/', { method: 'POST', body: form });
  return { body: Buffer.from(await made.arrayBuffer()), contentType: made.headers.get('content-type') };
}

/**
 * One request. Resolves to `{ status, headers, text, json }`; rejects when the connection fails (reset, dropped).
 * `body` may be a Buffer or a function `(req) => void` that writes it (for cut or slow bodies).
 */
export function http(base, method, path, { headers = {}, body } = {}) {
  // The path is sent as written (a URL object would resolve `%2e%2e` and `..` before the server sees them).
  const target = new URL(/^https?:/.test(path) ? path : base);
  const raw = /^https?:/.test(path)
    ? target.pathname + target.search
    : path.startsWith('/')
      ? path
      : target.pathname + path;
  return new Promise((resolve, reject) => {
    const options = { host: target.hostname, port: target.port, method, path: raw, headers };
    const req = request(options, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (typeof body === 'function') body(req);
    else req.end(body);
  });
}

/** POST /submissions of a made submission, with its id as Idempotency-Key unless told otherwise. */
export async function postSubmission(base, submission, { key = submission.id, attachments, headers = {} } = {}) {
  const { body, contentType } = await multipart({ ...submission, attachments });
  return http(base, 'POST', 'api/v1/submissions', {
    headers: { 'Idempotency-Key': key, 'Content-Type': contentType, ...headers },
    body,
  });
}

const b64 = (text) => Buffer.from(text).toString('base64');

/** tus creation: POST /uploads with the contract's metadata. Resolves to the response. */
export function createUpload(base, { submission, bytes, sha = sha256(bytes), name = 'giay-chung-sinh.pdf', length }) {
  return http(base, 'POST', 'api/v1/uploads', {
    headers: {
      'Tus-Resumable': '1.0.0',
      'Idempotency-Key': submission,
      'Upload-Length': String(length ?? bytes.length),
      'Upload-Metadata': `submission ${b64(submission)},sha256 ${b64(sha)},filename ${b64(name)},filetype ${b64('application/pdf')}`,
    },
  });
}

/** tus PATCH of one chunk at `offset`. */
export function patchUpload(url, offset, chunk, extra = {}) {
  return http(url, 'PATCH', url, {
    headers: {
      'Tus-Resumable': '1.0.0',
      'Content-Type': 'application/offset+octet-stream',
      'Upload-Offset': String(offset),
      ...extra,
    },
    body: chunk,
  });
}

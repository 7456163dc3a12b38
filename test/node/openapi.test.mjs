// Keeps the two descriptions of the submission API in step: docs/openapi.json (for tools) and
// docs/submission-api.md (for people). A province builds its receiver from either, so a status, a header or an error
// code present in one and missing from the other would be a bug in the contract, not just in the docs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { importTs } from '../../scripts/lib/load-ts.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const api = JSON.parse(read('docs/openapi.json'));
const markdown = read('docs/submission-api.md');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** What the contract (issue 5, "The submission API v1") names for each operation: statuses and headers. */
const CONTRACT = {
  'post /uploads': {
    statuses: [201, 400, 401, 403, 413, 429, 500, 503],
    parameters: ['Idempotency-Key', 'Tus-Resumable', 'Upload-Length', 'Upload-Metadata'],
    responseHeaders: { 201: ['Location'], 429: ['Retry-After'], 503: ['Retry-After'] },
  },
  'options /uploads': { statuses: [204], parameters: [], responseHeaders: { 204: ['Tus-Version', 'Tus-Extension'] } },
  'head /uploads/{uploadId}': {
    statuses: [200, 204, 401, 403, 404, 410],
    parameters: ['Idempotency-Key', 'Tus-Resumable', 'uploadId'],
    responseHeaders: {
      200: ['Upload-Offset', 'Upload-Length', 'Cache-Control'],
      204: ['Upload-Offset', 'Upload-Length', 'Cache-Control'],
    },
  },
  'patch /uploads/{uploadId}': {
    statuses: [204, 401, 403, 404, 409, 410, 429, 500, 503],
    parameters: ['Idempotency-Key', 'Tus-Resumable', 'Upload-Offset', 'uploadId'],
    responseHeaders: { 204: ['Upload-Offset'], 503: ['Retry-After'] },
  },
  'post /submissions': {
    statuses: [200, 201, 400, 401, 403, 408, 409, 413, 415, 422, 429, 500, 503],
    parameters: ['Idempotency-Key'],
    responseHeaders: {
      200: ['Idempotent-Replayed'],
      201: ['Location'],
      408: ['Retry-After'],
      429: ['Retry-After'],
      500: ['Retry-After'],
      503: ['Retry-After'],
    },
  },
  'get /submissions/{submissionId}': {
    statuses: [200, 401, 403, 404],
    parameters: ['submissionId'],
    responseHeaders: {},
  },
};

/** Resolves a local reference (`#/a/b`) inside the file, or returns undefined. */
function resolvePointer(ref) {
  if (!ref.startsWith('#/')) return undefined;
  let node = api;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** Follows `$ref`s (Reference Objects) until a real object. */
function deref(node) {
  let seen = 0;
  while (node && typeof node.$ref === 'string') {
    assert.ok(++seen < 20, `a $ref loop at ${node.$ref}`);
    node = resolvePointer(node.$ref);
  }
  return node;
}

/** Every `$ref` in the file, with where it sits. */
function allRefs(node, at = '#', found = []) {
  if (Array.isArray(node)) node.forEach((item, i) => allRefs(item, `${at}/${i}`, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push({ at, ref: value });
      else allRefs(value, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, found);
    }
  }
  return found;
}

function operations() {
  const found = [];
  for (const [path, item] of Object.entries(api.paths)) {
    for (const method of METHODS) {
      if (item[method]) found.push({ key: `${method} ${path}`, path, method, item, operation: item[method] });
    }
  }
  return found;
}

function operation(key) {
  const found = operations().find((op) => op.key === key);
  assert.ok(found, `docs/openapi.json has no operation "${key}"`);
  return found;
}

/** Path-level and operation-level parameters, resolved. */
function parametersOf({ item, operation: op }) {
  return [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
}

/** The rows of the first Markdown table after a heading, as objects keyed by the header cells. */
function tableAfter(heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  assert.ok(start >= 0, `docs/submission-api.md has no "${heading}"`);
  const first = lines.findIndex((line, i) => i > start && line.startsWith('|'));
  const rows = [];
  for (let i = first; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
  const cells = (row) =>
    row
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
  const [header, , ...body] = rows.map(cells);
  return body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

const codeRows = tableAfter('### Codes').map((row) => ({
  code: row.code.replaceAll('`', ''),
  statuses: row.status.split(',').map((s) => Number(s.trim())),
  message: { vi: row['message (vi)'], en: row['message (en)'] },
}));

function makeAjv() {
  // strict: false because OpenAPI puts its own words (e.g. `example` on parameters) next to schemas.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(api, 'openapi.json');
  return ajv;
}
const ajv = makeAjv();
const schemaAt = (pointer) => ajv.getSchema(`openapi.json${pointer}`);

/** A JSON pointer into the file, as a URI fragment (`#/paths/~1uploads/post`). */
const pointer = (...segments) =>
  '#' + segments.map((s) => '/' + encodeURIComponent(String(s).replaceAll('~', '~0').replaceAll('/', '~1'))).join('');

/**
 * Every example in the file, with where it is and where the schema it must satisfy is (a `$ref` followed, or the
 * place of an inline schema, so that references inside it resolve against the file).
 */
function examplesWithSchemas() {
  const found = [];
  const add = (at, schema, value) => found.push({ at, schemaPointer: schema.$ref ?? pointer(...at, 'schema'), value });
  const visitMedia = (media, at) => {
    if (!media.schema) return;
    if ('example' in media) add(at, media.schema, media.example);
    for (const example of Object.values(media.examples ?? {})) add(at, media.schema, deref(example).value);
  };
  for (const kind of ['parameters', 'headers']) {
    for (const [name, node] of Object.entries(api.components[kind] ?? {})) {
      if ('example' in node) add(['components', kind, name], node.schema, node.example);
    }
  }
  const responses = [
    ...Object.entries(api.components.responses ?? {}).map(([name, r]) => [['components', 'responses', name], r]),
    ...operations().flatMap(({ path, method, operation: op }) =>
      Object.entries(op.responses).map(([status, r]) => [['paths', path, method, 'responses', status], r]),
    ),
  ];
  for (const [at, response] of responses) {
    for (const [type, media] of Object.entries(response.content ?? {})) visitMedia(media, [...at, 'content', type]);
  }
  for (const [name, schema] of Object.entries(api.components.schemas)) {
    for (const value of schema.examples ?? []) {
      found.push({ at: ['components', 'schemas', name], schemaPointer: pointer('components', 'schemas', name), value });
    }
  }
  return found.map((example) => ({ ...example, at: pointer(...example.at) }));
}

describe('docs/openapi.json', () => {
  it('is OpenAPI 3.1 JSON, served under a relative /api/v1', () => {
    assert.match(api.openapi, /^3\.1\.\d+$/);
    assert.equal(api.servers[0].url, '/api/v1');
    assert.equal(typeof api.info.version, 'string');
  });

  it('has every operation of the contract, with its statuses, parameters and response headers', () => {
    for (const [key, expected] of Object.entries(CONTRACT)) {
      const op = operation(key);
      const statuses = Object.keys(op.operation.responses).map(Number);
      for (const status of expected.statuses) assert.ok(statuses.includes(status), `${key} lacks ${status}`);
      const names = parametersOf(op).map((p) => p.name);
      for (const name of expected.parameters) assert.ok(names.includes(name), `${key} lacks parameter ${name}`);
      for (const [status, headers] of Object.entries(expected.responseHeaders)) {
        const response = deref(op.operation.responses[status]);
        for (const header of headers) {
          assert.ok(response.headers?.[header], `${key} ${status} lacks header ${header}`);
        }
      }
    }
  });

  it('declares every path parameter and sends Idempotency-Key on every request but preflights', () => {
    for (const op of operations()) {
      const parameters = parametersOf(op);
      for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) {
        assert.ok(
          parameters.some((p) => p.in === 'path' && p.name === name && p.required === true),
          `${op.key}: path parameter ${name} is not declared`,
        );
      }
      if (op.method !== 'options') {
        assert.ok(
          parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
          `${op.key} lacks Idempotency-Key`,
        );
        assert.ok(Object.keys(op.operation.responses).length > 0, `${op.key} has no responses`);
      } else {
        assert.deepEqual(op.operation.security, [], `${op.key}: a preflight carries no credentials`);
      }
    }
    const submit = parametersOf(operation('post /submissions')).find((p) => p.name === 'Idempotency-Key');
    assert.equal(submit.required, true);
  });

  it('makes bearer authentication optional', () => {
    const { type, scheme } = api.components.securitySchemes.bearer;
    assert.deepEqual({ type, scheme }, { type: 'http', scheme: 'bearer' });
    assert.ok(api.security.some((requirement) => Object.keys(requirement).length === 0));
    assert.ok(api.security.some((requirement) => 'bearer' in requirement));
  });

  it('describes the multipart submission as three parts with their content types', () => {
    const media = operation('post /submissions').operation.requestBody.content['multipart/form-data'];
    const schema = deref(media.schema);
    assert.deepEqual([...schema.required].sort(), ['attachments', 'pdf', 'submission']);
    assert.deepEqual(Object.fromEntries(Object.entries(media.encoding).map(([part, e]) => [part, e.contentType])), {
      submission: 'application/json',
      pdf: 'application/pdf',
      attachments: 'application/json',
    });
    const patch = operation('patch /uploads/{uploadId}').operation.requestBody.content;
    assert.deepEqual(Object.keys(patch), ['application/offset+octet-stream']);
  });

  it('resolves every $ref inside the file', () => {
    const refs = allRefs(api);
    assert.ok(refs.length > 20, 'the file uses references');
    const broken = refs.filter(({ ref }) => resolvePointer(ref) === undefined);
    assert.deepEqual(broken, []);
  });

  it('has the same error codes as the codes table of docs/submission-api.md', () => {
    const codes = deref(api.components.schemas.Problem).properties.code.enum;
    assert.ok(codeRows.length >= 10, 'the Markdown codes table was found and parsed');
    assert.deepEqual([...codes].sort(), codeRows.map((row) => row.code).sort());
  });

  it('gives each example error the status and the vi/en message of the Markdown table', () => {
    const problems = examplesWithSchemas().filter(({ value }) => value && typeof value.code === 'string');
    assert.ok(problems.length >= 15, `only ${problems.length} example errors`);
    for (const { at, value } of problems) {
      const row = codeRows.find((r) => r.code === value.code);
      assert.ok(row, `${at}: code ${value.code} is not in the Markdown table`);
      assert.ok(row.statuses.includes(value.status), `${at}: ${value.code} with status ${value.status}`);
      assert.deepEqual(value.message, row.message, `${at}: the message differs from the Markdown table`);
      const inResponse = at.match(/\/responses\/(\d{3})(\/|$)/);
      if (inResponse) assert.equal(value.status, Number(inResponse[1]), `${at}: status differs from the response`);
    }
  });

  it('compiles every schema under components/schemas', () => {
    const names = Object.keys(api.components.schemas);
    for (const name of ['Receipt', 'Problem', 'LocalizedText', 'AttachmentReference', 'SubmissionJson']) {
      assert.ok(names.includes(name), `components/schemas lacks ${name}`);
    }
    for (const name of names) assert.equal(typeof schemaAt(`#/components/schemas/${name}`), 'function', name);
  });

  it('validates every example against its schema', () => {
    const examples = examplesWithSchemas();
    assert.ok(examples.length > 40, `only ${examples.length} examples`);
    for (const { at, schemaPointer, value } of examples) {
      const validate = schemaAt(schemaPointer);
      assert.equal(typeof validate, 'function', `${at}: no schema at ${schemaPointer}`);
      assert.ok(validate(value), `${at}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('refuses what the contract refuses', () => {
    const receipt = api.components.schemas.Receipt.examples[0];
    const valid = (name, value) => schemaAt(`#/components/schemas/${name}`)(value);
    assert.equal(valid('Receipt', receipt), true);
    assert.equal(valid('Receipt', { ...receipt, submissionId: receipt.submissionId.toUpperCase() }), false);
    assert.equal(valid('Receipt', { ...receipt, pdfSha256: 'abc' }), false);
    assert.equal(valid('Receipt', { ...receipt, reference: '42' }), false);
    const problem = api.components.schemas.Problem.examples[0];
    assert.equal(valid('Problem', { ...problem, code: 'oops' }), false);
    assert.equal(valid('Problem', { ...problem, message: { vi: 'Chỉ tiếng Việt' } }), false);
    const submission = api.components.schemas.SubmissionJson.examples[0];
    assert.equal(valid('SubmissionJson', { ...submission, format: 'dvc-kit-submission/2' }), false);
    assert.equal(valid('SubmissionJson', { ...submission, lang: 'fr' }), false);
    assert.equal(valid('SubmissionJson', { ...submission, procedure: { id: 'birth-registration' } }), false);
    const reference = api.components.schemas.AttachmentReference.examples[0];
    assert.equal(valid('AttachmentReference', { ...reference, upload: undefined }), false);
    assert.equal(valid('AttachmentReference', { ...reference, sha256: reference.sha256.toUpperCase() }), false);
  });
});

describe('docs/submission-api.md and the reference receiver', () => {
  it('lists every error the reference receiver answers with, its status and its message', async () => {
    const { PROBLEMS } = await importTs('src/receiver/problem.ts');
    const kinds = Object.values(PROBLEMS);
    assert.ok(kinds.length >= 10, 'the reference receiver has its errors');
    for (const { code, status } of kinds) {
      const row = codeRows.find((r) => r.code === code);
      assert.ok(row, `the reference receiver answers ${code}, which the codes table lacks`);
      assert.ok(row.statuses.includes(status), `${code}: the table says ${row.statuses}, the receiver ${status}`);
    }
    for (const row of codeRows) {
      const messages = kinds.filter((kind) => kind.code === row.code).map((kind) => kind.message);
      if (messages.length === 0) continue; // a code for other receivers (e.g. 403, 429): the reference never sends it
      assert.ok(
        messages.some((message) => message.vi === row.message.vi && message.en === row.message.en),
        `${row.code}: the table's message is none of the reference receiver's`,
      );
    }
  });
});

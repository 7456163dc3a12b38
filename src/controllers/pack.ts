import { DefinitionError, parseDefinitionText, type DefinitionProblem } from '../core/definition/check.js';
import { schemaHash } from '../core/definition/hash.js';
import type { ProcedureDefinition } from '../core/definition/types.js';
import type { SchemaValidator } from '../core/validate/types.js';
import { ReferenceData } from './reference-data.js';

/**
 * Loads a procedure pack made by `dvc-kit build` (src/cli/build.ts): `pack.json`, the definition, its precompiled
 * validator module and the reference data it uses, all by URL and usually from another origin (the portal's CDN).
 * Nothing is used before it is checked: the manifest's shape, every file against the SHA-256 the manifest lists,
 * and the validator against the hashes of the definition it was compiled from. Loaded only when a form is given a
 * pack, so pages that are not pay nothing for it.
 */

interface Manifest {
  id: string;
  version: string;
  definition: string;
  validator: string;
  data: string;
  schemaHash: string;
  definitionHash: string;
  files: Record<string, string>;
}

type ValidatorModule = { default?: unknown; schemaHash?: unknown; definitionHash?: unknown };

const SHA256 = /^[0-9a-f]{64}$/;
const SHORT_HASH = /^[0-9a-f]{16}$/;

/** A path inside the pack's folder: relative, no `..`, no scheme, no query. */
function isInside(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path.length > 0 &&
    !/^[a-z][a-z0-9+.-]*:|^\/|\\|[?#]/i.test(path) &&
    !path.split('/').some((part) => part === '..' || part === '.')
  );
}

/** The manifest's problems, each naming the field (as a JSON pointer), or none. */
function manifestProblems(json: unknown): DefinitionProblem[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return [{ pointer: '', rule: 'pack', message: 'a pack manifest must be a JSON object' }];
  }
  const m = json as Record<string, unknown>;
  const problems: DefinitionProblem[] = [];
  const say = (field: string, message: string) => problems.push({ pointer: `/${field}`, rule: 'pack', message });
  if (m.format !== 'dvc-kit-pack') say('format', 'must be "dvc-kit-pack" (is this a pack.json made by dvc-kit build?)');
  if (m.formatVersion !== 1) say('formatVersion', `must be 1: this dvc-kit reads packs of format version 1 only`);
  for (const field of ['id', 'version']) if (typeof m[field] !== 'string') say(field, 'must be a string');
  for (const field of ['definition', 'validator'])
    if (!isInside(m[field])) say(field, 'must be a path inside the pack');
  if (!isInside(m.data) || !(m.data as string).endsWith('/'))
    say('data', 'must be a folder inside the pack, ending in /');
  for (const field of ['schemaHash', 'definitionHash']) {
    if (typeof m[field] !== 'string' || !SHORT_HASH.test(m[field])) say(field, 'must be 16 hexadecimal digits');
  }
  const files = m.files;
  if (files === null || typeof files !== 'object' || Array.isArray(files)) {
    say('files', 'must be an object of "<path>": "<sha256>"');
    return problems;
  }
  for (const [path, hash] of Object.entries(files)) {
    const pointer = `files/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!isInside(path)) say(pointer, 'must name a path inside the pack');
    else if (typeof hash !== 'string' || !SHA256.test(hash)) say(pointer, 'must be a SHA-256 (64 hexadecimal digits)');
  }
  for (const field of ['definition', 'validator']) {
    if (isInside(m[field]) && !((m[field] as string) in files))
      say('files', `must list the ${field} file "${m[field]}"`);
  }
  return problems;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new DefinitionError(url, [{ pointer: '', rule: 'read', message: `HTTP ${response.status}` }]);
  return response.arrayBuffer();
}

/** A pack file's bytes, refused unless they are the ones the manifest lists (a stale cache, a half-copied upload). */
async function verifiedBytes(base: string, path: string, manifest: Manifest, manifestUrl: string) {
  const url = new URL(path, base).href;
  const expected = manifest.files[path];
  if (expected === undefined) {
    const message = `${path} is not listed in the pack's "files"`;
    throw new DefinitionError(manifestUrl, [{ pointer: '/files', rule: 'pack', message }]);
  }
  const bytes = await fetchBytes(url);
  if ((await sha256Hex(bytes)) !== expected) {
    const message = `its SHA-256 differs from the one ${manifestUrl} lists for "${path}": the file was changed after the pack was built`;
    throw new DefinitionError(url, [{ pointer: '', rule: 'sha256', message }]);
  }
  return bytes;
}

const decode = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

/** Loads and checks the pack at `url` (its pack.json, or its folder URL ending in `/`). */
export async function loadPack(
  url: string,
): Promise<{ definition: ProcedureDefinition; validator: SchemaValidator; reference: ReferenceData }> {
  const manifestUrl = url.endsWith('/') ? new URL('pack.json', url).href : url;
  const json = parseDefinitionText(decode(await fetchBytes(manifestUrl)), manifestUrl);
  const problems = manifestProblems(json);
  if (problems.length > 0) throw new DefinitionError(manifestUrl, problems);
  const manifest = json as Manifest;
  const fail = (pointer: string, message: string, source = manifestUrl): never => {
    throw new DefinitionError(source, [{ pointer, rule: 'pack', message }]);
  };

  const validatorUrl = new URL(manifest.validator, manifestUrl).href;
  // The validator is code: it is imported only once its bytes are the ones the manifest lists, so a tampered module
  // never runs (the import is then usually answered by the browser's cache).
  const [definitionBytes] = await Promise.all([
    verifiedBytes(manifestUrl, manifest.definition, manifest, manifestUrl),
    verifiedBytes(manifestUrl, manifest.validator, manifest, manifestUrl),
  ]);
  const module = (await import(/* @vite-ignore */ validatorUrl)) as ValidatorModule;
  const definitionUrl = new URL(manifest.definition, manifestUrl).href;
  const definition = parseDefinitionText(decode(definitionBytes), definitionUrl) as ProcedureDefinition;
  if (definition?.id !== manifest.id || definition.version !== manifest.version) {
    fail(
      '/id',
      `the pack is ${manifest.id}@${manifest.version} but its definition is ${definition?.id}@${definition?.version}`,
    );
  }
  if (schemaHash(definition) !== manifest.definitionHash) {
    fail('/definitionHash', `does not match ${manifest.definition}: the pack was not built from this definition`);
  }
  if (typeof module.default !== 'function')
    fail('/validator', `${manifest.validator} has no validator as its default export`);
  if (module.definitionHash !== manifest.definitionHash || module.schemaHash !== manifest.schemaHash) {
    fail('/validator', `${manifest.validator} was compiled for another definition than ${manifest.definition}`);
  }
  if (schemaHash(definition.schema) !== manifest.schemaHash) {
    fail('/schemaHash', `does not match the schema of ${manifest.definition}`);
  }

  const dataUrl = new URL(manifest.data, manifestUrl).href;
  const lists = new Map<string, Promise<unknown>>();
  const loadData = (fileUrl: string): Promise<unknown> => {
    let pending = lists.get(fileUrl);
    if (!pending) {
      const path = manifest.data + fileUrl.slice(dataUrl.length);
      pending = verifiedBytes(manifestUrl, path, manifest, manifestUrl).then((bytes) => JSON.parse(decode(bytes)));
      // A failed load is forgotten, as ReferenceData does, so that the next attempt (back online) tries again.
      pending.catch(() => lists.delete(fileUrl));
      lists.set(fileUrl, pending);
    }
    return pending;
  };
  // The small lists (all but the communes, which come one province at a time) are checked now, so that a damaged
  // pack is refused before the person types anything rather than on the step that uses the list.
  const small = Object.keys(manifest.files).filter(
    (path) => path.startsWith(manifest.data) && /^[^/]+\.json$/.test(path.slice(manifest.data.length)),
  );
  await Promise.all(small.map((path) => loadData(new URL(path, manifestUrl).href)));
  return {
    definition,
    validator: module.default as SchemaValidator,
    reference: new ReferenceData(new URL(dataUrl), loadData),
  };
}

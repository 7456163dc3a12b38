import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaHash } from '../core/definition/hash.js';
import type { ProcedureDefinition } from '../core/definition/types.js';
import { bundleValidator, validatorModuleSource, type ValidatorImports } from './compile-validator.js';
import { lint } from './lint.js';
import { EXIT, loadDefinition, option, UsageError } from './main.js';

type Out = (line: string) => void;

/** The manifest of a procedure pack (`pack.json`); src/controllers/pack.ts reads the same shape. */
export interface PackManifest {
  format: 'dvc-kit-pack';
  formatVersion: 1;
  id: string;
  version: string;
  definition: 'definition.json';
  validator: 'validator.js';
  data: 'data/';
  schemaHash: string;
  definitionHash: string;
  /** Every other file of the pack, by its path relative to pack.json, with its SHA-256 (lower-case hex). */
  files: Record<string, string>;
}

/**
 * The formats and rules a validator bundles: dist-node/validator-*.mjs beside the built command, or the TypeScript
 * sources when this module runs from src/ (tests, the demo build).
 */
function defaultImports(): ValidatorImports {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'validator-formats.mjs');
  if (existsSync(built)) return { formats: built, rules: join(here, 'validator-rules.mjs'), resolveDir: here };
  const core = resolve(here, '../core/validate');
  return { formats: join(core, 'formats.ts'), rules: join(core, 'rules.ts'), resolveDir: here };
}

/**
 * The reference-data files the definition's fields use, relative to the data folder: one per list, and for
 * communes every province's file (a person may pick any province), as the provinces list names them.
 */
function dataFilesUsed(definition: ProcedureDefinition, dataDir: string): string[] {
  const names = new Set<string>();
  for (const ui of Object.values(definition.ui)) {
    if (!ui.source) continue;
    if (ui.source.data !== 'communes') {
      names.add(`${ui.source.data}.json`);
      continue;
    }
    const provinces = JSON.parse(readFileSync(join(dataDir, 'provinces.json'), 'utf8')) as {
      items: Array<{ code: string }>;
    };
    for (const { code } of provinces.items) names.add(`communes/${code}.json`);
  }
  return [...names].sort();
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes the pack of a checked definition into `<outDir>/<id>/` (replacing an older one) and returns its manifest.
 * The caller lints first; `dataDir` defaults to `../data/` beside the definition's folder, as `dvc-kit lint` reads it.
 */
export async function buildPack(
  file: string,
  outDir: string,
  options: { dataDir?: string; imports?: ValidatorImports } = {},
): Promise<{ dir: string; manifest: PackManifest }> {
  const { definition } = loadDefinition(file);
  const dataDir = options.dataDir ?? join(dirname(file), '..', 'data');
  const validator = await bundleValidator(validatorModuleSource(definition), options.imports ?? defaultImports(), {
    banner: `// ${definition.id}@${definition.version}: validator built by dvc-kit build. Do not edit.`,
    minify: true,
  });
  const dir = join(outDir, definition.id);
  rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = {};
  const put = (path: string, bytes: Uint8Array | string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
    files[path] = sha256(bytes);
  };
  // The bundled definition (shared `$defs` copied in): the pack has no other file to resolve a `$ref` against.
  put('definition.json', `${JSON.stringify(definition, null, 2)}\n`);
  put('validator.js', validator);
  for (const path of dataFilesUsed(definition, dataDir)) put(`data/${path}`, readFileSync(join(dataDir, path)));
  const manifest: PackManifest = {
    format: 'dvc-kit-pack',
    formatVersion: 1,
    id: definition.id,
    version: definition.version,
    definition: 'definition.json',
    validator: 'validator.js',
    data: 'data/',
    schemaHash: schemaHash(definition.schema),
    definitionHash: schemaHash(definition),
    files,
  };
  writeFileSync(join(dir, 'pack.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest };
}

/**
 * `dvc-kit build <definition.json>... [--out dir]`: lints each definition (refusing it with the lint's messages),
 * then writes its procedure pack: pack.json, the bundled definition, a precompiled validator module and the reference
 * data it uses, for a portal to host and `<dvc-form procedure=".../pack.json">` to load. Nothing is written unless
 * every definition passes.
 */
export async function buildCommand(args: string[], out: Out, err: Out): Promise<number> {
  const outDir = option(args, '--out') ?? 'packs';
  if (args.length === 0) throw new UsageError('build needs at least one definition file');
  let worst: number = EXIT.valid;
  for (const file of args) {
    const lines: string[] = [];
    const code = lint([file], (line) => lines.push(line));
    if (code === EXIT.valid) continue;
    for (const line of lines) err(line);
    err(`dvc-kit: ${file} was not built: fix the problems above first`);
    worst = Math.max(worst, code);
  }
  if (worst !== EXIT.valid) return worst;
  for (const file of args) {
    const { dir, manifest } = await buildPack(file, outDir);
    const count = Object.keys(manifest.files).length;
    out(`Built ${manifest.id}@${manifest.version} into ${join(dir, 'pack.json')} (${count} files)`);
  }
  return EXIT.valid;
}

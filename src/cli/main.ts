import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDefinitionSync } from '../core/definition/bundle.js';
import { checkDefinition, DefinitionError, parseDefinitionText } from '../core/definition/check.js';
import type { Lang, ProcedureDefinition } from '../core/definition/types.js';
import { compileSchema } from '../core/validate/runtime.js';
import type { SchemaValidator } from '../core/validate/types.js';
import { validateAnswers } from '../core/validate/validate.js';
import { lint } from './lint.js';

/** Exit codes: 0 valid, 1 invalid, 2 unusable input (unreadable file, bad JSON, bad definition, bad usage). */
export const EXIT = { valid: 0, invalid: 1, unusable: 2 } as const;

const USAGE = `Usage:
  dvc-kit lint [--today YYYY-MM-DD] <definition.json | procedure folder | forms folder>...
    (checks the definition, that every text is in Vietnamese and English, every field is in a step, every
     reference list exists, and every examples/*.json is valid or fails exactly where its "expect" says)
  dvc-kit validate <definition.json> <data.json> [--lang vi|en] [--today YYYY-MM-DD]
    (data.json: the answers, or an example file with "description", "data" and "expect")
  dvc-kit pdf <definition.json> <data.json> -o out.pdf [--lang vi|en] [--name "Signer name"]
      [--p12 cert.p12 (--password PASS | --password-file FILE)] [--submission-id UUID]
    (makes the signed submission PDF of valid data; without --p12 it signs with a throwaway self-signed key
     made for this run, which proves only that the file was not changed, not who signed it)
  dvc-kit verify <file.pdf> [--definition definition.json] [--lang vi|en]
    (checks the signature, that it covers the whole file, and the embedded submission.json; with --definition
     also that the submission is for that procedure and its data are valid)
  dvc-kit build <definition.json>... [--out DIR]
    (lints each definition, then writes its procedure pack into DIR/<id>/ (default ./packs): pack.json, the
     bundled definition, a precompiled validator module and the reference data it uses, for a portal to host
     and <dvc-form procedure=".../<id>/pack.json"> to load without runtime Ajv)
  dvc-kit serve [--port N] [--data DIR] [--app DIR] [--forms DIR] [--token T] [--cors-origin O]...
      [--fail-rate R] [--drop-rate R] [--lose-response-rate R] [--delay-ms N]
    (the reference receiver of the submission API at /api/v1, with the built app at /; port 5173 or a free one,
     data in ./.dvc-data; --token requires "Authorization: Bearer T"; the rates (0 to 1) and the delay inject
     faults to test a sender; runs until Ctrl+C)`;

export class UsageError extends Error {}

/** Where the meta-schema lives: forms/ next to this package's dist-node/ (or src/cli/ in development). */
function metaSchemaPath(): string {
  return fileURLToPath(new URL('../forms/procedure.schema.json', import.meta.url));
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new DefinitionError(file, [
      { pointer: '', rule: 'read', message: (error as NodeJS.ErrnoException).code ?? String(error) },
    ]);
  }
}

let metaValidator: SchemaValidator | undefined;

/** A shared `$defs` file (`../common/person.json`) read from beside the definition's folder. */
function sharedFileReader(definitionFile: string): (relativePath: string) => unknown {
  return (relativePath) => {
    let text: string;
    try {
      text = readFileSync(join(dirname(definitionFile), relativePath), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(code === 'ENOENT' ? 'no such file' : (code ?? String(error)), { cause: error });
    }
    return JSON.parse(text);
  };
}

/**
 * Reads, parses, bundles (copies the shared `$defs` it refers to into it) and checks a definition, and compiles its
 * schema with runtime Ajv (fine in Node).
 */
export function loadDefinition(file: string): { definition: ProcedureDefinition; validator: SchemaValidator } {
  metaValidator ??= compileSchema(JSON.parse(readFileSync(metaSchemaPath(), 'utf8')));
  const json = bundleDefinitionSync(parseDefinitionText(readText(file), file), sharedFileReader(file), file);
  const definition = checkDefinition(json, file, metaValidator);
  try {
    return { definition, validator: compileSchema(definition.schema) };
  } catch (error) {
    throw new DefinitionError(file, [{ pointer: '/schema', rule: 'schema', message: (error as Error).message }]);
  }
}

export function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  args.splice(at, 2);
  return value;
}

/**
 * The answers in a data file. An example file of a procedure (`forms/<id>/examples/*.json`: `description`, `data`,
 * `expect`) is accepted too, so that authors can check their examples with the same command.
 */
export function answersOf(json: unknown): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return json;
  const keys = Object.keys(json);
  const example =
    keys.includes('data') &&
    keys.includes('expect') &&
    keys.every((key) => ['description', 'data', 'expect'].includes(key));
  return example ? (json as { data: unknown }).data : json;
}

function validate(args: string[], out: (line: string) => void): number {
  const lang = (option(args, '--lang') ?? 'vi') as Lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang must be vi or en');
  const today = option(args, '--today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be YYYY-MM-DD');
  if (args.length !== 2) throw new UsageError('validate needs a definition file and a data file');
  const [definitionFile, dataFile] = args;
  let loaded;
  try {
    loaded = loadDefinition(definitionFile);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    for (const p of error.problems) out(`${definitionFile}: ${p.pointer || '/'}: ${p.message} (rule: ${p.rule})`);
    return EXIT.unusable;
  }
  let data: unknown;
  try {
    data = JSON.parse(readText(dataFile));
  } catch (error) {
    out(`${dataFile}: ${error instanceof DefinitionError ? error.problems[0].message : (error as Error).message}`);
    return EXIT.unusable;
  }
  data = answersOf(data);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out(`${dataFile}: the data must be a JSON object`);
    return EXIT.unusable;
  }
  const result = validateAnswers(loaded.definition, loaded.validator, data, today);
  for (const problem of result.problems) {
    out(`${problem.path}: ${problem.message[lang]}${problem.severity === 'warning' ? ' (warning)' : ''}`);
  }
  return result.valid ? EXIT.valid : EXIT.invalid;
}

/**
 * Runs the CLI with arguments (without `node` and the script), writing lines to `out`; returns the exit code, as a
 * Promise for the commands that make or read PDFs (signing and hashing are asynchronous).
 */
export function run(
  argv: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): number | Promise<number> {
  const [command, ...args] = argv;
  const usageError = (error: unknown): number => {
    if (!(error instanceof UsageError)) throw error;
    err(`dvc-kit: ${error.message}\n${USAGE}`);
    return EXIT.unusable;
  };
  try {
    if (command === 'lint') return lint([...args], out);
    if (command === 'validate') return validate([...args], out);
    // The PDF commands and the receiver load pdf-lib, fontkit and pkijs: only when they run, so lint and validate
    // start fast.
    if (command === 'pdf') return import('./pdf.js').then(({ pdf }) => pdf([...args], out, err)).catch(usageError);
    if (command === 'verify') {
      return import('./verify.js').then(({ verify }) => verify([...args], out, err)).catch(usageError);
    }
    if (command === 'build') {
      return import('./build.js').then(({ buildCommand }) => buildCommand([...args], out, err)).catch(usageError);
    }
    if (command === 'serve') {
      return import('./serve.js').then(({ serve }) => serve([...args], out, err)).catch(usageError);
    }
    if (command === undefined || command === '--help' || command === '-h') {
      out(USAGE);
      return command === undefined ? EXIT.unusable : EXIT.valid;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    return usageError(error);
  }
}

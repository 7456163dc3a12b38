import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parsePath } from '../core/data/paths.js';
import { DefinitionError, type DefinitionProblem } from '../core/definition/check.js';
import { sourceProblems, textProblems, unreachableProblems } from '../core/definition/lint.js';
import type { ProcedureDefinition } from '../core/definition/types.js';
import type { SchemaValidator } from '../core/validate/types.js';
import { validateAnswers } from '../core/validate/validate.js';
import { answersOf, EXIT, loadDefinition, option, UsageError } from './main.js';

type Out = (line: string) => void;
/** A problem in one file: the definition, a reference-data list or an example. */
type FileProblem = DefinitionProblem & { file: string };

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * `dvc-kit lint [--today YYYY-MM-DD] <definition.json | procedure folder | forms folder>...`: everything
 * `checkDefinition` refuses, and what an author must also get right: every text in both languages, every field
 * reachable from a step, every reference-data list there, and every example valid or failing exactly where its
 * `expect` says (judged as `dvc-kit validate` judges data). Each problem names its file and JSON pointer.
 */
export function lint(args: string[], out: Out): number {
  const today = option(args, '--today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be YYYY-MM-DD');
  if (args.length === 0) throw new UsageError('lint needs at least one definition file or procedure folder');
  let worst: number = EXIT.valid;
  for (const file of args.flatMap(definitionFiles)) {
    const problems = lintDefinition(file, today);
    for (const p of problems) out(`${p.file}: ${p.pointer || '/'}: ${p.message} (rule: ${p.rule})`);
    if (problems.length === 0) out(`${file}: OK`);
    const unusable = problems.some((p) => p.file === file && (p.rule === 'read' || p.rule === 'json'));
    worst = Math.max(worst, unusable ? EXIT.unusable : problems.length > 0 ? EXIT.invalid : EXIT.valid);
  }
  return worst;
}

/** A file as given; a procedure folder → its definition.json; `forms/` → every procedure folder in it. */
function definitionFiles(arg: string): string[] {
  if (!existsSync(arg) || !statSync(arg).isDirectory()) return [arg];
  if (existsSync(join(arg, 'definition.json'))) return [join(arg, 'definition.json')];
  const found = readdirSync(arg, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(arg, entry.name, 'definition.json')))
    .map((entry) => entry.name)
    // By folder name: `birth-registration` before `birth-registration-abroad`, as a person reads the list.
    .sort()
    .map((name) => join(arg, name, 'definition.json'));
  if (found.length === 0) throw new UsageError(`${arg} holds no definition.json`);
  return found;
}

function lintDefinition(file: string, today: string | undefined): FileProblem[] {
  const inFile = (problems: DefinitionProblem[], where = file) => problems.map((p) => ({ ...p, file: where }));
  let texts: DefinitionProblem[] = [];
  try {
    texts = textProblems(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // Unreadable or not JSON: loadDefinition below says so, with the reason.
  }
  let loaded: { definition: ProcedureDefinition; validator: SchemaValidator };
  try {
    loaded = loadDefinition(file);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    // The meta-schema also refuses a blank or missing text, less plainly ("must match pattern", "must have required
    // property 'en'"): say it once, plainly.
    const sameText = (p: DefinitionProblem, t: DefinitionProblem) =>
      p.pointer === t.pointer ||
      (p.rule === 'required' && p.pointer === t.pointer.slice(0, t.pointer.lastIndexOf('/')));
    const plain = error.problems.filter((p) => !texts.some((t) => sameText(p, t)));
    return inFile([...plain, ...texts]);
  }
  const { definition, validator } = loaded;
  const problems = [...texts, ...unreachableProblems(definition), ...sourceProblems(definition)];
  const folder = basename(dirname(file));
  if (basename(file) === 'definition.json' && definition.id !== folder) {
    const message = `id "${definition.id}" differs from its folder "${folder}": the portal routes by folder`;
    problems.push({ pointer: '/id', rule: 'folder-id', message });
  }
  return [
    ...inFile(problems),
    ...referenceDataProblems(definition, file),
    ...exampleProblems(file, definition, validator, today),
  ];
}

/** Reads a reference list and checks its shape as the form's loader does (`items` with a code and a name). */
function listProblem(path: string): string | undefined {
  let json: { items?: unknown };
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as { items?: unknown };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (error as Error).message;
  }
  if (!Array.isArray(json.items)) return 'has no "items" list';
  const bad = json.items.findIndex((item: Record<string, unknown> | null) => {
    const name = item?.fullName ?? item?.nameVi ?? item?.name;
    return typeof item?.code !== 'string' || typeof name !== 'string';
  });
  return bad >= 0 ? `item ${bad} needs a "code" and a name` : undefined;
}

/**
 * Every `source` resolves to files the form can load: `<definition folder>/../data/<list>.json` (the form reads
 * reference data from `../data/` beside the definition), and for communes one file per province of the provinces list.
 */
function referenceDataProblems(definition: ProcedureDefinition, file: string): FileProblem[] {
  const dataDir = join(dirname(file), '..', 'data');
  const checked = new Map<string, string | undefined>();
  const check = (path: string) =>
    checked.has(path) ? checked.get(path) : checked.set(path, listProblem(path)).get(path);
  const problems: FileProblem[] = [];
  for (const [key, ui] of Object.entries(definition.ui)) {
    if (!ui.source) continue;
    const pointer = `/ui/${escape(key)}/source/data`;
    const say = (path: string, why: string) =>
      problems.push({ file, pointer, rule: 'source-file', message: `${relative(dirname(file), path)} ${why}` });
    if (ui.source.data !== 'communes') {
      const path = join(dataDir, `${ui.source.data}.json`);
      const why = check(path);
      if (why) say(path, why);
      continue;
    }
    const provinces = join(dataDir, 'provinces.json');
    if (check(provinces)) {
      say(provinces, `${check(provinces)}: the communes are listed per province`);
      continue;
    }
    const codes = (JSON.parse(readFileSync(provinces, 'utf8')) as { items: Array<{ code: string }> }).items;
    for (const { code } of codes) {
      const path = join(dataDir, 'communes', `${code}.json`);
      const why = check(path);
      if (why) say(path, why);
    }
  }
  return problems;
}

interface Expected {
  path: string;
  keyword: string;
}

/**
 * Every `examples/*.json` beside the definition is valid (`valid-*.json`: no error) or fails exactly where its
 * `expect.errors` says (`invalid-*.json`: those errors and no other); `expect.warnings`, when given, are held to
 * the same. A mismatch is reported at the expectation that is not met or at the data that fails unexpectedly.
 */
function exampleProblems(
  file: string,
  definition: ProcedureDefinition,
  validator: SchemaValidator,
  today: string | undefined,
): FileProblem[] {
  const dir = join(dirname(file), 'examples');
  if (!existsSync(dir)) return [];
  const problems: FileProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const where = join(dir, name);
    const say = (pointer: string, rule: string, message: string) =>
      problems.push({ file: where, pointer, rule, message });
    let example: { data?: unknown; expect?: { valid?: unknown; errors?: Expected[]; warnings?: Expected[] } };
    try {
      example = JSON.parse(readFileSync(where, 'utf8')) as typeof example;
    } catch (error) {
      say('', 'json', (error as Error).message);
      continue;
    }
    const data = answersOf(example);
    if (data === example || typeof example.expect?.valid !== 'boolean' || data === null || typeof data !== 'object') {
      const shape = 'an example is { "description", "data": {…}, "expect": { "valid": true|false, … } }';
      say('', 'example-shape', shape);
      continue;
    }
    const valid = example.expect.valid;
    if (valid !== name.startsWith('valid-') || !/^(in)?valid-/.test(name)) {
      say('/expect/valid', 'example-name', `a file named valid-*.json expects valid data, invalid-*.json invalid data`);
    }
    const expectedErrors = valid ? [] : (example.expect.errors ?? []);
    if (!valid && expectedErrors.length === 0) {
      say('/expect', 'example-expect', 'an invalid example says where it fails: "errors": [{ "path", "keyword" }]');
    }
    const result = validateAnswers(definition, validator, data, today);
    for (const severity of ['error', 'warning'] as const) {
      const expected = severity === 'error' ? expectedErrors : example.expect.warnings;
      if (!expected) continue;
      const got = result.problems.filter((p) => p.severity === severity);
      expected.forEach((e, i) => {
        if (got.some((p) => p.path === e.path && p.keyword === e.keyword)) return;
        const found = got.filter((p) => p.path === e.path).map((p) => p.keyword);
        const instead = found.length > 0 ? `, but got "${found.join('", "')}"` : ', but there is none';
        say(`/expect/${severity}s/${i}`, 'example', `expects a "${e.keyword}" ${severity} at "${e.path}"${instead}`);
      });
      for (const p of got.filter((p) => !expected.some((e) => e.path === p.path && e.keyword === p.keyword))) {
        const pointer = `/data${parsePath(p.path)
          .map((s) => `/${escape(String(s))}`)
          .join('')}`;
        say(pointer, 'example', `unexpected "${p.keyword}" ${severity} at "${p.path}": ${p.message.en}`);
      }
    }
  }
  return problems;
}

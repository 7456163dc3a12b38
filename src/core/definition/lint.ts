import { patternOf } from '../data/paths.js';
import type { DefinitionProblem } from './check.js';
import { schemaInAnyBranch } from './check.js';
import type { JsonSchema, ProcedureDefinition } from './types.js';

/**
 * The author-facing rules `dvc-kit lint` adds to `checkDefinition`: things a form can run with but a person cannot
 * use well (a blank English label, a field no step shows, a `source` that cannot load). Pure functions of the
 * definition; the checks that read files (reference data, examples) are in src/cli/lint.ts.
 */

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const LANGUAGE_NAMES = { vi: 'Vietnamese', en: 'English' } as const;

/**
 * Every localized text outside the data model (titles, labels, hints, options, messages, documents, "same as"
 * labels…) has non-blank Vietnamese AND English, in Unicode NFC. Any object with a `vi` or `en` string is taken for
 * one, so text under keys added to the format later is checked too. Runs on the file as written, so pointers are
 * the author's.
 */
export function textProblems(json: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    const record = node as Record<string, unknown>;
    // An `options` map may be keyed by the values "vi" and "en" (a language question): its entries are objects.
    const isText = ('vi' in record || 'en' in record) && typeof record.vi !== 'object' && typeof record.en !== 'object';
    if (!isText) {
      for (const [key, value] of Object.entries(record)) {
        if (!(pointer === '' && key === 'schema')) walk(value, `${pointer}/${escape(key)}`);
      }
      return;
    }
    for (const lang of ['vi', 'en'] as const) {
      const value = record[lang];
      const name = LANGUAGE_NAMES[lang];
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push({
          pointer: `${pointer}/${lang}`,
          rule: 'localized-text',
          message: `${name} text is missing or blank`,
        });
      } else if (value !== value.normalize('NFC')) {
        const message = `${name} text is not in Unicode NFC (decomposed diacritics): retype it or normalize the file`;
        problems.push({ pointer: `${pointer}/${lang}`, rule: 'nfc', message });
      }
    }
  };
  walk(json, '');
  return problems;
}

/** A property of the data model as a form sees it: its path pattern, schema and place in the definition. */
interface Property {
  path: string;
  schema: JsonSchema;
  pointer: string;
}

/** The properties of an object schema, in every conditional branch, following local `$ref`s. */
function propertiesOf(schema: JsonSchema, pointer: string, root: JsonSchema, into: Map<string, Property>, path = '') {
  let here = schema;
  let at = pointer;
  for (let hops = 0; typeof here.$ref === 'string' && here.$ref.startsWith('#/') && hops < 32; hops++) {
    at = `/schema${here.$ref.slice(1)}`;
    const target = here.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        root,
      );
    if (!target || typeof target !== 'object') return;
    here = target as JsonSchema;
  }
  for (const [key, sub] of Object.entries(here.properties ?? {})) {
    const child = path === '' ? key : `${path}.${key}`;
    if (!into.has(child)) into.set(child, { path: child, schema: sub, pointer: `${at}/properties/${escape(key)}` });
  }
  (here.allOf ?? []).forEach((part, i) => propertiesOf(part, `${at}/allOf/${i}`, root, into, path));
  if (here.then) propertiesOf(here.then, `${at}/then`, root, into, path);
  if (here.else) propertiesOf(here.else, `${at}/else`, root, into, path);
}

/**
 * Every field of the data model can be filled: it is listed in a step or in `declaration`, itself or through the
 * group (object or list) that holds it. A field nobody is shown is either dead weight or, if required, a form that
 * can never be sent. Reports the outermost field that is missing, at its place in the schema.
 */
export function unreachableProblems(definition: ProcedureDefinition): DefinitionProblem[] {
  const listed = [...definition.steps.flatMap((step) => step.fields), ...definition.declaration];
  const covered = (path: string) =>
    listed.some((l) => path === l || path.startsWith(`${l}.`) || path.startsWith(`${l}[]`));
  const partly = (path: string) => listed.some((l) => l.startsWith(`${path}.`) || l.startsWith(`${path}[]`));
  const problems: DefinitionProblem[] = [];
  const visit = (schema: JsonSchema, pointer: string, path: string) => {
    const properties = new Map<string, Property>();
    propertiesOf(schema, pointer, definition.schema, properties, path);
    for (const property of properties.values()) {
      if (covered(property.path)) continue;
      if (!partly(property.path)) {
        const message = `field "${property.path}" is in no step and not in "declaration": nobody can fill it`;
        problems.push({ pointer: property.pointer, rule: 'field-reachable', message });
        continue;
      }
      // A list's item fields are read through the list (`visits[].from`); an object's directly.
      const items = schemaInAnyBranch(definition, `${property.path}[]`);
      if (items) visit(items, `${property.pointer}/items`, `${property.path}[]`);
      else visit(property.schema, property.pointer, property.path);
    }
  };
  visit(definition.schema, '/schema', '');
  return problems;
}

/**
 * Every reference-data `source` fits its field: on a string field, `dependsOn` only for communes and naming a
 * province field beside it (in the same object). Whether the list's file exists is checked where files are read.
 */
export function sourceProblems(definition: ProcedureDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const [key, ui] of Object.entries(definition.ui)) {
    if (!ui.source) continue;
    const pointer = `/ui/${escape(key)}/source`;
    const problem = (at: string, message: string) => problems.push({ pointer: pointer + at, rule: 'source', message });
    const schema = schemaInAnyBranch(definition, key);
    if (schema && schema.type !== 'string') problem('', `"${key}" draws from reference data, so it must be a string`);
    const { data, dependsOn } = ui.source;
    if (data === 'communes' && !dependsOn)
      problem('', `a commune list needs "dependsOn": the province field beside it`);
    if (data !== 'communes' && dependsOn) problem('/dependsOn', `only a commune list depends on another field`);
    if (data !== 'communes' || !dependsOn) continue;
    const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.') + 1) : '';
    const province = patternOf(parent + dependsOn);
    if (definition.ui[province]?.source?.data !== 'provinces') {
      problem(
        '/dependsOn',
        `"${province}" (from "${dependsOn}" beside "${key}") is not a field with the province list`,
      );
    }
  }
  return problems;
}

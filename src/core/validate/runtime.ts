import Ajv2020Module from 'ajv/dist/2020.js';
import type { SchemaObject } from 'ajv';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import phoneMetadata from 'libphonenumber-js/metadata.max.json';
import { formats } from './formats.js';
import * as rules from './rules.js';
import type { CheckRules, SchemaValidator } from './types.js';

// ajv is CommonJS: its default export arrives as `.default` under Node's ESM loader and directly under bundlers.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
  Ajv2020Module) as typeof Ajv2020Module;

/**
 * Runtime Ajv, for Node (CLI, receiver, build scripts). Browsers never load this module: they get validators
 * compiled at build time, because compiling needs `new Function`, which a strict Content-Security-Policy forbids.
 */
export function createAjv(options: { standalone?: boolean } = {}): InstanceType<typeof Ajv2020Module> {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
    ...(options.standalone
      ? { code: { source: true, esm: true, formats: _`require("dvc-kit:formats").formats` } }
      : {}),
  });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as never);
  return ajv;
}

/** Every check rule, with every country's phone numbering plan: what a validator compiled in Node carries. */
export const allRules: CheckRules = { ...rules, phone: rules.phone(phoneMetadata) };

/** Compiles a schema for immediate use in Node, carrying every check rule (see SchemaValidator.rules). */
export function compileSchema(schema: object): SchemaValidator {
  const validate = createAjv().compile(schema as SchemaObject) as unknown as SchemaValidator;
  return Object.assign(validate, { rules: allRules });
}

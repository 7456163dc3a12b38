import standaloneCode from 'ajv/dist/standalone/index.js';
import type { SchemaObject } from 'ajv';
import phoneMetadata from 'libphonenumber-js/metadata.max.json';
import type { ProcedureDefinition } from '../definition/types.js';
import { phoneMetadataFor, type PhoneRegion } from '../formats/phone.js';
import { createAjv } from './runtime.js';

// CommonJS default export, as in runtime.ts.
const toStandalone = ((standaloneCode as unknown as { default?: typeof standaloneCode }).default ??
  standaloneCode) as typeof standaloneCode;

/**
 * Build-time only: the source of an ES module whose default export validates `schema` without compiling anything at
 * run time. It still `require`s Ajv's small runtime helpers and our formats (`dvc-kit:formats`); the build script
 * bundles those in with esbuild, so the result is self-contained ESM.
 */
export function standaloneSource(schema: object): string {
  const ajv = createAjv({ standalone: true });
  const validate = ajv.compile(schema as SchemaObject);
  return toStandalone(ajv, validate);
}

/**
 * Build-time only: source to append to a procedure's standalone validator so that it carries the rules of the
 * definition's checks (`validate.rules`). It imports only the rules used from `dvc-kit:rules` (src/core/validate/
 * rules.ts, resolved by the build script) and inlines the phone numbering plans of just the regions the checks name:
 * Viet Nam's is 0.4 KB gzip, every country's 39 KB.
 */
export function checkRulesSource(definition: ProcedureDefinition): string {
  const checks = definition.checks ?? [];
  const used = [...new Set(checks.map((check) => check.rule))].sort();
  if (used.length === 0) return '';
  const regions = checks.flatMap((check) => (check.rule === 'phone' ? [check.region ?? 'VN'] : [])) as PhoneRegion[];
  const rule = (name: string) =>
    name === 'phone'
      ? `phone: rule_phone(${JSON.stringify(phoneMetadataFor(regions, phoneMetadata))})`
      : `${name}: rule_${name}`;
  return (
    `\nimport { ${used.map((name) => `${name} as rule_${name}`).join(', ')} } from "dvc-kit:rules";\n` +
    `Object.assign(validate, { rules: { ${used.map(rule).join(', ')} } });\n`
  );
}

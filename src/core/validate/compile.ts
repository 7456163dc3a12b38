import standaloneCode from 'ajv/dist/standalone/index.js';
import type { SchemaObject } from 'ajv';
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

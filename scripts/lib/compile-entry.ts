// What the build scripts need from src/core and src/cli, gathered for scripts/lib/load-ts.mjs.
export { bundleDefinitionSync } from '../../src/core/definition/bundle.js';
export { checkDefinition, parseDefinitionText } from '../../src/core/definition/check.js';
export { schemaHash } from '../../src/core/definition/hash.js';
export { compileSchema } from '../../src/core/validate/runtime.js';
export { checkRulesSource, standaloneSource } from '../../src/core/validate/compile.js';
export { bundleValidator, validatorModuleSource } from '../../src/cli/compile-validator.js';

// The formats and the build-time rule source the Node suites exercise, gathered for one esbuild bundle.
export { default as phoneMetadata } from 'libphonenumber-js/metadata.max.json';
export * from '../../src/core/formats/passport.js';
export * from '../../src/core/formats/personal-id.js';
export * from '../../src/core/formats/phone.js';
export * from '../../src/core/formats/tax-code.js';
export { checkRulesSource, standaloneSource } from '../../src/core/validate/compile.js';

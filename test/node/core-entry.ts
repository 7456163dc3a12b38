// The core modules the Node suites exercise, gathered for one esbuild bundle.
export * from '../../src/core/data/paths.js';
export * from '../../src/core/conditions/evaluate.js';
export * from '../../src/core/definition/bundle.js';
export * from '../../src/core/definition/check.js';
export * from '../../src/core/definition/hash.js';
export * from '../../src/core/model/build.js';
export * from '../../src/core/model/shape.js';
export * from '../../src/core/model/steps.js';
export * from '../../src/core/formats/dates.js';
export * from '../../src/core/formats/personal-id.js';
export * from '../../src/core/format/display.js';
export * from '../../src/core/text/normalize.js';
export * from '../../src/core/validate/runtime.js';
export * from '../../src/core/validate/validate.js';
export * from '../../src/core/model/migrate.js';

// What the PDF benchmark runs in Node, gathered for one esbuild bundle (scripts/lib/load-ts.mjs; libraries external):
// the real PDF entry, the Node fonts and the device signer, and the core that shapes and labels the answers.
export { createSubmissionPdf } from '../../src/pdf/index.js';
export { loadNodeFonts } from '../../src/pdf/fonts-node.js';
export { createDeviceSigner, type DeviceKeyRecord } from '../../src/pdf/signers/device.js';
export { checkDefinition } from '../../src/core/definition/check.js';
export { compileSchema } from '../../src/core/validate/runtime.js';
export { validateAnswers } from '../../src/core/validate/validate.js';
export { buildFields } from '../../src/core/model/build.js';
export { leafFields, visibleSteps } from '../../src/core/model/steps.js';
export { getAt } from '../../src/core/data/paths.js';

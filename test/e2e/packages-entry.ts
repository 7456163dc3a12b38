// What the end-to-end suites need to make signed submission packages in Node, gathered for one esbuild bundle.
export { compileSchema } from '../../src/core/validate/runtime.js';
export { validateAnswers } from '../../src/core/validate/validate.js';
export { loadNodeFonts } from '../../src/pdf/fonts-node.js';
export { createSubmissionPdf, sha256Hex, submissionBytes } from '../../src/pdf/index.js';
export { createDeviceSigner } from '../../src/pdf/signers/device.js';

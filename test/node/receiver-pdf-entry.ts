// What the receiver suite needs to make real signed submission PDFs in Node, gathered for one esbuild bundle.
export { createSubmissionPdf, submissionBytes } from '../../src/pdf/index.js';
export { loadNodeFonts } from '../../src/pdf/fonts-node.js';
export { createP12Signer } from '../../src/pdf/signers/p12.js';
export { createDeviceSigner } from '../../src/pdf/signers/device.js';

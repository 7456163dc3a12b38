// The signing modules the Node suite exercises, gathered for one esbuild bundle.
export * from '../../src/pdf/sign/placeholder.js';
export * from '../../src/pdf/sign/pades.js';
export * from '../../src/pdf/sign/cms.js';
export * from '../../src/pdf/signers/device.js';
export * from '../../src/pdf/signers/p12.js';
export * from '../../src/pdf/verify.js';

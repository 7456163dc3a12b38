// The PDF modules the Node suites exercise, gathered for one esbuild bundle (the libraries stay external).
export * from '../../src/pdf/layout/document.js';
export * from '../../src/pdf/layout/render.js';
export * from '../../src/pdf/layout/draw.js';
export * from '../../src/pdf/layout/flow.js';
export * from '../../src/pdf/submission.js';
export * from '../../src/pdf/fonts-node.js';

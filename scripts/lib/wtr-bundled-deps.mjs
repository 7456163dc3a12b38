// The PDF libraries (fontkit's helpers, qrcode) are CommonJS, which an unbundled browser cannot import. Vite bundles
// them for the app; for the unit tests this plugin serves each one as a single ES module built by esbuild, once per
// test run, so that src/pdf is tested in the same Chromium as everything else.
import { build } from 'esbuild';

/** Bare specifier → the module text that re-exports it (CommonJS packages only have a default export). */
const ENTRIES = {
  '@cantoo/pdf-lib': "export * from '@cantoo/pdf-lib';",
  fontkit: "export * from 'fontkit';",
  qrcode: "export { default } from 'qrcode';",
};

const PREFIX = '/__dvc/deps/';

export function bundledDepsPlugin() {
  const cache = new Map();
  const bundle = (name) => {
    if (!cache.has(name)) {
      cache.set(
        name,
        build({
          stdin: { contents: ENTRIES[name], resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          write: false,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text),
      );
    }
    return cache.get(name);
  };
  return {
    name: 'dvc-bundled-deps',
    resolveImport({ source }) {
      return source in ENTRIES ? `${PREFIX}${encodeURIComponent(source)}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = decodeURIComponent(context.path.slice(PREFIX.length, -'.js'.length));
      if (!(name in ENTRIES)) return undefined;
      return { body: await bundle(name), type: 'js' };
    },
  };
}

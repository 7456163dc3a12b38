// Builds the React example. `dvc-kit` is resolved like any npm dependency: this folder sits inside the dvc-kit
// package, so `import 'dvc-kit'` is a package self-reference that goes through the package's own `exports`
// (dist-lib/npm/index.js, made by `npm run build:lib`), exactly what `npm install dvc-kit` gives a portal.
import { defineConfig } from 'vite';
import { serveForms } from '../serve-forms.mjs';

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs: the built app works from any folder of the portal.
  base: './',
  // React 19's automatic JSX runtime (Vite compiles TSX itself; no React plugin is needed without Fast Refresh).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [serveForms()],
  build: { target: 'es2022', outDir: '../../../dist-examples/react', emptyOutDir: true },
});

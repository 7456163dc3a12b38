// Builds the Vue example. `dvc-kit` is resolved like any npm dependency: this folder sits inside the dvc-kit
// package, so `import 'dvc-kit'` is a package self-reference that goes through the package's own `exports`
// (dist-lib/npm/index.js, made by `npm run build:lib`), exactly what `npm install dvc-kit` gives a portal.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { serveForms } from '../serve-forms.mjs';

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs: the built app works from any folder of the portal.
  base: './',
  plugins: [
    vue({
      template: {
        // <dvc-…> are custom elements, not Vue components: Vue renders them as they are and does not warn.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('dvc-') },
      },
    }),
    serveForms(),
  ],
  build: { target: 'es2022', outDir: '../../../dist-examples/vue', emptyOutDir: true },
});

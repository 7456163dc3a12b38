// Lets tsc type-check the TypeScript modules that import a single-file component (tsc cannot read .vue files).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}

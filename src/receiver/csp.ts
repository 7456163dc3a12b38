// The Content-Security-Policy the app is served with: by `vite preview`, by scripts/serve-demo.mjs, by `dvc-kit serve`
// and therefore in the end-to-end tests. It is as strict as a government portal may set it: no inline or evaluated
// script (the validators are precompiled for this reason) and no inline style either, since Lit's constructable
// stylesheets do not need it. Keeping one copy means the tests prove what people actually get.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The signed PDF is previewed in a frame from an object URL the page made itself.
  'frame-src blob:',
].join('; ');

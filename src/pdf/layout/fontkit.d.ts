// fontkit 2 ships no type declarations. The PDF library only calls `create`, and states the shape it expects.
declare module 'fontkit' {
  type Fontkit = Parameters<import('@cantoo/pdf-lib').PDFDocument['registerFontkit']>[0];
  export const create: Fontkit['create'];
}

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFonts } from './fonts.js';

/**
 * The PDF fonts for Node (the CLI, the receiver and the Node tests), read from the installed font package. Resolved
 * through Node's module resolution so that it works from the sources, from a bundle and from an installed dvc-kit.
 */
export async function loadNodeFonts(): Promise<PdfFonts> {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('@expo-google-fonts/be-vietnam-pro/package.json').replace(/package\.json$/, '');
  const [regular, bold] = await Promise.all([
    readFile(dir + '400Regular/BeVietnamPro_400Regular.ttf'),
    readFile(dir + '700Bold/BeVietnamPro_700Bold.ttf'),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}

import type { PdfFonts } from './fonts.js';

// `new URL(…, import.meta.url)` is what Vite recognises as an asset reference: a production build copies each TTF
// into dist/assets under a hashed name (and the service worker precaches it), so signing works offline.
const REGULAR = new URL(
  '../../node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  import.meta.url,
);
const BOLD = new URL(
  '../../node_modules/@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
  import.meta.url,
);

async function fetchBytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font ${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The PDF fonts as the browser gets them: from the app's own assets (or the service worker's cache when offline). */
export async function loadBrowserFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([fetchBytes(REGULAR), fetchBytes(BOLD)]);
  return { regular, bold };
}

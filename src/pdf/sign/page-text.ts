import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFStream,
  decodePDFRawStream,
  type PDFContext,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { latin1 } from './bytes.js';

/**
 * The text a page shows, roughly: every string its content streams draw, decoded through each font's ToUnicode map
 * (how pdf-lib writes embedded fonts: two-byte glyph codes), or as Latin-1 for simple fonts. Word spacing and
 * layout are lost; it is enough to find a printed code such as a SHA-256 hex, not a general text extractor.
 */
export function pageText(page: PDFPage): string {
  const context = page.doc.context;
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const source = streams.map((entry) => streamText(context, entry)).join('\n');

  const maps = new Map<string, Map<number, string> | undefined>();
  const mapOf = (name: string) => {
    if (!maps.has(name)) {
      const font = fonts?.lookupMaybe(PDFName.of(name), PDFDict);
      const toUnicode = font?.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
      maps.set(name, toUnicode ? parseToUnicode(streamText(context, toUnicode)) : undefined);
    }
    return maps.get(name);
  };

  let map: Map<number, string> | undefined;
  let text = '';
  const tokens = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)/g;
  for (const match of source.matchAll(tokens)) {
    if (match[1] !== undefined) map = mapOf(match[1]);
    else if (match[2] !== undefined) text += decode(hexBytes(match[2]), map);
    else if (match[3] !== undefined) text += decode(literalBytes(match[3]), map);
  }
  return text;
}

function streamText(context: PDFContext, entry: unknown): string {
  const stream = context.lookup(entry as never);
  if (stream instanceof PDFRawStream) return latin1(decodePDFRawStream(stream).decode());
  if (stream instanceof PDFStream) return latin1(stream.getContents());
  return '';
}

function decode(bytes: number[], map: Map<number, string> | undefined): string {
  if (!map) return String.fromCharCode(...bytes);
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += map.get((bytes[i]! << 8) | bytes[i + 1]!) ?? '';
  return out;
}

function hexBytes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, '');
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 2) out.push(parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

function literalBytes(literal: string): number[] {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const text = literal.replace(/\\([0-7]{1,3}|.)/g, (_, esc: string) =>
    /^[0-7]/.test(esc) ? String.fromCharCode(parseInt(esc, 8)) : (escapes[esc] ?? esc),
  );
  return Array.from(text, (char) => char.charCodeAt(0));
}

/** bfchar and bfrange entries of a ToUnicode CMap (UTF-16BE targets). */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    const units = hex.match(/.{1,4}/g) ?? [];
    return String.fromCharCode(...units.map((unit) => parseInt(unit, 16)));
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(src!, 16), utf16(dst!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const entries = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g;
    for (const [, lo, hi, dst, list] of block[1]!.matchAll(entries)) {
      const from = parseInt(lo!, 16);
      const to = parseInt(hi!, 16);
      const targets = list?.match(/[0-9A-Fa-f]+/g);
      for (let code = from; code <= to; code++) {
        if (targets) map.set(code, utf16(targets[code - from] ?? ''));
        else {
          const base = utf16(dst!);
          map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - from));
        }
      }
    }
  }
  return map;
}

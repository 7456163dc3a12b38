import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';

/**
 * Turning a chosen file into the file the kit stores: type checks, photo reduction, hashing, and the words that
 * describe accepted types. Kept apart from the element so that each step can be tested on its own.
 */

/** Photo types the browser can decode and the kit re-encodes as JPEG (HEIC only where the browser decodes it). */
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];

/** Some pickers (older Android, files without a known extension) give no MIME type: the extension is all we have. */
const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
};

/** Short names people know the types by. */
const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
};

/** The MIME type of a chosen file, from the browser or else from its extension; '' when unknown. */
export function fileType(file: File): string {
  if (file.type) return file.type.toLowerCase();
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? '';
}

/**
 * The type a file of `type` is stored as: photos become JPEG when the definition accepts JPEG (or anything), so a
 * WEBP or HEIC photo is welcome wherever JPEG is; other files keep their type. Undefined means "refuse".
 */
export function storedType(type: string, accept: readonly string[]): string | undefined {
  const any = accept.length === 0;
  if (PHOTO_TYPES.includes(type) && (any || accept.includes('image/jpeg'))) return 'image/jpeg';
  if (any) return type || 'application/octet-stream';
  if (type && accept.includes(type)) return type;
  return undefined;
}

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? (type.split('/').pop() ?? type).toUpperCase();
}

/** Accepted types in words, for messages: "ảnh JPG, PNG hoặc tệp PDF", "JPG, PNG image or PDF file". */
export function describeAccepted(accept: readonly string[], lang: Lang): string {
  const list = new Intl.ListFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { type: 'disjunction' });
  const images = accept.filter((type) => type.startsWith('image/')).map(typeName);
  const documents = accept.filter((type) => !type.startsWith('image/')).map(typeName);
  const groups: string[] = [];
  // With a single group the names themselves are the alternatives ("JPG hoặc PNG"); with two, the groups are.
  const join = (names: string[]) => (images.length && documents.length ? names.join(', ') : list.format(names));
  if (images.length) groups.push(t(lang, 'fileKindImage', { types: join(images) }));
  if (documents.length) groups.push(t(lang, 'fileKindDocument', { types: join(documents) }));
  return list.format(groups);
}

/** Lower-case hexadecimal of bytes. */
export function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of a blob's bytes, lower-case hex (what `AttachmentValue.sha256` holds and a receiver recomputes). */
export async function sha256Hex(blob: Blob): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
}

/** Width and height after scaling so that the longer edge is at most `maxEdge`; never enlarged. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface ReduceOptions {
  maxEdge: number;
  quality: number;
  /** The encoded type (`image/jpeg` unless the definition accepts only another photo type). */
  type: string;
}

/**
 * Decodes a photo, turned upright by its EXIF orientation, shrinks it so that its longer edge is at most `maxEdge`
 * and encodes it anew. Re-encoding also drops the EXIF block, and with it the place where the photo was taken.
 * Rejects when the browser cannot decode the file.
 */
export async function reducePhoto(blob: Blob, options: ReduceOptions): Promise<Blob> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, options.maxEdge);
    const canvas = makeCanvas(width, height);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!context) throw new Error('No 2D canvas');
    // JPEG has no transparency: without a white ground, the transparent parts of a PNG scan would turn black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return await encode(canvas, options.type, options.quality);
  } finally {
    bitmap.close();
  }
}

function makeCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function encode(canvas: OffscreenCanvas | HTMLCanvasElement, type: string, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Encoding failed'))), type, quality),
  );
}

/** Longest stored name, in characters: definitions cap `name` (255 in birth registration) and PDFs print it. */
const MAX_NAME = 200;

/**
 * The name of a stored file: a reduced photo gets the extension of its new type (`IMG_0042.HEIC` → `IMG_0042.jpg`),
 * and an overlong name is shortened before its extension.
 */
export function storedName(name: string, type: string, reduced: boolean): string {
  const dot = name.lastIndexOf('.');
  let base = dot > 0 ? name.slice(0, dot) : name;
  let extension = dot > 0 ? name.slice(dot + 1) : '';
  if (reduced) extension = type === 'image/jpeg' ? 'jpg' : (type.split('/').pop() ?? '');
  base = Array.from(base || 'file')
    .slice(0, MAX_NAME)
    .join('');
  return extension ? `${base}.${Array.from(extension).slice(0, 10).join('')}` : base;
}

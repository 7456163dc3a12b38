/**
 * Turning a chosen file into the file the kit stores: type checks, photo reduction, hashing. Kept apart from the
 * element so that each step can be tested on its own, and loaded only when a person chooses a file.
 */

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

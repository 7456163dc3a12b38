import * as pkijs from 'pkijs';

/**
 * Small byte helpers shared by the signing and verifying code. Everything here runs on WebCrypto
 * (`globalThis.crypto`), so the same code signs in Chromium and in Node 20.
 */

let engineSet = false;

/**
 * Points pkijs at the platform's WebCrypto. pkijs picks an engine on import too, but in Node it keys that choice by
 * process id on a global; setting it here, before every use, makes the choice explicit and the same everywhere.
 */
export function usePlatformCrypto(): void {
  if (engineSet) return;
  pkijs.setEngine('dvc-kit', new pkijs.CryptoEngine({ name: 'dvc-kit', crypto: globalThis.crypto }));
  engineSet = true;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export function fromHex(hex: string): Uint8Array {
  const clean = hex.length % 2 ? hex + '0' : hex;
  const bytes = new Uint8Array(clean.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** One char per byte, so that string offsets are byte offsets (PDF syntax is ASCII; binary streams pass through). */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return text;
}

export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

/**
 * A copy with its own ArrayBuffer of exactly its length, as pkijs and asn1js expect. `new Uint8Array(bytes)` copies
 * even for a Node Buffer, whose `slice()` is a view into a shared pool.
 */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

import type { Signer } from '../types.js';
import { ascii, concat, latin1, toHex } from './bytes.js';
import { BYTE_RANGE_PLACEHOLDER } from './placeholder.js';

/**
 * Fills the last signature placeholder of a saved PDF (see placeholder.ts): writes the real ByteRange in place, has
 * the signer make a detached CMS over the two byte ranges (everything but the `/Contents` hex string), and writes the
 * CMS into `/Contents`. Only bytes inside the placeholder change, so the file keeps its length and offsets; nothing is
 * re-saved (a re-save would change the signed bytes).
 */
export async function signPreparedPdf(bytes: Uint8Array, signer: Signer): Promise<Uint8Array> {
  const text = latin1(bytes);
  const rangeAt = text.lastIndexOf(BYTE_RANGE_PLACEHOLDER);
  if (rangeAt < 0) {
    throw new Error('No signature placeholder found: add one with addSignaturePlaceholder before saving.');
  }
  const contentsAt = text.indexOf('/Contents <', rangeAt);
  const start = contentsAt + '/Contents '.length;
  const end = text.indexOf('>', start) + 1;
  if (contentsAt < 0 || end <= start) throw new Error('The signature placeholder has no /Contents hex string.');

  // A copy (a Node Buffer's slice() would be a view, and the caller's bytes would change).
  const out = new Uint8Array(bytes);
  const byteRange = [0, start, end, out.length - end];
  const rangeText = `/ByteRange [${byteRange.join(' ')}]`;
  if (rangeText.length > BYTE_RANGE_PLACEHOLDER.length) throw new Error('The PDF is too large for the ByteRange.');
  out.set(ascii(rangeText.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ')), rangeAt);

  const cms = await signer.sign(concat(out.subarray(0, start), out.subarray(end)));
  const room = (end - start - 2) / 2;
  if (cms.length > room) {
    throw new Error(
      `The signature (${cms.length} bytes) is larger than the placeholder (${room} bytes): ` +
        'reserve more with the contentsBytes option.',
    );
  }
  out.set(ascii(toHex(cms).toUpperCase()), start + 1);
  return out;
}

import type { SubmissionInput, SubmissionJson } from './types.js';

/** The answers as they travel inside the PDF (`submission.json`), with the fields in a fixed order. */
export function buildSubmissionJson(input: SubmissionInput): SubmissionJson {
  return {
    format: 'dvc-kit-submission/1',
    submissionId: input.submissionId,
    procedure: { id: input.definition.id, version: input.definition.version },
    createdAt: input.createdAt.toISOString(),
    lang: input.lang,
    data: input.data,
  };
}

/**
 * The exact bytes of `submission.json`: JSON with two-space indentation, UTF-8. The QR code carries their SHA-256,
 * so they must come out the same wherever they are made; the shaped data is NFC already, and property order is the
 * order the object was built in.
 */
export function submissionBytes(json: SubmissionJson): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(json, null, 2));
}

/** SHA-256 as lower-case hex, with WebCrypto (the same in browsers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

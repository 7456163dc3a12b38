import { executeServerCommand } from '@web/test-runner-commands';
import type { ProcedureDefinition } from '../../src/core/definition/types.js';
import { loadBrowserFonts } from '../../src/pdf/fonts-browser.js';
import { createSubmissionPdf, sha256Hex, submissionBytes } from '../../src/pdf/index.js';
import { createDeviceSigner, type DeviceKeyRecord } from '../../src/pdf/signers/device.js';
import type { Signer } from '../../src/pdf/types.js';
import type { NewSubmission } from '../../src/storage/outbox-store.js';
import { fetchDefinition } from './definition.js';

// Browser tests of delivery talk to a REAL reference receiver (src/receiver/receiver.ts), started in Node by the
// `dvc-receiver` plugin of web-test-runner.config.mjs, and send it real signed PDFs made with the kit's own code.

/** The receiver's faults (src/receiver/faults.ts), as the page sends them. */
export interface Faults {
  failureRate?: number;
  dropRate?: number;
  loseResponseRate?: number;
  delayMs?: number | [number, number];
  rejectSubmissions?: { status: number; code: string; message: { vi: string; en: string } };
  seed?: number;
}

export interface ReceiverStats {
  stored: number;
  replayed: number;
  rejected: number;
  faultsInjected: number;
  uploadBytesReceived: number;
  requests: number;
}

/** Starts a fresh receiver for this test file (replacing the previous one) and returns its API base URL. */
export async function startReceiver(options: { faults?: Faults; token?: string } = {}): Promise<string> {
  const { apiUrl } = await executeServerCommand<{ apiUrl: string }, typeof options>('receiver-start', options);
  return apiUrl.replace(/\/+$/, '');
}

export const setFaults = (faults: Faults) => executeServerCommand('receiver-faults', { faults });
export const stopReceiver = () => executeServerCommand('receiver-stop');
export const receiverStats = () =>
  executeServerCommand<{ stats: ReceiverStats; stored: string[] }, undefined>('receiver-stats');
/** What the receiver holds on disk for an upload: its size and SHA-256. */
export const storedUpload = (url: string) =>
  executeServerCommand<{ size: number; sha256: string }, { url: string }>('receiver-upload', { url });

const definition: ProcedureDefinition = await fetchDefinition('/forms/birth-registration/definition.json');
const example = async (name: string): Promise<Record<string, unknown>> =>
  (await (await fetch(`/forms/birth-registration/examples/${name}.json`)).json()).data;

let tools: Promise<[Signer, Awaited<ReturnType<typeof loadBrowserFonts>>]> | undefined;

/** A device signer whose key is kept in memory only, and the fonts: made once per test file. */
function signingTools() {
  let record: DeviceKeyRecord | undefined;
  const keyStore = { load: async () => record, save: async (value: DeviceKeyRecord) => void (record = value) };
  return (tools ??= Promise.all([createDeviceSigner({ displayName: 'Trần Văn Hùng', keyStore }), loadBrowserFonts()]));
}

/** A file for the birth certificate scan field, and the value the answers hold for it. */
export async function scan(size: number, id = crypto.randomUUID()) {
  const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7 + (i >> 10)) % 251);
  const sha256 = await sha256Hex(bytes);
  const blob = new Blob([bytes], { type: 'application/pdf' });
  return { id, name: 'giấy chứng sinh.pdf', type: 'application/pdf', size, sha256, blob };
}

/**
 * A real signed submission of birth-registration, from a valid example, ready for the outbox (without draftId). With
 * `file`, the answers point at it as the birth certificate scan, so the receiver wants its upload.
 */
export async function signedSubmission(file?: Awaited<ReturnType<typeof scan>>): Promise<NewSubmission> {
  const [signer, fonts] = await signingTools();
  const data = file
    ? {
        ...(await example('valid-with-birth-evidence-scan')),
        birthEvidenceScan: { id: file.id, name: file.name, type: file.type, size: file.size, sha256: file.sha256 },
      }
    : await example('valid-both-parents-known');
  const id = crypto.randomUUID();
  const input = { definition, data, lang: 'vi' as const, submissionId: id, createdAt: new Date(), referenceLabels: {} };
  const made = await createSubmissionPdf(input, signer, fonts);
  return {
    id,
    procedureId: definition.id,
    procedureVersion: definition.version,
    procedureTitle: definition.title,
    pdf: new Blob([made.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    pdfSha256: await sha256Hex(made.bytes),
    fileName: `${definition.id}.pdf`,
    submissionJson: new TextDecoder().decode(submissionBytes(made.submission)),
  };
}

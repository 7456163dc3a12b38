// Signed submission packages made in Node with the kit's own PDF code, for the suites that need many submissions
// (the flaky-receiver run queues 200): each one is a real signed PDF with its own submission id, so the receiver
// verifies every one as it would a submission made in a browser. They are written into the served app folder, where
// the page fetches them and puts them in its outbox. Two worker threads share the work (CI has two cores).
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { bundleTs } from '../../scripts/lib/load-ts.mjs';
import { readDefinition, validExamples } from './harness.mjs';

const EXAMPLE = 'valid-both-parents-known.json';

/** Makes `count` packages into `<dir>/packages/` in this thread. */
async function makeHere(dir, count, bundle) {
  const lib = await import(pathToFileURL(bundle).href);
  const definition = readDefinition('forms/birth-registration/definition.json');
  const validator = lib.compileSchema(definition.schema);
  const data = validExamples('birth-registration').find((e) => e.name === EXAMPLE).data;
  const result = lib.validateAnswers(definition, validator, data);
  if (!result.valid) throw new Error(`${EXAMPLE} is not valid`);
  let record;
  const keyStore = { load: async () => record, save: async (next) => void (record = next) };
  const signer = await lib.createDeviceSigner({ displayName: 'Người nộp thử', keyStore });
  const fonts = await lib.loadNodeFonts();
  mkdirSync(join(dir, 'packages'), { recursive: true });
  const made = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const input = { definition, data: result.data, lang: 'vi', submissionId: id, createdAt: new Date() };
    const signed = await lib.createSubmissionPdf(input, signer, fonts);
    writeFileSync(join(dir, 'packages', `${id}.pdf`), signed.bytes);
    made.push({
      id,
      pdfUrl: `/packages/${id}.pdf`,
      pdfSha256: await lib.sha256Hex(signed.bytes),
      submissionJson: new TextDecoder().decode(lib.submissionBytes(signed.submission)),
      fileName: `birth-registration-${id.slice(0, 8)}.pdf`,
    });
  }
  return made;
}

/**
 * Makes `count` signed packages of a valid birth-registration example (no attachments) into `<dir>/packages/`.
 * Resolves to `[{ id, pdfUrl, pdfSha256, submissionJson, fileName }]`, the URLs relative to the served root.
 */
export async function makePackages(dir, count, threads = 2) {
  // Bundled once here: two workers writing the same bundle at once could each read the other's half-written file.
  const bundle = await bundleTs('test/e2e/packages-entry.ts');
  const shares = Array.from({ length: threads }, (_, i) => Math.floor(count / threads) + (i < count % threads ? 1 : 0));
  const parts = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { dir, count: share, bundle } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return parts.flat();
}

if (!isMainThread && workerData)
  parentPort.postMessage(await makeHere(workerData.dir, workerData.count, workerData.bundle));

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifySubmissionPdf } from '../pdf/verify.js';
import type { VerificationReport } from '../pdf/types.js';
import { checkSubmission, type Checked, type SubmittedAttachment } from './checks.js';
import { readBody, sendJson, urlOnHost, UUID } from './http.js';
import { problemOf, sendProblem, type Problem, type ProblemKind } from './problem.js';
import { DigestMismatchError, type Receipt } from './store.js';
import type { ReceiverContext } from './context.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The three parts of a submission request, or why they cannot be read. */
interface Parts {
  submission: Uint8Array;
  pdf: Uint8Array;
  attachments: SubmittedAttachment[];
}

async function bytesOf(part: FormDataEntryValue | null): Promise<Uint8Array | undefined> {
  if (part === null) return undefined;
  if (typeof part === 'string') return new TextEncoder().encode(part);
  return new Uint8Array(await part.arrayBuffer());
}

/** Parses the multipart body (already read within the limit) with the platform's own parser. */
async function partsOf(body: Buffer<ArrayBuffer>, contentType: string): Promise<Parts | undefined> {
  let form: FormData;
  try {
    form = await new Request('http://receiver.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    }).formData();
  } catch {
    return undefined;
  }
  const [submission, pdf, attachmentsJson] = await Promise.all(
    ['submission', 'pdf', 'attachments'].map((name) => bytesOf(form.get(name))),
  );
  if (!submission || !pdf || !attachmentsJson || typeof form.get('pdf') === 'string') return undefined;
  let attachments: unknown;
  try {
    attachments = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(attachmentsJson));
  } catch {
    return undefined;
  }
  if (!Array.isArray(attachments) || attachments.length > 1000) return undefined;
  if (!attachments.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) return undefined;
  return { submission, pdf, attachments: attachments as SubmittedAttachment[] };
}

/**
 * POST <basePath>/submissions: the checks of the contract in its order, the first failure answered; then the
 * submission stored durably and its receipt returned. Everything after the body is read runs under the id's lock, so
 * that a retry racing the first attempt is answered as a replay, never stored twice.
 */
export async function postSubmission(
  context: ReceiverContext,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<void> {
  const key = req.headers['idempotency-key'];
  const id = typeof key === 'string' && UUID.test(key) ? key : undefined;
  const reject = (kind: ProblemKind | Problem, close = false) => {
    const problem = typeof kind === 'string' ? problemOf(kind) : kind;
    context.stats.rejected++;
    context.log(`POST submissions ${id ?? '-'} ${problem.status} ${problem.code}`);
    sendProblem(res, problem, headers, close);
  };
  const rejection = context.faults.rejectSubmissions;
  if (rejection) {
    context.stats.faultsInjected++;
    reject({ type: 'about:blank', title: 'Rejected (injected fault)', ...rejection }, true);
    return;
  }
  if (!id) return reject('missingIdempotencyKey', true);
  const contentType = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) return reject('unsupportedMediaType', true);
  const body = await readBody(req, res, context.maxSubmissionBytes);
  if ('aborted' in body) {
    context.log(`POST submissions ${id} aborted`);
    res.destroy();
    return;
  }
  if ('tooLarge' in body) return reject('tooLarge', true);
  const parts = await partsOf(body.bytes, contentType);
  if (!parts) return reject('malformed');

  await context.store.withLock(id, async () => {
    const pdfSha256 = sha256(parts.pdf);
    const stored = await context.store.receipt(id);
    if (stored) {
      if (stored.pdfSha256 !== pdfSha256) return reject('idempotencyConflict');
      context.stats.replayed++;
      context.log(`POST submissions ${id} 200 replayed ${stored.reference}`);
      return sendJson(res, 200, stored, { ...headers, 'Idempotent-Replayed': 'true' });
    }
    let report: VerificationReport | undefined;
    try {
      report = await verifySubmissionPdf(parts.pdf);
    } catch {
      report = undefined;
    }
    const checked: Checked | Problem = report?.valid
      ? await checkSubmission(context, id, report, parts.submission, parts.attachments)
      : problemOf('invalidSignature');
    if ('status' in checked) return reject(checked);

    const now = new Date();
    const receipt: Receipt = {
      submissionId: id,
      reference: context.store.nextReference(now),
      receivedAt: now.toISOString(),
      pdfSha256,
      submissionSha256: sha256(parts.submission),
      attachments: checked.attachments.map(({ sha256, size, name }) => ({ sha256, size, name })),
    };
    const files = [
      { name: 'submission.pdf', bytes: parts.pdf },
      { name: 'submission.json', bytes: parts.submission },
      ...[...new Map(checked.attachments.map((a) => [a.sha256, a])).values()].map((a) => ({
        name: `attachments/${a.sha256}`,
        copyOf: a.path,
        sha256: a.sha256,
      })),
    ];
    try {
      await context.store.commit(id, files, receipt);
    } catch (error) {
      // An upload that changed between the check and the copy is not stored: the client sends it again.
      if (error instanceof DigestMismatchError) return reject('missingAttachment');
      throw error;
    }
    context.stats.stored++;
    if (context.faults.loseResponse()) {
      context.stats.faultsInjected++;
      context.log(`POST submissions ${id} stored ${receipt.reference}, response lost (injected fault)`);
      res.socket?.destroy();
      return;
    }
    context.log(`POST submissions ${id} 201 ${receipt.reference}`);
    const location = urlOnHost(req.headers.host, `${context.basePath}/submissions/${id}`);
    sendJson(res, 201, receipt, { ...headers, Location: location });
  });
}

/** GET <basePath>/submissions/<id>: the receipt, if stored. */
export async function getSubmission(
  context: ReceiverContext,
  id: string,
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<void> {
  const receipt = await context.store.receipt(id);
  if (receipt) sendJson(res, 200, receipt, headers);
  else sendProblem(res, problemOf('submissionNotFound'), headers);
}

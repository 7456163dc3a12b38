import { createHash } from 'node:crypto';
import { validateSubmission } from '../cli/verify.js';
import type { SubmissionJson, VerificationReport } from '../pdf/types.js';
import type { ReceiverContext } from './context.js';
import { UUID } from './http.js';
import { attachmentValues } from './procedures.js';
import { problemOf, type AnswerProblem, type Problem } from './problem.js';

/** One entry of the `attachments` part, as the client describes it (every field is checked before use). */
export interface SubmittedAttachment {
  sha256?: unknown;
  upload?: unknown;
  fieldPath?: unknown;
  name?: unknown;
  type?: unknown;
  size?: unknown;
}

/** A submission that passed every check: the attachments to store, measured by the receiver. */
export interface Checked {
  attachments: Array<{ sha256: string; size: number; name: string; path: string }>;
}

const MISSING = {
  vi: 'Cơ quan chưa nhận được tệp này. Hãy gửi lại hồ sơ; nếu vẫn lỗi, hãy chọn lại tệp.',
  en: 'The office has not received this file. Send the application again; if this keeps happening, choose the file again.',
};

function isSubmission(value: unknown): value is SubmissionJson {
  const v = value as SubmissionJson;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.submissionId === 'string' &&
    typeof v.createdAt === 'string' &&
    typeof v.procedure === 'object' &&
    v.procedure !== null &&
    typeof v.procedure.id === 'string' &&
    typeof v.procedure.version === 'string' &&
    typeof v.data === 'object' &&
    v.data !== null &&
    !Array.isArray(v.data)
  );
}

/** The upload id of an upload URL of this receiver (absolute or relative); undefined for anything else. */
function uploadIdOf(url: unknown, basePath: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  let pathname: string;
  try {
    pathname = new URL(url, 'http://receiver.invalid/').pathname;
  } catch {
    return undefined;
  }
  const prefix = `${basePath}/uploads/`;
  const id = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
  return UUID.test(id) ? id : undefined;
}

/**
 * The checks after the signature, in the contract's order: the `submission` part is the signed submission.json, for
 * this id, of a procedure the receiver knows, with valid data (judged on the day it was signed, as `dvc-kit verify`
 * judges it), and every attachment in the data uploaded completely for this submission with the same bytes.
 */
export async function checkSubmission(
  context: ReceiverContext,
  id: string,
  report: VerificationReport,
  submissionBytes: Uint8Array,
  submitted: SubmittedAttachment[],
): Promise<Checked | Problem> {
  const submission = report.submission;
  if (createHash('sha256').update(submissionBytes).digest('hex') !== report.submissionSha256) {
    return problemOf('submissionMismatch');
  }
  if (!isSubmission(submission) || submission.submissionId !== id) return problemOf('submissionMismatch');
  const procedure = context.procedures.get(`${submission.procedure.id}@${submission.procedure.version}`);
  if (!procedure) return problemOf('unknownProcedure');
  const result = validateSubmission(submission, procedure);
  if (!result.valid) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    return problemOf(
      'invalidData',
      errors.map(({ path, message }) => ({ path, message })),
    );
  }

  const attachments: Checked['attachments'] = [];
  const missing: AnswerProblem[] = [];
  for (const { path, value } of attachmentValues(procedure.definition, result.data)) {
    const { sha256, size, name } = value as { sha256?: unknown; size?: unknown; name?: unknown };
    let found: Checked['attachments'][number] | undefined;
    for (const entry of submitted.filter((item) => item.sha256 === sha256)) {
      const upload = await context.uploads.completed(uploadIdOf(entry.upload, context.basePath) ?? '');
      if (upload && upload.submission === id && upload.sha256 === sha256 && upload.size === size) {
        found = {
          sha256: upload.sha256,
          size: upload.size,
          name: typeof name === 'string' ? name : '',
          path: upload.path,
        };
        break;
      }
    }
    if (found) attachments.push(found);
    else missing.push({ path, message: MISSING });
  }
  if (missing.length) return problemOf('missingAttachment', missing);
  return { attachments };
}

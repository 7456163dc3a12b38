import { readFileSync } from 'node:fs';
import { DefinitionError } from '../core/definition/check.js';
import type { Lang } from '../core/definition/types.js';
import { validateAnswers, type ValidationResult } from '../core/validate/validate.js';
import type { SubmissionJson, VerificationReport } from '../pdf/types.js';
import { verifySubmissionPdf } from '../pdf/verify.js';
import { EXIT, loadDefinition, option, UsageError } from './main.js';

type Out = (line: string) => void;
type Loaded = ReturnType<typeof loadDefinition>;

/** One line of the report: what was checked, whether it holds, and the detail a clerk needs. */
function line(out: Out, check: string, ok: boolean, detail?: string): boolean {
  out(`${check}: ${ok ? 'OK' : 'FAIL'}${detail ? ` (${detail})` : ''}`);
  return ok;
}

function signatureDetail(report: VerificationReport): string | undefined {
  const s = report.signature;
  if (!s.present) return 'no signature';
  const by = [s.signerName && `signed by ${s.signerName}`, s.signingTime && `at ${s.signingTime}`];
  return [s.subFilter, by.filter(Boolean).join(' ')].filter(Boolean).join(', ') || undefined;
}

/**
 * The data of a submission judged against a procedure, as of the day they were signed: a date "not in the future"
 * then must not fail later. `dvc-kit verify` and the reference receiver (src/receiver) judge with this one function.
 */
export function validateSubmission(submission: SubmissionJson, loaded: Loaded): ValidationResult {
  return validateAnswers(loaded.definition, loaded.validator, submission.data, signingDay(submission.createdAt));
}

/**
 * The latest calendar day anywhere at the moment of signing (UTC+14). `createdAt` is in UTC, but the device judged
 * "today" by its own clock: a child born today in Hà Nội, signed before 07:00, is born "tomorrow" by the UTC date.
 * Judging on the latest local day never refuses what the device rightly accepted; it allows at most one day more.
 */
export function signingDay(createdAt: string): string | undefined {
  const time = Date.parse(createdAt);
  return Number.isNaN(time) ? undefined : new Date(time + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** The checks that need the procedure: the PDF is for this very procedure, and its data are valid for it. */
function procedureChecks(report: VerificationReport, loaded: Loaded, lang: Lang, out: Out): boolean {
  const submission = report.submission;
  const { definition } = loaded;
  const expected = `${definition.id}@${definition.version}`;
  if (!submission) {
    line(out, `procedure is ${expected}`, false, 'no submission.json to compare');
    return false;
  }
  const found = `${submission.procedure.id}@${submission.procedure.version}`;
  let ok = line(out, `procedure is ${expected}`, found === expected, found === expected ? undefined : `found ${found}`);
  const result = validateSubmission(submission, loaded);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  ok =
    line(out, 'data valid against the procedure', result.valid, errors.length ? `${errors.length} problems` : '') && ok;
  for (const problem of result.problems) {
    out(`  ${problem.path}: ${problem.message[lang]}${problem.severity === 'warning' ? ' (warning)' : ''}`);
  }
  return ok;
}

/** `dvc-kit verify`: every check a receiving office makes, one line each; exit 0 only if all hold. */
export async function verify(args: string[], out: Out, err: Out): Promise<number> {
  const definitionFile = option(args, '--definition');
  const lang = (option(args, '--lang') ?? 'vi') as Lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang must be vi or en');
  if (args.length !== 1 || args[0].startsWith('-')) throw new UsageError('verify needs one PDF file');
  const [file] = args;
  let loaded: Loaded | undefined;
  try {
    // The definition is read first: a bad one is unusable input, reported before any check line.
    if (definitionFile !== undefined) loaded = loadDefinition(definitionFile);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    for (const p of error.problems) err(`${definitionFile}: ${p.pointer || '/'}: ${p.message} (rule: ${p.rule})`);
    return EXIT.unusable;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    err(`dvc-kit: ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return EXIT.unusable;
  }
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 5)) !== '%PDF-') {
    err(`dvc-kit: ${file}: not a PDF file`);
    return EXIT.unusable;
  }
  let report: VerificationReport;
  try {
    report = await verifySubmissionPdf(bytes);
  } catch (error) {
    err(`dvc-kit: ${file}: cannot be read as a PDF (${(error as Error).message})`);
    return EXIT.unusable;
  }
  const s = report.signature;
  let ok = line(out, 'signature', s.present && s.cryptographicallyValid, signatureDetail(report));
  ok = line(out, 'byte range covers the whole file', s.present && s.coversWholeFile) && ok;
  const sub = report.submission;
  const subDetail = sub && `${sub.procedure.id}@${sub.procedure.version}, submission ${sub.submissionId}`;
  ok = line(out, 'submission.json', sub !== undefined, subDetail ?? 'not found') && ok;
  if (report.qrMatches !== undefined) ok = line(out, 'QR code matches submission.json', report.qrMatches) && ok;
  if (loaded) ok = procedureChecks(report, loaded, lang, out) && ok;
  if (report.submissionSha256) out(`sha256: ${report.submissionSha256} (submission.json)`);
  if (s.certificateSha256) out(`certificate sha256: ${s.certificateSha256}`);
  for (const problem of report.problems) out(`problem: ${problem}`);
  // The module's own verdict counts too, so that a check it adds later cannot be missed here.
  return ok && report.valid ? EXIT.valid : EXIT.invalid;
}

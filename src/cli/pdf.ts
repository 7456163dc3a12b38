import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getAt } from '../core/data/paths.js';
import { DefinitionError } from '../core/definition/check.js';
import { submitterNameOf } from '../core/definition/submitter.js';
import type { Lang, ProcedureDefinition } from '../core/definition/types.js';
import { buildFields } from '../core/model/build.js';
import { leafFields } from '../core/model/steps.js';
import { validateAnswers } from '../core/validate/validate.js';
import { loadNodeFonts } from '../pdf/fonts-node.js';
import { createSubmissionPdf } from '../pdf/index.js';
import { createDeviceSigner, type DeviceKeyRecord } from '../pdf/signers/device.js';
import { createP12Signer } from '../pdf/signers/p12.js';
import type { Signer } from '../pdf/types.js';
import { answersOf, EXIT, loadDefinition, option, readText, UsageError } from './main.js';

type Out = (line: string) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Thrown for input the command cannot use (exit 2); its message is printed as is. */
class Unusable extends Error {}

interface ReferenceItem {
  code?: unknown;
  name?: string;
  nameEn?: string;
  nameVi?: string;
  fullName?: string;
  fullNameEn?: string;
}

/**
 * The names of the reference-data codes in the answers ("Phường Ba Đình" for `00004`), read from `forms/data/` next
 * to the definition's folder, as the form shows them. A list that cannot be read leaves its codes printed as codes:
 * the PDF stays correct, only less friendly.
 */
function referenceLabels(definition: ProcedureDefinition, data: unknown, dataDir: string, lang: Lang) {
  const lists = new Map<string, Map<string, string>>();
  const list = (file: string): Map<string, string> => {
    let names = lists.get(file);
    if (names) return names;
    names = new Map();
    try {
      const items = (JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { items?: ReferenceItem[] }).items;
      for (const item of items ?? []) {
        const vi = item.fullName ?? item.nameVi ?? item.name;
        const name = lang === 'en' ? (item.fullNameEn ?? item.nameEn ?? vi) : vi;
        if (typeof item.code === 'string' && typeof name === 'string') names.set(item.code, name);
      }
    } catch {
      // Missing or unreadable list: its codes print as codes (see above).
    }
    lists.set(file, names);
    return names;
  };
  const labels: Record<string, string> = {};
  const paths = definition.steps.flatMap((step) => step.fields);
  for (const field of leafFields(buildFields(definition, data, paths))) {
    const code = getAt(data, field.path);
    if (!field.source || typeof code !== 'string') continue;
    const parent = field.dependsOnPath ? getAt(data, field.dependsOnPath) : undefined;
    if (field.source.data === 'communes' && typeof parent !== 'string') continue;
    const file = field.source.data === 'communes' ? `communes/${String(parent)}.json` : `${field.source.data}.json`;
    const name = list(file).get(code);
    if (name) labels[field.path] = name;
  }
  return labels;
}

/** The signer: the person's PKCS#12 file, or a key made for this run only. */
async function makeSigner(p12File: string | undefined, password: string, displayName: string): Promise<Signer> {
  if (p12File === undefined) {
    // A fresh key each run, kept in memory only: the PDF proves it was not changed, not who signed it.
    let record: DeviceKeyRecord | undefined;
    return createDeviceSigner({
      displayName,
      keyStore: {
        load: async () => record,
        save: async (value) => {
          record = value;
        },
      },
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(p12File);
  } catch (error) {
    throw new Unusable(`${p12File}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return await createP12Signer(bytes, password);
  } catch (error) {
    // The signer's messages already say what is wrong (wrong password, not a .p12, old encryption).
    throw new Unusable(`${p12File}: ${(error as Error).message}`);
  }
}

/** Writes through a temporary file in the same folder and renames it, so a half-written PDF never has the name. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw new Unusable(`${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The .p12 password, from `--password` or the first line of `--password-file` (not shown in `ps`). */
function passwordOf(password: string | undefined, passwordFile: string | undefined): string {
  if (passwordFile === undefined) return password ?? '';
  // A password file usually ends with a newline that is not part of the password.
  return readText(passwordFile).replace(/\r?\n$/, '');
}

/** `dvc-kit pdf`: validates the answers, then makes and signs the submission PDF. */
export async function pdf(args: string[], out: Out, err: Out): Promise<number> {
  const outFile = option(args, '-o') ?? option(args, '--output');
  const lang = (option(args, '--lang') ?? 'vi') as Lang;
  const p12File = option(args, '--p12');
  const name = option(args, '--name');
  const submissionId = option(args, '--submission-id') ?? randomUUID();
  if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang must be vi or en');
  if (!UUID.test(submissionId)) throw new UsageError('--submission-id must be a UUID');
  const password = option(args, '--password');
  const passwordFile = option(args, '--password-file');
  if (outFile === undefined) throw new UsageError('pdf needs an output file: -o out.pdf');
  if (password !== undefined && passwordFile !== undefined) {
    throw new UsageError('give --password or --password-file, not both');
  }
  if (p12File === undefined && (password ?? passwordFile) !== undefined) {
    throw new UsageError('--password and --password-file go with --p12');
  }
  if (args.length !== 2 || args.some((arg) => arg.startsWith('-'))) {
    throw new UsageError('pdf needs a definition file and a data file (and knows no other options)');
  }
  try {
    const [definitionFile, dataFile] = args;
    const { definition, validator } = loadDefinition(definitionFile);
    let answers: unknown;
    try {
      answers = answersOf(JSON.parse(readText(dataFile)));
    } catch (error) {
      if (error instanceof DefinitionError) throw error;
      throw new Unusable(`${dataFile}: ${(error as Error).message}`);
    }
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
      throw new Unusable(`${dataFile}: the data must be a JSON object`);
    }
    const result = validateAnswers(definition, validator, answers);
    for (const problem of result.problems) {
      out(`${problem.path}: ${problem.message[lang]}${problem.severity === 'warning' ? ' (warning)' : ''}`);
    }
    if (!result.valid) {
      err(`dvc-kit: ${dataFile} is not valid for ${definition.id}@${definition.version}; no PDF was written`);
      return EXIT.invalid;
    }
    const displayName = name ?? submitterNameOf(definition, result.data) ?? 'dvc-kit';
    const signer = await makeSigner(p12File, passwordOf(password, passwordFile), displayName);
    const made = await createSubmissionPdf(
      {
        definition,
        data: result.data,
        lang,
        submissionId,
        createdAt: new Date(),
        referenceLabels: referenceLabels(definition, result.data, join(dirname(definitionFile), '../data'), lang),
      },
      signer,
      await loadNodeFonts(),
    );
    writeAtomically(outFile, made.bytes);
    out(
      `${outFile}: ${made.bytes.length} bytes, submission ${made.submission.submissionId}, sha256 ${made.submissionSha256}`,
    );
    return EXIT.valid;
  } catch (error) {
    if (error instanceof DefinitionError) {
      for (const p of error.problems) err(`${error.source}: ${p.pointer || '/'}: ${p.message} (rule: ${p.rule})`);
      return EXIT.unusable;
    }
    if (error instanceof Unusable) {
      err(`dvc-kit: ${error.message}`);
      return EXIT.unusable;
    }
    throw error;
  }
}

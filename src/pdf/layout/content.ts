import '../../i18n/all.js';
import { getAt } from '../../core/data/paths.js';
import type { AttachmentValue } from '../../core/definition/types.js';
import { displayValue, formatBytes } from '../../core/format/display.js';
import { buildFields } from '../../core/model/build.js';
import { leafFields, summaryRows, visibleSteps, type SummaryRow } from '../../core/model/steps.js';
import type { FieldModel } from '../../core/model/types.js';
import { rowLabel, t, text } from '../../i18n/index.js';
import type { SubmissionInput } from '../types.js';
import { vietnamTime } from './time.js';

/** One label → value line of the printed answers. */
export interface Row {
  label: string;
  value: string;
}

export interface Section {
  title: string;
  rows: Row[];
}

/** What the PDF says, worked out from the definition and the answers before anything is drawn. */
export interface DocumentContent {
  title: string;
  /** "Kính gửi: …" and, when the person chose one, the commune and province of the receiving office. */
  authority: string[];
  sections: Section[];
  /** The declaration sentences the person ticked, then "Làm tại …, ngày … tháng … năm …". */
  declarations: string[];
  madeAt: string;
  /** Where the person declared (the declaration's text field), if the procedure asks. */
  place?: string;
}

/** A value as printed: reference-data codes become their names when the caller supplied them. */
function rowValue(field: FieldModel, input: SubmissionInput): string {
  const value = getAt(input.data, field.path);
  const named = field.source ? input.referenceLabels?.[field.path] : undefined;
  return named ?? displayValue(field, value, input.lang);
}

function isAttachment(value: unknown): value is AttachmentValue {
  return typeof value === 'object' && value !== null && typeof (value as AttachmentValue).sha256 === 'string';
}

/** Every attached file, wherever its field is, with the full SHA-256 that ties the PDF to the uploaded bytes. */
function attachmentRows(rows: SummaryRow[], input: SubmissionInput): Row[] {
  return rows.flatMap((row) => {
    const value = getAt(input.data, row.field.path);
    if (row.field.widget !== 'file' || !isAttachment(value)) return [];
    const size = formatBytes(value.size, input.lang);
    return [
      {
        label: rowLabel(row, input.lang),
        value: `${value.name} (${size})\n${t(input.lang, 'pdfSha256', { hash: value.sha256 })}`,
      },
    ];
  });
}

function authorityLines(input: SubmissionInput): string[] {
  const lines = [t(input.lang, 'pdfTo', { authority: text(input.definition.authority, input.lang) })];
  const chosen = input.data.authority;
  if (chosen && typeof chosen === 'object') {
    const names = ['commune', 'province'].flatMap((part) => {
      const code = (chosen as Record<string, unknown>)[part];
      if (code === undefined || code === null || code === '') return [];
      return [input.referenceLabels?.[`authority.${part}`] ?? String(code)];
    });
    if (names.length > 0) lines.push(names.join(', '));
  }
  return lines;
}

export function buildContent(input: SubmissionInput): DocumentContent {
  const { definition, data, lang } = input;
  const allRows: SummaryRow[] = [];
  const sections = visibleSteps(definition, data).map((index) => {
    const summary = summaryRows(buildFields(definition, data, definition.steps[index].fields));
    allRows.push(...summary);
    const rows = summary
      .map((row) => ({ label: rowLabel(row, lang), value: rowValue(row.field, input) }))
      // An optional question left unanswered has nothing to attest to: it is left out rather than printed blank.
      .filter((row) => row.value !== '');
    return { title: text(definition.steps[index].title, lang), rows };
  });

  const declarationFields = leafFields(buildFields(definition, data, definition.declaration));
  allRows.push(...summaryRows(declarationFields));
  const attachments = attachmentRows(allRows, input);
  if (attachments.length > 0) sections.push({ title: t(lang, 'pdfAttachments'), rows: attachments });

  const declarations = declarationFields
    .filter((field) => field.widget === 'checkbox' && getAt(data, field.path) === true && field.checkboxLabel)
    .map((field) => text(field.checkboxLabel, lang));
  const placeField = declarationFields.find(
    (field) => field.widget === 'text' && typeof getAt(data, field.path) === 'string',
  );
  const place = placeField ? String(getAt(data, placeField.path)) : '';
  const { day, month, year } = vietnamTime(input.createdAt);
  const madeAt = place ? t(lang, 'pdfMadeAt', { place, day, month, year }) : t(lang, 'pdfMadeOn', { day, month, year });

  return {
    title: text(definition.title, lang),
    authority: authorityLines(input),
    sections: sections.filter((section) => section.rows.length > 0),
    declarations,
    madeAt,
    place: place || undefined,
  };
}

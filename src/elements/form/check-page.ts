import { html, nothing, type TemplateResult } from 'lit';
import type { ReferenceData } from '../../controllers/reference-data.js';
import { matches } from '../../core/conditions/evaluate.js';
import { getAt } from '../../core/data/paths.js';
import type { Lang, ProcedureDefinition } from '../../core/definition/types.js';
import { displayValue } from '../../core/format/display.js';
import { buildFields } from '../../core/model/build.js';
import { summaryRows, visibleSteps } from '../../core/model/steps.js';
import type { FieldError, FieldModel } from '../../core/model/types.js';
import { rowLabel, t, text } from '../../i18n/index.js';
import type { RenderContext } from '../shared/render-context.js';
import { renderField } from '../shared/render-field.js';
import { renderSaveStatus } from './draft-status.js';
import type { DraftController } from '../../controllers/draft-controller.js';
import type { Completion } from './pdf-panel.js';

/** What the check-your-answers page needs from the form that owns the state. */
export interface CheckPageHost {
  lang: Lang;
  namespace: string;
  completion?: Completion;
  renderCompletion(definition: ProcedureDefinition, reference: ReferenceData): TemplateResult | typeof nothing;
  value: Record<string, unknown>;
  problems: FieldError[];
  revealed: boolean;
  completed: boolean;
  renderContext(): RenderContext;
  renderStepNav(steps: number[], current: number): TemplateResult;
  stepList(): number[];
  submit(): Promise<void>;
  backFromCheck(): void;
  requestUpdate(): void;
  drafts: 'device' | 'off';
  readonly draft: DraftController;
  /** Paths of the answers the portal locked: listed without a Change button. */
  readonly lockedAnswers: ReadonlySet<string>;
}

/** The value of a row, with names from reference data once loaded (codes until then, never nothing). */
function rowValue(host: CheckPageHost, field: FieldModel, reference: ReferenceData): string {
  const value = getAt(host.value, field.path);
  if (!field.source || value === undefined) return displayValue(field, value, host.lang);
  const parent = field.dependsOnPath ? getAt(host.value, field.dependsOnPath) : undefined;
  const parentCode = parent === undefined ? undefined : String(parent);
  const options = reference.peek(field.source.data, parentCode);
  if (!options) {
    reference.options(field.source.data, parentCode).then(
      () => host.requestUpdate(),
      () => undefined,
    );
  }
  return displayValue(field, value, host.lang, options);
}

export function renderCheckPage(
  host: CheckPageHost,
  definition: ProcedureDefinition,
  reference: ReferenceData,
): TemplateResult {
  const lang = host.lang;
  const steps = host.stepList();
  // Every answer is listed, also those of steps the portal hid (`steps`): the person confirms all they submit, and
  // each has its Change link, which opens the hidden step; `locked` is what keeps an answer from being changed.
  const sections = visibleSteps(definition, host.value).map((stepIndex) => ({
    stepIndex,
    title: text(definition.steps[stepIndex].title, lang),
    rows: summaryRows(buildFields(definition, host.value, definition.steps[stepIndex].fields, host.lockedAnswers)).map(
      (row) => ({
        path: row.field.path,
        label: rowLabel(row, lang),
        value: rowValue(host, row.field, reference),
        locked: row.field.locked,
      }),
    ),
  }));
  const declaration = buildFields(definition, host.value, definition.declaration, host.lockedAnswers);
  const errors = host.revealed ? host.problems.filter((p) => p.severity === 'error') : [];
  const context = host.renderContext();
  return html`
    ${host.renderStepNav(steps, -1)}
    <p class="caption">${text(definition.title, lang)}</p>
    <h2 tabindex="-1">${host.completed ? t(lang, 'completedTitle') : t(lang, 'checkAnswersTitle')}</h2>
    ${
      host.completed
        ? html`<div class="panel" role="status"><p>${t(lang, 'completedBody')}</p></div>
            ${host.renderCompletion(definition, reference)}`
        : html`
            <dvc-error-summary
              part="error-summary"
              exportparts="title:error-summary-title,list:error-summary-list,link:error-summary-link"
              .lang=${lang}
              .errors=${errors.map((e) => ({ path: e.path, message: e.message[lang] }))}
            ></dvc-error-summary>
            <dvc-check-answers
              part="check-answers"
              exportparts="section-title:check-answers-title,list:check-answers-list,change"
              .lang=${lang}
              .sections=${sections}
            ></dvc-check-answers>
            <h3>${t(lang, 'declarationTitle')}</h3>
            ${declaration.map((field) => renderField(field, context))}
            <div class="actions">
              <button type="button" class="primary" part="button primary submit" @click=${() => host.submit()}>
                ${t(lang, 'submit')}
              </button>
              <button type="button" class="secondary" part="button secondary back" @click=${() => host.backFromCheck()}>
                ${t(lang, 'back')}
              </button>
            </div>
          `
    }
    ${renderSaveStatus(host)}
  `;
}

/** The documents the person will need, for their answers so far (a definition's `documents`). */
export function renderDocuments(
  definition: ProcedureDefinition,
  value: unknown,
  lang: Lang,
): TemplateResult | typeof nothing {
  const needed = (definition.documents ?? []).filter((doc) => !doc.when || matches(doc.when, value));
  if (needed.length === 0) return nothing;
  return html`<section class="documents" aria-labelledby="documents-title">
    <h3 id="documents-title">${t(lang, 'documentsTitle')}</h3>
    <ul>
      ${needed.map((doc) => html`<li>${text(doc.label, lang)}${doc.hint ? html` — ${text(doc.hint, lang)}` : nothing}</li>`)}
    </ul>
  </section>`;
}

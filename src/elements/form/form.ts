import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { DraftController, type DraftHost } from '../../controllers/draft-controller.js';
import type { PdfController } from '../../controllers/pdf-controller.js';
import type { ReferenceData } from '../../controllers/reference-data.js';
import type { SubmitController } from '../../controllers/submit-controller.js';
import { ProcedureController } from '../../controllers/procedure-controller.js';
import { getAt, setAt } from '../../core/data/paths.js';
import type { Lang, ProcedureDefinition } from '../../core/definition/types.js';
import { buildFields } from '../../core/model/build.js';
import { KnownAnswers, sameAsCopy } from '../../core/model/prefill.js';
import {
  parseStepIds,
  problemsFor,
  shownSteps,
  stepsToOpen,
  unknownStepIds,
  visibleSteps,
} from '../../core/model/steps.js';
import type { FieldError, FieldModel } from '../../core/model/types.js';
import { nfc } from '../../core/text/normalize.js';
import { validateAnswers } from '../../core/validate/validate.js';
import { t, text } from '../../i18n/index.js';
import type { Signer } from '../../pdf/types.js';
import type { OutboxConfig } from '../../sync/outbox.js';
import '../array-field/array-field.js';
import '../check-answers/check-answers.js';
import '../checkbox-field/checkbox-field.js';
import '../combobox-field/combobox-field.js';
import '../date-field/date-field.js';
import '../email-field/email-field.js';
import type { DvcErrorSummary } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';
import '../fieldset/fieldset.js';
import '../file-field/file-field.js';
import '../locked-field/locked-field.js';
import '../number-field/number-field.js';
import '../radio-field/radio-field.js';
import '../select-field/select-field.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { renderField } from '../shared/render-field.js';
import '../step-nav/step-nav.js';
import '../tel-field/tel-field.js';
import '../text-field/text-field.js';
import '../textarea-field/textarea-field.js';
import { DvcChangeEvent, DvcCompleteEvent, DvcStepChangeEvent } from './form-events.js';
import { formStyles } from './form.styles.js';
import { hostStyles } from '../../styles/host.js';
import { HostStates } from '../shared/states.js';
import { renderCheckPage, renderDocuments, type CheckPageHost } from './check-page.js';
import { renderDraftNotices, renderSaveStatus } from './draft-status.js';
import type { Completion } from './pdf-panel.js';
import { langLoaded } from '../shared/lang.js';
import { stringsNotice, stringsState } from '../shared/strings.js';
import { associate } from './form-association.js';

/** The step index that stands for the check-your-answers page. */
const CHECK = -1;
const NONE: ReadonlySet<string> = new Set();

/** `locked="requester.fullName requester.personalId"`: a list of paths separated by spaces. */
const pathList = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: string[]): string => value.join(' '),
};

/**
 * @summary Renders a procedure definition as an accessible, bilingual, multi-step form: one state owner for the
 * answers, the current step and the messages.
 *
 * @event dvc-change - An answer changed; `path` and the whole new `value`.
 * @event dvc-step-change - The form moved to another step (`stepId` is `check-answers` for the review page).
 * @event dvc-complete - The person confirmed the declaration on a valid form; `data` is the shaped submission data.
 * @event dvc-pdf-ready - The signed submission PDF was made: `bytes`, `submissionId`, `sha256`.
 * @event dvc-submission-queued - The person submitted: the signed PDF and its files are in the device's outbox.
 *
 * @event dvc-draft-saved - The answers were written to this device (`draftId`, for a link that resumes the draft).
 *
 * @csspart load-error - The message shown when the procedure (or the portal's strings) cannot be loaded.
 * @csspart button - Every button; with a role token `primary` (Continue, Submit, Create PDF) or `secondary` (Back),
 *   and an action token: `continue`, `back`, `submit`, `create-pdf`, `submit-application`.
 * @csspart primary - Role token of the main buttons: `dvc-form::part(button primary)`.
 * @csspart secondary - Role token of the secondary buttons (Back, Add, Remove, Same as, choose a file).
 * @csspart continue - Action token of the Continue button.
 * @csspart back - Action token of the Back buttons.
 * @csspart submit - Action token of the check page's Submit button (also the name of the submit panel).
 * @csspart create-pdf - Action token of the button that makes the signed PDF.
 * @csspart submit-application - Action token of the button that sends the application to the `endpoint`.
 * @csspart step-nav - The step indicator.
 * @csspart step - One step of the indicator; with `current` or `done`.
 * @csspart current - State token of the current step.
 * @csspart done - State token of a completed step.
 * @csspart step-button - The button of a step that can be revisited.
 * @csspart step-count - The "Step x of y" line.
 * @csspart error-summary - The error summary box at the top of a step.
 * @csspart error-summary-title - Its title.
 * @csspart error-summary-list - Its list of errors.
 * @csspart error-summary-link - Each link to a field with an error.
 * @csspart check-answers - The answers on the check-your-answers page.
 * @csspart check-answers-title - The heading of each step's answers.
 * @csspart check-answers-list - Each list of answers.
 * @csspart change - Each Change button of the check-your-answers page (link-styled).
 * @csspart status - The save status line (also `save-status`).
 * @csspart save-status - The save status line.
 * @csspart set-aside - The panel of answers set aside by a procedure update.
 * @csspart pdf - The panel that makes, signs and offers the PDF once the answers are complete.
 * @csspart pdf-signer - The choice of how to sign.
 * @csspart pdf-download - The link that downloads the signed PDF.
 * @csspart pdf-preview - The frame that previews the signed PDF.
 * @csspart label - Fields (exported from every field, at any depth): the `<label>` or `<legend>` of a field.
 * @csspart hint - Fields: the hint under a label.
 * @csspart control - Fields: the native input, select or textarea (each of the three boxes of a date).
 * @csspart error - Fields: the error message.
 * @csspart warning - Fields: a non-blocking warning.
 * @csspart invalid - State token on the `label`, `control`, `error` and `group` of a field that shows an error:
 *   `dvc-form::part(control invalid)`.
 * @csspart locked - State token on the `label`, `control` and `group` of a locked (prefilled, read-only) answer.
 * @csspart note - Fields: the note saying where a locked answer came from.
 * @csspart option - Fields: one choice of a radio group, the statement of a checkbox, one combobox option.
 * @csspart listbox - Fields: the combobox's list.
 * @csspart date-input - Fields: the row of the three date boxes.
 * @csspart group - Groups and lists: the `<fieldset>`.
 * @csspart legend - Groups and lists: its `<legend>`.
 * @csspart item - Lists: the `<fieldset>` of one item.
 * @csspart add - Lists: the Add button (with `button secondary`).
 * @csspart remove - Lists and files: the Remove buttons (with `button secondary`).
 * @csspart same-as - Groups: a "Same as …" button (with `button secondary`).
 * @csspart same-as-status - Groups: what the Same as button did.
 * @csspart choose - Files: the "Choose a file" button (with `button secondary`).
 * @csspart file - Files: the chosen file.
 * @csspart thumbnail - Files: the chosen picture's thumbnail.
 * @csspart constraints - Files: which types and sizes are accepted.
 *
 * @cssstate loading - The procedure or the draft is being loaded.
 * @cssstate ready - The form is shown.
 * @cssstate load-error - The procedure could not be loaded (the `load-error` part says why).
 * @cssstate invalid - An error summary is shown (the person pressed Continue or Submit with errors).
 * @cssstate saving - A change waits to be written to this device.
 * @cssstate saved - Every change is written to this device.
 * @cssstate offline - The browser is offline (answers are still saved on the device).
 */
@customElement('dvc-form')
export class DvcForm extends LitElement implements CheckPageHost, DraftHost {
  static override styles = [hostStyles, formStyles];

  /** The procedure: a URL of its definition.json, or the definition object itself. */
  @property() procedure?: string | ProcedureDefinition;

  /** Language of the form: `vi` (default) or `en`. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /** The answers, as a JSON object. Set it to restore a draft; read it (or listen to `dvc-change`) to keep one. */
  @property({ attribute: false }) value: Record<string, unknown> = {};

  /** Base URL of the reference data (provinces, communes…). Default: `../data/` next to the definition. */
  @property({ attribute: 'reference-data' }) referenceData?: string;

  /** The draft to continue (its id, as given by `dvc-draft-saved` or `<dvc-drafts>`). A new one is made when empty. */
  @property({ attribute: 'draft-id' }) draftId?: string;

  /** Where drafts are kept: `device` (IndexedDB, the default) or `off` (nothing is stored). */
  @property() drafts: 'device' | 'off' = 'device';

  /** Storage namespace: two portals (or two procedures) on one origin with different namespaces never share drafts. */
  @property() namespace = 'default';

  /**
   * Base URL of the submission API (docs/submission-api.md), e.g. `/api/v1`. With it, the signed PDF can be submitted:
   * it goes into the device's outbox and is sent when online. Without it the person downloads the PDF.
   */
  @property() endpoint = '';

  /** The portal's auth header hook: called before each request to the endpoint for headers such as `Authorization`. */
  @property({ attribute: false }) headers?: OutboxConfig['headers'];

  /** Who signs the PDF (a portal's CA or remote signer); by default a key made and kept on this device. */
  @property({ attribute: false }) signer?: Signer;

  /**
   * Answers the portal already knows (e.g. from the person's VNeID login), by data path: `{ 'requester.fullName':
   * 'Nguyễn Văn An' }`, or whole objects (`{ requester: { … } }`). They go into the empty fields of a new or resumed
   * draft and are saved with it; what the person typed is never overwritten. Paths that are not fields are ignored.
   */
  @property({ attribute: false }) prefill: Record<string, unknown> = {};

  /**
   * Paths of prefilled answers the person may not change (`locked="requester.fullName requester.personalId"`; an
   * object path locks every answer under it). They are shown read-only with a note saying where they came from, keep
   * the prefilled value even over a draft that held another, and appear on check-your-answers without "Change". A
   * listed field with no prefilled value stays editable.
   */
  @property({ converter: pathList }) locked: string[] = [];

  /**
   * The steps to show, by id (`steps="child mother"`, spaces or commas); empty shows them all. The others are skipped
   * while their answers (from `prefill`) are valid; one with a missing or invalid answer is opened, with its errors,
   * when the person reaches check-your-answers. An unknown id shows an error naming it instead of the form.
   */
  @property({ converter: { fromAttribute: parseStepIds, toAttribute: (ids: string[]) => ids.join(' ') } })
  steps: string[] = [];

  /** `off`: no preview of the signed PDF is offered (its download is); `on` (default) shows it under the download. */
  @property({ attribute: 'pdf-preview' }) pdfPreview: 'on' | 'off' = 'on';

  /** URL of the portal's strings, `{ "vi": { … }, "en": { … } }` (see `overrideMessages`); applied before first render. */
  @property() strings?: string;

  /** The name of the answers in a host `<form>`: its FormData gets them as JSON under this name. */
  @property() name = '';

  /** dvc-form takes part in a host `<form>` (ElementInternals): see ./form-association.ts. */
  static formAssociated = true;
  /** @internal Shared by everything that talks to the browser through ElementInternals (form value, states). */
  readonly internals = this.attachInternals();
  /** @internal The custom states a page can style (`dvc-form:state(saved)`), set after every update. */
  protected readonly hostStates = new HostStates(this, () => this.stateFlags(), {
    internals: this.internals,
    online: true,
  });
  /** Hidden steps opened because they needed an answer: they stay in the navigation from then on. */
  private opened = new Set<string>();

  @state() stepIndex = 0;
  @state() revealed = false;
  @state() completed = false;
  @state() private touched = new Set<string>();
  /** Fields left during a pointer press (see the constructor); undefined when no press is going on. */
  private held?: string[];
  /** Messages the form itself puts on a field (a file that did not fit on the device). */
  private notices = new Map<string, string>();
  /** `loading` while the draft is read; `ready` once the answers shown are the draft's. */
  @state() private draftStatus: 'none' | 'loading' | 'ready' = 'none';
  readonly draft = new DraftController(this);
  /** The last value the form set itself; any other value was set by the portal and is saved as a change. */
  private ownValue?: Record<string, unknown>;
  private furthest = 0;
  private returnToCheck = false;
  problems: FieldError[] = [];
  private readonly procedureController = new ProcedureController(this);
  /** Made, with the code that shows them, once the form is completed (see ./completion.ts). */
  pdf?: PdfController;
  submitting?: SubmitController;
  private completionUi?: typeof import('./completion.js');
  /** The confirmed answers, made once per completed form; the PDF is made from them. */
  completion?: Completion;
  /** `prefill` and `locked` resolved against the loaded definition. */
  private known?: KnownAnswers;

  @query('dvc-error-summary') private summary?: DvcErrorSummary;
  @query('h2') private heading?: HTMLElement;

  constructor() {
    super();
    this.addEventListener('input', (event) => this.applyFieldEvent(event));
    this.addEventListener('change', (event) => this.applyFieldEvent(event));
    // Pressing the next control makes the last one report its change: a message shown at once would push what is
    // below it (the control pressed) away before the button is released, and the click would be lost. The messages of
    // fields left during a press wait until the click is over.
    this.addEventListener('pointerdown', () => {
      if (this.held) return;
      this.held = [];
      const release = () => {
        removeEventListener('pointerup', release);
        removeEventListener('pointercancel', release);
        setTimeout(() => {
          this.touched = new Set([...this.touched, ...(this.held ?? [])]);
          this.held = undefined;
        });
      };
      addEventListener('pointerup', release);
      addEventListener('pointercancel', release);
    });
    this.addEventListener('dvc-attachment-chosen', (event) => {
      this.draft.attach(event.path, event.value, event.blob, getAt(this.value, event.path));
    });
    this.addEventListener('dvc-draft-saved', () => this.startSender());
    this.addEventListener('dvc-focus-request', (event) => void this.focusField(event.path));
    this.addEventListener('dvc-copy-requested', (event) => this.copyAnswers(event.path, event.from));
    this.addEventListener('dvc-step-selected', (event) => {
      const steps = this.stepList();
      void this.goTo(event.index >= steps.length ? CHECK : steps[event.index]);
    });
    this.addEventListener('dvc-change-requested', (event) => {
      const { stepIndex, path } = event;
      this.returnToCheck = true;
      void this.goTo(stepIndex).then(() => this.focusField(path));
    });
  }

  get definition(): ProcedureDefinition | undefined {
    const state = this.procedureController.state;
    return state.status === 'ready' ? state.definition : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('procedure') || changed.has('referenceData')) && this.procedure) {
      this.stepIndex = 0;
      this.furthest = 0;
      this.completed = false;
      this.completion = undefined;
      this.pdf?.reset();
      this.submitting?.reset();
      this.draftStatus = 'none';
      this.opened = new Set();
      void this.procedureController.load(this.procedure, this.referenceData);
    }
    if ((changed.has('draftId') || changed.has('namespace')) && this.draftId !== this.draft.draftId) {
      this.draftStatus = 'none';
    }
    if (
      changed.has('value') &&
      this.value !== this.ownValue &&
      this.draftStatus === 'ready' &&
      this.drafts === 'device'
    ) {
      const before = (changed.get('value') as Record<string, unknown> | undefined) ?? {};
      for (const key of new Set([...Object.keys(before), ...Object.keys(this.value)])) {
        this.draft.change(key, before[key], this.value[key]);
      }
      this.ownValue = this.value;
    }
    const state = this.procedureController.state;
    if (state.status !== 'ready') return associate(this.internals, this.lang);
    if (this.refreshKnown(state.definition) && this.draftStatus === 'ready') {
      // The portal learnt something after the form opened (a login that finished later): fill it in now.
      this.value = this.ownValue = this.fillKnown(this.value, Boolean(this.draft.draftId));
    }
    if (this.draftStatus === 'none') void this.openDraft(state.definition);
    const result = validateAnswers(state.definition, state.validator, this.value);
    this.problems = result.problems;
    associate(this.internals, this.lang, result);
    // The current step may have become hidden by an answer (e.g. "father unknown"): move to the next one shown.
    const steps = this.stepList();
    if (this.stepIndex !== CHECK && !steps.includes(this.stepIndex)) {
      this.stepIndex = steps.find((index) => index > this.stepIndex) ?? CHECK;
    }
  }

  /** Reads the draft (if any) and resumes it: its answers, and the step the person was on. */
  private async openDraft(definition: ProcedureDefinition): Promise<void> {
    this.draftStatus = 'loading';
    const draft =
      this.drafts === 'device' ? await this.draft.open(definition, this.namespace, this.draftId) : undefined;
    // A resumed draft saves what was filled in at once; a new one saves it with the person's first change, so that
    // merely opening a prefilled form never leaves a draft behind.
    this.value = this.ownValue = this.fillKnown(draft ? draft.data : this.value, Boolean(draft));
    if (draft) {
      const index = definition.steps.findIndex((step) => step.id === draft.step);
      this.stepIndex = draft.step === 'check-answers' ? CHECK : Math.max(0, index);
      // A hidden step the person was on had been opened for them: it is still theirs to finish.
      if (index >= 0) this.opened.add(draft.step);
      const steps = visibleSteps(definition, draft.data);
      this.furthest = this.stepIndex === CHECK ? steps.length : Math.max(0, steps.indexOf(this.stepIndex));
    }
    this.draftStatus = 'ready';
    if (draft) this.startSender();
  }

  /**
   * Sends what an earlier visit left in the outbox from this page too, once storage code is loaded anyway (a draft was
   * opened or saved): a new, untouched form does not download it, so the first load stays small.
   */
  private startSender(): void {
    if (!this.endpoint) return;
    const { namespace, endpoint, headers } = this;
    import('../../controllers/submit-controller.js').then(
      ({ startSender }) => startSender(namespace, endpoint, headers),
      // Offline before the chunk was cached: the next start, or the outbox list, sends.
      () => undefined,
    );
  }

  /** Writes the draft now (a portal calls this before navigating away or applying an app update). */
  saveNow(): Promise<void> {
    return this.drafts === 'device' ? this.draft.flush() : Promise.resolve();
  }

  applyRemoteData(data: Record<string, unknown>): void {
    this.value = this.ownValue = this.known ? this.known.enforceLocks(data) : data;
  }

  /** The paths of the prefilled answers that `locked` covers: shown read-only, never changed by the person. */
  get lockedAnswers(): ReadonlySet<string> {
    return this.known?.locked ?? NONE;
  }

  /** Resolves `prefill` and `locked` again when they or the definition changed; true if so. */
  private refreshKnown(definition: ProcedureDefinition): boolean {
    const known = this.known;
    if (known?.definition === definition && known.prefill === this.prefill && known.listed === this.locked)
      return false;
    this.known = new KnownAnswers(definition, this.prefill, this.locked);
    return true;
  }

  /** `data` with the known answers in its empty fields and the locked ones enforced; `save` writes them to the draft. */
  private fillKnown(data: Record<string, unknown>, save: boolean): Record<string, unknown> {
    if (!this.known) return data;
    const result = this.known.fill(data);
    if (save && this.drafts === 'device') {
      for (const { path, previous, next } of result.changes) this.draft.change(path, previous, next);
    }
    return result.data;
  }

  /** A "same as" button: the answers of `from` are copied into `path` once (locked answers keep their value). */
  private copyAnswers(path: string, from: string): void {
    const definition = this.definition;
    const copy = definition && sameAsCopy(definition, this.value, from, path);
    if (!copy) return;
    const previous = getAt(this.value, path);
    const data = setAt(this.value, path, copy);
    this.value = this.ownValue = this.known ? this.known.enforceLocks(data) : data;
    if (this.drafts === 'device') this.draft.change(path, previous, getAt(this.value, path));
    this.dispatchEvent(new DvcChangeEvent(path, this.value));
  }

  refuseAttachment(path: string, previous: unknown): void {
    this.value = this.ownValue = setAt(this.value, path, previous);
    this.notices.set(path, t(this.lang, 'attachmentNoSpace'));
    this.touched = new Set(this.touched).add(path);
  }

  stepList(): number[] {
    return this.definition ? shownSteps(this.definition, this.value, this.steps, this.opened) : [];
  }

  /** A host form was reset: the draft is the person's work and stays (only they delete it, in `<dvc-drafts>`). */
  formResetCallback(): void {}

  /** A host `<fieldset disabled>` (or `<form>` control disabling) makes the whole form inert: nothing to focus or change. */
  formDisabledCallback(disabled: boolean): void {
    this.inert = disabled;
  }

  private applyFieldEvent(event: Event): void {
    const field = event.composedPath()[0];
    if (!(field instanceof DvcFieldElement) || !field.field) return;
    const path = field.field.path;
    if (this.lockedAnswers.has(path)) {
      // A locked answer cannot be changed, whatever an element or a script dispatches: put the given value back.
      field.value = getAt(this.value, path);
      return;
    }
    const value = typeof field.value === 'string' ? nfc(field.value) : field.value;
    const previous = getAt(this.value, path);
    if (previous !== value) {
      this.value = this.ownValue = setAt(this.value, path, value);
      this.notices.delete(path);
      if (this.drafts === 'device') this.draft.change(path, previous, value);
      this.dispatchEvent(new DvcChangeEvent(path, this.value));
    }
    if (event.type !== 'change' || this.touched.has(path)) return;
    if (this.held) this.held.push(path);
    else this.touched = new Set(this.touched).add(path);
  }

  /** The context fields render in: values, the messages shown now, and reference data. */
  renderContext(): RenderContext {
    const state = this.procedureController.state;
    const shown = (path: string, severity: FieldError['severity']) => {
      const notice = severity === 'error' ? this.notices.get(path) : undefined;
      if (notice) return notice;
      if (!this.revealed && !this.touched.has(path)) return '';
      const problem = this.problems.find((p) => p.path === path && p.severity === severity);
      return problem ? problem.message[this.lang] : '';
    };
    return {
      lang: this.lang,
      valueAt: (path) => getAt(this.value, path),
      errorAt: (path) => shown(path, 'error'),
      warningAt: (path) => shown(path, 'warning'),
      loadOptions: (field: FieldModel) => {
        if (state.status !== 'ready' || !field.source) return Promise.resolve(field.options ?? []);
        const parent = field.dependsOnPath ? getAt(this.value, field.dependsOnPath) : undefined;
        return state.reference.options(field.source.data, parent === undefined ? undefined : String(parent));
      },
      attachment: (id) => this.draft.attachment(id),
    };
  }

  /** Moves to a step (or CHECK), announcing it and putting focus on its heading. */
  async goTo(stepIndex: number): Promise<void> {
    // A step `steps` hides joins the flow when asked for (a Change link, an error's link), and reaching
    // check-your-answers first opens, with their errors, the hidden steps that still need an answer.
    const definition = this.definition;
    const missing =
      definition && stepIndex === CHECK ? stepsToOpen(definition, this.value, this.stepList(), this.problems) : [];
    for (const index of stepIndex === CHECK ? missing : [stepIndex]) this.opened.add(definition!.steps[index].id);
    if (missing.length > 0) stepIndex = missing[0];
    this.stepIndex = stepIndex;
    this.revealed = missing.length > 0;
    const steps = this.stepList();
    if (stepIndex === CHECK || this.revealed) this.furthest = steps.length;
    else this.furthest = Math.max(this.furthest, steps.indexOf(stepIndex));
    const step = stepIndex === CHECK ? undefined : this.definition?.steps[stepIndex];
    const position = stepIndex === CHECK ? steps.length : steps.indexOf(stepIndex);
    if (this.drafts === 'device')
      this.draft.moved(step?.id ?? 'check-answers', { done: position, total: steps.length });
    this.dispatchEvent(new DvcStepChangeEvent(stepIndex, step?.id ?? 'check-answers'));
    await this.updateComplete;
    (this.revealed ? this.summary : this.heading)?.focus();
    this.heading?.scrollIntoView?.({ block: 'start' });
  }

  /** Shows the messages of the current page and puts focus on the summary; true when there are none. */
  async checkPage(fields: FieldModel[]): Promise<boolean> {
    const errors = problemsFor(fields, this.problems).filter((p) => p.severity === 'error');
    if (errors.length === 0) return true;
    this.revealed = true;
    await this.updateComplete;
    this.summary?.focus();
    return false;
  }

  private async continue(): Promise<void> {
    const definition = this.definition!;
    const fields = buildFields(definition, this.value, definition.steps[this.stepIndex].fields);
    if (!(await this.checkPage(fields))) return;
    const steps = this.stepList();
    const next = this.returnToCheck ? CHECK : (steps.find((index) => index > this.stepIndex) ?? CHECK);
    if (next === CHECK) this.returnToCheck = false;
    await this.goTo(next);
  }

  private async back(): Promise<void> {
    const steps = this.stepList();
    const previous = this.stepIndex === CHECK ? steps.at(-1) : steps.filter((index) => index < this.stepIndex).at(-1);
    if (previous !== undefined) await this.goTo(previous);
  }

  /** Completes the form when every step is valid; otherwise lists what is wrong, wherever it is. */
  async submit(): Promise<void> {
    const state = this.procedureController.state;
    if (state.status !== 'ready') return;
    const result = validateAnswers(state.definition, state.validator, this.value);
    if (!result.valid) {
      this.revealed = true;
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    try {
      await this.loadCompletion();
    } catch {
      // The completion code could not be fetched (offline before it was cached): stay on the check page.
      return;
    }
    this.completed = true;
    this.completion = { data: result.data, createdAt: new Date(), submissionId: crypto.randomUUID() };
    this.pdf!.reset();
    this.submitting!.reset();
    if (this.drafts === 'device') await this.draft.complete().catch(() => undefined);
    const { id, version } = state.definition;
    this.dispatchEvent(new DvcCompleteEvent(id, version, result.data, this.lang));
    await this.updateComplete;
    this.heading?.focus();
  }

  private async loadCompletion(): Promise<void> {
    const ui = (this.completionUi ??= await import('./completion.js'));
    if (!this.pdf || !this.submitting)
      ({ pdf: this.pdf, submitting: this.submitting } = ui.completionControllers(this));
  }

  /** The PDF and submit panels of a completed form (their code is loaded by `submit`). */
  renderCompletion(definition: ProcedureDefinition, reference: ReferenceData) {
    return this.completionUi && this.pdf && this.submitting
      ? this.completionUi.renderCompletion(
          this as this & { pdf: PdfController; submitting: SubmitController },
          definition,
          reference,
        )
      : nothing;
  }

  /** Which custom states hold now; read from the procedure, the draft controller and the page, never changed. */
  private stateFlags(): Record<string, boolean> {
    const status = this.procedureController.state.status;
    const ready = status === 'ready' && this.draftStatus === 'ready';
    const saved = this.draft.state.kind === 'saved';
    return {
      loading: !ready && status !== 'error',
      ready,
      'load-error': status === 'error',
      invalid: ready && Boolean(this.summary?.errors.length),
      saving: this.draft.pending,
      saved: saved && !this.draft.pending,
      offline: !navigator.onLine,
    };
  }

  /** Focuses the field at `path`, first moving to the step that shows it. */
  async focusField(path: string): Promise<void> {
    const definition = this.definition;
    if (!definition) return;
    const onPage = (index: number) =>
      buildFields(
        definition,
        this.value,
        index === CHECK ? definition.declaration : definition.steps[index].fields,
      ).some((field) => path === field.path || path.startsWith(field.path + '.') || path.startsWith(field.path + '['));
    if (!onPage(this.stepIndex)) {
      const target = [...visibleSteps(definition, this.value), CHECK].find(onPage);
      if (target === undefined) return;
      if (target !== CHECK && this.stepIndex === CHECK) this.returnToCheck = true;
      await this.goTo(target);
      this.revealed = true;
      await this.updateComplete;
    }
    findField(this.renderRoot, path)?.focus();
  }

  protected override render() {
    const problem = stringsState(this);
    if (!langLoaded(this) || problem === undefined) return nothing;
    // A refused strings file leaves the default wording: the person can still file, the portal sees why.
    return problem ? html`${stringsNotice(this, problem)}${this.renderBody()}` : this.renderBody();
  }

  private renderBody() {
    const state = this.procedureController.state;
    const unknown = state.status === 'ready' ? unknownStepIds(state.definition, this.steps) : [];
    if (unknown.length > 0 && state.status === 'ready') {
      // A portal's typo: say which id and which exist, in place; the draft and its answers are left as they were.
      const known = state.definition.steps.map((step) => step.id).join(', ');
      return html`<div class="load-error" role="alert" part="load-error">
        <p>${t(this.lang, 'stepsUnknown', { ids: unknown.join(', '), known })}</p>
      </div>`;
    }
    if (state.status === 'error') {
      return html`<div class="load-error" role="alert" part="load-error">
        <h2>${t(this.lang, 'loadFailed')}</h2>
        <pre>${state.error.message}</pre>
      </div>`;
    }
    if (state.status !== 'ready' || this.draftStatus !== 'ready') {
      return html`<p role="status">${t(this.lang, 'loading')}</p>`;
    }
    const definition = state.definition;
    if (this.stepIndex === CHECK) return renderCheckPage(this, definition, state.reference);
    const step = definition.steps[this.stepIndex];
    const fields = buildFields(definition, this.value, step.fields, this.lockedAnswers);
    const context = this.renderContext();
    const errors = this.revealed ? problemsFor(fields, this.problems).filter((p) => p.severity === 'error') : [];
    const steps = this.stepList();
    return html`
      ${this.renderStepNav(steps, steps.indexOf(this.stepIndex))}
      <p class="caption">${text(definition.title, this.lang)}</p>
      <h2 tabindex="-1">${text(step.title, this.lang)}</h2>
      ${renderDraftNotices(this, definition)}
      <dvc-error-summary
        part="error-summary"
        exportparts="title:error-summary-title,list:error-summary-list,link:error-summary-link"
        .lang=${this.lang}
        .errors=${errors.map((e) => ({ path: e.path, message: e.message[this.lang] }))}
      ></dvc-error-summary>
      ${step.description ? html`<p class="description">${text(step.description, this.lang)}</p>` : nothing}
      ${this.stepIndex === steps[0] ? html`<p class="required-note">${t(this.lang, 'requiredExplained')}</p>` : nothing}
      ${this.stepIndex === steps[0] ? renderDocuments(definition, this.value, this.lang) : nothing}
      ${fields.map((field) => renderField(field, context))}
      <div class="actions">
        <button type="button" class="primary" part="button primary continue" @click=${() => this.continue()}>
          ${t(this.lang, 'continue')}
        </button>
        ${
          this.stepIndex !== steps[0]
            ? html`<button type="button" class="secondary" part="button secondary back" @click=${() => this.back()}>
                ${t(this.lang, 'back')}
              </button>`
            : nothing
        }
      </div>
      ${renderSaveStatus(this)}
    `;
  }

  renderStepNav(steps: number[], current: number) {
    const definition = this.definition!;
    const items = [
      ...steps.map((index) => ({
        id: definition.steps[index].id,
        title: text(definition.steps[index].title, this.lang),
      })),
      { id: 'check-answers', title: t(this.lang, 'checkAnswersStep') },
    ];
    return html`<dvc-step-nav
      part="step-nav"
      exportparts="step,current,done,step-button,count:step-count"
      .lang=${this.lang}
      .steps=${items}
      .current=${current < 0 ? items.length - 1 : current}
      .reachable=${this.furthest}
    ></dvc-step-nav>`;
  }

  backFromCheck(): void {
    void this.back();
  }
}

/** Finds the field element for a data path, looking through the shadow roots of fieldsets and arrays. */
function findField(root: ParentNode, path: string): DvcFieldElement | undefined {
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof DvcFieldElement && element.field?.path === path) return element;
    if (element.shadowRoot) {
      const found = findField(element.shadowRoot, path);
      if (found) return found;
    }
  }
  return undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form': DvcForm;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AttachmentValue } from '../../core/definition/types.js';
import { formatBytes } from '../../core/format/display.js';
import type { FieldModel } from '../../core/model/types.js';
import { t, text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { secondaryButtonStyles } from '../../styles/button.js';
import { fileFieldStyles } from './file-field.styles.js';
import { describeAccepted, fileType, PHOTO_TYPES, storedType } from './accepted.js';

/**
 * A file was accepted: `value` describes it and `blob` holds the bytes to store. It is dispatched just before the
 * field's `change`, so that the form can write the draft and its file in one transaction.
 */
export class DvcAttachmentChosenEvent extends Event {
  constructor(
    readonly path: string,
    readonly value: AttachmentValue,
    readonly blob: Blob,
  ) {
    super('dvc-attachment-chosen', { bubbles: true, composed: true });
  }
}

/** Types a canvas can encode; a photo stored as anything else (HEIC) is kept as chosen. */
const ENCODABLE = ['image/jpeg', 'image/png', 'image/webp'];

const DEFAULTS: NonNullable<FieldModel['file']> = { accept: [], maxEdge: 1600, quality: 0.8 };

function capitalize(sentence: string, lang: string): string {
  return sentence.charAt(0).toLocaleUpperCase(lang) + sentence.slice(1);
}

function isAttachment(value: unknown): value is AttachmentValue {
  const v = value as Partial<AttachmentValue> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.name === 'string';
}

/** What is shown of the stored file: its object URL for a photo, or the fact that this device does not have it. */
interface Preview {
  id: string;
  url?: string;
  missing: boolean;
}

/**
 * @summary A file or photo to attach (a scan of a birth certificate). Photos are reduced on the device before they
 * are stored; other accepted files are kept byte for byte.
 *
 * The value is an `AttachmentValue` (`id`, `name`, `type`, `size`, `sha256`), never the file itself: the bytes travel
 * to the form in `dvc-attachment-chosen`, and the preview reads them back through `context.attachment(id)`.
 *
 * @event dvc-attachment-chosen - A file was accepted ({@link DvcAttachmentChosenEvent}); always just before `change`.
 * @event change - A file was accepted (`value` describes it) or removed (`value` is undefined).
 *
 * @csspart label - The question above the control.
 * @csspart hint - The hint under the label.
 * @csspart constraints - The accepted types and size limit.
 * @csspart error - The error message, or why a chosen file was refused.
 * @csspart choose - The `<label>` that opens the file picker, styled as a button.
 * @csspart current - The block describing the chosen file.
 * @csspart thumbnail - The preview of a chosen photo.
 * @csspart button - The Remove button (also `remove`).
 * @csspart status - The "preparing the photo" message.
 *
 */
@customElement('dvc-file-field')
export class DvcFileField extends DvcFieldElement {
  static override styles = [formControlStyles, secondaryButtonStyles, fileFieldStyles];

  /** Gives the stored file of the current value, for its preview; handed down by the form. */
  @property({ attribute: false }) context?: RenderContext;

  /** Why the last chosen file was not taken, in the current language; shown in place of the form's message. */
  @state() private refusal = '';
  @state() private processing = false;
  @state() private announcement = '';
  @state() private preview: Preview | undefined;

  /** The file this element just prepared: the form may not have stored it yet when the preview asks for it. */
  private chosen: { id: string; blob: Blob } | undefined;
  /** Numbers each choice and each preview load, so that a slower, older one never overwrites a newer one. */
  private choice = 0;
  private previewLoad = 0;

  private get file(): NonNullable<FieldModel['file']> {
    return this.field.file ?? DEFAULTS;
  }

  private get current(): AttachmentValue | undefined {
    return isAttachment(this.value) ? this.value : undefined;
  }

  private get labelId(): string {
    return this.controlId + '-label';
  }

  private get constraintsId(): string {
    return this.controlId + '-constraints';
  }

  private onInput(event: Event): void {
    // The form hears about a file once it is prepared, in one `change`; the picker's own events stay inside.
    event.stopPropagation();
  }

  private async onChange(event: Event): Promise<void> {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Emptied so that choosing the same file again (after a refusal, or to replace) fires `change` again.
    input.value = '';
    if (file) await this.take(file);
  }

  private async take(file: File): Promise<void> {
    const ticket = ++this.choice;
    const { accept, maxBytes, maxEdge, quality } = this.file;
    const lang = this.lang;
    this.refusal = '';
    this.processing = false;
    const type = fileType(file);
    const target = storedType(type, accept);
    if (!target) {
      this.refuse(t(lang, 'fileTypeRefused', { name: file.name, types: describeAccepted(accept, lang) }));
      return;
    }
    const reduce = PHOTO_TYPES.includes(type) && ENCODABLE.includes(target);
    let blob: Blob = file.type === type ? file : new Blob([file], { type });
    if (reduce) this.processing = true;
    let prepare: typeof import('./prepare.js');
    try {
      prepare = await import('./prepare.js');
    } catch {
      // Offline before the app was ever cached whole: the file cannot be read now; nothing is lost.
      if (ticket === this.choice) {
        this.processing = false;
        this.refuse(t(lang, 'fileUnreadable', { name: file.name }));
      }
      return;
    }
    if (ticket !== this.choice) return;
    const { reducePhoto, sha256Hex, storedName } = prepare;
    if (reduce) {
      try {
        blob = await reducePhoto(file, { maxEdge, quality, type: target });
      } catch {
        if (ticket === this.choice) this.refuse(t(lang, 'fileUnreadable', { name: file.name }));
        return;
      } finally {
        if (ticket === this.choice) this.processing = false;
      }
    }
    if (maxBytes !== undefined && blob.size > maxBytes) {
      if (ticket === this.choice) this.refuse(t(lang, 'fileTooLarge', { limit: formatBytes(maxBytes, lang) }));
      return;
    }
    const sha256 = await sha256Hex(blob);
    if (ticket !== this.choice) return;
    const value: AttachmentValue = {
      id: crypto.randomUUID(),
      name: storedName(file.name, blob.type, reduce),
      type: blob.type,
      size: blob.size,
      sha256,
    };
    this.chosen = { id: value.id, blob };
    this.dispatchEvent(new DvcAttachmentChosenEvent(this.field.path, value, blob));
    void this.announce(t(lang, 'fileReady', { name: value.name }));
    this.commit(value, 'change');
  }

  private refuse(message: string): void {
    this.refusal = message;
    void this.announce(message);
  }

  private async removeFile(): Promise<void> {
    const name = this.current?.name ?? '';
    this.refusal = '';
    this.commit(undefined, 'change');
    void this.announce(t(this.lang, 'fileRemoved', { name }));
    await this.updateComplete;
    // The Remove button is gone: the picker is the natural next place for a keyboard user.
    this.focus();
  }

  /** Empties the live region first, so that the same message twice in a row is read twice. */
  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A preview dropped on disconnect is loaded again if the element comes back (moved in the page).
    if (this.current && !this.preview) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropPreview();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.current?.id;
    if (id === this.preview?.id) return;
    this.dropPreview();
    if (id) void this.loadPreview(this.current!);
  }

  private dropPreview(): void {
    if (this.preview?.url) URL.revokeObjectURL(this.preview.url);
    this.preview = undefined;
    this.previewLoad++;
  }

  private async loadPreview(value: AttachmentValue): Promise<void> {
    const load = this.previewLoad;
    this.preview = { id: value.id, missing: false };
    let blob: Blob | undefined;
    if (this.chosen?.id === value.id) blob = this.chosen.blob;
    else if (this.context) blob = await this.context.attachment(value.id).catch(() => undefined);
    else return; // Outside a form there is nowhere to look: show the name and size only.
    if (load !== this.previewLoad || !this.isConnected) return;
    const url = blob && blob.type.startsWith('image/') ? URL.createObjectURL(blob) : undefined;
    this.preview = { id: value.id, url, missing: !blob };
  }

  protected override describedBy(extra: string[] = []): string | typeof nothing {
    const ids = this.constraints ? [this.constraintsId, ...extra] : [...extra];
    if (this.refusal && !this.error && !this.warning) ids.push(this.errorId);
    return super.describedBy(ids);
  }

  protected override renderMessage(): TemplateResult | typeof nothing {
    if (!this.refusal) return super.renderMessage();
    return html`<span class="error" id=${this.errorId} part="error invalid"
      ><span class="visually-hidden">${t(this.lang, 'errorTitlePrefix')}</span>${this.refusal}</span
    >`;
  }

  /** What may be chosen, said up front so that nobody has to learn it from a refusal. */
  private get constraints(): string {
    const { accept, maxBytes } = this.file;
    const lang = this.lang;
    const types = accept.length ? describeAccepted(accept, lang) : '';
    const limit = maxBytes !== undefined ? formatBytes(maxBytes, lang) : '';
    if (types) return capitalize(t(lang, limit ? 'fileAcceptedWithLimit' : 'fileAccepted', { types, limit }), lang);
    return limit ? t(lang, 'fileLimit', { limit }) : '';
  }

  private renderConstraints(): TemplateResult | typeof nothing {
    const sentence = this.constraints;
    return sentence
      ? html`<span class="hint constraints" id=${this.constraintsId} part="constraints">${sentence}</span>`
      : nothing;
  }

  private renderCurrent(value: AttachmentValue): TemplateResult {
    const preview = this.preview?.id === value.id ? this.preview : undefined;
    const visible = t(this.lang, 'fileRemove');
    const full = t(this.lang, 'fileRemoveField', { label: text(this.field.label, this.lang) });
    const removeText = full.startsWith(visible)
      ? html`${visible}<span class="visually-hidden">${full.slice(visible.length)}</span>`
      : html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${full}</span>`;
    return html`<div class="current" part="file">
      ${preview?.url ? html`<img class="thumbnail" part="thumbnail" src=${preview.url} alt="" />` : nothing}
      <div class="details">
        <span class="file-name">${value.name}</span>
        <span class="file-size">${formatBytes(value.size, this.lang)}</span>
        ${preview?.missing ? html`<span class="note">${t(this.lang, 'fileNotOnDevice')}</span>` : nothing}
      </div>
      <button type="button" class="button remove" part="button secondary remove" @click=${this.removeFile}>
        ${removeText}
      </button>
    </div>`;
  }

  override render() {
    const field = this.field;
    const { accept, capture } = this.file;
    const invalid = Boolean(this.error || this.refusal);
    const value = this.current;
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <span class="label" id=${this.labelId} part=${invalid ? 'label invalid' : 'label'}
          >${this.renderLabelText()}</span
        >
        ${this.renderHint()} ${this.renderConstraints()} ${this.renderMessage()}
        ${value ? this.renderCurrent(value) : nothing}
        <input
          class="file-input visually-hidden"
          id=${this.controlId}
          name=${field.path}
          type="file"
          accept=${ifDefined(accept.length ? accept.join(',') : undefined)}
          capture=${ifDefined(capture)}
          aria-labelledby="${this.labelId} ${this.controlId}-choose"
          aria-describedby=${this.describedBy()}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-required=${field.required ? 'true' : 'false'}
          @input=${this.onInput}
          @change=${this.onChange}
        />
        <label
          class="button choose"
          part=${invalid ? 'button secondary choose invalid' : 'button secondary choose'}
          id="${this.controlId}-choose"
          for=${this.controlId}
          >${t(this.lang, value ? 'fileChooseAnother' : 'fileChoose')}</label
        >
        <p class="status" part="status" role="status">${this.processing ? t(this.lang, 'fileProcessing') : ''}</p>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-file-field': DvcFileField;
  }
  interface GlobalEventHandlersEventMap {
    'dvc-attachment-chosen': DvcAttachmentChosenEvent;
  }
}

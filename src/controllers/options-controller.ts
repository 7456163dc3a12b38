import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldModel, Option } from '../core/model/types.js';
import type { RenderContext } from '../elements/shared/render-context.js';

/** What a choice field exposes to the controller that loads its options. */
export interface OptionsHost extends ReactiveControllerHost {
  field: FieldModel;
  context?: RenderContext;
}

export type OptionsStatus = 'ready' | 'loading' | 'failed';

/** True for the values a person has not chosen yet: nothing, or an emptied text. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Converts an option's string value back to the JSON type the schema expects, so that `"1"` is stored as `1` for an
 * integer field and `"true"` as `true` for a yes/no question. The empty placeholder means "nothing chosen".
 */
export function toFieldValue(raw: string, valueType: FieldModel['valueType']): unknown {
  if (raw === '') return undefined;
  if (valueType === 'integer' || valueType === 'number') {
    const n = Number(raw);
    return Number.isNaN(n) ? raw : n;
  }
  if (valueType === 'boolean') return raw === 'true';
  return raw;
}

/**
 * Keeps the options of a select or combobox: the definition's own list, or reference data loaded through the render
 * context. It reloads when the source or the value of the field it depends on (the province of a commune) changes,
 * ignores answers to requests that were superseded, and turns a failed load into a message instead of an exception.
 */
export class OptionsController implements ReactiveController {
  options: Option[] = [];
  status: OptionsStatus = 'ready';
  /** The reason of the last failed load, as the context reported it. */
  failure = '';

  private key: string | undefined;
  private request = 0;
  private loadedOnce = false;

  /**
   * @param onReloaded Called after a load that replaced an earlier list (not the first one), so that the element can
   *   drop a value the new list no longer offers.
   */
  constructor(
    private readonly host: OptionsHost,
    private readonly onReloaded: (options: Option[]) => void = () => {},
  ) {
    host.addController(this);
  }

  /** True when the field depends on another answer (the province) that is still empty. */
  get waitingForDependency(): boolean {
    const { field, context } = this.host;
    return Boolean(field?.dependsOnPath && context && isEmptyValue(context.valueAt(field.dependsOnPath)));
  }

  hostUpdate(): void {
    const { field, context } = this.host;
    if (!field) return;
    if (!field.source || !context) {
      this.key = undefined;
      this.options = field.options ?? [];
      this.status = 'ready';
      return;
    }
    const dependency = field.dependsOnPath ? context.valueAt(field.dependsOnPath) : undefined;
    const key = JSON.stringify([field.source.data, field.path, dependency ?? null]);
    if (key === this.key) return;
    this.key = key;
    if (this.waitingForDependency) {
      this.finish(++this.request, []);
      return;
    }
    void this.load(context, field);
  }

  private async load(context: RenderContext, field: FieldModel): Promise<void> {
    const request = ++this.request;
    this.status = 'loading';
    this.failure = '';
    try {
      const options = await context.loadOptions(field);
      this.finish(request, options);
    } catch (error) {
      if (request !== this.request) return;
      this.status = 'failed';
      this.failure = error instanceof Error ? error.message : String(error);
      this.host.requestUpdate();
    }
  }

  private finish(request: number, options: Option[]): void {
    if (request !== this.request) return;
    const reloaded = this.loadedOnce;
    this.loadedOnce = true;
    this.options = options;
    this.status = 'ready';
    this.failure = '';
    this.host.requestUpdate();
    // Deferred so that an element clearing its value never dispatches events in the middle of its own update.
    if (!reloaded) return;
    queueMicrotask(() => {
      if (request === this.request) this.onReloaded(options);
    });
  }
}

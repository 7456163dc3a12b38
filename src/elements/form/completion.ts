import type { TemplateResult } from 'lit';
import { PdfController } from '../../controllers/pdf-controller.js';
import type { ReferenceData } from '../../controllers/reference-data.js';
import { SubmitController } from '../../controllers/submit-controller.js';
import type { ProcedureDefinition } from '../../core/definition/types.js';
import { renderPdfPanel } from './pdf-panel.js';
import { renderSubmitPanel, type SubmitPanelHost } from './submit-panel.js';

/**
 * What the form shows once the answers are confirmed: make and sign the PDF, then submit it. Loaded only when a form
 * is completed (with its controllers), so that the first load of a form, on a weak connection, does not carry it.
 */
export function completionControllers(host: ConstructorParameters<typeof PdfController>[0]): {
  pdf: PdfController;
  submitting: SubmitController;
} {
  return { pdf: new PdfController(host), submitting: new SubmitController(host) };
}

export function renderCompletion(
  host: SubmitPanelHost,
  definition: ProcedureDefinition,
  reference: ReferenceData,
): TemplateResult {
  return renderPdfPanel(host, definition, reference, renderSubmitPanel(host, definition));
}

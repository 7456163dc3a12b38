import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';

/**
 * What a host `<form>` sees of `<dvc-form name="…">`: its value is the shaped answers as JSON, set at every change
 * (a portal may want to save a half-filled application its own way), and it is invalid, with a message in the
 * person's language, until the answers are complete, so that the host form's `requestSubmit()` is blocked. No
 * answers yet (the procedure still loading) is incomplete too.
 */
export function associate(internals: ElementInternals, lang: Lang, result?: { data: unknown; valid: boolean }): void {
  internals.setFormValue(result ? JSON.stringify(result.data) : null);
  if (result?.valid) internals.setValidity({});
  else internals.setValidity({ customError: true }, t(lang, 'formIncomplete'));
}

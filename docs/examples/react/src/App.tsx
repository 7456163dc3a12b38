import { useCallback, useRef, useState } from 'react';
import type {
  DvcChangeEvent,
  DvcCompleteEvent,
  DvcDraftSavedEvent,
  DvcDraftSelectedEvent,
  DvcForm,
  DvcPdfReadyEvent,
  DvcStepChangeEvent,
  DvcSubmissionQueuedEvent,
  Lang,
} from 'dvc-kit';
import {
  ENDPOINT,
  NAMESPACE,
  PREFILL,
  PROCEDURE,
  childName,
  draftInUrl,
  headers,
  pdfSize,
  putDraftInUrl,
  timeOf,
  ui,
  withAccount,
} from './portal';

export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  // Which draft the form was opened on. A new `key` gives a fresh <dvc-form> when the person picks another draft or
  // starts again; saving does not change it (the form keeps working on the draft it made).
  const [opened, setOpened] = useState(() => ({ draftId: draftInUrl(), key: 0 }));
  // Answers the app puts into the form. Undefined until then: React skips an undefined prop, so the form keeps its
  // own answers (a resumed draft) until the app has something to say.
  const [value, setValue] = useState<Record<string, unknown>>();
  // The app's own state, kept from the form's events.
  const [step, setStep] = useState('');
  const [savedAt, setSavedAt] = useState<number>();
  const [child, setChild] = useState('');
  const [completed, setCompleted] = useState('');
  const [pdf, setPdf] = useState('');
  const [submissionId, setSubmissionId] = useState('');
  const form = useRef<DvcForm>(null);
  const t = ui(lang);

  const switchLang = (next: Lang) => {
    setLang(next);
    document.documentElement.lang = next;
  };
  // Framework state → property: the current answers (read from the element, which holds the resumed draft and what
  // was typed) with the account's details in. Setting `value` saves it in the draft like typing does.
  const fillFromAccount = () => setValue(withAccount(form.current?.value ?? {}));
  const open = useCallback((draftId: string | undefined) => {
    putDraftInUrl(draftId);
    setValue(undefined);
    setChild('');
    setOpened((previous) => ({ draftId, key: previous.key + 1 }));
  }, []);

  return (
    <>
      <header className="bar">
        <h1>{t.title}</h1>
        <div role="group" aria-label={t.language}>
          <button type="button" aria-pressed={lang === 'vi'} onClick={() => switchLang('vi')}>
            Tiếng Việt
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => switchLang('en')}>
            English
          </button>
        </div>
      </header>
      <main className="layout">
        <aside className="state" aria-label={t.state}>
          <button type="button" onClick={fillFromAccount}>
            {t.fill}
          </button>
          <dl>
            <dt>{t.step}</dt>
            <dd id="app-step">{step || t.none}</dd>
            <dt>{t.saved}</dt>
            <dd id="app-saved">{savedAt ? timeOf(savedAt, lang) : t.none}</dd>
            <dt>{t.child}</dt>
            <dd id="app-child">{child || t.none}</dd>
            <dt>{t.completed}</dt>
            <dd id="app-completed">{completed || t.none}</dd>
            <dt>{t.pdf}</dt>
            <dd id="app-pdf">{pdf || t.none}</dd>
            <dt>{t.submission}</dt>
            <dd id="app-submission">{submissionId || t.none}</dd>
          </dl>
        </aside>
        <dvc-form
          key={opened.key}
          ref={form}
          procedure={PROCEDURE}
          lang={lang}
          namespace={NAMESPACE}
          endpoint={ENDPOINT}
          draftId={opened.draftId}
          headers={headers}
          prefill={PREFILL}
          value={value}
          ondvc-change={(event: DvcChangeEvent) => setChild(childName(event.value))}
          ondvc-step-change={(event: DvcStepChangeEvent) => setStep(event.stepId)}
          ondvc-draft-saved={(event: DvcDraftSavedEvent) => {
            setSavedAt(event.savedAt);
            putDraftInUrl(event.draftId);
          }}
          ondvc-complete={(event: DvcCompleteEvent) => setCompleted(`${event.procedureId}@${event.procedureVersion}`)}
          ondvc-pdf-ready={(event: DvcPdfReadyEvent) => setPdf(pdfSize(event.bytes))}
          ondvc-submission-queued={(event: DvcSubmissionQueuedEvent) => setSubmissionId(event.submissionId)}
        />
      </main>
      <section className="lists">
        <dvc-drafts
          lang={lang}
          namespace={NAMESPACE}
          headingLevel={2}
          ondvc-draft-selected={(event: DvcDraftSelectedEvent) => open(event.draftId)}
          ondvc-draft-new={() => open(undefined)}
        />
        <dvc-outbox lang={lang} namespace={NAMESPACE} endpoint={ENDPOINT} headers={headers} headingLevel={2} />
      </section>
    </>
  );
}

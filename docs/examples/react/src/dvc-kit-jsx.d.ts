// JSX types for dvc-kit's elements in React 19. React sets a prop on a custom element as a PROPERTY when the element
// has one of that name (`'value' in element`), else as an attribute; a prop `on<name>` given a function becomes
// `addEventListener('<name>', …)`, the event name taken verbatim — so dvc-kit's events are `ondvc-change`, and so on.
// These types list the properties an app sets and the events it listens to, with dvc-kit's own event classes.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  DvcChangeEvent,
  DvcCompleteEvent,
  DvcDraftNewEvent,
  DvcDraftSavedEvent,
  DvcDraftSelectedEvent,
  DvcDrafts,
  DvcForm,
  DvcOutbox,
  DvcPdfReadyEvent,
  DvcStepChangeEvent,
  DvcSubmissionFixEvent,
  DvcSubmissionQueuedEvent,
  DvcSubmissionRejectedEvent,
  DvcSubmissionSentEvent,
} from 'dvc-kit';

/**
 * An element's HTML props (`id`, `className`…), the given properties of its class (those this version of dvc-kit
 * has), and its events.
 */
type ElementProps<E extends HTMLElement, P extends string, Events> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P> &
  Partial<Pick<E, Extract<P, keyof E>>> &
  Events;

type FormProperties =
  | 'procedure'
  | 'lang'
  | 'value'
  | 'referenceData'
  | 'draftId'
  | 'drafts'
  | 'namespace'
  | 'endpoint'
  | 'headers'
  | 'signer'
  | 'prefill'
  | 'locked'
  | 'steps'
  | 'pdfPreview'
  | 'strings'
  | 'name';

interface FormEvents {
  'ondvc-change'?: (event: DvcChangeEvent) => void;
  'ondvc-step-change'?: (event: DvcStepChangeEvent) => void;
  'ondvc-draft-saved'?: (event: DvcDraftSavedEvent) => void;
  'ondvc-complete'?: (event: DvcCompleteEvent) => void;
  'ondvc-pdf-ready'?: (event: DvcPdfReadyEvent) => void;
  'ondvc-submission-queued'?: (event: DvcSubmissionQueuedEvent) => void;
}

interface OutboxEvents {
  'ondvc-submission-sent'?: (event: DvcSubmissionSentEvent) => void;
  'ondvc-submission-rejected'?: (event: DvcSubmissionRejectedEvent) => void;
  'ondvc-submission-fix'?: (event: DvcSubmissionFixEvent) => void;
}

interface DraftsEvents {
  'ondvc-draft-selected'?: (event: DvcDraftSelectedEvent) => void;
  'ondvc-draft-new'?: (event: DvcDraftNewEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dvc-form': ElementProps<DvcForm, FormProperties, FormEvents>;
      'dvc-outbox': ElementProps<
        DvcOutbox,
        'lang' | 'namespace' | 'endpoint' | 'headers' | 'headingLevel',
        OutboxEvents
      >;
      'dvc-drafts': ElementProps<DvcDrafts, 'lang' | 'namespace' | 'procedure' | 'headingLevel', DraftsEvents>;
    }
  }
}

import type { FaultPlan } from './faults.js';
import type { Procedure } from './procedures.js';
import type { ReceiverStats } from './receiver.js';
import type { SubmissionStore } from './store.js';
import type { Uploads } from './uploads.js';

/** What the request handlers of one running receiver share. */
export interface ReceiverContext {
  store: SubmissionStore;
  uploads: Uploads;
  procedures: Map<string, Procedure>;
  basePath: string;
  maxSubmissionBytes: number;
  faults: FaultPlan;
  stats: ReceiverStats;
  /** Lines without personal data: ids, codes and statuses only. */
  log(line: string): void;
}

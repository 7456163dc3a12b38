// A page-side driver for the submission suites, bundled by test/e2e/submissions-app.mjs next to the built app and
// imported by the test into a page of it: it puts prepared signed packages into the device's outbox through the kit's
// own store, starts the kit's own sender, and reads back what the device believes. Nothing here sends by itself.
import { outboxStore, type OutboxItem } from '../../src/storage/outbox-store.js';
import { OutboxSender, type OutboxConfig } from '../../src/sync/outbox.js';

export interface Package {
  id: string;
  pdfUrl: string;
  pdfSha256: string;
  submissionJson: string;
  fileName: string;
}

const title = { vi: 'Đăng ký khai sinh', en: 'Birth registration' };
const senders: OutboxSender[] = [];

/** Puts the packages in the namespace's outbox, as a form's Submit does (status `queued`). */
export async function enqueue(namespace: string, endpoint: string, packages: Package[]): Promise<number> {
  const store = outboxStore(namespace);
  try {
    for (const p of packages) {
      const pdf = await (await fetch(p.pdfUrl)).blob();
      await store.add({
        id: p.id,
        procedureId: 'birth-registration',
        procedureVersion: '1.1.0',
        procedureTitle: title,
        pdf: new Blob([pdf], { type: 'application/pdf' }),
        pdfSha256: p.pdfSha256,
        fileName: p.fileName,
        submissionJson: p.submissionJson,
        endpoint,
      });
    }
    return (await store.list()).length;
  } finally {
    store.close();
  }
}

/** Starts a sender in this page, as `<dvc-outbox endpoint>` does, with the given timing. */
export function startSender(config: OutboxConfig): void {
  const sender = new OutboxSender(config);
  senders.push(sender);
  sender.start();
}

export function stopSenders(): void {
  for (const sender of senders.splice(0)) sender.stop();
}

/** What the device believes: items by status, and the receipts of accepted items (id and reference). */
export async function summary(
  namespace: string,
): Promise<{ byStatus: Record<string, number>; receipts: Array<{ id: string; echoed: string; reference: string }> }> {
  const store = outboxStore(namespace);
  try {
    const items: OutboxItem[] = await store.list();
    const byStatus: Record<string, number> = {};
    for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
    const receipts = items
      .filter((item) => item.receipt)
      .map((item) => ({ id: item.id, echoed: item.receipt!.submissionId, reference: item.receipt!.reference }));
    return { byStatus, receipts };
  } finally {
    store.close();
  }
}

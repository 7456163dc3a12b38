import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UUID } from './http.js';

/** What the receiver answers for a stored submission (the contract's receipt). */
export interface Receipt {
  submissionId: string;
  reference: string;
  receivedAt: string;
  pdfSha256: string;
  submissionSha256: string;
  attachments: Array<{ sha256: string; size: number; name: string }>;
}

/** One file of a submission to store: bytes in memory, or a file to copy whose SHA-256 must come out as given. */
export type StoredFile = { name: string; bytes: Uint8Array } | { name: string; copyOf: string; sha256: string };

export class DigestMismatchError extends Error {}

/**
 * The receiver's disk: `submissions/<id>/` holds what was received, written first under `staging/`, each file and
 * folder fsynced, then renamed into place and the parent folder fsynced. A crash at any point leaves either the whole
 * submission or nothing under `submissions/` (a half-written staging folder is deleted at the next start).
 */
export class SubmissionStore {
  private readonly staging: string;
  private readonly submissions: string;
  /** Last reference number used per day, so that references never repeat, even across restarts. */
  private readonly sequences = new Map<string, number>();
  private readonly locks = new Map<string, Promise<unknown>>();

  private constructor(readonly dataDir: string) {
    this.staging = join(dataDir, 'staging');
    this.submissions = join(dataDir, 'submissions');
  }

  static async open(dataDir: string): Promise<SubmissionStore> {
    const store = new SubmissionStore(dataDir);
    await rm(store.staging, { recursive: true, force: true });
    await mkdir(store.staging, { recursive: true });
    await mkdir(store.submissions, { recursive: true });
    for (const id of await store.ids()) {
      const receipt = await store.receipt(id);
      const match = receipt && /^DVC-(\d{8})-(\d+)$/.exec(receipt.reference);
      if (match) store.sequences.set(match[1], Math.max(store.sequences.get(match[1]) ?? 0, Number(match[2])));
    }
    return store;
  }

  /** Ids of the stored submissions (only folders named by a UUID count: nothing else is ours). */
  async ids(): Promise<string[]> {
    const names = await readdir(this.submissions);
    return names.filter((name) => UUID.test(name)).sort();
  }

  async receipt(id: string): Promise<Receipt | undefined> {
    if (!UUID.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(join(this.submissions, id, 'receipt.json'), 'utf8')) as Receipt;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Runs `work` while no other work holds the same id: one commit at a time per submission. */
  async withLock<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve();
    const current = previous.then(work, work);
    const settled = current.catch(() => undefined);
    this.locks.set(id, settled);
    void settled.then(() => {
      if (this.locks.get(id) === settled) this.locks.delete(id);
    });
    return current;
  }

  /**
   * The next reference, `DVC-YYYYMMDD-NNNNNN`, numbered per day in Vietnam's time (UTC+7, no daylight saving), since
   * an office counts its applications by its own calendar day.
   */
  nextReference(now: Date): string {
    const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const n = (this.sequences.get(day) ?? 0) + 1;
    this.sequences.set(day, n);
    return `DVC-${day}-${String(n).padStart(6, '0')}`;
  }

  /** Stores a submission atomically (see the class comment). Call under `withLock(id)`, after checking it is new. */
  async commit(id: string, files: StoredFile[], receipt: Receipt): Promise<void> {
    if (!UUID.test(id)) throw new Error('not a submission id');
    const dir = join(this.staging, `${id}.${randomUUID()}`);
    try {
      await mkdir(join(dir, 'attachments'), { recursive: true });
      for (const file of files) {
        const path = join(dir, file.name);
        if ('bytes' in file) await writeDurably(path, file.bytes);
        else await copyDurably(file.copyOf, path, file.sha256);
      }
      await writeDurably(join(dir, 'receipt.json'), new TextEncoder().encode(JSON.stringify(receipt, null, 2)));
      await syncDir(join(dir, 'attachments'));
      await syncDir(dir);
      await rename(dir, join(this.submissions, id));
      await syncDir(this.submissions);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }
}

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Copies a file, hashing what is read, so that what is stored is exactly what was checked. */
async function copyDurably(from: string, to: string, sha256: string): Promise<void> {
  const handle = await open(to, 'wx');
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(from)) {
      hash.update(chunk as Buffer);
      await handle.write(chunk as Buffer);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (hash.digest('hex') !== sha256) throw new DigestMismatchError();
}

async function syncDir(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

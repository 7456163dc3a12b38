import { FileStore } from '@tus/file-store';
import { Metadata, Server, type Upload } from '@tus/server';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { urlOnHost, UUID } from './http.js';
import type { ProblemKind } from './problem.js';

/** A finished upload, as the receiver measured it (never as the client described it). */
export interface CompletedUpload {
  id: string;
  submission: string;
  size: number;
  sha256: string;
  path: string;
}

/** The largest PATCH body held in memory; the device sends 512 KiB chunks. */
const MAX_CHUNK_BYTES = 8 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

/** FileStore that counts the bytes it accepts, for the receiver's statistics. */
class CountingFileStore extends FileStore {
  constructor(
    directory: string,
    private readonly onBytes: (bytes: number) => void,
  ) {
    super({ directory });
  }

  override async write(readable: IncomingMessage | Readable, id: string, offset: number): Promise<number> {
    const end = await super.write(readable, id, offset);
    this.onBytes(end - offset);
    return end;
  }
}

export interface UploadsOptions {
  directory: string;
  /** The collection's path, `<basePath>/uploads`. */
  path: string;
  maxBytes: number;
  corsOrigins: readonly string[];
  onBytes(bytes: number): void;
  log(line: string): void;
}

/**
 * Attachments, one tus 1.0.0 upload each (core + creation), on @tus/server with its FileStore under `uploads/`.
 * Upload ids are UUIDs made here; the client's file name is kept as metadata only, never used as a path. When an
 * upload completes, its SHA-256 is computed from the stored bytes: a submission is later matched against that.
 */
export class Uploads {
  private readonly store: CountingFileStore;
  private readonly tus: Server;
  private readonly digests = new Map<string, Promise<string>>();

  constructor(private readonly options: UploadsOptions) {
    this.store = new CountingFileStore(options.directory, options.onBytes);
    this.tus = new Server({
      path: options.path,
      datastore: this.store,
      maxSize: options.maxBytes,
      namingFunction: () => randomUUID(),
      generateUrl: (_req, { host, path, id }) => urlOnHost(host, `${path}/${id}`),
      allowedOrigins: (origin) => options.corsOrigins.includes(origin),
      onUploadFinish: async (_req, upload) => {
        const sha256 = await this.digest(upload.id, upload.storage?.path ?? this.pathOf(upload.id));
        if (sha256 !== upload.metadata?.sha256) options.log(`upload ${upload.id} complete: digest-mismatch`);
        return {};
      },
    });
  }

  /**
   * Checks a creation request before tus sees it, so that the device gets a problem it can show: metadata with the
   * submission's UUID and the file's SHA-256, and a declared length within the limit.
   */
  checkCreate(req: IncomingMessage): ProblemKind | undefined {
    const length = req.headers['upload-length'];
    if (typeof length !== 'string' || !/^\d{1,16}$/.test(length)) return 'invalidUpload';
    if (Number(length) > this.options.maxBytes) return 'uploadTooLarge';
    let metadata: Record<string, string | null>;
    try {
      metadata = Metadata.parse(String(req.headers['upload-metadata'] ?? ''));
    } catch {
      return 'invalidUpload';
    }
    const submission = metadata.submission ?? '';
    if (!UUID.test(submission) || !SHA256.test(metadata.sha256 ?? '')) return 'invalidUpload';
    const key = req.headers['idempotency-key'];
    if (key !== undefined && key !== submission) return 'invalidUpload';
    return undefined;
  }

  /** Hands a tus request (POST to the collection, HEAD or PATCH of an upload) to @tus/server. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    return req.method === 'PATCH' ? this.patchWhole(req, res) : this.tus.handle(req, res);
  }

  /**
   * A chunk is written only once it has arrived whole. A link cut in the middle of a PATCH otherwise leaves tus with
   * part of a chunk whose write may still be landing when the device asks (HEAD) where to resume, and the resumed
   * bytes then go to the wrong place: measured, a 5 MB file cut half way was stored with a wrong SHA-256. Whole
   * chunks make the offset the last acknowledged chunk, which is what the device resumes from.
   */
  private async patchWhole(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    const whole = await new Promise<boolean>((done) => {
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CHUNK_BYTES) {
          req.destroy();
          return done(false);
        }
        chunks.push(chunk);
      });
      req.on('end', () => done(true));
      req.on('aborted', () => done(false));
      req.on('error', () => done(false));
      req.on('close', () => done(req.complete));
    });
    if (!whole) {
      this.options.log('PATCH upload cut before the chunk was whole: nothing written');
      if (!res.headersSent) res.destroy();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await this.tus.handleWeb(
      new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
        method: 'PATCH',
        headers,
        body: Buffer.concat(chunks),
      }),
    );
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  }

  /** The upload `id` if it is complete, with its measured size and SHA-256; undefined if unknown or unfinished. */
  async completed(id: string): Promise<CompletedUpload | undefined> {
    if (!UUID.test(id)) return undefined;
    let upload: Upload;
    try {
      upload = await this.store.getUpload(id);
    } catch {
      return undefined;
    }
    if (upload.size === undefined || upload.offset !== upload.size) return undefined;
    const path = upload.storage?.path ?? this.pathOf(id);
    const submission = upload.metadata?.submission ?? '';
    return { id, submission, size: upload.size, sha256: await this.digest(id, path), path };
  }

  private pathOf(id: string): string {
    return join(this.options.directory, id);
  }

  /** A finished upload never changes (tus refuses bytes past its length), so its digest is computed once. */
  private digest(id: string, path: string): Promise<string> {
    let digest = this.digests.get(id);
    if (!digest) {
      digest = sha256File(path);
      this.digests.set(id, digest);
      digest.catch(() => this.digests.delete(id));
    }
    return digest;
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReceiverContext } from './context.js';
import { FaultPlan, type Faults } from './faults.js';
import { loadProcedures } from './procedures.js';
import { problemOf, sendProblem } from './problem.js';
import { routeApi } from './routes.js';
import { serveStatic } from './static.js';
import { SubmissionStore } from './store.js';
import { Uploads } from './uploads.js';

export type { Faults } from './faults.js';
// For scripts that serve the app otherwise (scripts/serve-demo.mjs may take it from dist-node/receiver.mjs).
export { CONTENT_SECURITY_POLICY } from './csp.js';

export interface ReceiverOptions {
  dataDir: string;
  /** 0 (the default) = any free port. */
  port?: number;
  /** 'localhost' by default. */
  host?: string;
  /** A built app (dist/) to serve at / with the strict CSP; none → API only. */
  appDir?: string;
  /** Procedure definitions to verify against (default: the package's forms/). */
  formsDir?: string;
  /** '/api/v1' by default. */
  basePath?: string;
  /** Largest attachment (default 25 MiB). */
  maxUploadBytes?: number;
  /** Largest POST /submissions body (default 20 MiB). */
  maxSubmissionBytes?: number;
  /** Then every API request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Origins allowed to call the API from a page (none by default: same origin only). */
  corsOrigins?: string[];
  faults?: Faults;
  /** Log lines never contain personal data (ids and codes only). */
  log?: (line: string) => void;
  /** A request must arrive whole within this time (default 120 s), so that slow clients cannot hold the server. */
  requestTimeoutMs?: number;
}

export interface ReceiverStats {
  /** Requests of any kind (app files too), and those to the API alone. */
  requests: number;
  apiRequests: number;
  stored: number;
  replayed: number;
  rejected: number;
  faultsInjected: number;
  uploadBytesReceived: number;
}

export interface Receiver {
  /** http://localhost:PORT/ */
  url: string;
  /** url + 'api/v1' */
  apiUrl: string;
  port: number;
  close(): Promise<void>;
  setFaults(faults: Faults): void;
  stats(): ReceiverStats;
  /** Ids of the submissions on disk. */
  storedSubmissions(): Promise<string[]>;
}

const MiB = 1024 * 1024;

/** forms/ of this package: next to dist-node/, where this module is bundled. */
function packageForms(): string {
  return fileURLToPath(new URL('../forms/', import.meta.url));
}

/**
 * The path of a request target, still percent-encoded (dot segments resolved, as URLs do); undefined if it is not a
 * URL at all. An origin-form target is read as a path even when it starts with `//`, which a URL parser would take
 * for a host.
 */
function pathOf(target: string): string | undefined {
  try {
    return new URL(target.startsWith('/') ? `http://receiver.invalid${target}` : target).pathname;
  } catch {
    return undefined;
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the reference receiver of the submission API v1 (docs: the contract in the issue-5 brief): tus uploads,
 * submissions verified and stored durably, receipts; optionally the built app beside it, and injected faults.
 */
export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const dataDir = resolve(options.dataDir);
  const basePath = (options.basePath ?? '/api/v1').replace(/\/+$/, '');
  const appDir = options.appDir === undefined ? undefined : resolve(options.appDir);
  if (appDir && !existsSync(join(appDir, 'index.html'))) throw new Error(`No built app in ${appDir} (no index.html)`);
  const corsOrigins = options.corsOrigins ?? [];
  const log = options.log ?? (() => undefined);
  const stats: ReceiverStats = {
    stored: 0,
    replayed: 0,
    rejected: 0,
    faultsInjected: 0,
    uploadBytesReceived: 0,
    requests: 0,
    apiRequests: 0,
  };
  const procedures = loadProcedures(options.formsDir ?? packageForms());
  const store = await SubmissionStore.open(dataDir);
  await mkdir(join(dataDir, 'uploads'), { recursive: true });
  const uploads = new Uploads({
    directory: join(dataDir, 'uploads'),
    path: `${basePath}/uploads`,
    maxBytes: options.maxUploadBytes ?? 25 * MiB,
    corsOrigins,
    onBytes: (bytes) => (stats.uploadBytesReceived += bytes),
    log,
  });
  const context: ReceiverContext = {
    store,
    uploads,
    procedures,
    basePath,
    maxSubmissionBytes: options.maxSubmissionBytes ?? 20 * MiB,
    faults: new FaultPlan(options.faults),
    stats,
    log,
  };
  const api = { context, token: options.token, corsOrigins, timers: new Set<NodeJS.Timeout>() };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    stats.requests++;
    const pathname = pathOf(req.url ?? '');
    const work =
      pathname === undefined
        ? Promise.resolve(sendProblem(res, problemOf('malformed'), {}, true))
        : pathname === basePath || pathname.startsWith(`${basePath}/`)
          ? (stats.apiRequests++, routeApi(api, pathname.slice(basePath.length), req, res))
          : appDir
            ? serveStatic(appDir, pathname, req, res)
            : routeApi(api, undefined, req, res);
    work.catch((error: unknown) => {
      log(`${req.method} internal error: ${(error as Error).name}`);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
        res.end('Internal error');
      } else {
        res.destroy();
      }
    });
  };
  const requestTimeout = options.requestTimeoutMs ?? 120_000;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(requestTimeout, 30_000),
      // Node looks for timed-out requests on this interval (30 s by default): often enough for the timeout to hold.
      connectionsCheckingInterval: Math.max(100, Math.min(requestTimeout / 4, 5_000)),
    },
    handle,
  );
  // A client that sent `Expect: 100-continue` is told to go on only once its request has passed the cheap checks:
  // an oversized or unauthorised body is then never sent at all.
  server.on('checkContinue', handle);
  const port = await listen(server, options.port ?? 0, options.host ?? 'localhost');
  const host = options.host ?? 'localhost';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  return {
    url,
    apiUrl: new URL(basePath.slice(1), url).href,
    port,
    setFaults: (faults) => context.faults.set(faults),
    stats: () => ({ ...stats }),
    storedSubmissions: () => store.ids(),
    close: () =>
      new Promise<void>((done) => {
        for (const timer of api.timers) clearTimeout(timer);
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

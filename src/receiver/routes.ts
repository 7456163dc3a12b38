import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiverContext } from './context.js';
import { answerPreflight, authorized, continueIfExpected, corsHeaders, UUID } from './http.js';
import { problemOf, sendProblem } from './problem.js';
import { getSubmission, postSubmission } from './submissions.js';

export interface Api {
  context: ReceiverContext;
  token?: string;
  corsOrigins: readonly string[];
  /** Pending injected delays, cleared on close. */
  timers: Set<NodeJS.Timeout>;
}

/** The routes under the base path, with the methods each allows (for 405 and preflights). */
function routeOf(path: string): { name: string; methods: string; id?: string } | undefined {
  if (path === '/submissions') return { name: 'submissions', methods: 'POST, OPTIONS' };
  if (path === '/uploads') return { name: 'uploads', methods: 'POST, OPTIONS' };
  const match = /^\/(submissions|uploads)\/([^/]+)$/.exec(path);
  // Ids are UUIDs or nothing: `..`, `%2e%2e`, absolute paths and NUL never reach a handler, let alone a file name.
  if (!match || !UUID.test(match[2])) return undefined;
  if (match[1] === 'submissions') return { name: 'submission', methods: 'GET, HEAD, OPTIONS', id: match[2] };
  return { name: 'upload', methods: 'HEAD, PATCH, OPTIONS', id: match[2] };
}

function delay(api: Api, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(() => {
      api.timers.delete(timer);
      done();
    }, ms);
    api.timers.add(timer);
  });
}

/**
 * One API request: injected faults first ("before doing anything"), then preflight, authentication, and the route.
 * `path` is the part after the base path; undefined for a request outside the API when no app is served.
 */
export async function routeApi(
  api: Api,
  path: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { context } = api;
  const cors = corsHeaders(req, api.corsOrigins);
  const route = path === undefined ? undefined : routeOf(path);
  const name = route?.name ?? 'unknown';
  if (path !== undefined && req.method !== 'OPTIONS') {
    if (context.faults.drop()) {
      context.stats.faultsInjected++;
      context.log(`${req.method} ${name} dropped (injected fault)`);
      req.socket.destroy();
      return;
    }
    if (context.faults.fail()) {
      context.stats.faultsInjected++;
      context.log(`${req.method} ${name} 500 (injected fault)`);
      sendProblem(res, problemOf('serverError'), cors, true);
      return;
    }
    const retryAfter = context.faults.throttle();
    if (retryAfter !== undefined) {
      context.stats.faultsInjected++;
      context.log(`${req.method} ${name} 429 (injected fault)`);
      sendProblem(res, problemOf('tooManyRequests'), { ...cors, 'Retry-After': String(retryAfter) }, true);
      return;
    }
    const { ms, stalled } = context.faults.delay();
    if (stalled) {
      context.stats.faultsInjected++;
      context.log(`${req.method} ${name} stalled ${ms} ms (injected fault)`);
    }
    if (ms > 0) await delay(api, ms);
  }
  if (!route) {
    sendProblem(res, problemOf('notFound'), cors, true);
    return;
  }
  if (req.method === 'OPTIONS') {
    const tus = route.name.startsWith('upload')
      ? { 'Tus-Resumable': '1.0.0', 'Tus-Version': '1.0.0', 'Tus-Extension': 'creation' }
      : undefined;
    answerPreflight(req, res, api.corsOrigins, route.methods, tus);
    return;
  }
  if (!authorized(req, api.token)) {
    context.log(`${req.method} ${name} 401`);
    sendProblem(res, problemOf('unauthorized'), { ...cors, 'WWW-Authenticate': 'Bearer' }, true);
    return;
  }
  if (!route.methods.split(', ').includes(req.method ?? '')) {
    sendProblem(res, problemOf('methodNotAllowed'), { ...cors, Allow: route.methods }, true);
    return;
  }
  if (route.name === 'submissions') return postSubmission(context, req, res, cors);
  if (route.name === 'submission') return getSubmission(context, route.id ?? '', res, cors);
  if (route.name === 'uploads') {
    const refused = context.uploads.checkCreate(req);
    if (refused) {
      context.log(`POST uploads ${problemOf(refused).status}`);
      sendProblem(res, problemOf(refused), { ...cors, 'Tus-Resumable': '1.0.0' }, true);
      return;
    }
  }
  for (const [header, value] of Object.entries(cors)) res.setHeader(header, value);
  continueIfExpected(req, res);
  await context.uploads.handle(req, res);
  if (route.name === 'uploads') context.log(`POST uploads ${res.statusCode}`);
}

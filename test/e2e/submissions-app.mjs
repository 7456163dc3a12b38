// The set-up of the submission suites: the built app served by the reference receiver (`dvc-kit serve`'s code, from
// dist-node/receiver.mjs), so that the demo submits somewhere real, exactly as `npm start` does. The app folder is a
// copy of dist/ with the suites' page driver (test/e2e/outbox-driver.ts, bundled) and any prepared packages added, so
// that dist/ itself stays what the build made.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness.mjs';

/** A fresh copy of dist/ with the page driver at /e2e/driver.js. Returns its path; `rmSync` it when done. */
export async function appWithDriver() {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-e2e-app-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'test/e2e/outbox-driver.ts')],
    outfile: join(dir, 'e2e', 'driver.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  return dir;
}

/** Starts the reference receiver (on a free port unless `port` is given), serving `appDir`, storing into `dataDir`. */
export async function startReceiverApp({ appDir = join(ROOT, 'dist'), dataDir: given, ...options } = {}) {
  const { startReceiver } = await import(pathToFileURL(join(ROOT, 'dist-node', 'receiver.mjs')).href);
  // A given folder is the previous run's (a redeploy keeps its data): only a folder made here is removed here.
  const dataDir = given ?? mkdtempSync(join(tmpdir(), 'dvc-e2e-data-'));
  const receiver = await startReceiver({ port: 0, appDir, dataDir, formsDir: join(ROOT, 'forms'), ...options });
  let running = true;
  const stop = async () => {
    if (running) await receiver.close();
    running = false;
  };
  return {
    receiver,
    dataDir,
    /** Stops the receiver and keeps its data (a redeploy starts another on the same folder and port). */
    stop,
    async close() {
      await stop();
      if (!given) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Loads the driver into a page of the app (same origin, so the strict CSP allows it). */
export function driver(page) {
  return {
    call: (name, ...args) =>
      page.evaluate(
        async ({ name, args }) => {
          const module = await import('/e2e/driver.js');
          return module[name](...args);
        },
        { name, args },
      ),
  };
}

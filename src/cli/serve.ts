import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReceiver, type Faults, type Receiver, type ReceiverOptions } from '../receiver/receiver.js';
import { EXIT, option, UsageError } from './main.js';

type Out = (line: string) => void;

const DEFAULT_PORT = 5173;

function rate(args: string[], name: string): number | undefined {
  const raw = option(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!(value >= 0 && value <= 1)) throw new UsageError(`${name} must be a number from 0 to 1`);
  return value;
}

function whole(args: string[], name: string, max: number): number | undefined {
  const raw = option(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new UsageError(`${name} must be a whole number`);
  return value;
}

/** Every `--cors-origin O` (the option may repeat). */
function origins(args: string[]): string[] {
  const found: string[] = [];
  for (let value = option(args, '--cors-origin'); value !== undefined; value = option(args, '--cors-origin')) {
    found.push(value);
  }
  return found;
}

/** The built demo app of this package (`dist/` beside `dist-node/`), if it was built. */
function packageApp(): string | undefined {
  const dir = fileURLToPath(new URL('../dist/', import.meta.url));
  return existsSync(resolve(dir, 'index.html')) ? dir : undefined;
}

async function start(options: ReceiverOptions, portGiven: boolean): Promise<Receiver> {
  try {
    return await startReceiver(options);
  } catch (error) {
    // The default port may be taken by a dev server: then any free port will do. A port the person chose is kept.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || portGiven) throw error;
    return startReceiver({ ...options, port: 0 });
  }
}

/** `dvc-kit serve`: the reference receiver (and the built app, if any) until SIGINT or SIGTERM. */
export async function serve(args: string[], out: Out, err: Out): Promise<number> {
  const port = whole(args, '--port', 65535);
  const dataDir = resolve(option(args, '--data') ?? '.dvc-data');
  const appOption = option(args, '--app');
  const formsDir = option(args, '--forms');
  const token = option(args, '--token');
  const corsOrigins = origins(args);
  const faults: Faults = {
    failureRate: rate(args, '--fail-rate'),
    dropRate: rate(args, '--drop-rate'),
    loseResponseRate: rate(args, '--lose-response-rate'),
    delayMs: whole(args, '--delay-ms', 600_000),
  };
  if (args.length > 0) throw new UsageError(`serve does not know ${args[0]}`);
  const appDir = appOption === undefined ? packageApp() : resolve(appOption);
  let receiver: Receiver;
  try {
    receiver = await start(
      {
        dataDir,
        port: port ?? DEFAULT_PORT,
        appDir,
        formsDir: formsDir && resolve(formsDir),
        token,
        corsOrigins,
        faults,
        log: out,
      },
      port !== undefined,
    );
  } catch (error) {
    err(`dvc-kit: cannot serve: ${(error as Error).message}`);
    return EXIT.unusable;
  }
  if (!appDir) out('dvc-kit: no built app (run `npm run build`, or give --app DIR): serving the API only');
  out(`dvc-kit: serving ${receiver.url} (API ${receiver.apiUrl}, data ${dataDir})`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void receiver.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.valid;
}

#!/usr/bin/env node
// Finds the Chromium that the tests drive. As root on Debian it installs Debian's `chromium` with apt (so that
// `npm install && npm test` works on a fresh machine; DVC_INSTALL_CHROMIUM=0 turns that off). Anywhere else it never
// installs software by itself: it stops with a message that says how to get a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a usable Chromium, or undefined. `CHROME_PATH` wins when set. */
export function findChromium() {
  if (process.env.CHROME_PATH) return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find(executable);
}

function isDebian() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^ID(_LIKE)?=.*debian/m.test(release) && !/^ID=ubuntu/m.test(release);
  } catch {
    return false;
  }
}

function mayInstall() {
  return (
    process.platform === 'linux' &&
    isDebian() &&
    executable('/usr/bin/apt-get') &&
    process.getuid?.() === 0 &&
    process.env.DVC_INSTALL_CHROMIUM !== '0'
  );
}

function install() {
  console.log('Installing Chromium from Debian packages (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

function main() {
  if (process.env.CHROME_PATH && !executable(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
    process.exit(1);
  }
  let path = findChromium();
  if (!path && mayInstall()) {
    install();
    path = findChromium();
  }
  if (!path) {
    console.error(
      [
        'The tests run in a real Chromium, and none was found.',
        'Fix one of these ways:',
        '  - on Debian, as root:  apt-get update && apt-get install -y chromium',
        '  - point to a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
        '  - run the tests as root on Debian, where they install it with apt themselves',
      ].join('\n'),
    );
    process.exit(1);
  }
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`Chromium: ${path} (${version})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

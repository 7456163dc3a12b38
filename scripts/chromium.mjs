#!/usr/bin/env node
// Finds the Chromium that the tests drive, and the PDF verifiers (pdfsig, qpdf, openssl, zbarimg) the PDF tests run. As
// root on Debian it installs what is missing with apt (so that
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

/** The PDF verifiers the signature tests run (a tool we did not write must accept our PDFs), by Debian package. */
const VERIFIERS = { pdfsig: 'poppler-utils', qpdf: 'qpdf', openssl: 'openssl', zbarimg: 'zbar-tools' };

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

function missingVerifierPackages() {
  return Object.entries(VERIFIERS)
    .filter(([command]) => !onPath(command))
    .map(([, pkg]) => pkg);
}

function install(packages) {
  console.log(`Installing from Debian packages (apt-get): ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

function main() {
  if (process.env.CHROME_PATH && !executable(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
    process.exit(1);
  }
  let path = findChromium();
  const wanted = [...(path ? [] : ['chromium']), ...missingVerifierPackages()];
  if (wanted.length > 0 && mayInstall()) {
    install(wanted);
    path = findChromium();
  }
  const stillMissing = missingVerifierPackages();
  if (stillMissing.length > 0) {
    console.error(
      `The PDF tests check files with pdfsig, qpdf, openssl and zbarimg; missing: ${stillMissing.join(', ')}.\n` +
        `On Debian, as root: apt-get update && apt-get install -y ${stillMissing.join(' ')}`,
    );
    process.exit(1);
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

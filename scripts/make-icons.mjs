#!/usr/bin/env node
// Draws the PNG icons of the web app manifest from public/icon.svg, so that a tablet can install the demo (Android
// and desktop Chromium want 192 and 512 px PNGs, and a "maskable" one that may be cut to a circle or a squircle).
// Chromium renders the SVG, which keeps the PNGs faithful to the one drawing; run it again after editing the SVG:
//   node scripts/make-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(join(publicDir, 'icon.svg'), 'utf8');

/**
 * The maskable variant: the background fills the whole square (a launcher may crop any of it), and the drawing is
 * scaled to 80 % around the centre so that all of it stays inside the "safe zone", the centred circle of 40 %
 * radius that every mask keeps (https://www.w3.org/TR/appmanifest/#icon-masks). The document and the seal reach
 * at most 29 units from the centre of the 64-unit drawing, which is 23 units once scaled: inside 25.6.
 */
function maskable(source) {
  const inner = source
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<rect width="64" height="64"[^>]*\/>/, '');
  const background = /<rect width="64" height="64"[^>]*fill="([^"]+)"/.exec(source)?.[1];
  if (!background) throw new Error('public/icon.svg: expected a 64×64 background <rect> with a fill');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" fill="${background}"/>`,
    `<g transform="translate(32 32) scale(0.8) translate(-32 -32)">${inner}</g>`,
    '</svg>',
  ].join('');
}

const ICONS = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'icon-maskable-512.png', size: 512, source: maskable(svg) },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node scripts/chromium.mjs` for the ways to get one.');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, source } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${src}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(publicDir, file), png);
    console.log(`public/${file}: ${size}×${size}, ${png.length.toLocaleString('en')} bytes`);
  }
} finally {
  await browser.close();
}

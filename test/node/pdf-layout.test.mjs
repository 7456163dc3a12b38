import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/load-ts.mjs';
import { core, readDefinition, readJson } from './helpers.mjs';

// Every valid birth-registration example becomes an unsigned submission PDF, checked with tools we did not write:
// poppler's pdftotext, pdffonts and pdfdetach, and qpdf.
const pdf = await importTs('test/node/pdf-entry.ts');
const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
const definition = core.checkDefinition(readDefinition('forms/birth-registration/definition.json'), 'birth', meta);
const validator = core.compileSchema(definition.schema);
const examples = readdirSync('forms/birth-registration/examples').filter((file) => file.startsWith('valid-'));
const dir = mkdtempSync(join(tmpdir(), 'dvc-pdf-layout-'));
const run = (command, ...args) => execFileSync(command, args, { encoding: 'utf8' });
const collapse = (value) => value.replace(/\s+/g, ' ');

/** The text of a page region, in points from the top-left corner (pdftotext's crop box at 72 dpi). */
function regionText(file, page, x, y, width, height) {
  const region = [
    ['-x', x],
    ['-y', y],
    ['-W', width],
    ['-H', height],
  ].flatMap(([flag, value]) => [flag, String(Math.round(value))]);
  return run('pdftotext', '-f', String(page), '-l', String(page), ...region, file, '-');
}

/** Text answers the person typed (not choices, codes or dates, which are printed as labels and dd/mm/yyyy). */
function typedStrings(data) {
  const fields = core
    .visibleSteps(definition, data)
    .flatMap((index) => core.leafFields(core.buildFields(definition, data, definition.steps[index].fields)));
  fields.push(...core.leafFields(core.buildFields(definition, data, definition.declaration)));
  return fields.flatMap((field) => {
    const value = core.getAt(data, field.path);
    if (field.widget === 'file' && value) return [value.name];
    return ['text', 'textarea'].includes(field.widget) && typeof value === 'string' ? [value] : [];
  });
}

after(() => rmSync(dir, { recursive: true, force: true }));

it('there are valid birth-registration examples to print', () => assert.ok(examples.length >= 5));

for (const file of examples) {
  describe(`PDF of ${file}`, () => {
    const example = readJson(`forms/birth-registration/examples/${file}`);
    const { data, valid } = core.validateAnswers(definition, validator, example.data);
    const path = join(dir, file.replace(/\.json$/, '.pdf'));
    let built;
    let bytes;
    let text;
    let pages;

    before(async () => {
      assert.ok(valid);
      const fonts = await pdf.loadNodeFonts();
      built = await pdf.buildUnsignedPdf(
        {
          definition,
          data,
          lang: 'vi',
          submissionId: '0b6f3c2a-9d4e-4c1b-8a7f-5e2d1c0b9a86',
          createdAt: new Date('2026-10-20T02:05:00Z'),
          referenceLabels: { 'authority.province': 'Thành phố Hà Nội', 'authority.commune': 'Phường Hoàn Kiếm' },
        },
        fonts,
      );
      bytes = await built.doc.save({ useObjectStreams: false });
      writeFileSync(path, bytes);
      text = run('pdftotext', '-layout', path, '-');
      pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', path))[1]);
    });

    it('prints every typed answer exactly, diacritics included (NFC)', () => {
      const { valueX, valueWidth } = pdf.columns();
      // A value wrapped in its column reads back whole once the column's lines are joined.
      const column = Array.from({ length: pages }, (_, index) =>
        regionText(path, index + 1, valueX - 1, 0, valueWidth + 2, pdf.PAGE_HEIGHT),
      ).join('\n');
      const haystack = collapse(text) + '\n' + collapse(column);
      assert.equal(haystack, haystack.normalize('NFC'));
      const typed = typedStrings(data);
      assert.ok(typed.length > 3, 'the example has typed answers');
      for (const value of typed) assert.ok(haystack.includes(collapse(value)), `"${value}" is in the PDF`);
    });

    it('has the national header, the title, the office and the declaration date', () => {
      assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      assert.match(text, /Độc lập - Tự do - Hạnh phúc/);
      assert.match(text, /ĐĂNG KÝ KHAI SINH/);
      assert.match(text, /Kính gửi: Ủy ban nhân dân/);
      assert.match(text, /Phường Hoàn Kiếm, Thành phố Hà Nội/);
      assert.match(text, /Ngày lập: 20\/10\/2026 09:05/);
      assert.match(collapse(text), /ngày 20 tháng 10 năm 2026/);
    });

    it('numbers every page "Trang x/N"', () => {
      assert.ok(pages >= 1);
      const pageTexts = text.split('\f').filter((page) => page.trim() !== '');
      assert.equal(pageTexts.length, pages);
      pageTexts.forEach((page, index) => assert.match(page, new RegExp(`Trang ${index + 1}/${pages}\\b`)));
    });

    it('embeds Be Vietnam Pro as subsets, no other font', () => {
      const fonts = run('pdffonts', path).split('\n').slice(2).filter(Boolean);
      assert.equal(fonts.length, 2);
      for (const line of fonts) assert.match(line, /^[A-Z]{6}\+BeVietnamPro-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
    });

    it('carries submission.json, whose SHA-256 is the hex printed under the QR code', () => {
      const saved = join(dir, `${file}.submission.json`);
      run('pdfdetach', '-save', '1', '-o', saved, path);
      const json = readFileSync(saved);
      const hash = createHash('sha256').update(json).digest('hex');
      assert.equal(hash, built.submissionSha256);
      assert.deepEqual(JSON.parse(json.toString('utf8')), built.submission);
      assert.deepEqual(built.submission.data, data);
      const box = pdf.qrBox();
      const under = regionText(
        path,
        1,
        box.x - 5,
        pdf.PAGE_HEIGHT - box.hexTop,
        box.size + 10,
        box.hexTop - box.hexBottom + 4,
      );
      assert.equal(under.replace(/\s+/g, ''), hash);
      // The QR code itself is decoded from a 150 dpi rendering (zbarimg is installed by the test setup).
      run('pdftoppm', '-r', '150', '-f', '1', '-l', '1', '-png', path, join(dir, file));
      const image = readdirSync(dir).find((name) => name.startsWith(file) && name.endsWith('.png'));
      assert.match(run('zbarimg', '-q', join(dir, image)), new RegExp(`QR-Code:sha256:${hash}`));
    });

    it('passes qpdf --check and stays small', () => {
      assert.match(run('qpdf', '--check', path), /No syntax or stream encoding errors found/);
      assert.ok(bytes.length < 60_000, `${bytes.length} bytes`);
    });

    it('reserves the signature box inside the last page, clear of the footer', () => {
      const { pageIndex, rect } = built.signatureArea;
      assert.equal(pageIndex, pages - 1);
      assert.deepEqual([rect.width, rect.height], [240, 70]);
      assert.ok(rect.y >= pdf.MARGIN && rect.x + rect.width <= pdf.PAGE_WIDTH - pdf.MARGIN + 0.01);
    });
  });
}

it('prints English labels with "Page x of N", the header staying Vietnamese', async () => {
  const example = readJson('forms/birth-registration/examples/valid-father-unknown.json');
  const { data } = core.validateAnswers(definition, validator, example.data);
  const built = await pdf.buildUnsignedPdf(
    { definition, data, lang: 'en', submissionId: 'x-1', createdAt: new Date('2026-10-20T02:05:00Z') },
    await pdf.loadNodeFonts(),
  );
  const path = join(dir, 'english.pdf');
  writeFileSync(path, await built.doc.save({ useObjectStreams: false }));
  const text = run('pdftotext', '-layout', path, '-');
  assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  assert.match(text, /BIRTH REGISTRATION/);
  assert.match(text, /Page 1 of \d/);
  assert.match(collapse(text), /on 20\/10\/2026/);
  assert.doesNotMatch(text, /Trang \d/);
});

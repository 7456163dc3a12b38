import { expect } from '@open-wc/testing';
import { PDFDocument } from '@cantoo/pdf-lib';
import { shapeData } from '../core/model/shape.js';
import { fetchDefinition } from '../../test/browser/definition.js';
import type { PdfFonts } from './fonts.js';
import { buildContent } from './layout/content.js';
import { buildUnsignedPdf } from './layout/document.js';
import { wrapText } from './layout/wrap.js';
import { buildSubmissionJson, sha256Hex, submissionBytes } from './submission.js';
import type { SubmissionInput } from './types.js';

const FONT_DIR = '/node_modules/@expo-google-fonts/be-vietnam-pro';

async function bytesOf(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

async function fonts(): Promise<PdfFonts> {
  return {
    regular: await bytesOf(`${FONT_DIR}/400Regular/BeVietnamPro_400Regular.ttf`),
    bold: await bytesOf(`${FONT_DIR}/700Bold/BeVietnamPro_700Bold.ttf`),
  };
}

async function birthInput(example: string, lang: 'vi' | 'en' = 'vi'): Promise<SubmissionInput> {
  const definition = await fetchDefinition('/forms/birth-registration/definition.json');
  const { data } = (await (await fetch(`/forms/birth-registration/examples/${example}.json`)).json()) as {
    data: unknown;
  };
  return {
    definition,
    data: shapeData(definition, data),
    lang,
    submissionId: '0b6f3c2a-9d4e-4c1b-8a7f-5e2d1c0b9a86',
    createdAt: new Date('2026-10-20T02:05:00Z'),
    referenceLabels: { 'child.placeOfBirth.commune': 'Phường Ba Đình' },
  };
}

describe('submission PDF layout (in the browser)', () => {
  it('builds a signed-ready A4 PDF with submission.json attached, from fetched fonts', async () => {
    const input = await birthInput('valid-with-birth-evidence-scan');
    const { doc, submission, submissionSha256, signatureArea } = await buildUnsignedPdf(input, await fonts());
    const bytes = await doc.save({ useObjectStreams: false });
    expect(bytes.length).to.be.below(60_000);
    expect(submissionSha256).to.equal(await sha256Hex(submissionBytes(submission)));
    expect(submission.procedure).to.deep.equal({ id: 'birth-registration', version: input.definition.version });

    const reloaded = await PDFDocument.load(bytes);
    expect(reloaded.getPageCount()).to.be.greaterThan(1);
    const [width, height] = [reloaded.getPage(0).getWidth(), reloaded.getPage(0).getHeight()];
    expect([Math.round(width), Math.round(height)]).to.deep.equal([595, 842]);
    const [attachment] = reloaded.getAttachments();
    expect(attachment.name).to.equal('submission.json');
    expect(await sha256Hex(attachment.data)).to.equal(submissionSha256);
    expect(reloaded.getSubject()).to.equal(`sha256:${submissionSha256}`);
    expect(signatureArea.pageIndex).to.equal(reloaded.getPageCount() - 1);
  });

  it('prints answers in step order, file and reference names, and numbers nothing twice', async () => {
    const content = buildContent(await birthInput('valid-with-birth-evidence-scan'));
    const titles = content.sections.map((section) => section.title);
    expect(titles[0]).to.equal('Nơi đăng ký và loại khai sinh');
    expect(titles[titles.length - 1]).to.equal('Tệp đính kèm');
    const rows = content.sections.flatMap((section) => section.rows);
    const value = (label: string) => rows.find((row) => row.label === label)?.value;
    expect(value('Họ, chữ đệm và tên của mẹ')).to.equal('Nguyễn Thị Lan Anh');
    expect(value('Ngày, tháng, năm sinh của trẻ')).to.equal('12/10/2026');
    expect(value('Giới tính')).to.equal('Nam');
    expect(value('Xã, phường, đặc khu nơi sinh')).to.equal('Phường Ba Đình');
    expect(value('Tỉnh, thành phố nơi sinh')).to.equal('01');
    const attachments = content.sections[content.sections.length - 1].rows;
    expect(attachments[0].value).to.contain('giay-chung-sinh.pdf (48 KB)');
    expect(attachments[0].value).to.contain('08e7fd2e1976475c5d25b29b8e626f0f4293d412a81a660dcbf4d90ed92d2105');
    expect(content.declarations[0]).to.match(/^Tôi cam đoan/);
    expect(content.madeAt).to.equal('Làm tại Phường Hoàn Kiếm, thành phố Hà Nội, ngày 20 tháng 10 năm 2026');
  });

  it('says "Made at …, on dd/mm/yyyy" in English and leaves out unanswered questions', async () => {
    const content = buildContent(await birthInput('valid-father-unknown', 'en'));
    expect(content.madeAt).to.match(/^Made at .+, on 20\/10\/2026$/);
    expect(content.authority[0]).to.match(/^To: /);
    for (const section of content.sections) for (const row of section.rows) expect(row.value).to.not.equal('');
    expect(content.sections.map((section) => section.title)).to.not.include('About the father');
  });

  it('wraps at spaces, cuts words too wide for the column, and keeps hard line breaks', async () => {
    const doc = await PDFDocument.create();
    const { embedFonts } = await import('./fonts.js');
    const { regular } = await embedFonts(doc, await fonts(), '0');
    const width = 100;
    const lines = wrapText('Nguyễn Thị Hương sinh tại Bệnh viện Phụ sản Hà Nội', regular, 10, width);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join(' ')).to.equal('Nguyễn Thị Hương sinh tại Bệnh viện Phụ sản Hà Nội');
    for (const line of lines) expect(regular.widthOfTextAtSize(line, 10)).to.be.at.most(width);
    const hash = 'a'.repeat(64);
    const cut = wrapText(`SHA-256: ${hash}`, regular, 10, width);
    expect(cut.join('').replace(/\s/g, '')).to.equal(`SHA-256:${hash}`);
    for (const line of cut) expect(regular.widthOfTextAtSize(line, 10)).to.be.at.most(width);
    expect(wrapText('một\nhai', regular, 10, width)).to.deep.equal(['một', 'hai']);
  });

  it('keeps the same submission.json bytes for the same answers', async () => {
    const input = await birthInput('valid-both-parents-known');
    const one = submissionBytes(buildSubmissionJson(input));
    const two = submissionBytes(buildSubmissionJson({ ...input, data: structuredClone(input.data) }));
    expect(await sha256Hex(one)).to.equal(await sha256Hex(two));
    const text = new TextDecoder().decode(one);
    expect(text.startsWith('{\n  "format": "dvc-kit-submission/1",\n  "submissionId"')).to.be.true;
    expect(text).to.contain('"createdAt": "2026-10-20T02:05:00.000Z"');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AttachmentValue } from '../../core/definition/types.js';
import type { FieldModel } from '../../core/model/types.js';
import type { RenderContext } from '../shared/render-context.js';
import './file-field.js';
import type { DvcAttachmentChosenEvent, DvcFileField } from './file-field.js';
import { sha256Hex } from './prepare.js';

const field: FieldModel = {
  path: 'birthEvidenceScan',
  key: 'birthEvidenceScan',
  widget: 'file',
  label: { vi: 'Ảnh chụp hoặc bản quét giấy tờ chứng minh việc sinh', en: 'Photo or scan of the proof of birth' },
  hint: { vi: 'Chụp rõ cả tờ giấy', en: 'Show the whole page' },
  required: false,
  schema: { type: 'object' },
  valueType: 'object',
  file: {
    accept: ['image/jpeg', 'image/png', 'application/pdf'],
    maxBytes: 5_000_000,
    maxEdge: 1600,
    quality: 0.8,
    capture: 'environment',
  },
};

const stored: AttachmentValue = {
  id: 'a1',
  name: 'giay-chung-sinh.jpg',
  type: 'image/jpeg',
  size: 850_000,
  sha256: 'ab'.repeat(32),
};

function contextWith(files: Record<string, Blob>): RenderContext & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    lang: 'vi',
    valueAt: () => undefined,
    errorAt: () => '',
    warningAt: () => '',
    loadOptions: async () => [],
    attachment: async (id) => {
      asked.push(id);
      return files[id];
    },
  };
}

function input(el: DvcFileField): HTMLInputElement {
  return el.shadowRoot!.querySelector('input[type=file]')!;
}

function choose(el: DvcFileField, file: File): void {
  const dt = new DataTransfer();
  dt.items.add(file);
  input(el).files = dt.files;
  input(el).dispatchEvent(new Event('change'));
}

function chosenEvent(el: DvcFileField): Promise<DvcAttachmentChosenEvent> {
  return oneEvent(el, 'dvc-attachment-chosen') as unknown as Promise<DvcAttachmentChosenEvent>;
}

/** Records the events that leave the element, in order. */
function record(el: DvcFileField): Array<{ type: string; value?: unknown; blob?: Blob }> {
  const seen: Array<{ type: string; value?: unknown; blob?: Blob }> = [];
  el.addEventListener('dvc-attachment-chosen', (e) => seen.push({ type: e.type, value: e.value, blob: e.blob }));
  el.addEventListener('change', () => seen.push({ type: 'change', value: el.value }));
  el.addEventListener('input', () => seen.push({ type: 'input' }));
  return seen;
}

async function canvasBlob(width: number, height: number, type: string, quality = 0.95, noise = true): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#2a6');
  gradient.addColorStop(1, '#c33');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  if (noise) {
    // Noise defeats compression, so the original is several megabytes like a real phone photo.
    const image = context.getImageData(0, 0, width, height);
    for (let i = 0; i < image.data.length; i += 4) {
      const n = (Math.random() - 0.5) * 120;
      image.data[i] += n;
      image.data[i + 1] += n;
      image.data[i + 2] -= n;
    }
    context.putImageData(image, 0, 0);
  }
  return canvas.convertToBlob({ type, quality });
}

/** Inserts an EXIF block saying "rotate 90° clockwise to display" (orientation 6) after a JPEG's SOI marker. */
async function withOrientation6(jpeg: Blob): Promise<Blob> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  const exif = [0xff, 0xe1, 0x00, 0x22, ...Array.from('Exif', (c) => c.charCodeAt(0)), 0, 0];
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
  return new Blob([bytes.slice(0, 2), new Uint8Array([...exif, ...tiff]), bytes.slice(2)], { type: 'image/jpeg' });
}

const tinyPdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

describe('dvc-file-field', () => {
  it('is accessible empty, with a file and with an error', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field} lang="vi"></dvc-file-field>`);
    await expect(el).to.be.accessible();
    el.context = contextWith({ a1: await canvasBlob(40, 30, 'image/jpeg', 0.8, false) });
    el.value = stored;
    await waitUntil(() => el.shadowRoot!.querySelector('img'));
    await expect(el).to.be.accessible();
    el.error = 'Tệp không hợp lệ';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('offers a labelled native file input that starts empty, with accept, capture, hint and limits', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field} lang="vi"></dvc-file-field>`);
    const control = input(el);
    expect(control.files!.length).to.equal(0);
    expect(el.shadowRoot!.querySelector('.current')).to.equal(null);
    expect(control.name).to.equal('birthEvidenceScan');
    expect(control.accept).to.equal('image/jpeg,image/png,application/pdf');
    expect(control.getAttribute('capture')).to.equal('environment');
    const names = control.getAttribute('aria-labelledby')!.split(' ');
    const name = names.map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
    expect(name).to.contain('Ảnh chụp hoặc bản quét giấy tờ chứng minh việc sinh').and.contain('Chọn tệp');
    const choose = el.shadowRoot!.querySelector<HTMLLabelElement>('label.choose')!;
    expect(choose.control).to.equal(control);
    expect(choose.getBoundingClientRect().height).to.be.at.least(44);
    const described = control.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => el.shadowRoot!.getElementById(id)!.textContent)).to.deep.equal([
      'Chụp rõ cả tờ giấy',
      'Nhận ảnh JPG, PNG hoặc tệp PDF, tối đa 5 MB.',
    ]);
  });

  it('refuses a file of a type that is not accepted, naming the accepted types, and commits nothing', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field} lang="vi"></dvc-file-field>`);
    const seen = record(el);
    choose(el, new File(['ghi chú'], 'ghi-chu.txt', { type: 'text/plain' }));
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('.error')!;
    expect(error.textContent).to.equal('Lỗi: Không dùng được tệp “ghi-chu.txt”. Hãy chọn ảnh JPG, PNG hoặc tệp PDF.');
    expect(input(el).getAttribute('aria-describedby')).to.contain(error.id);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(seen).to.deep.equal([]);
    expect(el.value).to.equal(undefined);
    el.lang = 'en';
    choose(el, new File(['x'], 'notes.docx', { type: 'application/msword' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('Choose a JPG, PNG image or PDF file.');
  });

  it('stores a large photo reduced to the longest edge, as JPEG, with the SHA-256 of what is stored', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field} lang="vi"></dvc-file-field>`);
    const original = await canvasBlob(4000, 3000, 'image/jpeg');
    expect(original.size, 'the generated photo is several megabytes').to.be.above(5_000_000);
    const seen = record(el);
    const changed = oneEvent(el, 'change');
    choose(el, new File([original], 'IMG_0042.JPG', { type: 'image/jpeg' }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status].status')!.textContent).to.equal('Đang xử lý ảnh…');
    await changed;
    expect(seen.map((e) => e.type)).to.deep.equal(['dvc-attachment-chosen', 'change']);
    const value = seen[0].value as AttachmentValue;
    const blob = seen[0].blob!;
    expect(seen[1].value).to.deep.equal(value);
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1600, 1200]);
    expect(blob.type).to.equal('image/jpeg');
    expect(blob.size).to.be.below(original.size);
    expect(value).to.include({ name: 'IMG_0042.jpg', type: 'image/jpeg', size: blob.size });
    expect(value.sha256).to.match(/^[0-9a-f]{64}$/);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
    expect(value.sha256).to.equal(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''));
    expect(value.id).to.match(/^[0-9a-f-]{36}$/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status].status')!.textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('.file-name')!.textContent).to.equal('IMG_0042.jpg');
  });

  it('turns a photo upright by its EXIF orientation and never enlarges it; a PNG becomes a JPEG', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field}></dvc-file-field>`);
    const sideways = await withOrientation6(await canvasBlob(400, 300, 'image/jpeg', 0.9, false));
    let chosen = chosenEvent(el);
    choose(el, new File([sideways], 'scan.jpeg', { type: 'image/jpeg' }));
    let bitmap = await createImageBitmap((await chosen).blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([300, 400]);
    chosen = chosenEvent(el);
    choose(el, new File([await canvasBlob(500, 200, 'image/png')], 'trang-1.png', { type: 'image/png' }));
    const event = await chosen;
    bitmap = await createImageBitmap(event.blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([500, 200]);
    expect(event.value).to.include({ name: 'trang-1.jpg', type: 'image/jpeg' });
  });

  it('keeps a PDF byte for byte', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field}></dvc-file-field>`);
    const pdf = new File([tinyPdf], 'giay-chung-sinh.pdf', { type: 'application/pdf' });
    const chosen = chosenEvent(el);
    choose(el, pdf);
    const event = await chosen;
    expect(event.path).to.equal('birthEvidenceScan');
    expect(new Uint8Array(await event.blob.arrayBuffer())).to.deep.equal(new Uint8Array(await pdf.arrayBuffer()));
    expect(event.value).to.include({ name: 'giay-chung-sinh.pdf', type: 'application/pdf', size: pdf.size });
    expect(event.value.sha256).to.equal(await sha256Hex(pdf));
  });

  it('refuses a file over the size limit with the limit in the message, and emits nothing', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field} lang="vi"></dvc-file-field>`);
    const seen = record(el);
    const big = new File([tinyPdf, new Uint8Array(5_000_001 - tinyPdf.length)], 'ho-so.pdf', {
      type: 'application/pdf',
    });
    choose(el, big);
    await waitUntil(() => el.shadowRoot!.querySelector('.error'));
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('Tệp lớn hơn 5 MB');
    expect(seen).to.deep.equal([]);
    expect(el.value).to.equal(undefined);
  });

  it('says so when an image cannot be read, and commits nothing', async () => {
    const el = await fixture<DvcFileField>(html`<dvc-file-field .field=${field} lang="en"></dvc-file-field>`);
    const seen = record(el);
    choose(el, new File(['not a photo'], 'broken.jpg', { type: 'image/jpeg' }));
    await waitUntil(() => el.shadowRoot!.querySelector('.error'));
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('The image “broken.jpg” could not be read');
    expect(seen).to.deep.equal([]);
  });

  it('removes the file with one change event, from a button named after the field', async () => {
    const el = await fixture<DvcFileField>(
      html`<dvc-file-field .field=${field} .value=${stored} .context=${contextWith({})}></dvc-file-field>`,
    );
    const seen = record(el);
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Xóa tệp Ảnh chụp hoặc bản quét giấy tờ chứng minh việc sinh',
    );
    remove.click();
    expect(seen).to.deep.equal([{ type: 'change', value: undefined }]);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.current')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(el.shadowRoot!.querySelector('label.choose')!.textContent).to.equal('Chọn tệp');
  });

  it('previews a stored photo through the context and revokes its object URL when no longer shown', async () => {
    const created: string[] = [];
    const revoked: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (blob: Blob) => {
      const url = createObjectURL(blob);
      created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revokeObjectURL(url);
    };
    try {
      const photo = await canvasBlob(60, 40, 'image/jpeg', 0.8, false);
      const context = contextWith({ a1: photo, a2: photo });
      const el = await fixture<DvcFileField>(
        html`<dvc-file-field .field=${field} .value=${stored} .context=${context}></dvc-file-field>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('img'));
      expect(context.asked).to.deep.equal(['a1']);
      expect(el.shadowRoot!.querySelector('img')!.src).to.equal(created[0]);
      el.value = { ...stored, id: 'a2' };
      await waitUntil(() => created.length === 2);
      expect(revoked).to.deep.equal([created[0]]);
      el.remove();
      expect(revoked).to.deep.equal([created[0], created[1]]);
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });

  it('shows name and size with a note when the file is not on this device', async () => {
    const el = await fixture<DvcFileField>(
      html`<dvc-file-field .field=${field} .value=${stored} .context=${contextWith({})} lang="vi"></dvc-file-field>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.note'));
    expect(el.shadowRoot!.querySelector('.file-name')!.textContent).to.equal('giay-chung-sinh.jpg');
    expect(el.shadowRoot!.querySelector('.file-size')!.textContent).to.equal('850 KB');
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.contain('không có trên thiết bị này');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('fits a 320 px screen with a long file name', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <dvc-file-field
          .field=${field}
          .value=${{ ...stored, name: 'Giay-chung-sinh-cua-Nguyen-Thi-Huong-ban-quet-trang-mot-va-trang-hai.jpg' }}
          .context=${contextWith({})}
          .error=${'Tệp lớn hơn 5 MB nên không gửi được. Hãy chọn tệp nhỏ hơn.'}
        ></dvc-file-field>
      </div>`,
    );
    const el = wrapper.querySelector('dvc-file-field')!;
    await el.updateComplete;
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('.wrapper, .current, .button')) {
      expect(part.getBoundingClientRect().right, part.className).to.be.at.most(wrapper.getBoundingClientRect().right);
    }
    expect(el.shadowRoot!.querySelector('button.remove')!.getBoundingClientRect().height).to.be.at.least(44);
  });
});

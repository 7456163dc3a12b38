import { expect, fixture, html } from '@open-wc/testing';
import type { FieldModel, Option } from '../../core/model/types.js';
import type { RenderContext } from '../shared/render-context.js';
import '../text-field/text-field.js';
import type { DvcTextField } from '../text-field/text-field.js';
import './fieldset.js';
import type { DvcCopyRequestedEvent, DvcFieldset } from './fieldset.js';

function text(path: string, vi: string, en: string, required = false): FieldModel {
  return {
    path,
    key: path,
    widget: 'text',
    label: { vi, en },
    required,
    schema: { type: 'string' },
    valueType: 'string',
  };
}

const address: FieldModel = {
  path: 'mother.address',
  key: 'mother.address',
  widget: 'fieldset',
  label: { vi: 'Nơi cư trú', en: 'Place of residence' },
  required: true,
  schema: { type: 'object' },
  valueType: 'object',
  children: [text('mother.address.street', 'Số nhà, đường', 'House number and street', true)],
};

const mother: FieldModel = {
  path: 'mother',
  key: 'mother',
  widget: 'fieldset',
  label: { vi: 'Thông tin người mẹ', en: "Mother's details" },
  hint: { vi: 'Như trên thẻ căn cước', en: 'As on the identity card' },
  required: false,
  schema: { type: 'object' },
  valueType: 'object',
  children: [text('mother.fullName', 'Họ, chữ đệm, tên', 'Full name', true), address],
};

const data = { mother: { fullName: 'Trần Thị Mai', address: { street: '12 Lý Thường Kiệt' } } };

/** A stand-in for the form: values from a plain object, errors from a map. */
function contextOver(root: unknown, errors: Record<string, string> = {}, lang: 'vi' | 'en' = 'vi'): RenderContext {
  return {
    lang,
    valueAt: (path) =>
      path
        .split(/\.|\[(\d+)\]/)
        .filter(Boolean)
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root),
    errorAt: (path) => errors[path] ?? '',
    warningAt: () => '',
    loadOptions: async (): Promise<Option[]> => [],
    attachment: async () => undefined,
  };
}

async function render(ctx: RenderContext, error = ''): Promise<DvcFieldset> {
  const el = await fixture<DvcFieldset>(
    html`<dvc-fieldset
      .field=${mother}
      .value=${data.mother}
      .context=${ctx}
      .error=${error}
      lang=${ctx.lang}
    ></dvc-fieldset>`,
  );
  // Children and grandchildren render in their own updates.
  for (const child of el.shadowRoot!.querySelectorAll<DvcFieldset>('dvc-fieldset, dvc-text-field'))
    await child.updateComplete;
  return el;
}

describe('dvc-fieldset', () => {
  it('is accessible, with and without a message on the group and on a child', async () => {
    const el = await render(contextOver(data));
    await expect(el).to.be.accessible();
    el.error = 'Khai ít nhất một trong hai: mẹ hoặc cha';
    el.context = contextOver(data, { 'mother.fullName': 'Nhập họ, chữ đệm, tên' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('names the group by its legend, with the optional marker, and links hint and message to the fieldset', async () => {
    const el = await render(contextOver(data, {}, 'en'), 'Enter the mother or the father');
    const group = el.shadowRoot!.querySelector('fieldset')!;
    expect(group.querySelector(':scope > legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      "Mother's details (optional)",
    );
    const describedBy = group.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => el.shadowRoot!.getElementById(id)!.textContent)).to.deep.equal([
      'As on the identity card',
      'Error: Enter the mother or the father',
    ]);
  });

  it('renders each child with its value and message from the context, nested groups included', async () => {
    const el = await render(contextOver(data, { 'mother.address.street': 'Nhập số nhà, đường' }));
    const name = el.shadowRoot!.querySelector<DvcTextField>('dvc-text-field')!;
    expect(name.shadowRoot!.querySelector('input')!.value).to.equal('Trần Thị Mai');
    const nested = el.shadowRoot!.querySelector<DvcFieldset>('dvc-fieldset')!;
    expect(nested.shadowRoot!.querySelector('legend')!.textContent).to.contain('Nơi cư trú');
    const street = nested.shadowRoot!.querySelector<DvcTextField>('dvc-text-field')!;
    expect(street.shadowRoot!.querySelector('input')!.value).to.equal('12 Lý Thường Kiệt');
    expect(street.shadowRoot!.querySelector('.error')!.textContent).to.equal('Lỗi: Nhập số nhà, đường');
  });

  it("lets a child's change reach the form from inside nested groups, naming the child as its origin", async () => {
    const el = await render(contextOver(data));
    const origins: string[] = [];
    el.addEventListener('change', (event) => origins.push((event.composedPath()[0] as DvcTextField).field.path));
    const street = el.shadowRoot!.querySelector('dvc-fieldset')!.shadowRoot!.querySelector('dvc-text-field')!;
    const input = street.shadowRoot!.querySelector('input')!;
    input.value = '7 Hàng Bài';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(origins).to.deep.equal(['mother.address.street']);
  });

  it('moves focus to its first field', async () => {
    const el = await render(contextOver(data));
    el.focus();
    const first = el.shadowRoot!.activeElement as DvcTextField | null;
    expect(first?.field.path).to.equal('mother.fullName');
    expect(first!.shadowRoot!.activeElement?.tagName).to.equal('INPUT');
  });

  it('sets a nested group apart with an indent and a rule, and gives it a smaller legend', async () => {
    const el = await render(contextOver(data));
    const nested = el.shadowRoot!.querySelector<DvcFieldset>('dvc-fieldset')!;
    const nestedStyle = getComputedStyle(nested);
    expect(parseFloat(nestedStyle.borderInlineStartWidth)).to.be.greaterThan(0);
    expect(parseFloat(nestedStyle.paddingInlineStart)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(el).borderInlineStartWidth)).to.equal(0);
    const outerLegend = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('legend')!).fontSize);
    const innerLegend = parseFloat(getComputedStyle(nested.shadowRoot!.querySelector('legend')!).fontSize);
    expect(innerLegend).to.be.lessThan(outerLegend);
  });

  describe('same as', () => {
    const residence = (path: string): FieldModel => ({
      path,
      key: path,
      widget: 'fieldset',
      label: { vi: 'Nơi cư trú của cha', en: "Father's place of residence" },
      required: true,
      schema: { type: 'object' },
      valueType: 'object',
      sameAs: [
        { from: 'mother.residence', label: { vi: 'nơi cư trú của mẹ', en: "the mother's place of residence" } },
        { from: 'requester.residence', label: { vi: 'nơi cư trú của bạn', en: 'your place of residence' } },
      ],
      children: [text(`${path}.detail`, 'Địa chỉ', 'Address', true)],
    });
    const values = { mother: { residence: { detail: '12 Hàng Bạc' } }, requester: {} };

    async function renderSameAs(root: unknown, lang: 'vi' | 'en' = 'vi'): Promise<DvcFieldset> {
      const el = await fixture<DvcFieldset>(
        html`<dvc-fieldset
          .field=${residence('father.residence')}
          .context=${contextOver(root, {}, lang)}
          lang=${lang}
        ></dvc-fieldset>`,
      );
      await el.shadowRoot!.querySelector<DvcTextField>('dvc-text-field')!.updateComplete;
      return el;
    }
    const buttons = (el: DvcFieldset) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    const status = (el: DvcFieldset) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

    it('offers one button per source, named in the current language, above the fields', async () => {
      const el = await renderSameAs(values);
      await expect(el).to.be.accessible();
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal([
        'Giống nơi cư trú của mẹ',
        'Giống nơi cư trú của bạn',
      ]);
      expect(buttons(el)[0].compareDocumentPosition(el.shadowRoot!.querySelector('dvc-text-field')!)).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
      const en = await renderSameAs(values, 'en');
      expect(buttons(en)[0].textContent!.trim()).to.equal("Same as the mother's place of residence");
      expect(buttons(en)[0].getBoundingClientRect().height).to.be.at.least(24);
    });

    it('asks the form to copy from a source with answers, and announces it politely', async () => {
      const el = await renderSameAs(values);
      const requests: DvcCopyRequestedEvent[] = [];
      document.addEventListener('dvc-copy-requested', (event) => requests.push(event), { once: true });
      buttons(el)[0].click();
      await el.updateComplete;
      await el.updateComplete;
      expect(requests.map((r) => [r.path, r.from])).to.deep.equal([['father.residence', 'mother.residence']]);
      expect(status(el)).to.equal('Đã điền giống nơi cư trú của mẹ. Bạn vẫn có thể sửa từng mục.');
      await expect(el).to.be.accessible();
    });

    it('says there is nothing to copy from a source without answers, and asks for no copy', async () => {
      const el = await renderSameAs(values);
      let requested = false;
      el.addEventListener('dvc-copy-requested', () => (requested = true));
      buttons(el)[1].click();
      await el.updateComplete;
      await el.updateComplete;
      expect(requested).to.equal(false);
      expect(status(el)).to.equal('Chưa có gì để sao chép: nơi cư trú của bạn chưa được khai.');
    });

    it('offers no copy on a group the portal locked', async () => {
      const el = await fixture<DvcFieldset>(
        html`<dvc-fieldset
          .field=${{ ...residence('father.residence'), locked: true }}
          .context=${contextOver(values)}
        ></dvc-fieldset>`,
      );
      expect(buttons(el)).to.have.length(0);
    });
  });

  it('fits in 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <dvc-fieldset .field=${mother} .context=${contextOver(data)}></dvc-fieldset>
      </div>`,
    );
    const el = wrapper.querySelector('dvc-fieldset')!;
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});

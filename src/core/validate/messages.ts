import type { LocalizedText } from '../definition/types.js';

/**
 * Validation messages written by us in Vietnamese and English (Ajv ships no Vietnamese locale, and its English
 * messages speak of schemas, not of people's answers). Wording follows GOV.UK's error-message guidance: say what to
 * do, name the question, no blame, no jargon. `{label}` is the field's label, `{n}` a limit.
 */
const MESSAGES = {
  requiredText: { vi: 'Nhập {label}', en: 'Enter {label}' },
  requiredChoice: { vi: 'Chọn {label}', en: 'Select {label}' },
  requiredConfirm: { vi: 'Đánh dấu để xác nhận: {label}', en: 'Tick the box to confirm: {label}' },
  requiredList: { vi: 'Thêm {label}', en: 'Add {label}' },
  pattern: { vi: '{label} không đúng định dạng', en: '{label} is not in the right format' },
  minLength: { vi: '{label} phải có ít nhất {n} ký tự', en: '{label} must be {n} characters or more' },
  maxLength: { vi: '{label} chỉ được tối đa {n} ký tự', en: '{label} must be {n} characters or fewer' },
  minimum: { vi: '{label} phải từ {n} trở lên', en: '{label} must be {n} or more' },
  maximum: { vi: '{label} không được lớn hơn {n}', en: '{label} must be {n} or less' },
  exclusiveMinimum: { vi: '{label} phải lớn hơn {n}', en: '{label} must be more than {n}' },
  exclusiveMaximum: { vi: '{label} phải nhỏ hơn {n}', en: '{label} must be less than {n}' },
  typeNumber: { vi: '{label} phải là một số', en: '{label} must be a number' },
  typeInteger: { vi: '{label} phải là số nguyên, ví dụ 2', en: '{label} must be a whole number, like 2' },
  type: { vi: '{label} không hợp lệ', en: '{label} is not valid' },
  formatDate: { vi: '{label} phải là một ngày có thật', en: '{label} must be a real date' },
  formatPartialDate: {
    vi: '{label} phải là một ngày có thật, hoặc tháng và năm, hoặc chỉ năm',
    en: '{label} must be a real date, a month and year, or a year',
  },
  formatEmail: {
    vi: 'Nhập địa chỉ thư điện tử đúng định dạng, ví dụ ten@example.com',
    en: 'Enter an email address in the correct format, like name@example.com',
  },
  format: { vi: '{label} không đúng định dạng', en: '{label} is not in the right format' },
  enum: { vi: 'Chọn {label} trong danh sách', en: 'Select {label} from the list' },
  minItems: { vi: '{label}: cần ít nhất {n} mục', en: '{label}: add at least {n}' },
  maxItems: { vi: '{label}: chỉ được tối đa {n} mục', en: '{label}: add no more than {n}' },
  invalid: { vi: '{label} không hợp lệ', en: '{label} is not valid' },
} satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof MESSAGES;

/** A portal's own wording of these messages, per language (see overrideValidationMessages). */
const overridden: Record<'vi' | 'en', Partial<Record<MessageId, string>>> = { vi: {}, en: {} };

/**
 * Replaces the wording of validation messages for answers checked from now on in this page or process (a portal's
 * `overrideMessages(lang, { validation: { requiredText: 'Vui lòng nhập {label}' } })`). Refused whole, naming the
 * key, when a key is unknown or not a string. The messages of a definition's checks are not here: they belong to
 * the procedure and are reworded per field with `ui[path].messages`.
 */
export function overrideValidationMessages(lang: 'vi' | 'en', messages: Partial<Record<MessageId, string>>): void {
  checkValidationMessages(messages);
  overridden[lang] = { ...overridden[lang], ...messages };
}

/** Throws, naming the key, unless every key is a validation message id and every value a string. */
export function checkValidationMessages(messages: object): void {
  for (const [id, value] of Object.entries(messages)) {
    const known = Object.hasOwn(MESSAGES, id);
    if (!known || typeof value !== 'string') {
      throw new TypeError(
        known ? `String "validation.${id}" must be a string` : `Unknown string key "validation.${id}"`,
      );
    }
  }
}

/** Starts a label with a lower-case letter inside a sentence, unless it begins with an acronym ("CCCD", "Email"). */
function inSentence(label: string, lang: 'vi' | 'en'): string {
  const [first = '', second = ''] = [...label];
  const acronym =
    second !== '' && second === second.toLocaleUpperCase(lang) && second !== second.toLocaleLowerCase(lang);
  return acronym ? label : first.toLocaleLowerCase(lang) + label.slice(first.length);
}

function fill(template: string, label: string, params: Record<string, string | number>, lang: 'vi' | 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'label') return template.startsWith('{label}') ? label : inSentence(label, lang);
    return name in params ? String(params[name]) : whole;
  });
}

/** A message in both languages, with the field label (and `params`) filled in. */
export function message(
  id: MessageId,
  label: LocalizedText,
  params: Record<string, string | number | LocalizedText> = {},
): LocalizedText {
  const { vi, en } = MESSAGES[id];
  return fillMessage({ vi: overridden.vi[id] ?? vi, en: overridden.en[id] ?? en }, label, params);
}

/** `template` in both languages with the field label (and `params`, themselves localized or not) filled in. */
export function fillMessage(
  template: LocalizedText,
  label: LocalizedText,
  params: Record<string, string | number | LocalizedText> = {},
): LocalizedText {
  const pick = (lang: 'vi' | 'en') =>
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === 'object' ? inSentence(value[lang], lang) : value,
      ]),
    );
  return {
    vi: fill(template.vi, label.vi, pick('vi'), 'vi'),
    en: fill(template.en, label.en, pick('en'), 'en'),
  };
}

/** An author's own message from `ui[path].messages`, with `{label}` filled the same way. */
export function customMessage(template: LocalizedText, label: LocalizedText): LocalizedText {
  return { vi: fill(template.vi, label.vi, {}, 'vi'), en: fill(template.en, label.en, {}, 'en') };
}

// The messages of the definition's checks (./rules.ts). Each is its own export so that a procedure's precompiled
// validator carries the wording of the rules it uses and no other. `{other}` is another field's label.

export const notInFutureMessage: LocalizedText = {
  vi: '{label} không được sau ngày hôm nay',
  en: '{label} must be today or in the past',
};
export const notInPastMessage: LocalizedText = {
  vi: '{label} không được trước ngày hôm nay',
  en: '{label} must be today or in the future',
};
export const beforeMessage: LocalizedText = { vi: '{label} phải trước {other}', en: '{label} must be before {other}' };
export const withinDaysMessage: LocalizedText = {
  vi: '{label} không được quá {n} ngày sau {other}, tức là chậm nhất ngày {date}',
  en: '{label} must be no more than {n} days after {other}, so {date} at the latest',
};
export const youngerThanMessage: LocalizedText = {
  vi: '{label}: người này đã đủ {n} tuổi vào ngày ở mục “{other}”; chỉ khai trẻ em dưới {n} tuổi',
  en: '{label}: this person is {n} or older on the date in “{other}”; only children under {n} belong here',
};
export const personalIdSexMessage: LocalizedText = {
  vi: 'Chữ số thứ 4 của {label} không khớp với giới tính và năm sinh đã khai; hãy đối chiếu với thẻ căn cước',
  en: 'The 4th digit of {label} does not match the sex and year of birth given: check it against the ID card',
};
export const personalIdYearMessage: LocalizedText = {
  vi: 'Chữ số thứ 5 và 6 của {label} phải là hai số cuối của năm sinh ({n})',
  en: 'Digits 5 and 6 of {label} must be the last two digits of the year of birth ({n})',
};
export const personalIdProvinceMessage: LocalizedText = {
  vi: 'Mã {n} ở đầu {label} không phải mã tỉnh đã biết; hãy kiểm tra lại',
  en: 'The code {n} at the start of {label} is not a known province code; please check it',
};
export const taxCodeFormatMessage: LocalizedText = {
  vi: '{label} phải gồm 10 chữ số, hoặc với đơn vị phụ thuộc là 10 chữ số, dấu gạch ngang và 3 chữ số, ví dụ 0100109106 hoặc 0100109106-001',
  en: '{label} must be 10 digits, or for a branch 10 digits, a hyphen and 3 digits, like 0100109106 or 0100109106-001',
};
export const taxCodeCheckDigitMessage: LocalizedText = {
  vi: '{label} không hợp lệ: có thể một chữ số bị gõ nhầm. Hãy đối chiếu với giấy chứng nhận đăng ký doanh nghiệp hoặc đăng ký thuế',
  en: '{label} is not valid: a digit may have been mistyped. Check it against the enterprise or tax registration certificate',
};
export const phoneVnMessage: LocalizedText = {
  vi: '{label} phải là số điện thoại Việt Nam, ví dụ 0912 345 678 hoặc 024 3825 1234',
  en: '{label} must be a Vietnamese phone number, like 0912 345 678 or 024 3825 1234',
};
export const phoneAnyMessage: LocalizedText = {
  vi: '{label} phải là số điện thoại có mã quốc gia, bắt đầu bằng dấu +, ví dụ +44 20 7946 0958',
  en: '{label} must be a phone number with its country code, starting with +, like +44 20 7946 0958',
};
export const passportFormatMessage: LocalizedText = {
  vi: '{label} chỉ gồm chữ cái và chữ số, tối đa 9 ký tự, không có dấu cách, như in trên trang thông tin hộ chiếu',
  en: "{label} must be up to 9 letters and numbers with no spaces, as printed on the passport's data page",
};
export const passportVietnameseMessage: LocalizedText = {
  vi: 'Với hộ chiếu Việt Nam, {label} gồm 1 chữ cái và 7 chữ số, ví dụ C1234567',
  en: '{label} must be 1 letter and 7 digits for a Vietnamese passport, like C1234567',
};

// A synthetic but realistic 300-field procedure for the benchmarks: fifteen steps, each about one person (applicant,
// spouse, children, witnesses…), each with the same twenty fields a civil-status form asks: text, dates, radios,
// selects, numbers, a telephone, a note and a nested address object. The person block is shared through `$defs`, as
// real definitions do, and every shown path has its own bilingual ui entry, so the meta-schema and the cross-checks
// accept it exactly as they would accept an author's file.

export const BENCH_ID = 'bench-300-fields';
export const BENCH_VERSION = '1.0.0';

const SECTIONS = [
  ['applicant', 'Người khai', 'Applicant'],
  ['spouse', 'Vợ hoặc chồng', 'Spouse'],
  ['firstChild', 'Con thứ nhất', 'First child'],
  ['secondChild', 'Con thứ hai', 'Second child'],
  ['father', 'Cha', 'Father'],
  ['mother', 'Mẹ', 'Mother'],
  ['guardian', 'Người giám hộ', 'Guardian'],
  ['householdHead', 'Chủ hộ', 'Head of household'],
  ['landlord', 'Chủ nhà cho thuê', 'Landlord'],
  ['employerContact', 'Người sử dụng lao động', 'Employer contact'],
  ['firstWitness', 'Người làm chứng thứ nhất', 'First witness'],
  ['secondWitness', 'Người làm chứng thứ hai', 'Second witness'],
  ['representative', 'Người đại diện theo ủy quyền', 'Authorised representative'],
  ['emergencyContact', 'Người liên hệ khi khẩn cấp', 'Emergency contact'],
  ['formerSpouse', 'Vợ hoặc chồng trước đây', 'Former spouse'],
];

const l = (vi, en) => ({ vi, en });

const PROVINCES = {
  '01': l('Thành phố Hà Nội', 'Ha Noi City'),
  22: l('Tỉnh Quảng Ninh', 'Quang Ninh Province'),
  31: l('Thành phố Hải Phòng', 'Hai Phong City'),
  38: l('Tỉnh Thanh Hóa', 'Thanh Hoa Province'),
  46: l('Thành phố Huế', 'Hue City'),
  48: l('Thành phố Đà Nẵng', 'Da Nang City'),
  79: l('Thành phố Hồ Chí Minh', 'Ho Chi Minh City'),
  92: l('Thành phố Cần Thơ', 'Can Tho City'),
};

const COUNTRIES = {
  VN: l('Việt Nam', 'Viet Nam'),
  LA: l('Lào', 'Laos'),
  KH: l('Campuchia', 'Cambodia'),
  CN: l('Trung Quốc', 'China'),
  TH: l('Thái Lan', 'Thailand'),
  KR: l('Hàn Quốc', 'Republic of Korea'),
  JP: l('Nhật Bản', 'Japan'),
  US: l('Hoa Kỳ', 'United States'),
};

const EDUCATION = {
  none: l('Chưa đi học', 'No schooling'),
  primary: l('Tiểu học', 'Primary school'),
  lowerSecondary: l('Trung học cơ sở', 'Lower secondary school'),
  upperSecondary: l('Trung học phổ thông', 'Upper secondary school'),
  vocational: l('Trung cấp, cao đẳng', 'Vocational college'),
  university: l('Đại học', 'University'),
  postgraduate: l('Sau đại học', 'Postgraduate'),
};

/**
 * The twenty leaf fields of a person, in the order shown: `[name, schema, ui, typed]`, where `typed` says what a
 * keystroke in it is in the autosave benchmark (`letter`, `digit`) or that it is not typed into (dates, choices).
 * The address is an object whose four fields follow it.
 */
const PERSON = [
  ['fullName', { $ref: '#/$defs/personName' }, { label: l('Họ, chữ đệm và tên', 'Full name'), width: 30 }, 'letter'],
  ['otherName', { $ref: '#/$defs/shortText' }, { label: l('Tên gọi khác', 'Other name'), width: 30 }, 'letter'],
  ['dateOfBirth', { $ref: '#/$defs/date' }, { label: l('Ngày, tháng, năm sinh', 'Date of birth') }, null],
  [
    'sex',
    { type: 'string', enum: ['1', '2'] },
    { widget: 'radio', label: l('Giới tính', 'Sex'), options: { 1: l('Nam', 'Male'), 2: l('Nữ', 'Female') } },
    null,
  ],
  [
    'nationality',
    { type: 'string', enum: Object.keys(COUNTRIES) },
    { widget: 'select', label: l('Quốc tịch', 'Nationality'), options: COUNTRIES },
    null,
  ],
  [
    'idNumber',
    { type: 'string', pattern: '^\\d{12}$' },
    { label: l('Số định danh cá nhân', 'Personal ID number'), inputmode: 'numeric', width: 20 },
    'digit',
  ],
  ['idIssueDate', { $ref: '#/$defs/date' }, { label: l('Ngày cấp', 'Date of issue') }, null],
  ['idIssuer', { $ref: '#/$defs/shortText' }, { label: l('Nơi cấp', 'Issued by'), width: 30 }, 'letter'],
  ['occupation', { $ref: '#/$defs/shortText' }, { label: l('Nghề nghiệp', 'Occupation'), width: 30 }, 'letter'],
  ['workplace', { $ref: '#/$defs/shortText' }, { label: l('Nơi làm việc', 'Workplace'), width: 30 }, 'letter'],
  [
    'monthlyIncome',
    { type: 'integer', minimum: 0, maximum: 10000000000 },
    { label: l('Thu nhập hằng tháng (đồng)', 'Monthly income (VND)'), width: 10 },
    'digit',
  ],
  [
    'householdSize',
    { type: 'integer', minimum: 1, maximum: 99 },
    { label: l('Số người trong hộ', 'People in the household'), width: 3 },
    'digit',
  ],
  [
    'maritalStatus',
    { type: 'string', enum: ['single', 'married', 'divorced', 'widowed'] },
    {
      widget: 'radio',
      label: l('Tình trạng hôn nhân', 'Marital status'),
      options: {
        single: l('Chưa kết hôn', 'Never married'),
        married: l('Đã kết hôn', 'Married'),
        divorced: l('Đã ly hôn', 'Divorced'),
        widowed: l('Góa', 'Widowed'),
      },
    },
    null,
  ],
  [
    'education',
    { type: 'string', enum: Object.keys(EDUCATION) },
    { widget: 'select', label: l('Trình độ học vấn', 'Education'), options: EDUCATION },
    null,
  ],
  [
    'phone',
    { type: 'string', pattern: '^0\\d{9}$' },
    { widget: 'tel', label: l('Số điện thoại', 'Phone number'), width: 20 },
    'digit',
  ],
  ['address', { $ref: '#/$defs/address' }, { label: l('Địa chỉ thường trú', 'Permanent address') }, null],
  ['address.street', null, { label: l('Số nhà, đường phố', 'House number and street'), width: 30 }, 'letter'],
  ['address.hamlet', null, { label: l('Thôn, ấp, tổ dân phố', 'Hamlet or residential group'), width: 30 }, 'letter'],
  ['address.commune', null, { label: l('Xã, phường, đặc khu', 'Commune, ward or special zone'), width: 30 }, 'letter'],
  [
    'address.province',
    null,
    { widget: 'select', label: l('Tỉnh, thành phố', 'Province or city'), options: PROVINCES },
    null,
  ],
  ['notes', { type: 'string', maxLength: 1000 }, { widget: 'textarea', label: l('Ghi chú', 'Notes') }, 'letter'],
];

const DEFS = {
  personName: { type: 'string', minLength: 1, maxLength: 100, pattern: "^\\p{L}+(?:[ '’-]\\p{L}+)*$" },
  shortText: { type: 'string', minLength: 1, maxLength: 200 },
  date: { type: 'string', format: 'date' },
  address: {
    type: 'object',
    properties: {
      street: { $ref: '#/$defs/shortText' },
      hamlet: { $ref: '#/$defs/shortText' },
      commune: { $ref: '#/$defs/shortText' },
      province: { type: 'string', enum: Object.keys(PROVINCES) },
    },
    required: ['commune', 'province'],
  },
};

/** The definition, and the paths of its leaf fields in step order (300 of them). */
export function benchDefinition() {
  const person = {
    type: 'object',
    properties: Object.fromEntries(PERSON.filter(([, schema]) => schema).map(([name, schema]) => [name, schema])),
    required: ['fullName', 'dateOfBirth', 'sex'],
  };
  const ui = {};
  const steps = [];
  for (const [id, vi, en] of SECTIONS) {
    for (const [name, , fieldUi] of PERSON) ui[`${id}.${name}`] = fieldUi;
    steps.push({
      id,
      title: l(vi, en),
      fields: PERSON.filter(([name]) => !name.includes('.')).map(([name]) => `${id}.${name}`),
    });
  }
  ui.declaration = {
    label: l('Cam đoan', 'Declaration'),
    checkboxLabel: l(
      'Tôi cam đoan những nội dung khai trên đây là đúng sự thật.',
      'I declare that the information above is true.',
    ),
  };
  return {
    id: BENCH_ID,
    version: BENCH_VERSION,
    title: l('Tờ khai tổng hợp (300 trường, dùng để đo hiệu năng)', 'Combined declaration (300 fields, benchmark)'),
    description: l(
      'Thủ tục tổng hợp dùng để đo thời gian lưu nháp và mở lại trên một biểu mẫu lớn.',
      'A synthetic procedure used to time draft saving and reopening on a large form.',
    ),
    authority: l('Ủy ban nhân dân cấp xã', "Commune-level People's Committee"),
    fee: { amount: 0, currency: 'VND' },
    legalBasis: [l('Không áp dụng (dùng để đo hiệu năng)', 'Not applicable (benchmark)')],
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        ...Object.fromEntries(SECTIONS.map(([id]) => [id, { $ref: '#/$defs/person' }])),
        declaration: { type: 'boolean', const: true },
      },
      required: ['applicant', 'declaration'],
      $defs: { ...DEFS, person },
    },
    steps,
    ui,
    checks: SECTIONS.map(([id]) => ({ rule: 'notInFuture', field: `${id}.dateOfBirth` })),
    declaration: ['declaration'],
  };
}

/** Every leaf field (not the address object itself): `{ path, step, typed }`, in the order shown. */
export function benchFields() {
  return SECTIONS.flatMap(([id], step) =>
    PERSON.filter(([name]) => name !== 'address').map(([name, , , typed]) => ({ path: `${id}.${name}`, step, typed })),
  );
}

const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hương', 'Khánh', 'Lan', 'Minh', 'Ngọc', 'Phúc'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];

/** A complete, valid set of answers: every one of the 300 fields filled, and the declaration ticked. */
export function benchData() {
  const data = { declaration: true };
  SECTIONS.forEach(([id], i) => {
    const pick = (list, k = 0) => list[(i + k) % list.length];
    data[id] = {
      fullName: `${pick(FAMILY)} ${pick(GIVEN, 3)} ${pick(GIVEN, 7)}`,
      otherName: `${pick(GIVEN, 5)}`,
      dateOfBirth: `19${60 + i}-0${(i % 9) + 1}-1${i % 10}`,
      sex: String((i % 2) + 1),
      nationality: 'VN',
      idNumber: `0${String(10 + i).padStart(2, '0')}1${String(90000000 + i * 1234567).slice(0, 8)}`,
      idIssueDate: `20${10 + (i % 10)}-0${(i % 9) + 1}-2${i % 8}`,
      idIssuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
      occupation: pick(['Giáo viên', 'Nông dân', 'Kỹ sư', 'Bác sĩ', 'Buôn bán', 'Công nhân']),
      workplace: `Công ty TNHH ${pick(GIVEN, 2)} ${pick(FAMILY, 4)}`,
      monthlyIncome: 5000000 + i * 750000,
      householdSize: (i % 6) + 1,
      maritalStatus: pick(['single', 'married', 'divorced', 'widowed']),
      education: pick(Object.keys(EDUCATION)),
      phone: `09${String(12345678 + i * 1111).padStart(8, '0')}`,
      address: {
        street: `Số ${12 + i} đường Trần Hưng Đạo`,
        hamlet: `Tổ dân phố ${i + 1}`,
        commune: pick(['Phường Hoàn Kiếm', 'Phường Sài Gòn', 'Xã Tân Phú', 'Phường Hải Châu']),
        province: pick(Object.keys(PROVINCES)),
      },
      notes: `Ghi chú về ${SECTIONS[i][1].toLowerCase()}: không có thay đổi so với giấy tờ đã nộp.`,
    };
  });
  return data;
}

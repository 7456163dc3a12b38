#!/usr/bin/env node
// Generates the reference data in `forms/data/` (provinces, communes per province, ethnicities, countries), its
// README and the repository's NOTICE. The output is deterministic so that a re-run on CI shows no diff: keys in a
// fixed order, items sorted, strings NFC, one item per line.
//
// The administrative units come from a snapshot kept outside the repository (`../shared/data/…`). Machines without
// that snapshot use the committed output: the script says so and leaves those files alone.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const unitsDir = resolve(root, '..', 'shared', 'data', 'vn-administrative-units');
const unitsFile = join(unitsDir, 'vn-units-2026-07-25.json');
const dataDir = join(root, 'forms', 'data');
const communesDir = join(dataDir, 'communes');

/** One date for every reference list, so a draft can record which version of the lists it was made against. */
const AS_OF = '2026-07-25';
const UNITS_SOURCE =
  'github.com/thanglequoc/vietnamese-provinces-database, commit cd58063 (2026-08-02), file ' +
  'json/full_json_generated_data_vn_units_2026-07-25__20_49_07.json; codes per Decision 19/2025/QĐ-TTg';
const UNITS_LICENCE = 'MIT, © 2021 Thang Le Quoc (see NOTICE)';

/**
 * The 54 groups of Decision 121-TCTK/PPCĐ (1979) in the spelling of the dichvucong.gov.vn code list, then the two
 * codes the portal adds. `nameEn` is the name English texts commonly use; `kind` says whether that is an English
 * exonym or only the Vietnamese name without diacritics, because no established English name exists.
 */
const ETHNICITIES = [
  ['01', 'Kinh', 'Kinh', 'exonym', ['Việt', 'Viet', 'Vietnamese']],
  ['02', 'Tày', 'Tay', 'exonym', []],
  ['03', 'Thái', 'Thai', 'exonym', ['Tai']],
  ['04', 'Hoa', 'Hoa (Chinese)', 'exonym', ['Hán', 'Chinese']],
  ['05', 'Khơ-me', 'Khmer', 'exonym', ['Khmer', 'Khơ Me', 'Khơ me', 'Khmer Krom']],
  ['06', 'Mường', 'Muong', 'exonym', []],
  ['07', 'Nùng', 'Nung', 'exonym', []],
  ['08', "H'Mông", 'Hmong', 'exonym', ['Hmông', 'Mông', 'H’Mông']],
  ['09', 'Dao', 'Dao', 'exonym', ['Yao']],
  ['10', 'Gia-rai', 'Gia Rai', 'exonym', ['Gia Rai', 'Jarai', 'Jrai']],
  ['11', 'Ngái', 'Ngai', 'transliteration', []],
  ['12', 'Ê-đê', 'Ede', 'exonym', ['Ê Đê', 'Êđê', 'Rhade', 'Rade']],
  ['13', 'Ba na', 'Bahnar', 'exonym', ['Ba Na', 'Ba-na', 'Bana']],
  ['14', 'Xơ-Đăng', 'Sedang', 'exonym', ['Xơ Đăng', 'Xơ-đăng']],
  ['15', 'Sán Chay', 'San Chay', 'transliteration', ['Cao Lan', 'Sán Chỉ']],
  ['16', 'Cơ-ho', 'Koho', 'exonym', ['Cơ Ho', "K'Ho"]],
  ['17', 'Chăm', 'Cham', 'exonym', ['Chàm']],
  ['18', 'Sán Dìu', 'San Diu', 'transliteration', []],
  ['19', 'Hrê', 'Hre', 'exonym', []],
  ['20', 'Mnông', 'Mnong', 'exonym', ["M'Nông"]],
  ['21', 'Ra-glai', 'Raglai', 'exonym', ['Ra Glai']],
  ['22', 'Xtiêng', 'Stieng', 'exonym', ['Stiêng', "X'Tiêng"]],
  ['23', 'Bru-Vân Kiều', 'Bru-Van Kieu', 'exonym', ['Bru Vân Kiều', 'Vân Kiều', 'Bru']],
  ['24', 'Thổ', 'Tho', 'transliteration', []],
  ['25', 'Giáy', 'Giay', 'transliteration', []],
  ['26', 'Cơ-tu', 'Katu', 'exonym', ['Cơ Tu', 'Ca Tu']],
  ['27', 'Giẻ Triêng', 'Gie Trieng', 'transliteration', ['Gié Triêng', 'Giẻ-Triêng']],
  ['28', 'Mạ', 'Ma', 'transliteration', ['Maa']],
  ['29', 'Khơ-mú', 'Khmu', 'exonym', ['Khơ Mú', 'Kmhmu']],
  ['30', 'Co', 'Cor', 'exonym', []],
  ['31', 'Tà-ôi', 'Ta Oi', 'transliteration', ['Tà Ôi', 'Pa Cô']],
  ['32', 'Chơ-ro', 'Cho Ro', 'transliteration', ['Chơ Ro', 'Chrau']],
  ['33', 'Kháng', 'Khang', 'transliteration', []],
  ['34', 'Xinh-mun', 'Xinh Mun', 'transliteration', ['Xinh Mun']],
  ['35', 'Hà Nhì', 'Hani', 'exonym', []],
  ['36', 'Chu ru', 'Chru', 'exonym', ['Chu Ru', 'Churu']],
  ['37', 'Lào', 'Lao', 'exonym', []],
  ['38', 'La Chí', 'La Chi', 'transliteration', []],
  ['39', 'La Ha', 'La Ha', 'transliteration', []],
  ['40', 'Phù Lá', 'Phu La', 'transliteration', []],
  ['41', 'La Hủ', 'Lahu', 'exonym', []],
  ['42', 'Lự', 'Lu', 'exonym', ['Lue', 'Tai Lue']],
  ['43', 'Lô Lô', 'Lolo', 'exonym', []],
  ['44', 'Chứt', 'Chut', 'transliteration', []],
  ['45', 'Mảng', 'Mang', 'transliteration', []],
  ['46', 'Pà Thẻn', 'Pa Then', 'transliteration', []],
  ['47', 'Cơ Lao', 'Gelao', 'exonym', ['Co Lao', 'Cờ Lao']],
  ['48', 'Cống', 'Cong', 'transliteration', []],
  ['49', 'Bố Y', 'Bouyei', 'exonym', []],
  ['50', 'Si La', 'Si La', 'transliteration', []],
  ['51', 'Pu Péo', 'Pu Peo', 'transliteration', []],
  ['52', 'Brâu', 'Brao', 'exonym', []],
  ['53', 'Ơ Đu', 'O Du', 'transliteration', []],
  ['54', 'Rơ măm', 'Ro Mam', 'transliteration', ['Rơ Măm']],
  ['55', 'Người nước ngoài', 'Foreigner', 'translation', []],
  ['56', 'Không rõ', 'Unknown', 'translation', []],
];

/**
 * The international border gates where foreigners may enter and leave on an e-visa: the 42 of Resolution
 * 127/NQ-CP (2023) and the 41 added by Resolution 389/NQ-CP (2025-12-02). Rows are `[kind, mode, name, province,
 * resolution, operational]`: `kind` is air, land or sea; `mode` says how a land gate is crossed (road, rail, or
 * road and river); `province` is the code of the province the gate is in now (the 34 of 2025-07-01). The two new
 * airports apply "khi được đưa vào khai thác, vận hành" (once in operation), so they are kept and marked
 * `operational: false` rather than left out: the flag changes in this table, not in any procedure.
 */
const BORDER_GATES = [
  ['air', 'air', 'Nội Bài', '01', '127/NQ-CP', true],
  ['air', 'air', 'Tân Sơn Nhất', '79', '127/NQ-CP', true],
  ['air', 'air', 'Cam Ranh', '56', '127/NQ-CP', true],
  ['air', 'air', 'Đà Nẵng', '48', '127/NQ-CP', true],
  ['air', 'air', 'Cát Bi', '31', '127/NQ-CP', true],
  ['air', 'air', 'Cần Thơ', '92', '127/NQ-CP', true],
  ['air', 'air', 'Phú Quốc', '91', '127/NQ-CP', true],
  ['air', 'air', 'Phú Bài', '46', '127/NQ-CP', true],
  ['air', 'air', 'Vân Đồn', '22', '127/NQ-CP', true],
  ['air', 'air', 'Thọ Xuân', '38', '127/NQ-CP', true],
  ['air', 'air', 'Đồng Hới', '44', '127/NQ-CP', true],
  ['air', 'air', 'Phù Cát', '52', '127/NQ-CP', true],
  ['air', 'air', 'Liên Khương', '68', '127/NQ-CP', true],
  ['air', 'air', 'Long Thành', '75', '389/NQ-CP', false],
  ['air', 'air', 'Gia Bình', '24', '389/NQ-CP', false],
  ['air', 'air', 'Vinh', '40', '389/NQ-CP', true],
  ['air', 'air', 'Chu Lai', '48', '389/NQ-CP', true],
  ['land', 'road', 'Tây Trang', '11', '127/NQ-CP', true],
  ['land', 'road', 'Móng Cái', '22', '127/NQ-CP', true],
  ['land', 'road', 'Hữu Nghị', '20', '127/NQ-CP', true],
  ['land', 'road', 'Lào Cai', '15', '127/NQ-CP', true],
  ['land', 'road', 'Na Mèo', '38', '127/NQ-CP', true],
  ['land', 'road', 'Nậm Cắn', '40', '127/NQ-CP', true],
  ['land', 'road', 'Cầu Treo', '42', '127/NQ-CP', true],
  ['land', 'road', 'Cha Lo', '44', '127/NQ-CP', true],
  ['land', 'road', 'La Lay', '44', '127/NQ-CP', true],
  ['land', 'road', 'Lao Bảo', '44', '127/NQ-CP', true],
  ['land', 'road', 'Bờ Y', '51', '127/NQ-CP', true],
  ['land', 'road', 'Mộc Bài', '80', '127/NQ-CP', true],
  ['land', 'road', 'Xa Mát', '80', '127/NQ-CP', true],
  ['land', 'road', 'Tịnh Biên', '91', '127/NQ-CP', true],
  ['land', 'road-river', 'Vĩnh Xương', '91', '127/NQ-CP', true],
  ['land', 'road', 'Hà Tiên', '91', '127/NQ-CP', true],
  ['land', 'rail', 'Đồng Đăng', '20', '389/NQ-CP', true],
  ['land', 'rail', 'Lào Cai', '15', '389/NQ-CP', true],
  ['land', 'road', 'Trà Lĩnh', '04', '389/NQ-CP', true],
  ['land', 'road', 'Lóng Sập', '14', '389/NQ-CP', true],
  ['land', 'road', 'Nam Giang', '48', '389/NQ-CP', true],
  ['land', 'road', 'Lệ Thanh', '52', '389/NQ-CP', true],
  ['land', 'road', 'Bình Hiệp', '80', '389/NQ-CP', true],
  ['land', 'road-river', 'Thường Phước', '82', '389/NQ-CP', true],
  ['land', 'road', 'Dinh Bà', '82', '389/NQ-CP', true],
  ['land', 'road', 'Tân Nam', '80', '389/NQ-CP', true],
  ['land', 'road', 'Thanh Thủy', '08', '389/NQ-CP', true],
  ['sea', 'sea', 'Hòn Gai', '22', '127/NQ-CP', true],
  ['sea', 'sea', 'Cẩm Phả', '22', '127/NQ-CP', true],
  ['sea', 'sea', 'Hải Phòng', '31', '127/NQ-CP', true],
  ['sea', 'sea', 'Nghi Sơn', '38', '127/NQ-CP', true],
  ['sea', 'sea', 'Vũng Áng', '42', '127/NQ-CP', true],
  ['sea', 'sea', 'Chân Mây', '46', '127/NQ-CP', true],
  ['sea', 'sea', 'Đà Nẵng', '48', '127/NQ-CP', true],
  ['sea', 'sea', 'Nha Trang', '56', '127/NQ-CP', true],
  ['sea', 'sea', 'Quy Nhơn', '52', '127/NQ-CP', true],
  ['sea', 'sea', 'Dung Quất', '51', '127/NQ-CP', true],
  ['sea', 'sea', 'Vũng Tàu', '79', '127/NQ-CP', true],
  ['sea', 'sea', 'Thành phố Hồ Chí Minh', '79', '127/NQ-CP', true],
  ['sea', 'sea', 'Dương Đông', '91', '127/NQ-CP', true],
  ['sea', 'sea', 'Vạn Gia', '22', '389/NQ-CP', true],
  ['sea', 'sea', 'Diêm Điền', '33', '389/NQ-CP', true],
  ['sea', 'sea', 'Hải Thịnh', '37', '389/NQ-CP', true],
  ['sea', 'sea', 'Ninh Phúc', '37', '389/NQ-CP', true],
  ['sea', 'sea', 'Cửa Lò - Bến Thủy', '40', '389/NQ-CP', true],
  ['sea', 'sea', 'Sơn Dương', '42', '389/NQ-CP', true],
  ['sea', 'sea', 'Gianh', '44', '389/NQ-CP', true],
  ['sea', 'sea', 'Hòn La', '44', '389/NQ-CP', true],
  ['sea', 'sea', 'Cửa Việt', '44', '389/NQ-CP', true],
  ['sea', 'sea', 'Thuận An', '46', '389/NQ-CP', true],
  ['sea', 'sea', 'Kỳ Hà', '48', '389/NQ-CP', true],
  ['sea', 'sea', 'Sa Kỳ', '51', '389/NQ-CP', true],
  ['sea', 'sea', 'Vũng Rô', '66', '389/NQ-CP', true],
  ['sea', 'sea', 'Cà Ná', '56', '389/NQ-CP', true],
  ['sea', 'sea', 'Ninh Chữ', '56', '389/NQ-CP', true],
  ['sea', 'sea', 'Phú Quý', '68', '389/NQ-CP', true],
  ['sea', 'sea', 'Liên Hương', '68', '389/NQ-CP', true],
  ['sea', 'sea', 'Bến Lức', '80', '389/NQ-CP', true],
  ['sea', 'sea', 'Đồng Tháp', '82', '389/NQ-CP', true],
  ['sea', 'sea', 'Soài Rạp - Hiệp Phước', '82', '389/NQ-CP', true],
  ['sea', 'sea', 'Mỹ Thới', '91', '389/NQ-CP', true],
  ['sea', 'sea', 'An Thới', '91', '389/NQ-CP', true],
  ['sea', 'sea', 'Hòn Chông', '91', '389/NQ-CP', true],
  ['sea', 'sea', 'Trường Long Hòa', '86', '389/NQ-CP', true],
  ['sea', 'sea', 'Giao Long', '86', '389/NQ-CP', true],
  ['sea', 'sea', 'Năm Căn', '96', '389/NQ-CP', true],
];

const nfc = (s) => s.normalize('NFC');

/**
 * JSON with the header pretty-printed and each item of `items` on one line: small enough to load per province,
 * and a changed unit shows up as a one-line diff.
 */
function serialize(doc) {
  const lines = Object.entries(doc).map(([key, value]) => {
    if (key !== 'items') return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const items = value.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
    return `  "items": [\n${items}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

const written = [];

/** Writes only when the content changed, so that dev-server watchers are not woken for nothing. */
function writeIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  written.push(relative(root, path));
}

const UNIT_TYPES = { Phường: 'ward', Xã: 'commune', 'Đặc khu': 'special' };

function unitType(ward) {
  const type = UNIT_TYPES[ward.AdministrativeUnitShortName];
  if (!type) throw new Error(`Unknown unit type "${ward.AdministrativeUnitShortName}" for commune ${ward.Code}`);
  return type;
}

function buildUnits() {
  const provinces = JSON.parse(readFileSync(unitsFile, 'utf8'));
  const collator = new Intl.Collator('vi');
  const header = { asOf: AS_OF, source: UNITS_SOURCE, licence: UNITS_LICENCE };
  const names = (unit) => ({
    code: unit.Code,
    name: nfc(unit.Name),
    nameEn: nfc(unit.NameEn),
    fullName: nfc(unit.FullName),
    fullNameEn: nfc(unit.FullNameEn),
  });

  const sorted = [...provinces].sort((a, b) => a.Code.localeCompare(b.Code));
  writeIfChanged(join(dataDir, 'provinces.json'), serialize({ ...header, items: sorted.map(names) }));

  let communeCount = 0;
  const expected = new Set();
  for (const province of sorted) {
    const items = province.Wards.map((ward) => {
      if (ward.ProvinceCode !== province.Code) throw new Error(`Commune ${ward.Code} is not in ${province.Code}`);
      return { ...names(ward), type: unitType(ward) };
    }).sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
    communeCount += items.length;
    const file = `${province.Code}.json`;
    expected.add(file);
    writeIfChanged(join(communesDir, file), serialize({ ...header, province: province.Code, items }));
  }
  // A province that disappeared from the source must not linger as a stale file.
  for (const file of readdirSync(communesDir)) {
    if (!expected.has(file)) {
      rmSync(join(communesDir, file));
      written.push(`${relative(root, join(communesDir, file))} (removed)`);
    }
  }
  return { provinces: sorted.length, communes: communeCount };
}

function buildEthnicities() {
  const items = ETHNICITIES.map(([code, nameVi, nameEn, nameEnKind, aliases]) => ({
    code,
    nameVi: nfc(nameVi),
    nameEn,
    nameEnKind,
    aliases: aliases.map(nfc),
  }));
  const doc = {
    codeSystem: '121-TCTK/PPCĐ',
    asOf: AS_OF,
    source:
      'Decision 121-TCTK/PPCĐ of 1979-03-02 (54 groups), spelling as in the dichvucong.gov.vn code list; ' +
      'codes 01–09 cross-checked against the Đà Nẵng Statistics Office publication of the decision',
    extensions: 'Codes 55 and 56 are dichvucong.gov.vn additions, not part of 121-TCTK/PPCĐ',
    note:
      'Not the GSO 1019/QĐ-TCTK (2008) list, whose codes differ (e.g. 04 is Mường there). nameEnKind: exonym = ' +
      'name used in English texts; transliteration = no English name, Vietnamese name without diacritics',
    licence: 'Facts from a public decision; list compiled for dvc-kit (MIT)',
    items,
  };
  writeIfChanged(join(dataDir, 'ethnicities.json'), serialize(doc));
  return items.length;
}

/** i18n-iso-countries gives a string or [official, …aliases]; the first is the name, the rest help search. */
function splitName(value) {
  const [name, ...rest] = Array.isArray(value) ? value : [value];
  return { name: nfc(name), rest: rest.map(nfc) };
}

function buildCountries() {
  const version = require('i18n-iso-countries/package.json').version;
  const vi = require('i18n-iso-countries/langs/vi.json').countries;
  const en = require('i18n-iso-countries/langs/en.json').countries;
  const items = Object.keys(en)
    .sort()
    .map((code) => {
      const nameVi = splitName(vi[code] ?? en[code]);
      const nameEn = splitName(en[code]);
      const aliases = [...new Set([...nameVi.rest, ...nameEn.rest])].filter(
        (alias) => alias !== nameVi.name && alias !== nameEn.name,
      );
      return { code, nameVi: nameVi.name, nameEn: nameEn.name, aliases };
    });
  const doc = {
    codeSystem: 'ISO 3166-1 alpha-2',
    asOf: AS_OF,
    source: `i18n-iso-countries ${version} (npm), locales vi and en`,
    licence: 'MIT, © 2016 widdix GmbH (i18n-iso-countries; see NOTICE)',
    items,
  };
  writeIfChanged(join(dataDir, 'countries.json'), serialize(doc));
  return items.length;
}

/** Vietnamese without diacritics, as English texts write Vietnamese place names ("Đà Nẵng" → "Da Nang"). */
function withoutDiacritics(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** How a gate is named in each language, by kind and mode, as the resolutions name them. */
const GATE_NAMES = {
  air: (vi, en) => [`Cảng hàng không quốc tế ${vi}`, `${en} International Airport`],
  road: (vi, en) => [`Cửa khẩu quốc tế ${vi}`, `${en} International Border Gate`],
  rail: (vi, en) => [`Cửa khẩu quốc tế ${vi} (đường sắt)`, `${en} International Border Gate (railway)`],
  'road-river': (vi, en) => [
    `Cửa khẩu quốc tế ${vi} (đường bộ, đường sông)`,
    `${en} International Border Gate (road and river)`,
  ],
  sea: (vi, en) => [`Cửa khẩu cảng ${vi}`, `${en} Port`],
};

/**
 * The e-visa border gates. `name`/`nameEn` are the gate's names; `fullName`/`fullNameEn` are what lists show, as for
 * provinces: the name, the province, and for a gate that is not yet in operation the words of the resolution, so
 * that a person reads its status in the label itself (in every list, summary and PDF), not in a colour.
 */
function buildBorderGates() {
  const provinces = new Map(
    JSON.parse(readFileSync(join(dataDir, 'provinces.json'), 'utf8')).items.map((p) => [p.code, p]),
  );
  const items = BORDER_GATES.map(([kind, mode, nameVi, provinceCode, resolution, operational]) => {
    const province = provinces.get(provinceCode);
    if (!province) throw new Error(`Border gate ${nameVi}: unknown province code ${provinceCode}`);
    const nameEnBase = nameVi === 'Thành phố Hồ Chí Minh' ? 'Ho Chi Minh City' : withoutDiacritics(nameVi);
    const [name, nameEn] = GATE_NAMES[mode](nfc(nameVi), nameEnBase);
    const slug = nameEnBase
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    // The status comes right after the name, before the province, so that a field too narrow for the whole label
    // still shows it.
    const status = operational ? ['', ''] : [' (áp dụng khi đi vào khai thác)', ' (applies once in operation)'];
    // "…, tỉnh Cao Bằng" as the resolutions and the press write it.
    const provinceVi = province.fullName.toLocaleLowerCase('vi').slice(0, 1) + province.fullName.slice(1);
    return {
      code: `${kind}-${slug}${mode === 'rail' ? '-rail' : ''}`,
      name: nfc(name),
      nameEn,
      fullName: nfc(`${name}${status[0]}, ${provinceVi}`),
      fullNameEn: `${nameEn}${status[1]}, ${province.fullNameEn}`,
      kind,
      mode,
      province: provinceCode,
      resolution,
      operational,
    };
  }).sort((a, b) => a.code.localeCompare(b.code));
  const codes = new Set(items.map((item) => item.code));
  if (codes.size !== items.length) throw new Error('Two border gates have the same code');
  const doc = {
    codeSystem: 'dvc-kit e-visa border gate codes (kind-name, e.g. air-noi-bai)',
    asOf: AS_OF,
    source:
      'Resolution 127/NQ-CP (2023-08-14), Art. 2: 13 airports, 16 land gates, 13 seaports; Resolution 389/NQ-CP ' +
      '(2025-12-02): 4 airports, 11 land gates, 26 ports, as published in the press (dantri.com.vn, sggp.org.vn, ' +
      'nld.com.vn, baogialai.com.vn). The seaports of Resolution 127 are those of the 2020 list (Resolution ' +
      '79/NQ-CP): the 2023 list was seen only truncated. Province codes: where each gate is since 2025-07-01',
    note:
      'operational false: the resolution applies the gate only once it is in operation. mode: air, sea, road, ' +
      'rail, or road-river for gates crossed by road and river',
    licence: 'Facts from public resolutions; list compiled for dvc-kit (MIT)',
    items,
  };
  writeIfChanged(join(dataDir, 'border-gates.json'), serialize(doc));
  return items.length;
}

function buildNotice() {
  const unitsLicence = readFileSync(join(unitsDir, 'LICENSE'), 'utf8').trim();
  const countriesLicence = readFileSync(require.resolve('i18n-iso-countries/LICENSE'), 'utf8').trim();
  const notice = `dvc-kit
Licensed under the MIT License (see package.json).

This product includes data from third parties.

1. Vietnamese administrative units (forms/data/provinces.json, forms/data/communes/*.json) are derived from
   github.com/thanglequoc/vietnamese-provinces-database (commit cd58063), under this licence:

${unitsLicence}

2. Country names (forms/data/countries.json) are taken from i18n-iso-countries
   (github.com/michaelwittig/node-i18n-iso-countries), under this licence:

${countriesLicence}
`;
  writeIfChanged(join(root, 'NOTICE'), notice);
}

function buildReadme(counts) {
  const readme = `# Reference data

Generated by \`scripts/build-data.mjs\` (run by \`npm run gen\`); do not edit by hand. Every file has the same
header fields (\`asOf\`, \`source\`, \`licence\`) and an \`items\` array, one item per line. All lists are as of
**${AS_OF}**: a draft records this date so that it can still be read after the lists change.

| file | what | items |
|---|---|---|
| \`provinces.json\` | The ${counts.provinces} provinces and centrally-run cities after the 2025-07-01 reorganisation (codes of Decision 19/2025/QĐ-TTg), by code: \`code\`, \`name\`, \`nameEn\`, \`fullName\`, \`fullNameEn\` | ${counts.provinces} |
| \`communes/<province>.json\` | The commune-level units (phường, xã, đặc khu) of one province, sorted by Vietnamese collation of \`name\`; as above plus \`type\`: \`ward\`, \`commune\` or \`special\`. Loaded one province at a time | ${counts.communes.toLocaleString('en-US')} in all |
| \`ethnicities.json\` | The 54 ethnic groups of Decision 121-TCTK/PPCĐ (1979), the code list of dichvucong.gov.vn, plus its codes 55 (foreigner) and 56 (unknown): \`code\`, \`nameVi\`, \`nameEn\`, \`nameEnKind\` (\`exonym\`, \`transliteration\` or \`translation\`), \`aliases\` (other spellings, for search) | ${counts.ethnicities} |
| \`countries.json\` | ISO 3166-1 alpha-2 codes with Vietnamese and English names; where the library lists several names, the first is the name and the others are \`aliases\` | ${counts.countries} |
| \`border-gates.json\` | The international border gates where foreigners may enter and leave on an e-visa (Resolutions 127/NQ-CP of 2023 and 389/NQ-CP of 2025), by code (\`air-noi-bai\`, \`land-lao-cai-rail\`, \`sea-hon-gai\`): \`name\`, \`nameEn\`, \`fullName\`, \`fullNameEn\` (the label shown: name, province and, for a gate not yet in operation, "applies once in operation"), \`kind\` (\`air\`, \`land\`, \`sea\`), \`mode\` (\`air\`, \`sea\`, \`road\`, \`rail\`, \`road-river\`), \`province\` (code of the 34), \`resolution\`, \`operational\` | ${counts.borderGates} |

## Sources and licences

- Administrative units: github.com/thanglequoc/vietnamese-provinces-database, commit cd58063 (2026-08-02), which
  includes the 2026 change that made Đồng Nai a centrally-run city. MIT, © 2021 Thang Le Quoc: the notice is in
  \`NOTICE\` at the repository root and must travel with these files.
- Ethnic groups: Decision 121-TCTK/PPCĐ of the General Statistics Office (1979-03-02), in the spelling of the
  dichvucong.gov.vn code list. Do not mix with the GSO 1019/QĐ-TCTK (2008) codes: several codes differ. English
  names are those commonly used in English texts; where none exists the Vietnamese name without diacritics is used.
- Countries: i18n-iso-countries (npm), locales \`vi\` and \`en\`. MIT, © 2016 widdix GmbH (notice in \`NOTICE\`).
- E-visa border gates: Resolution 127/NQ-CP (2023-08-14, in force 2023-08-15), Art. 2, and Resolution 389/NQ-CP
  (2025-12-02), read in press reports of the resolutions (the Gazette text was not read). What is not settled:
  - the seaports of Resolution 127 are the 13 of the 2020 list (Resolution 79/NQ-CP), because the 2023 list was seen
    only truncated; the count (13 airports + 16 land gates + 13 seaports = 42) agrees with the 42 reported for 2023;
  - Thọ Xuân airport and Vũng Áng seaport are on the 2023 list but missing from a scrape of evisa.gov.vn dated
    2026-04-24 (79 entries instead of 83): a gap in the scrape or a change on the portal. Both stay in the list,
    marked operational, until an official text says otherwise;
  - Long Thành and Gia Bình airports apply "once in operation": \`operational: false\`, and their label says so. Set
    the flag to \`true\` in \`scripts/build-data.mjs\` when they open; procedures need no change;
  - the Ninh Bình seaport is named Ninh Phúc here (one press report says "Ninh Bình"); province codes are the
    provinces the press reports name, or where the gate lies after the 2025-07-01 reorganisation;
  - the codes are dvc-kit's own (no official code list was found): kind, then the name without diacritics.
`;
  writeIfChanged(join(dataDir, 'README.md'), readme);
}

function countItems(file) {
  return JSON.parse(readFileSync(file, 'utf8')).items.length;
}

function main() {
  mkdirSync(communesDir, { recursive: true });
  let units;
  if (existsSync(unitsFile)) {
    units = buildUnits();
    buildNotice();
  } else {
    const communeFiles = readdirSync(communesDir).filter((f) => f.endsWith('.json'));
    if (!existsSync(join(dataDir, 'provinces.json')) || communeFiles.length === 0) {
      console.error(`build-data: ${relative(root, unitsFile)} is missing and forms/data has no committed units.`);
      process.exit(1);
    }
    console.log(`build-data: ${relative(root, unitsFile)} not found; keeping the committed provinces and communes.`);
    units = {
      provinces: countItems(join(dataDir, 'provinces.json')),
      communes: communeFiles.reduce((sum, f) => sum + countItems(join(communesDir, f)), 0),
    };
  }
  const counts = {
    ...units,
    ethnicities: buildEthnicities(),
    countries: buildCountries(),
    borderGates: buildBorderGates(),
  };
  buildReadme(counts);
  console.log(
    `build-data: ${counts.provinces} provinces, ${counts.communes} communes, ${counts.ethnicities} ethnicities, ` +
      `${counts.countries} countries, ${counts.borderGates} border gates (as of ${AS_OF}); ` +
      `${written.length} file(s) written.`,
  );
}

main();

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

## Sources and licences

- Administrative units: github.com/thanglequoc/vietnamese-provinces-database, commit cd58063 (2026-08-02), which
  includes the 2026 change that made Đồng Nai a centrally-run city. MIT, © 2021 Thang Le Quoc: the notice is in
  \`NOTICE\` at the repository root and must travel with these files.
- Ethnic groups: Decision 121-TCTK/PPCĐ of the General Statistics Office (1979-03-02), in the spelling of the
  dichvucong.gov.vn code list. Do not mix with the GSO 1019/QĐ-TCTK (2008) codes: several codes differ. English
  names are those commonly used in English texts; where none exists the Vietnamese name without diacritics is used.
- Countries: i18n-iso-countries (npm), locales \`vi\` and \`en\`. MIT, © 2016 widdix GmbH (notice in \`NOTICE\`).
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
  const counts = { ...units, ethnicities: buildEthnicities(), countries: buildCountries() };
  buildReadme(counts);
  console.log(
    `build-data: ${counts.provinces} provinces, ${counts.communes} communes, ${counts.ethnicities} ethnicities, ` +
      `${counts.countries} countries (as of ${AS_OF}); ${written.length} file(s) written.`,
  );
}

main();

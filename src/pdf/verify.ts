import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { concat, fromHex, latin1, sha256, toArrayBuffer, toHex, usePlatformCrypto } from './sign/bytes.js';
import { commonName } from './sign/certificate.js';
import { OID } from './sign/cms.js';
import { pageText } from './sign/page-text.js';
import type { SubmissionJson, VerificationReport } from './types.js';

const SUB_FILTER = 'ETSI.CAdES.detached';

/**
 * Checks a submission PDF as a receiving office would: the last signature covers the whole file and verifies with
 * its certificate, and the embedded submission.json is there, with its SHA-256 printed on page 1. Whether the
 * certificate is trusted (a licensed CA, not revoked) is NOT checked here: see docs/signing.md.
 */
export async function verifySubmissionPdf(bytes: Uint8Array): Promise<VerificationReport> {
  usePlatformCrypto();
  const problems: string[] = [];
  const report: VerificationReport = {
    valid: false,
    signature: { present: false, cryptographicallyValid: false, coversWholeFile: false },
    problems,
  };

  const range = lastByteRange(bytes);
  let doc: PDFDocument | undefined;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    problems.push('The file cannot be read as a PDF.');
  }

  if (!range) {
    problems.push('The PDF has no signature.');
  } else {
    await checkSignature(bytes, range, doc, report);
  }
  try {
    if (!doc) throw new Error('unreadable');
    await checkSubmission(doc, report);
  } catch {
    // A damaged object (a changed byte in the page tree, say) makes pdf-lib throw while walking the document.
    problems.push('The embedded submission.json cannot be read: the PDF structure is damaged.');
  }

  report.valid =
    problems.length === 0 &&
    report.signature.cryptographicallyValid &&
    report.signature.coversWholeFile &&
    report.submission !== undefined;
  return report;
}

/** The ByteRange of the last signature in the file (a later signature is written later). */
function lastByteRange(bytes: Uint8Array): number[] | undefined {
  const matches = [...latin1(bytes).matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = matches.at(-1);
  return last && last.slice(1, 5).map(Number);
}

async function checkSignature(
  bytes: Uint8Array,
  [start1, length1, start2, length2]: number[],
  doc: PDFDocument | undefined,
  report: VerificationReport,
): Promise<void> {
  const { signature, problems } = report;
  signature.coversWholeFile = start1 === 0 && start2 + length2 === bytes.length && length1 < start2;
  if (!signature.coversWholeFile) {
    problems.push('The signature does not cover the whole file: bytes were added or changed outside the signed part.');
  }

  const dict = doc && signatureDictionary(doc, length1);
  const subFilter = dict?.lookupMaybe(PDFName.of('SubFilter'), PDFName)?.decodeText();
  signature.subFilter = subFilter;
  if (subFilter !== SUB_FILTER) problems.push(`The signature is not PAdES (${SUB_FILTER}): ${subFilter ?? 'none'}.`);
  const m = dict?.lookupMaybe(PDFName.of('M'), PDFString, PDFHexString)?.decodeText();
  signature.signingTime = m && parsePdfDate(m);

  // The gap between the two ranges is exactly the /Contents hex string, `<…>`.
  const hex = latin1(bytes.subarray(length1, start2));
  if (!/^<[0-9A-Fa-f\s]*>$/.test(hex) || start2 > bytes.length) {
    problems.push('The signature value (/Contents) cannot be found where the ByteRange says.');
    return;
  }
  let signedData: pkijs.SignedData;
  try {
    const asn = asn1js.fromBER(toArrayBuffer(fromHex(hex.slice(1, -1).replace(/\s+/g, ''))));
    const contentInfo = new pkijs.ContentInfo({ schema: asn.result });
    if (contentInfo.contentType !== OID.signedData) throw new Error();
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    problems.push('The signature value is not a CMS SignedData.');
    return;
  }
  signature.present = true;

  const certificate = signerCertificate(signedData);
  if (certificate) {
    signature.signerName = commonName(certificate);
    signature.certificateSha256 = toHex(await sha256(new Uint8Array(certificate.toSchema(true).toBER(false))));
  } else {
    problems.push("The signer's certificate is not included in the signature.");
  }

  const content = concat(bytes.subarray(0, length1), bytes.subarray(start2, start2 + length2));
  const digest = signedData.signerInfos[0]?.signedAttrs?.attributes.find((a) => a.type === OID.messageDigest);
  const expected =
    digest?.values[0] instanceof asn1js.OctetString ? toHex(digest.values[0].valueBlock.valueHexView) : '';
  if (expected !== toHex(await sha256(content))) {
    problems.push('The signed bytes have changed since signing (message digest mismatch).');
    return;
  }
  try {
    const ok = await signedData.verify({ signer: 0, data: toArrayBuffer(content), checkChain: false });
    signature.cryptographicallyValid = ok === true;
  } catch {
    signature.cryptographicallyValid = false;
  }
  if (!signature.cryptographicallyValid) problems.push("The signature does not verify with the signer's certificate.");
}

/** The signature dictionary whose ByteRange gap starts at `gapStart`. */
function signatureDictionary(doc: PDFDocument, gapStart: number): PDFDict | undefined {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const range = object.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
    if (range?.lookupMaybe(1, PDFNumber)?.asNumber() === gapStart) return object;
  }
  return undefined;
}

function signerCertificate(signedData: pkijs.SignedData): pkijs.Certificate | undefined {
  const sid = signedData.signerInfos[0]?.sid;
  const certificates = (signedData.certificates ?? []).filter((c) => c instanceof pkijs.Certificate);
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const match = certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
    if (match) return match;
  }
  return certificates[0];
}

/** D:YYYYMMDDHHmmSS with Z or an offset (+07'00') → ISO 8601 UTC. */
function parsePdfDate(value: string): string | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!match) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

async function checkSubmission(doc: PDFDocument, report: VerificationReport): Promise<void> {
  const file = embeddedFile(doc, 'submission.json');
  if (!file) {
    report.problems.push('The PDF carries no submission.json.');
    return;
  }
  report.submissionSha256 = toHex(await sha256(file));
  try {
    report.submission = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file)) as SubmissionJson;
  } catch {
    report.problems.push('The embedded submission.json is not valid JSON.');
  }
  // The layout prints the hash under the QR code; the QR itself (vector squares) is not decoded here.
  const first = doc.getPages()[0];
  const text = first ? pageText(first).replace(/\s+/g, '').toLowerCase() : '';
  report.qrMatches = text.includes(report.submissionSha256);
  if (!report.qrMatches) report.problems.push('Page 1 does not show the SHA-256 of the embedded submission.json.');
}

/** An embedded file's bytes, found by name in the catalog's EmbeddedFiles name tree. */
function embeddedFile(doc: PDFDocument, name: string): Uint8Array | undefined {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const visit = (node: PDFDict | undefined, depth: number): Uint8Array | undefined => {
    if (!node || depth > 10) return undefined;
    const entries = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; entries && i + 1 < entries.size(); i += 2) {
      const key = entries.lookupMaybe(i, PDFString, PDFHexString)?.decodeText();
      if (key !== name) continue;
      const spec = entries.lookupMaybe(i + 1, PDFDict);
      const stream = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
      if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) {
      const found = visit(kids.lookupMaybe(i, PDFDict), depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(tree, 0);
}

import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer, usePlatformCrypto } from './bytes.js';
import { OID } from './cms.js';

const ORGANIZATION = '2.5.4.10';
const HOUR = 60 * 60 * 1000;

/**
 * CN and O as two RDNs (pkijs would put every attribute into one multi-valued RDN, "CN=…+O=…"), so the name is
 * built as DER and parsed back; pkijs then re-encodes it exactly as built.
 */
function name(displayName: string): pkijs.RelativeDistinguishedNames {
  const rdn = (type: string, value: string) =>
    new asn1js.Set({
      value: [new pkijs.AttributeTypeAndValue({ type, value: new asn1js.Utf8String({ value }) }).toSchema()],
    });
  const der = new asn1js.Sequence({
    value: [rdn(OID.commonName, displayName), rdn(ORGANIZATION, 'dvc-kit device key')],
  }).toBER(false);
  return pkijs.RelativeDistinguishedNames.fromBER(der);
}

/** UTCTime until 2049, GeneralizedTime after, as RFC 5280 requires. */
function time(value: Date): pkijs.Time {
  return new pkijs.Time({ type: value.getUTCFullYear() < 2050 ? 0 : 1, value });
}

/**
 * A self-signed X.509 v3 end-entity certificate for a device key: CN = the person's name (UTF8String, so Vietnamese
 * is kept), O = "dvc-kit device key", valid from an hour ago (clocks drift) for five years, CA:false, key usage
 * digitalSignature + nonRepudiation, and a subject key identifier. It proves nothing about who the person is; it only
 * carries the public key and the name they typed.
 */
export async function createSelfSignedCertificate(
  displayName: string,
  keys: { privateKey: CryptoKey; publicKey: CryptoKey },
  now = new Date(),
): Promise<Uint8Array> {
  usePlatformCrypto();
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  const serial = globalThis.crypto.getRandomValues(new Uint8Array(16));
  serial[0] &= 0x7f; // positive
  serial[0] |= 0x40; // and without a leading zero byte
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(serial) });
  certificate.subject = name(displayName);
  certificate.issuer = name(displayName);
  certificate.notBefore = time(new Date(now.getTime() - HOUR));
  const notAfter = new Date(now.getTime());
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + 5);
  certificate.notAfter = time(notAfter);
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);

  const publicKeyBits = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  const keyId = await globalThis.crypto.subtle.digest('SHA-1', publicKeyBits as BufferSource);
  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 });
  certificate.extensions = [
    new pkijs.Extension({
      extnID: pkijs.id_BasicConstraints,
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false),
    }),
    new pkijs.Extension({ extnID: pkijs.id_KeyUsage, critical: true, extnValue: keyUsage.toBER(false) }),
    new pkijs.Extension({
      extnID: pkijs.id_SubjectKeyIdentifier,
      extnValue: new asn1js.OctetString({ valueHex: keyId }).toBER(false),
    }),
  ];
  await certificate.sign(keys.privateKey, 'SHA-256');
  return new Uint8Array(certificate.toSchema(true).toBER(false));
}

/** The first CN of a certificate's subject, or '' when it has none. */
export function commonName(certificate: pkijs.Certificate): string {
  const cn = certificate.subject.typesAndValues.find((entry) => entry.type === OID.commonName);
  return cn ? String(cn.value.valueBlock.value) : '';
}

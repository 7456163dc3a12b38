import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sha256, toArrayBuffer, usePlatformCrypto } from './bytes.js';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  commonName: '2.5.4.3',
} as const;

export interface CmsKey {
  privateKey: CryptoKey;
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  /** Intermediate certificates to include, DER. */
  chain?: Uint8Array[];
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

/**
 * A detached CMS SignedData (CAdES-BES, as PAdES-B-B wants it) over `content`: the certificates are included, and
 * the signed attributes are contentType, messageDigest and signing-certificate-v2. There is no signing-time
 * attribute: in PAdES the time is the signature dictionary's `/M`.
 */
export async function createDetachedCms(content: Uint8Array, key: CmsKey): Promise<Uint8Array> {
  usePlatformCrypto();
  const certificate = parseCertificate(key.certificate);
  const chain = (key.chain ?? []).map(parseCertificate);

  // DER sorts a SET OF by encoding; these three attributes are already in that order (their encodings grow).
  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: toArrayBuffer(await sha256(content)) })],
    }),
    new pkijs.Attribute({
      type: OID.signingCertificateV2,
      values: [await signingCertificateV2(key.certificate, certificate)],
    }),
  ];

  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [certificate, ...chain],
  });
  await signedData.sign(key.privateKey, 0, 'SHA-256');

  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } (RFC 5035), with one ESSCertIDv2
 * { certHash, issuerSerial }. The hash algorithm is SHA-256, the DEFAULT, so DER leaves it out. It binds the
 * signature to this exact certificate, which is what makes a CMS signature CAdES.
 */
async function signingCertificateV2(der: Uint8Array, certificate: pkijs.Certificate): Promise<asn1js.Sequence> {
  const directoryName = new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 4 },
    value: [certificate.issuer.toSchema()],
  });
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [directoryName] }), certificate.serialNumber],
  });
  const essCertId = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(await sha256(der)) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] });
}

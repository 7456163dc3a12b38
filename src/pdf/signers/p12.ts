import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer, usePlatformCrypto } from '../sign/bytes.js';
import { commonName } from '../sign/certificate.js';
import { createDetachedCms } from '../sign/cms.js';
import type { Signer } from '../types.js';

export const P12_ERRORS = {
  notP12: 'This is not a PKCS#12 (.p12/.pfx) file.',
  wrongPassword: 'The password does not open this certificate file.',
  legacy:
    'This certificate file uses an old encryption algorithm (3DES or RC2) that this application cannot read. ' +
    'Re-export it with AES, e.g. `openssl pkcs12 -in old.p12 -legacy -nodes | openssl pkcs12 -export -out new.p12` ' +
    '(OpenSSL 3 uses AES-256 by default), or choose "AES256-SHA256" when exporting from Windows.',
  noKey: 'This certificate file holds no private key.',
  noCertificate: 'This certificate file holds no certificate for its private key.',
  unsupportedKey: 'This certificate file holds a key type that cannot sign here (only RSA and ECDSA P-256).',
} as const;

const PBES2 = '1.2.840.113549.1.5.13';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const P256 = '1.2.840.10045.3.1.7';
const RSA = '1.2.840.113549.1.1.1';

/**
 * A signer from a PKCS#12 file (.p12/.pfx), e.g. a certificate from a licensed CA. The file is opened with the
 * password (its MAC is checked, then its PBES2 / PBKDF2 / AES bags, as OpenSSL 3 and current Windows write them),
 * the private key is imported into WebCrypto as non-extractable, and the certificate whose public key matches it is
 * the signing certificate; the other certificates travel as the chain.
 */
export async function createP12Signer(p12: Uint8Array, password: string): Promise<Signer> {
  usePlatformCrypto();
  const secret = toArrayBuffer(new TextEncoder().encode(password));

  let pfx: pkijs.PFX;
  try {
    const asn = asn1js.fromBER(toArrayBuffer(p12));
    if (asn.offset === -1) throw new Error();
    pfx = new pkijs.PFX({ schema: asn.result });
  } catch {
    throw new Error(P12_ERRORS.notP12);
  }

  try {
    await pfx.parseInternalValues({ password: secret, checkIntegrity: Boolean(pfx.macData) });
  } catch (error) {
    throw new Error(/integrity/i.test(String(error)) ? P12_ERRORS.wrongPassword : P12_ERRORS.notP12, {
      cause: error,
    });
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new Error(P12_ERRORS.notP12);
  try {
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: secret })) });
  } catch (error) {
    // pkijs decrypts PBES2 only; older exports use the PKCS#12 PBE algorithms (OIDs 1.2.840.113549.1.12.1.*).
    const legacy = /contentEncryptionAlgorithm/.test(String(error));
    throw new Error(legacy ? P12_ERRORS.legacy : P12_ERRORS.wrongPassword, { cause: error });
  }

  const keys: pkijs.PrivateKeyInfo[] = [];
  const certificates: pkijs.Certificate[] = [];
  for (const contents of safe.parsedValue?.safeContents ?? []) {
    for (const bag of contents.value.safeBags) {
      if (bag.bagValue instanceof pkijs.PKCS8ShroudedKeyBag) {
        if (bag.bagValue.encryptionAlgorithm.algorithmId !== PBES2) throw new Error(P12_ERRORS.legacy);
        try {
          await bag.bagValue.parseInternalValues({ password: secret });
        } catch {
          throw new Error(P12_ERRORS.wrongPassword);
        }
        if (bag.bagValue.parsedValue) keys.push(bag.bagValue.parsedValue);
      } else if (bag.bagValue instanceof pkijs.PrivateKeyInfo) {
        keys.push(bag.bagValue);
      } else if (bag.bagValue instanceof pkijs.CertBag && bag.bagValue.parsedValue instanceof pkijs.Certificate) {
        certificates.push(bag.bagValue.parsedValue);
      }
    }
  }
  if (!keys[0]) throw new Error(P12_ERRORS.noKey);
  const privateKey = await importPrivateKey(keys[0]);
  const certificate = await matchingCertificate(privateKey, certificates);
  if (!certificate) throw new Error(P12_ERRORS.noCertificate);

  const der = (c: pkijs.Certificate) => new Uint8Array(c.toSchema(true).toBER(false));
  const certificateDer = der(certificate);
  const chain = certificates.filter((c) => c !== certificate).map(der);
  return {
    certificate: certificateDer,
    displayName: commonName(certificate),
    sign: (content) => createDetachedCms(content, { privateKey, certificate: certificateDer, chain }),
  };
}

async function importPrivateKey(info: pkijs.PrivateKeyInfo): Promise<CryptoKey> {
  const pkcs8 = info.toSchema().toBER(false);
  const algorithm = info.privateKeyAlgorithm;
  let params: EcKeyImportParams | RsaHashedImportParams;
  if (algorithm.algorithmId === EC_PUBLIC_KEY) {
    const curve = algorithm.algorithmParams instanceof asn1js.ObjectIdentifier && algorithm.algorithmParams.getValue();
    if (curve !== P256) throw new Error(P12_ERRORS.unsupportedKey);
    params = { name: 'ECDSA', namedCurve: 'P-256' };
  } else if (algorithm.algorithmId === RSA) {
    params = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  } else {
    throw new Error(P12_ERRORS.unsupportedKey);
  }
  try {
    return await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, params, false, ['sign']);
  } catch {
    throw new Error(P12_ERRORS.unsupportedKey);
  }
}

/** The certificate whose public key verifies a signature made with the private key: a proof, not a name match. */
async function matchingCertificate(
  privateKey: CryptoKey,
  certificates: pkijs.Certificate[],
): Promise<pkijs.Certificate | undefined> {
  const subtle = globalThis.crypto.subtle;
  const challenge = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const algorithm =
    privateKey.algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: privateKey.algorithm.name };
  const signature = await subtle.sign(algorithm, privateKey, challenge);
  for (const certificate of certificates) {
    try {
      const spki = certificate.subjectPublicKeyInfo.toSchema().toBER(false);
      const importParams =
        privateKey.algorithm.name === 'ECDSA'
          ? { name: 'ECDSA', namedCurve: 'P-256' }
          : { name: privateKey.algorithm.name, hash: 'SHA-256' };
      const publicKey = await subtle.importKey('spki', spki, importParams, false, ['verify']);
      if (await subtle.verify(algorithm, publicKey, signature, challenge)) return certificate;
    } catch {
      // A certificate for another algorithm (a CA's RSA certificate next to an EC key): not the one.
    }
  }
  return undefined;
}

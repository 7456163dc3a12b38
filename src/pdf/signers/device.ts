import { createDetachedCms, parseCertificate } from '../sign/cms.js';
import { commonName, createSelfSignedCertificate } from '../sign/certificate.js';
import type { Signer } from '../types.js';

/** The device key as it is stored: WebCrypto keys (the private one non-extractable) and its current certificate. */
export interface DeviceKeyRecord {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The self-signed certificate, DER. */
  certificate?: Uint8Array;
  /** The name the certificate was issued to. */
  certificateName?: string;
}

/** Where the device key lives (IndexedDB in the browser: src/storage/keys.ts; memory in tests). */
export interface DeviceKeyStore {
  load(): Promise<DeviceKeyRecord | undefined>;
  save(record: DeviceKeyRecord): Promise<void>;
}

const KEY_ALGORITHM: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };

/**
 * A signer whose key never leaves this device: an ECDSA P-256 key pair made on first use with a NON-extractable
 * private key (script on the page can use it to sign, but cannot read it out), and a self-signed certificate in the
 * person's name. A new certificate (same key) is issued when the name changes or the old one has expired.
 */
export async function createDeviceSigner(options: { displayName: string; keyStore: DeviceKeyStore }): Promise<Signer> {
  const displayName = options.displayName.normalize('NFC').trim();
  if (!displayName) throw new Error('The signer needs a name for the certificate.');
  const store = options.keyStore;

  let record = await store.load();
  if (!record) {
    const keys = await globalThis.crypto.subtle.generateKey(KEY_ALGORITHM, false, ['sign', 'verify']);
    record = { privateKey: keys.privateKey, publicKey: keys.publicKey };
  }
  if (!record.certificate || record.certificateName !== displayName || expired(record.certificate)) {
    record = {
      ...record,
      certificate: await createSelfSignedCertificate(displayName, record),
      certificateName: displayName,
    };
    await store.save(record);
  }

  const { privateKey, certificate } = record as Required<DeviceKeyRecord>;
  return {
    certificate,
    displayName: commonName(parseCertificate(certificate)) || displayName,
    sign: (content) => createDetachedCms(content, { privateKey, certificate }),
  };
}

function expired(der: Uint8Array): boolean {
  try {
    return parseCertificate(der).notAfter.value.getTime() < Date.now();
  } catch {
    return true;
  }
}

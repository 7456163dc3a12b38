import type { DeviceKeyRecord, DeviceKeyStore } from '../pdf/signers/device.js';
import { DvcDatabase } from './db.js';

const DEVICE_KEY_ID = 'device-signer';

/**
 * The device signer's key, kept in the namespace's IndexedDB database. The private key is a non-extractable
 * CryptoKey: the browser stores it as it is and no code, this one included, can read its bytes out; the record is
 * never logged or exported. Clearing the site's data deletes it, and the next signature uses a new key.
 */
export function deviceKeyStore(namespace = 'default'): DeviceKeyStore {
  let db: DvcDatabase | undefined;
  const open = () => (db ??= new DvcDatabase(namespace));
  return {
    async load() {
      const row = await open().keys.get(DEVICE_KEY_ID);
      if (!row) return undefined;
      const { privateKey, publicKey, certificate, certificateName } = row;
      return { privateKey, publicKey, certificate, certificateName };
    },
    async save(record: DeviceKeyRecord) {
      await open().keys.put({ ...record, id: DEVICE_KEY_ID, updatedAt: Date.now() });
    },
  };
}

import { AFRelationship, PDFDocument } from '@cantoo/pdf-lib';
import { expect } from '@open-wc/testing';
import * as fontkit from 'fontkit';
import { databaseName } from '../../storage/db.js';
import { deviceKeyStore } from '../../storage/keys.js';
import { addSignaturePlaceholder } from '../sign/placeholder.js';
import { signPreparedPdf } from '../sign/pades.js';
import { verifySubmissionPdf } from '../verify.js';
import { createDeviceSigner } from './device.js';

const FONT = '/node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A one-page Vietnamese PDF carrying submission.json and its hash, with a signature placeholder. */
async function preparedPdf(signerName: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(new Uint8Array(await (await fetch(FONT)).arrayBuffer()), {
    subset: true,
    features: { ccmp: false },
  });
  const page = doc.addPage([595, 842]);
  const json = new TextEncoder().encode(JSON.stringify({ format: 'dvc-kit-submission/1', name: signerName }));
  page.drawText('Tờ khai đăng ký thường trú', { x: 40, y: 780, size: 12, font });
  page.drawText(await sha256Hex(json), { x: 40, y: 760, size: 7, font });
  await doc.attach(json, 'submission.json', { mimeType: 'application/json', afRelationship: AFRelationship.Source });
  addSignaturePlaceholder(doc, {
    page,
    rect: { x: 340, y: 40, width: 220, height: 54 },
    font,
    signerName,
    signingTime: new Date(),
    reason: 'Nộp hồ sơ',
  });
  return doc.save();
}

describe('device signer in the browser', () => {
  const namespace = `sign-test-${Math.random().toString(36).slice(2)}`;

  after(async () => {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(databaseName(namespace));
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  });

  it('signs a PDF that verifySubmissionPdf accepts, with a key kept non-extractable in IndexedDB', async () => {
    const signer = await createDeviceSigner({ displayName: 'Hoàng Thị Lan', keyStore: deviceKeyStore(namespace) });
    const signed = await signPreparedPdf(await preparedPdf(signer.displayName), signer);
    const report = await verifySubmissionPdf(signed);
    expect(report.problems).to.deep.equal([]);
    expect(report.valid).to.equal(true);
    expect(report.signature.signerName).to.equal('Hoàng Thị Lan');
    expect(report.signature.subFilter).to.equal('ETSI.CAdES.detached');
    expect(report.qrMatches).to.equal(true);

    // One changed signed byte is caught in the browser too.
    const tampered = signed.slice();
    tampered[40] = tampered[40]! ^ 0x01;
    expect((await verifySubmissionPdf(tampered)).valid).to.equal(false);
  });

  it('keeps the same key across store instances (a reload), and the private key cannot be exported', async () => {
    const first = await deviceKeyStore(namespace).load();
    expect(first, 'stored by the previous test').to.not.equal(undefined);
    expect(first!.privateKey.extractable).to.equal(false);
    let exported: unknown;
    try {
      await crypto.subtle.exportKey('pkcs8', first!.privateKey);
    } catch (error) {
      exported = error;
    }
    expect(exported, 'exportKey rejects').to.be.instanceOf(DOMException);

    const again = await createDeviceSigner({ displayName: 'Hoàng Thị Lan', keyStore: deviceKeyStore(namespace) });
    expect(Array.from(again.certificate)).to.deep.equal(Array.from(first!.certificate!));
    const renamed = await createDeviceSigner({ displayName: 'Hoàng Lan', keyStore: deviceKeyStore(namespace) });
    expect(renamed.displayName).to.equal('Hoàng Lan');
    const stored = await deviceKeyStore(namespace).load();
    expect(stored!.certificateName).to.equal('Hoàng Lan');
    // Same key: the stored public key is unchanged.
    const spki = async (key: CryptoKey) => Array.from(new Uint8Array(await crypto.subtle.exportKey('spki', key)));
    expect(await spki(stored!.publicKey)).to.deep.equal(await spki(first!.publicKey));
  });
});

import { readFile } from 'node:fs/promises';
import forge from 'node-forge';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { makeP12 } from '../../../../fixtures/p12.js';
import { signPdf } from '../signature/sign-pdf.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const failedRules = async (bytes: Uint8Array) =>
  (await checkPdfA(bytes)).failures.map((failure) => failure.rule);

/** The signature's Contents hex string (between `<` and `>`) and its place in the file. */
function contentsGap(signed: Uint8Array): { start: number; end: number; der: Buffer } {
  const text = latin1(signed);
  const [, start, end] = (/\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)/.exec(text) ?? []).map(Number) as number[];
  return {
    start: start as number,
    end: end as number,
    der: Buffer.from(text.slice((start as number) + 1, (end as number) - 1), 'hex'),
  };
}

/** The signed file with its CMS replaced (same reserved size, zero padded). */
function withCms(signed: Uint8Array, edit: (signedData: forge.asn1.Asn1[]) => void): Uint8Array {
  const { start, end, der } = contentsGap(signed);
  // The reserved space is zero padded: parse only the DER element (a long-form length, as CMS has).
  const lengthBytes = (der[1] as number) & 0x7f;
  const length =
    2 + lengthBytes + der.subarray(2, 2 + lengthBytes).reduce((sum, byte) => sum * 256 + byte, 0);
  const contentInfo = forge.asn1.fromDer(der.subarray(0, length).toString('binary'));
  const children = (node: forge.asn1.Asn1 | undefined) => (node?.value ?? []) as forge.asn1.Asn1[];
  const signedData = children(children(children(contentInfo)[1])[0]);
  edit(signedData);
  const hex = Buffer.from(forge.asn1.toDer(contentInfo).getBytes(), 'binary').toString('hex');
  const copy = Buffer.from(signed);
  copy.write(hex.padEnd(end - start - 2, '0'), start + 1, 'latin1');
  return copy;
}

describe('checkPdfA signature rules (6.4.3, 6.1.12-2)', () => {
  let signed: Uint8Array;

  beforeAll(async () => {
    const bytes = await readFile(SAMPLE_PAGES[1]?.image as string);
    const pdf = await writePdfA([{ image: { bytes, format: 'jpeg', width: 2464, height: 3508, dpi: 300 } }], {
      title: 'Công văn 299',
      createdAt: new Date('2025-06-01T08:00:00+07:00'),
    });
    signed = await signPdf(pdf, {
      p12: makeP12('pw'),
      password: 'pw',
      agencyName: 'UBND tỉnh Quảng Ngãi',
      signedAt: new Date('2025-06-01T01:00:00Z'),
    });
  });

  it('passes a file signed by signPdf', async () => {
    const report = await checkPdfA(signed);
    expect(report.rulesChecked).toEqual(
      expect.arrayContaining(['6.1.12-2', '6.4.3-1', '6.4.3-2', '6.4.3-3']),
    );
    expect(report.failures).toEqual([]);
  });

  it('fails 6.4.3-1 when the ByteRange leaves out more than the Contents string or stops short', async () => {
    const text = latin1(signed);
    const match = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text) as RegExpExecArray;
    const [whole, gapStart, gapEnd, tail] = match as unknown as [string, string, string, string];
    const shortened = whole.replace(` ${tail}`, ` ${String(Number(tail) - 7).padEnd(tail.length, ' ')}`);
    const widened = whole.replace(
      ` ${gapStart} `,
      ` ${String(Number(gapStart) - 1).padEnd(gapStart.length, ' ')} `,
    );
    expect(gapEnd.length).toBeGreaterThan(0);
    for (const range of [shortened, widened]) {
      const bytes = Buffer.from(text.replace(whole, range), 'latin1');
      expect(bytes.length).toBe(signed.length);
      expect(await failedRules(bytes)).toEqual(['6.4.3-1']);
    }
  });

  it("fails 6.4.3-2 without the signer's certificate, 6.4.3-2 and -3 with two signers", async () => {
    const withoutCertificate = withCms(signed, (parts) => {
      const index = parts.findIndex(
        (part) => part.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && part.type === 0,
      );
      parts.splice(index, 1);
    });
    expect(await failedRules(withoutCertificate)).toEqual(['6.4.3-2']);
    const twoSigners = withCms(signed, (parts) => {
      const signerInfos = parts[parts.length - 1]?.value as forge.asn1.Asn1[];
      signerInfos.push(signerInfos[0] as forge.asn1.Asn1);
    });
    expect(await failedRules(twoSigners)).toEqual(['6.4.3-2', '6.4.3-3']);
    const { start, end } = contentsGap(signed);
    const garbage = Buffer.from(signed);
    garbage.write('0'.repeat(end - start - 2), start + 1, 'latin1');
    const report = await checkPdfA(garbage);
    expect(report.failures.map((failure) => [failure.rule, failure.message])).toEqual([
      ['6.4.3-2', 'The signature Contents is not a DER PKCS#7 SignedData object.'],
    ]);
  });

  it('fails 6.1.12-2 when a DocMDP signature reference has DigestMethod', async () => {
    const build = async (digest: boolean) => {
      const document = await PDFDocument.load(signed, { updateMetadata: false });
      const { context, catalog } = document;
      const reference = context.obj({
        Type: 'SigRef',
        TransformMethod: 'DocMDP',
        ...(digest ? { DigestMethod: 'MD5' } : {}),
      });
      const signature = context.register(context.obj({ Type: 'Sig', Reference: [reference] }));
      catalog.set(PDFName.of('Perms'), context.obj({ DocMDP: signature }));
      return failedRules(await document.save({ useObjectStreams: false }));
    };
    expect(await build(true)).toContain('6.1.12-2');
    expect(await build(false)).not.toContain('6.1.12-2');
  });
});

import { findForbiddenXmlCharacter, renderXmlDocument } from '@sohoa/base';
import { XmlDocument } from 'libxml2-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUnicode } from '../../../../fixtures/random-unicode.js';
import { samplePackageInput } from '../__fixtures__/sample-package.js';
import type { PackageInput } from './build-input.js';
import { planPackage } from './plan-package.js';

const NAMESPACES = {
  mets: 'http://www.loc.gov/METS/',
  premis: 'http://www.loc.gov/premis/v3',
};

/** libxml2-wasm drops a U+FEFF that starts an element's text (as a byte-order mark). */
const asRead = (text: string): string => text.replace(/^\uFEFF/, '');

/** Parses with libxml2 (a real, strict parser) and returns the text of every node the XPath finds. */
function readAll(xml: string | Uint8Array, xpath: string): string[] {
  const document = typeof xml === 'string' ? XmlDocument.fromString(xml) : XmlDocument.fromBuffer(xml);
  try {
    return document.find(xpath, NAMESPACES).map((node) => asRead(node.content));
  } finally {
    document.dispose();
  }
}

const stored = (text: string): string => text.normalize('NFC').trim();

describe('the XML writer with random Unicode (property test, seeded)', () => {
  it('gives back every text and attribute value exactly, or refuses a character XML forbids', () => {
    const next = randomUnicode(1918);
    let refused = 0;
    for (let run = 0; run < 500; run++) {
      const [text, attribute] = [next(), next()];
      const tree = { name: 'root', attributes: { a: attribute }, children: [{ name: 'child', text }] };
      if (findForbiddenXmlCharacter(text) || findForbiddenXmlCharacter(attribute)) {
        refused += 1;
        expect(() => renderXmlDocument(tree)).toThrow(
          expect.objectContaining({ code: 'XML_CHARACTER_FORBIDDEN' }),
        );
        continue;
      }
      const xml = renderXmlDocument(tree);
      expect(readAll(xml, '/root/@a')).toEqual([asRead(attribute)]);
      expect(readAll(xml, '/root/child')).toEqual([asRead(text)]);
    }
    expect(refused).toBeGreaterThan(100);
  });
});

describe('METS, PREMIS and EAD of a package with random Unicode (property test, seeded)', () => {
  let sample: PackageInput;
  beforeAll(async () => {
    sample = await samplePackageInput('AIP_hoso', 1);
  });

  it('write the title, organization and provenance texts, or refuse them naming the field', async () => {
    const next = randomUnicode(2001);
    let written = 0;
    for (let run = 0; run < 60; run++) {
      const [title, organization, operator, device, signer] = [next(), next(), next(), next(), next()];
      const input: PackageInput = {
        ...sample,
        metadata: { ...sample.metadata, title: `Hồ sơ ${title}` },
        organization: `Lưu trữ ${organization}`,
        provenance: {
          ...sample.provenance,
          digitization: { at: new Date('2025-07-20T08:00:00+07:00'), device, operator, dpi: 300 },
          signing: { at: new Date('2025-07-22T08:00:00+07:00'), signer },
        },
      };
      if (findForbiddenXmlCharacter(title)) {
        const refusal = await planPackage(input).catch((error: unknown) => error);
        expect(refusal).toMatchObject({
          code: 'METADATA_INVALID',
          details: { issues: [expect.objectContaining({ field: 'title', rule: 'xmlCharacter' })] },
        });
        continue;
      }
      if ([organization, operator, device, signer].some((text) => findForbiddenXmlCharacter(text))) {
        await expect(planPackage(input)).rejects.toMatchObject({ code: 'XML_CHARACTER_FORBIDDEN' });
        continue;
      }
      written += 1;
      const plan = await planPackage(input);
      const file = (path: string) =>
        plan.files.find((candidate) => candidate.path === path)?.source as Uint8Array;
      expect(readAll(file('METS.xml'), '/mets:mets/@LABEL')).toEqual([asRead(stored(`Hồ sơ ${title}`))]);
      expect(readAll(file('METS.xml'), '//mets:agent[@ROLE="CREATOR"]/mets:name')).toContain(
        asRead(`Lưu trữ ${organization}`),
      );
      expect(readAll(file('metadata/descriptive/EAD.xml'), '/simpledc/title')).toEqual([
        asRead(stored(`Hồ sơ ${title}`)),
      ]);
      const agents = readAll(file('metadata/preservation/PREMIS.xml'), '//premis:agentName');
      expect(agents).toContain(asRead(`Lưu trữ ${organization}`));
      readAll(file('representations/rep1/METS.xml'), '/mets:mets');
      readAll(file('representations/rep1/metadata/preservation/PREMIS_rep1.xml'), '/*');
    }
    expect(written).toBeGreaterThan(10);
  });
});

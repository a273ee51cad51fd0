/**
 * Digitize one dossier folder (`dossier.json` and the scans) with `digitize()` of `@sohoa/pipeline`,
 * the library function behind `sohoa digitize`, and read its progress events: per page the OCR
 * confidence and scan-profile violations, per document the PDF/A written, the fields filled from
 * the header and the disagreements with `dossier.json`, per dossier the validated AIP_hoso, and
 * the final summary. Run it twice on the same output folder: the second run resumes from the
 * journal and skips what is finished.
 *
 * Run from the repository root:
 * `npx tsx --conditions=@sohoa/source examples/pipeline/src/digitize-one-dossier.ts [dossier-folder] [out-folder]`
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DigitizedDocumentRecord, digitize } from '@sohoa/pipeline';

const [input = 'examples/sample-dossier', out = 'out/examples/one-dossier'] = process.argv.slice(2);

const run = digitize({ inputs: [input], out, packageType: 'aip' });
for await (const event of run) {
  switch (event.type) {
    case 'plan':
      console.log(
        `plan: ${event.dossiers} dossier(s), ${event.documents} document(s), ${event.pages} page(s)`,
      );
      break;
    case 'page-done':
      console.log(
        `page ${event.source}: OCR confidence ${Math.round(event.confidence)}, ${event.violations.length} scan-profile violation(s)`,
      );
      break;
    case 'document-done': {
      console.log(`document ${event.ordinal}: wrote ${event.file}`);
      for (const field of event.filled)
        console.log(`  filled from the header: ${field.field} = ${field.value}`);
      for (const d of event.disagreements) {
        console.log(`  disagreement: ${d.field} is "${d.given}" in dossier.json, read "${d.read}"`);
      }
      // The JSON beside the PDF also holds the readings never written into the metadata.
      const json = join(out, event.dossier, event.file.replace(/\.pdf$/, '.json'));
      const record = JSON.parse(await readFile(json, 'utf8')) as DigitizedDocumentRecord;
      for (const field of record.suggested) {
        console.log(`  to confirm (not recorded): ${field.field} = ${field.value} (read "${field.raw}")`);
      }
      break;
    }
    case 'document-skipped':
      console.log(`document ${event.ordinal}: ${event.file} already finished (journal), skipped`);
      break;
    case 'document-failed':
    case 'dossier-failed':
      console.error(`failed: ${event.dossier} ${event.code}: ${event.message}`);
      break;
    case 'dossier-done':
      console.log(
        `dossier ${event.dossier}: package ${event.package ?? '(none)'}${event.skipped ? ' (skipped)' : ''}`,
      );
      break;
    case 'warning':
      console.log(`warning: ${event.message}`);
      break;
    case 'summary': {
      const { documents, failures, report } = event.summary;
      console.log(
        `summary: ${documents.done} done, ${documents.skipped} skipped, ${documents.failed} failed; report ${report ?? '(none)'}`,
      );
      process.exitCode = failures.length > 0 ? 1 : 0;
      break;
    }
  }
}

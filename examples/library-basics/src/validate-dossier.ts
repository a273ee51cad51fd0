/**
 * Validate a dossier record against Thông tư 05/2025/TT-BNV before digitizing: every problem is
 * listed at once, with the field's Vietnamese name.
 *
 * Run: `npx tsx --conditions=@sohoa/source examples/library-basics/src/validate-dossier.ts [dossier.json]`
 */
import { readFile } from 'node:fs/promises';
import { SohoaError } from '@sohoa/core';
import { validateDossier } from '@sohoa/metadata';

const [path = 'examples/sample-dossier/dossier.json'] = process.argv.slice(2);
const { dossier } = JSON.parse(await readFile(path, 'utf8')) as { dossier: unknown };

try {
  const valid = validateDossier(dossier, path);
  console.log(
    `${path}: valid — ${valid.fileCode} "${valid.title}" (${valid.totalDoc} documents, ${valid.numberOfPage} pages)`,
  );
} catch (error) {
  if (!SohoaError.isInstance(error)) throw error;
  // The message and its fix in one language, English like the rest of this example ('vi': Vietnamese).
  console.error(error.describe('en'));
  process.exitCode = 1;
}

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { documentFileName, dossierFileName } from '@sohoa/metadata';
import type { DocumentRunner, DocumentSettings, PageRef } from '@sohoa/pipeline';
import type { BatchSettings, DocumentJobData, DocumentJobResult } from '../jobs/job-data.js';
import { FileSystemStorage } from '../storage/file-system-storage.js';
import { openStorage } from '../storage/open-storage.js';
import type { Storage } from '../storage/storage.js';
import { sha256OfFile, sha256OfObject } from './hash-object.js';

/** The folder of the output storage holding the queue's own records (one manifest per finished job). */
export const MANIFEST_FOLDER = '.sohoa-queue';

/** What a finished document job leaves in the output storage, so a duplicate execution can reuse it. */
interface DocumentManifest {
  input: string;
  result: Omit<DocumentJobResult, 'reused' | 'seconds' | 'pipelineSeconds'>;
}

/** The storage the scans are read from: the shared mount, keys being the scans' absolute paths. */
const inputs: Storage = new FileSystemStorage('/');

/** The pipeline settings of a batch. */
export function documentSettings(settings: BatchSettings): DocumentSettings {
  return {
    createdAt: new Date(settings.createdAt),
    packageType: settings.packageType,
    archiveCode: settings.archiveCode,
    organization: settings.organization,
    material: settings.material,
    cleanup: settings.cleanup,
    textLayer: settings.textLayer,
    sign: settings.sign,
  };
}

/** The storage key of a dossier's folder (`<fileCode>/`). */
export function dossierKey(fileCode: string): string {
  return dossierFileName(fileCode, { extension: '' });
}

/**
 * Runs one document job: reuses the outputs of an earlier execution of the same job when its
 * manifest and their checksums say they are complete; otherwise stages the scans, digitizes the
 * document into a scratch folder with the pipeline of `sohoa digitize`, publishes the PDF/A and
 * the JSON atomically, then the manifest. Executing it twice (a stalled job retried while the
 * first execution still runs) writes the same bytes twice, atomically: no corruption, no duplicate.
 * Once `signal` is aborted (the job was returned to the queue), it publishes nothing.
 */
export async function runDocumentJob(
  jobId: string,
  data: DocumentJobData,
  runner: DocumentRunner,
  scratchRoot: string,
  signal?: AbortSignal,
): Promise<DocumentJobResult> {
  const started = performance.now();
  const { settings, dossier, document } = data;
  const out = openStorage(settings.out);
  const folder = dossierKey(dossier.fileCode);
  const manifestKey = `${MANIFEST_FOLDER}/${settings.batchId}/${jobId}.json`;
  const input = createHash('sha256').update(JSON.stringify(data)).digest('hex');
  const earlier = await readManifest(out, manifestKey);
  if (
    earlier?.input === input &&
    (await sha256OfObject(out, earlier.result.pdf)) === earlier.result.sha256.pdf &&
    (await sha256OfObject(out, earlier.result.json)) === earlier.result.sha256.json
  ) {
    return {
      ...earlier.result,
      reused: true,
      seconds: (performance.now() - started) / 1000,
      pipelineSeconds: 0,
    };
  }
  const scratch = await mkdtemp(join(scratchRoot, 'sohoa-queue-'));
  try {
    const pages: PageRef[] = [];
    for (const [index, page] of document.pages.entries()) {
      pages.push({ ...page, file: await stage(page.file, join(scratch, 'scans', String(index))) });
    }
    const pipelineStarted = performance.now();
    const record = await runner.digitizeDocument(
      dossier,
      { ...document, pages },
      scratch,
      documentSettings(settings),
    );
    const pipelineSeconds = (performance.now() - pipelineStarted) / 1000;
    const json = documentFileName(dossier.fileCode, document.ordinal, { extension: 'json' });
    const result: DocumentManifest['result'] = {
      pdf: `${folder}/${record.pdf}`,
      json: `${folder}/${json}`,
      sha256: {
        pdf: await sha256OfFile(join(scratch, record.pdf)),
        json: await sha256OfFile(join(scratch, json)),
      },
      pages: document.pages.length,
    };
    signal?.throwIfAborted();
    await out.putFile(result.pdf, join(scratch, record.pdf));
    await out.putFile(result.json, join(scratch, json));
    const manifest: DocumentManifest = { input, result };
    await out.write(manifestKey, new TextEncoder().encode(`${JSON.stringify(manifest)}\n`));
    return { ...result, reused: false, seconds: (performance.now() - started) / 1000, pipelineSeconds };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * A scan as a local file: in place on a mounted storage, else copied into the scratch folder
 * under its own name (the name goes into the document's JSON).
 */
async function stage(path: string, scratchFolder: string): Promise<string> {
  const key = path.replace(/^\/+/, '');
  const local = inputs.localPath?.(key);
  if (local) return local;
  await mkdir(scratchFolder, { recursive: true });
  const file = join(scratchFolder, basename(path));
  await inputs.getFile(key, file);
  return file;
}

async function readManifest(storage: Storage, key: string): Promise<DocumentManifest | undefined> {
  try {
    if (!(await storage.exists(key))) return undefined;
    return JSON.parse(new TextDecoder().decode(await storage.read(key))) as DocumentManifest;
  } catch {
    return undefined;
  }
}

import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { type CatalogPlan, type PlanCatalogOptions, planCatalog } from './plan-catalog.js';
import { planFolder } from './plan-folder.js';

/** The catalog file extensions, lower case. */
const CATALOG_EXTENSIONS = new Set(['.xlsx', '.xls', '.csv']);

/**
 * Plans every input of a run: a dossier folder (`dossier.json` inside), a folder of dossier
 * folders, or a catalog (`.xlsx`, `.xls`, `.csv`). A dossier that cannot be planned (bad metadata, no
 * scans, page counts that do not match) is listed in `unplanned` with its error; so is a second
 * dossier with the code of an earlier one. The run's `packageType` and `archiveCode` (in `catalog`)
 * decide how every dossier is checked, a catalog's rows and a `dossier.json` alike: as an AIP's
 * record (dates by month or year alone accepted) when the run makes AIPs with an archive code.
 *
 * @example
 * ```ts
 * import { planInputs } from '@sohoa/pipeline';
 *
 * const { planned, unplanned } = await planInputs(['scans/batch-01', 'muc-luc.xlsx']);
 * ```
 */
export async function planInputs(
  inputs: readonly string[],
  catalog: PlanCatalogOptions = {},
): Promise<CatalogPlan> {
  const plan: CatalogPlan = { planned: [], unplanned: [], catalogs: [] };
  const attempt = async (key: string, task: () => Promise<CatalogPlan['planned'][number]>) => {
    try {
      plan.planned.push(await task());
    } catch (error) {
      if (!SohoaError.isInstance(error)) throw error;
      plan.unplanned.push({ key, source: key, error });
    }
  };
  for (const input of inputs) {
    if (CATALOG_EXTENSIONS.has(extname(input).toLowerCase())) {
      const read = await planCatalog(input, catalog);
      plan.planned.push(...read.planned);
      plan.unplanned.push(...read.unplanned);
      plan.catalogs.push(...read.catalogs);
      continue;
    }
    const batch = await dossierFolders(input);
    // Checked as the run packages them, as a catalog's dossiers are (dates by year alone in an AIP).
    const run = { packageType: catalog.packageType, archiveCode: catalog.archiveCode };
    if (batch.length === 0) await attempt(input, () => planFolder(input, run));
    for (const folder of batch) await attempt(folder, () => planFolder(folder, run));
  }
  const seen = new Set<string>();
  plan.planned = plan.planned.filter((dossier) => {
    const code = dossier.dossier.fileCode;
    if (!seen.has(code)) {
      seen.add(code);
      return true;
    }
    plan.unplanned.push({
      key: code,
      source: dossier.source,
      error: new SohoaError({
        code: 'METADATA_INVALID',
        message: {
          vi: `${dossier.source}: mã hồ sơ ${code} đã được một hồ sơ trước đó trong lượt chạy này sử dụng.`,
          en: `${dossier.source}: the dossier code ${code} is used by an earlier dossier of this run.`,
        },
        fix: {
          vi: 'Đặt cho mỗi hồ sơ một mã riêng (fileCode), hoặc số hóa hai hồ sơ vào hai thư mục đầu ra khác nhau.',
          en: 'Give every dossier its own code (fileCode), or digitize the two into different output folders.',
        },
        details: { source: dossier.source },
      }),
    });
    return false;
  });
  return plan;
}

/** The dossier folders of a batch folder: its subfolders holding a dossier.json (none when it is a dossier itself). */
async function dossierFolders(folder: string): Promise<string[]> {
  const isFile = (path: string) =>
    stat(path).then(
      (info) => info.isFile(),
      () => false,
    );
  if (await isFile(join(folder, 'dossier.json'))) return [];
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const folders: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
    if (entry.isDirectory() && (await isFile(join(folder, entry.name, 'dossier.json')))) {
      folders.push(join(folder, entry.name));
    }
  }
  return folders;
}

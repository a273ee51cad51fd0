/**
 * The page's script: validates the dossier record typed in the text area and the catalog file
 * chosen, with `@sohoa/metadata`, in the browser. Bundled by `bundle.ts` (esbuild, platform
 * browser, no Node shims).
 */
import { describeError, SohoaError } from '@sohoa/base';
import { importCatalog, type MessageLocale, validateRecords } from '@sohoa/metadata';
import { SAMPLE_DOSSIER } from './sample-dossier.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

function showList(id: string, lines: readonly string[]): void {
  element(id).replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
}

const locale = (): MessageLocale => element<HTMLSelectElement>('locale').value as MessageLocale;
const say = (vi: string, en: string): string => (locale() === 'vi' ? vi : en);

function checkDossier(): void {
  const status = element('dossier-status');
  let record: unknown;
  try {
    record = JSON.parse(element<HTMLTextAreaElement>('dossier').value);
  } catch (error) {
    // The browser words its parse error in its own language; the place in the text is kept.
    const place = /position (\d+)/u.exec((error as Error).message)?.[1];
    status.textContent =
      place === undefined
        ? say('Không phải JSON hợp lệ.', 'Not valid JSON.')
        : say(`Không phải JSON hợp lệ (ở ký tự thứ ${place}).`, `Not valid JSON (at character ${place}).`);
    showList('dossier-issues', []);
    return;
  }
  const report = validateRecords('dossier', [record], { locale: locale() });
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  status.dataset.valid = String(report.invalidCount === 0);
  status.textContent =
    report.invalidCount === 0
      ? say('Hồ sơ hợp lệ.', 'The dossier is valid.')
      : say(`Hồ sơ có ${errors} lỗi.`, `The dossier has ${errors} error(s).`);
  showList(
    'dossier-issues',
    report.issues.map((issue) => issue.message),
  );
}

async function checkCatalog(file: File): Promise<void> {
  const status = element('catalog-status');
  status.textContent = say('Đang đọc…', 'Reading…');
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const catalog = await importCatalog({ bytes, fileName: file.name });
    const valid = catalog.dossiers.filter((dossier) => dossier.record).length;
    const errors = catalog.issues.filter((issue) => issue.severity === 'error').length;
    status.dataset.dossiers = String(catalog.dossiers.length);
    status.dataset.valid = String(valid);
    status.textContent = say(
      `${catalog.dossiers.length} hồ sơ, ${valid} hợp lệ; ${errors} lỗi, ${catalog.issues.length - errors} cảnh báo.`,
      `${catalog.dossiers.length} dossier(s), ${valid} valid; ${errors} error(s), ${catalog.issues.length - errors} warning(s).`,
    );
    showList(
      'catalog-issues',
      catalog.issues.map(
        (issue) =>
          `${issue.sheet}!${issue.column ?? ''}${issue.row}: ${locale() === 'en' ? issue.message : issue.messageVi}`,
      ),
    );
  } catch (error) {
    status.textContent = SohoaError.isInstance(error)
      ? `${error.code}: ${describeError(error, locale())}`
      : String(error);
    showList('catalog-issues', []);
  }
}

element<HTMLTextAreaElement>('dossier').value = JSON.stringify(SAMPLE_DOSSIER, null, 2);
element('check-dossier').addEventListener('click', checkDossier);
element<HTMLInputElement>('catalog').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void checkCatalog(file);
});

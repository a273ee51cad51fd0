export type { CliOutput } from './commands/cli-output.js';
export { EXIT_CODES, runCli } from './commands/run-cli.js';
export {
  type DigitizeDossierOptions,
  type DigitizedPage,
  type DigitizeProgress,
  type DigitizeResult,
  digitizeDossier,
} from './digitize/digitize-dossier.js';
export { type DossierFolder, PAGE_EXTENSIONS, readDossierFolder } from './digitize/dossier-folder.js';

#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { answerAtOnce } from './answer-at-once.js';
import { HELP_RECORDS_FOLDER } from './recorded-help.js';

// `sohoa` run as `node dist/bin.js`, or from its sources through tsx: the version and the
// recorded helps at once, anything else through commander. The installed `sohoa` (bin/sohoa.js)
// does the same from the CommonJS build of answer-at-once.
if (
  !answerAtOnce(process.argv.slice(2), fileURLToPath(new URL(`./${HELP_RECORDS_FOLDER}/`, import.meta.url)))
) {
  await import('./command-line.js');
}

// Run in a child process by native-free.test.ts: imports one module (by package name, through the
// `@sohoa/source` condition when node runs with it), runs an optional call of it, then prints as
// JSON every module URL the ES module loader loaded — tsx's and Node's own hooks included, as an
// off-thread load hook appends each URL to a log file — and the shared objects (native addons,
// libraries) the process has mapped. Usage: node [--conditions=…] [--import tsx] loaded-modules.mjs
// <module> <log file> [validate]
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const [target, log, call] = process.argv.slice(2);
const hook = `
import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, next) { appendFileSync(log, url + '\\n'); return next(url, context); }
`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { log } });
const module = await import(target);
if (call === 'validate') {
  // Real work of the package: a record validated, its errors described in Vietnamese.
  const report = module.validateRecords('dossier', [{ fileCode: 'x' }], { locale: 'vi' });
  if (report.invalidCount !== 1) throw new Error('expected one invalid record');
}
const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
console.log(JSON.stringify({ urls, sharedObjects: process.report.getReport().sharedObjects }));

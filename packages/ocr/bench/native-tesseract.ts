/**
 * Native tesseract 5 (Debian's `tesseract-ocr`) on one gray page, as the benchmarks compare it
 * with sohoa: LSTM only (`--oem 1`), automatic page segmentation (`--psm 3`), one thread
 * (`OMP_THREAD_LIMIT=1`), the page's resolution given, text to stdout.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The text native tesseract reads from `page` (a PGM file) at `dpi`, with the Vietnamese model of
 * `tessdata` (a folder holding `vie.traineddata`), or Debian's own model when it is not given.
 */
export async function nativeTesseract(page: string, dpi: number, tessdata?: string): Promise<string> {
  const args = [page, 'stdout', '-l', 'vie', '--oem', '1', '--psm', '3', '--dpi', String(dpi)];
  if (tessdata) args.push('--tessdata-dir', tessdata);
  const { stdout } = await run('tesseract', args, {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 1 << 24,
  });
  return stdout;
}

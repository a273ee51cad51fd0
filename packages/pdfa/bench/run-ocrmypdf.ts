/**
 * Runs OCRmyPDF (the Debian package) on one page image, timed by `/usr/bin/time` so its CPU time
 * (tesseract and Ghostscript child processes included) is measured, not only the wall clock.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What one OCRmyPDF run produced. */
export interface OcrmypdfRun {
  pdfPath: string;
  /** The OCR text OCRmyPDF wrote with `--sidecar`. */
  sidecarText: string;
  wallSeconds: number;
  cpuSeconds: number;
}

/**
 * OCRmyPDF's version, or `undefined` when it is not installed (`apt-get install -y ocrmypdf`).
 *
 * @example
 * ```ts
 * console.log(ocrmypdfVersion()); // "14.0.1+dfsg1"
 * ```
 */
export function ocrmypdfVersion(): string | undefined {
  try {
    return execFileSync('ocrmypdf', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/**
 * `ocrmypdf -l vie --output-type pdfa-2 [--image-dpi dpi] --sidecar <txt> <image> <pdf>`, its
 * other options left at their defaults.
 *
 * @example
 * ```ts
 * const run = runOcrmypdf('p1.jpg', '/tmp/bench', 'qd47');
 * ```
 */
export function runOcrmypdf(imagePath: string, folder: string, name: string, dpi?: number): OcrmypdfRun {
  const pdfPath = join(folder, `${name}.ocrmypdf.pdf`);
  const sidecar = join(folder, `${name}.ocrmypdf.txt`);
  const timing = join(folder, `${name}.ocrmypdf.time`);
  const dpiArguments = dpi === undefined ? [] : ['--image-dpi', String(dpi)];
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S',
      '-o',
      timing,
      'ocrmypdf',
      '-l',
      'vie',
      '--output-type',
      'pdfa-2',
      ...dpiArguments,
      '--sidecar',
      sidecar,
      imagePath,
      pdfPath,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ocrmypdf failed on ${imagePath}: ${result.stderr}`);
  const [wall, user, system] = readFileSync(timing, 'utf8').trim().split(/\s+/).map(Number) as [
    number,
    number,
    number,
  ];
  return {
    pdfPath,
    sidecarText: readFileSync(sidecar, 'utf8'),
    wallSeconds: wall,
    cpuSeconds: user + system,
  };
}

/**
 * What orientation detection costs and finds on the five real scans of the benchmark dossiers,
 * upright and turned by 90°, 180° and 270°: tesseract's detector (`createOrientationDetector` of
 * `@sohoa/ocr`) against `analyzePage`'s own heuristic, with the seconds per page of each; then
 * digitize's own route (`cleanAndRead`: the detector consulted only where the heuristic is unsure,
 * and a second look after OCR), with how often it asked the detector, the turn it undid and the
 * CER of the text it read.
 *
 * Run: `npm run bench -w @sohoa/pipeline` (all benchmarks) or `tsx --conditions=@sohoa/source bench/orientation-cost.ts`.
 */
import { analyzePage, characterErrorRate, type GrayImage, loadPageImage, makeOcrCopy } from '@sohoa/core';
import { createOcrEngine, createOrientationDetector } from '@sohoa/ocr';
import sharp from 'sharp';
import { writeBenchResult } from '../../../bench/write-result.js';
import { cleanAndRead } from '../src/pipeline/clean-and-read.js';
import { sourceScans } from './real-scan-dossier.js';

const detector = await createOrientationDetector();
const engine = await createOcrEngine({ language: 'vie' });
const rows: Record<string, unknown>[] = [];
const routeRows: Record<string, unknown>[] = [];
let routeRight = 0;
let routeCallsUpright = 0;
let routeCallsTurned = 0;
let routeSeconds = 0;
let detectorSeconds = 0;
let heuristicSeconds = 0;
let detectorRight = 0;
let heuristicRight = 0;
let count = 0;
try {
  for (const source of sourceScans()) {
    for (const turn of [0, 90, 180, 270] as const) {
      // Content turned counter-clockwise by `turn`: rotate clockwise by 360 - turn.
      const bytes = await sharp(source.image)
        .rotate((360 - turn) % 360)
        .withMetadata({ density: 300 })
        .jpeg({ quality: 90 })
        .toBuffer();
      const page = await loadPageImage(bytes);
      let started = performance.now();
      const heuristic = (await analyzePage(page)).orientation;
      heuristicSeconds += (performance.now() - started) / 1000;
      const gray = await makeOcrCopy(page);
      started = performance.now();
      const detected = await detector(gray);
      detectorSeconds += (performance.now() - started) / 1000;
      const heuristicAngle = heuristic.confidence >= 0.5 ? heuristic.angle : 0;
      const detectorAngle = detected?.angle ?? heuristicAngle;
      count++;
      if (detectorAngle === turn) detectorRight++;
      if (heuristicAngle === turn) heuristicRight++;
      rows.push({
        page: source.name,
        turn,
        detector: detected?.angle,
        margin: detected?.margin,
        heuristic: heuristicAngle,
      });
      let calls = 0;
      const counting = (image: GrayImage) => {
        calls++;
        return detector(image);
      };
      started = performance.now();
      const read = await cleanAndRead(page, undefined, {}, engine, counting);
      routeSeconds += (performance.now() - started) / 1000;
      if (read.quarterTurn === turn) routeRight++;
      if (turn === 0) routeCallsUpright += calls;
      else routeCallsTurned += calls;
      routeRows.push({
        page: source.name,
        turn,
        undone: read.quarterTurn,
        detectorCalls: calls,
        confidence: Math.round(read.ocr.confidence * 10) / 10,
        cer: Math.round(characterErrorRate(read.ocr.text, source.groundTruth) * 10000) / 10000,
      });
    }
  }
} finally {
  await Promise.all([detector.terminate(), engine.terminate()]);
}
const figures = {
  pages: count,
  sources: 'the 5 real scans of the benchmark dossiers, each upright and turned by 90, 180 and 270 degrees',
  detector: {
    secondsPerPage: Math.round((detectorSeconds / count) * 1000) / 1000,
    right: detectorRight,
    note: 'the detector on the OCR copy (makeOcrCopy), falling back to the heuristic when it returns undefined, as analyzePage does',
  },
  heuristic: { secondsPerPage: Math.round((heuristicSeconds / count) * 1000) / 1000, right: heuristicRight },
  rows,
  digitizeRoute: {
    note: "cleanAndRead as digitize runs it: cleanPage with rotate 'auto' and orientationDetectorUse 'unsure', OCR, second look; seconds include cleanup and OCR",
    right: routeRight,
    detectorCallsOnUprightPages: routeCallsUpright,
    detectorCallsOnTurnedPages: routeCallsTurned,
    secondsPerPage: Math.round((routeSeconds / count) * 1000) / 1000,
    rows: routeRows,
  },
};
console.log(JSON.stringify(figures, null, 1));
writeBenchResult('digitize-orientation', figures);

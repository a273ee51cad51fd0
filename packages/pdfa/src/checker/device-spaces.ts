import { PDFArray, type PDFObject } from 'pdf-lib';
import { nameValue } from './pdf-values.js';

/** The uncalibrated device colour spaces of ISO 19005-2 6.2.4.3. */
export type DeviceSpace = 'DeviceRGB' | 'DeviceGray' | 'DeviceCMYK';

const DEVICE_SPACES = new Set<string>(['DeviceRGB', 'DeviceGray', 'DeviceCMYK']);
/** Colour-space arrays nest a few levels at most (Indexed of Separation…); deeper ones are not followed. */
const MAX_DEPTH = 8;

/**
 * The device colour spaces a colour space uses: itself when it is one, the base of an `Indexed`
 * space, the alternate space of a `Separation` or `DeviceN` space, the underlying space of a
 * `Pattern` space (veraPDF validates each as its own colour-space object). `space` is resolved;
 * references inside arrays are followed.
 */
export function deviceSpacesOf(space: PDFObject | undefined, depth = 0): DeviceSpace[] {
  const name = nameValue(space);
  if (name !== undefined) return DEVICE_SPACES.has(name) ? [name as DeviceSpace] : [];
  if (!(space instanceof PDFArray) || depth >= MAX_DEPTH) return [];
  const family = nameValue(space.lookup(0));
  const inner =
    family === 'Indexed' || family === 'I' || family === 'Pattern'
      ? 1
      : family === 'Separation' || family === 'DeviceN'
        ? 2
        : undefined;
  return inner === undefined || inner >= space.size() ? [] : deviceSpacesOf(space.lookup(inner), depth + 1);
}

import { PDFArray, PDFName, type PDFObject } from 'pdf-lib';
import { asDict, dictEntry, nameValue } from './pdf-values.js';

/** The uncalibrated device colour spaces of ISO 19005-2 6.2.4.3. */
export type DeviceSpace = 'DeviceRGB' | 'DeviceGray' | 'DeviceCMYK';

const DEVICE_SPACES = new Set<string>(['DeviceRGB', 'DeviceGray', 'DeviceCMYK']);
/** Colour-space arrays nest a few levels at most (Indexed of Separation…); deeper ones are not followed. */
const MAX_DEPTH = 8;

/**
 * The device colour spaces a colour space uses: itself when it is one, the base of an `Indexed`
 * space, the alternate space of a `Separation` or `DeviceN` space, the underlying space of a
 * `Pattern` space, and for a `DeviceN` space also the alternates of the Separations in its
 * `Colorants` dictionary and its `Process` colour space (veraPDF validates each as its own
 * colour-space object: `GFPDDeviceN` links `Colorants` and `processColor`). `space` is resolved;
 * references inside arrays are followed. The first entry is the space's own base or alternate.
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
  if (inner === undefined || inner >= space.size()) return [];
  const spaces = deviceSpacesOf(space.lookup(inner), depth + 1);
  const attributes = family === 'DeviceN' ? asDict(space.lookup(4)) : undefined;
  if (attributes) {
    const colorants = dictEntry(attributes, 'Colorants');
    for (const key of colorants?.keys() ?? [])
      spaces.push(...deviceSpacesOf(colorants?.lookup(key), depth + 1));
    const process = dictEntry(attributes, 'Process');
    if (process) spaces.push(...deviceSpacesOf(process.lookup(PDFName.of('ColorSpace')), depth + 1));
  }
  return [...new Set(spaces)];
}

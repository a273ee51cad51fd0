import type sharpModule from 'sharp';

/** sharp's default export: the function that opens an image. */
export type SharpFunction = typeof sharpModule;

let loading: Promise<SharpFunction> | undefined;

/**
 * sharp (libvips), loaded when an image is first opened rather than when `@sohoa/core` is
 * imported: loading libvips costs about 200 ms of CPU, which work that opens no image (the
 * error class, NFC text, atomic writes; `sohoa --version`, `sohoa validate`, `sohoa pdfa check`)
 * does not pay.
 *
 * @internal
 */
export function loadSharp(): Promise<SharpFunction> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}

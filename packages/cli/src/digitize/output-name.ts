/**
 * The file name (without extension) of a dossier's outputs: its code, as Thông tư 05/2025 names
 * files (`<mã hồ sơ>`), with characters that file systems reject (`/ \ : * ? " < > |` and control
 * characters) replaced by `_`, so a legacy code such as `01/TCCB` cannot escape the output folder.
 */
export function outputBaseName(fileCode: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names.
  const safe = fileCode.normalize('NFC').replace(/[/\\:*?"<>|\u0000-\u001F]/g, '_');
  return safe === '.' || safe === '..' ? safe.replace(/\./g, '_') : safe;
}

/**
 * Remakes the `.xls` fixtures beside this script with LibreOffice (see README.md): each `.xlsx` of
 * `XLS_SOURCES` converted by `soffice --headless --convert-to "xls:MS Excel 97"`, and
 * `mat-khau.xls`, the Thông tư 05 catalog saved with the password "matkhau" by a Basic macro
 * (`--convert-to` cannot set one) in a throw-away LibreOffice profile. Run from packages/metadata:
 * `npx tsx --conditions=@sohoa/source src/catalog/__fixtures__/xls/make-xls.ts`. The tests do not
 * need LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XLS_SOURCES } from '../xls-sources.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const folder = await mkdtemp(join(tmpdir(), 'sohoa-xls-'));
const profile = pathToFileURL(join(folder, 'profile')).href;
const soffice = (...args: string[]) =>
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { stdio: 'ignore' });

const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveEncrypted(inUrl As String, outUrl As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  Dim save(1) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;MS Excel 97&quot;
  save(1).Name = &quot;Password&quot;
  save(1).Value = &quot;matkhau&quot;
  doc.storeToURL(outUrl, save())
  doc.close(True)
End Sub
</script:module>
`;

try {
  for (const source of XLS_SOURCES) {
    const xlsx = join(folder, source.xls.replace(/\.xls$/, '.xlsx'));
    await writeFile(xlsx, await source.build());
    soffice('--convert-to', 'xls:MS Excel 97', '--outdir', folder, xlsx);
    await copyFile(join(folder, source.xls), join(here, source.xls));
  }
  // The profile exists after the first conversion; its Standard library gets the macro.
  const basic = join(folder, 'profile', 'user', 'basic', 'Standard');
  await mkdir(basic, { recursive: true });
  await writeFile(join(basic, 'Module1.xba'), MACRO);
  const tt05 = pathToFileURL(join(folder, 'muc-luc-tt05.xlsx')).href;
  const encrypted = pathToFileURL(join(folder, 'mat-khau.xls')).href;
  soffice(`macro:///Standard.Module1.SaveEncrypted("${tt05}","${encrypted}")`);
  await copyFile(join(folder, 'mat-khau.xls'), join(here, 'mat-khau.xls'));
} finally {
  await rm(folder, { recursive: true, force: true });
}

/**
 * Test helper: changes one file of a package folder and updates every checksum and size that
 * declares it (METS `SIZE`/`CHECKSUM`, PREMIS `messageDigest`/`size`), up to the root METS, so
 * that a test breaks exactly one rule.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

function sum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').toUpperCase();
}

async function xmlFiles(folder: string, prefix = ''): Promise<string[]> {
  const result: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) result.push(...(await xmlFiles(folder, `${path}/`)));
    else if (entry.name.endsWith('.xml')) result.push(path);
  }
  return result;
}

/** Writes `content` to `path` in the package `folder` and re-declares its fixity everywhere. */
export async function rewrite(folder: string, path: string, content: string | Uint8Array): Promise<void> {
  const before = new Uint8Array(await readFile(join(folder, path)));
  const after = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  await writeFile(join(folder, path), after);
  const [oldSum, newSum] = [sum(before), sum(after)];
  if (oldSum === newSum) return;
  for (const other of await xmlFiles(folder)) {
    if (other === path) continue;
    const text = await readFile(join(folder, other), 'utf8');
    if (!text.includes(oldSum)) continue;
    const updated = text
      .split('\n')
      .map((line) =>
        line.includes(`CHECKSUM="${oldSum}"`)
          ? line
              .replace(`CHECKSUM="${oldSum}"`, `CHECKSUM="${newSum}"`)
              .replace(/SIZE="\d+"/, `SIZE="${after.length}"`)
          : line,
      )
      .join('\n')
      .replace(
        new RegExp(`<messageDigest>${oldSum}</messageDigest>([\\s\\S]*?)<size>\\d+</size>`),
        `<messageDigest>${newSum}</messageDigest>$1<size>${after.length}</size>`,
      );
    await rewrite(folder, other, updated);
  }
}

/** Applies a text edit to a package file (see {@link rewrite}). */
export async function edit(folder: string, path: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(join(folder, path), 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit changed nothing in ${path}`);
  await rewrite(folder, path, changed);
}

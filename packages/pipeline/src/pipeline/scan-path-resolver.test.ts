import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogPlace } from './catalog-place.js';
import { ScanPathResolver } from './scan-path-resolver.js';

const WHERE = 'muc-luc.xlsx, sheet Sheet1, row 7';

/** The SohoaError `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<SohoaError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!SohoaError.isInstance(error)) throw new Error(`expected a SohoaError, got ${String(error)}`);
  return error;
}

describe('ScanPathResolver', () => {
  let root: string;
  let scans: string;
  let resolver: ScanPathResolver;
  /** "Phông UBND" written in NFD, as macOS names folders. */
  const fondNfd = 'Phông UBND'.normalize('NFD');

  beforeAll(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'sohoa-scans-')));
    scans = join(root, 'scans');
    await mkdir(join(scans, fondNfd, 'HopSo01', 'hoso01'), { recursive: true });
    await writeFile(join(scans, fondNfd, 'HopSo01', 'hoso01', 'Quyết định 01.PDF'), 'pdf');
    await writeFile(join(scans, fondNfd, 'HopSo01', 'hoso01', 'to-trinh-02.pdf'), 'pdf');
    await mkdir(join(scans, 'twins'));
    await writeFile(join(scans, 'twins', 'scan.pdf'), 'a');
    await writeFile(join(scans, 'twins', 'SCAN.pdf'), 'b');
    await writeFile(join(root, 'secret.pdf'), 'outside');
    await symlink(join(root, 'secret.pdf'), join(scans, 'link.pdf'));
    resolver = new ScanPathResolver(scans);
  });

  const expected = () => join(scans, fondNfd, 'HopSo01', 'hoso01', 'Quyết định 01.PDF');

  it('resolves a relative path written with backslashes, another case and NFC names', async () => {
    expect(await resolver.resolve('phông ubnd\\hopso01\\HOSO01\\quyết định 01.pdf', WHERE)).toBe(expected());
  });

  it('resolves NFD catalog text against the same names on disk', async () => {
    const nfd = 'Phông UBND/HopSo01/hoso01/Quyết định 01.PDF'.normalize('NFD');
    expect(await resolver.resolve(nfd, WHERE)).toBe(expected());
  });

  it('drops a leading backslash, a drive letter and the folders above the scans folder', async () => {
    expect(await resolver.resolve('\\Phông UBND\\HopSo01\\hoso01\\Quyết định 01.PDF', WHERE)).toBe(
      expected(),
    );
    expect(
      await resolver.resolve('D:\\SoHoa\\2024\\Phông UBND\\HopSo01\\hoso01\\Quyết định 01.PDF', WHERE),
    ).toBe(expected());
    // A network path (UNC): the server and share are folders above the scans folder too.
    expect(
      await resolver.resolve('\\\\nas01\\SoHoa\\Phông UBND\\HopSo01\\hoso01\\Quyết định 01.PDF', WHERE),
    ).toBe(expected());
    // The scans folder may itself be a folder deep inside the path.
    const box = new ScanPathResolver(join(scans, fondNfd, 'HopSo01'));
    expect(await box.resolve('E:\\Phông UBND\\HopSo01\\hoso01\\to-trinh-02.pdf', WHERE)).toBe(
      join(scans, fondNfd, 'HopSo01', 'hoso01', 'to-trinh-02.pdf'),
    );
  });

  it('takes a relative path whole: it never drops its folders to find a file elsewhere', async () => {
    const error = await failure(resolver.resolve('hoso01/to-trinh-02.pdf', WHERE));
    expect(error.code).toBe('INPUT_NOT_FOUND');
  });

  it('names the row and the closest existing name of a missing file', async () => {
    const error = await failure(
      resolver.resolve('D:\\SoHoa\\Phông UBND\\HopSo01\\hoso01\\to-trinh-03.pdf', WHERE),
    );
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toContain(WHERE);
    // Named in NFC, as every message is, though the folder's name on disk is NFD.
    expect(error.message).toContain(
      'the closest existing name is "Phông UBND/HopSo01/hoso01/to-trinh-02.pdf"',
    );
    const folder = await failure(resolver.resolve('Phông UBND/HopSo02/hoso01/to-trinh-02.pdf', WHERE));
    expect(folder.message).toContain('the closest existing name is "Phông UBND/HopSo01"');
    const place = catalogPlace('muc-luc.xlsx', 'Sheet1', 7);
    const vi = (await failure(resolver.resolve('Phông UBND/HopSo02/hoso01/to-trinh-02.pdf', place))).describe(
      'vi',
    );
    expect(vi).toContain(
      'muc-luc.xlsx, trang tính Sheet1, dòng 7: bản quét "Phông UBND/HopSo02/hoso01/to-trinh-02.pdf" không khớp với tệp nào; tên có sẵn gần nhất là "Phông UBND/HopSo01"',
    );
  });

  it('prefers the exact name among names differing in case, and refuses to guess between the others', async () => {
    expect(await resolver.resolve('twins/SCAN.pdf', WHERE)).toBe(join(scans, 'twins', 'SCAN.pdf'));
    const error = await failure(resolver.resolve('twins/Scan.pdf', WHERE));
    expect(error.message).toContain('differ only in letter case');
  });

  it('never leads outside the scans folder, by .. or by a symbolic link', async () => {
    expect((await failure(resolver.resolve('../secret.pdf', WHERE))).message).toContain(
      'leads outside the scans folder',
    );
    expect((await failure(resolver.resolve('twins/../../secret.pdf', WHERE))).message).toContain(
      'leads outside the scans folder',
    );
    expect((await failure(resolver.resolve('link.pdf', WHERE))).message).toContain(
      'leads outside the scans folder',
    );
  });

  it('says when the scans folder itself does not exist', async () => {
    const error = await failure(new ScanPathResolver(join(root, 'nowhere')).resolve('a.pdf', WHERE));
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toContain('The scans folder');
  });
});

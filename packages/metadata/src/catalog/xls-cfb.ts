import { type Bilingual, SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR = 0xfffffffa;
const HEADER_DIFAT = 109;
const ENTRY_SIZE = 128;
const NO_STREAM = 0xffffffff;

/** A stream or storage of an OLE2 compound file, as its directory lists it. */
export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
  left: number;
  right: number;
  child: number;
}

/** An OLE2 compound file (Excel 97–2003, Word 97–2003, encrypted OOXML), opened over its bytes. */
export interface CfbFile {
  /** The entries directly under the root storage, by name. */
  root: Map<string, CfbEntry>;
  /** The bytes of a stream; a copy for a stream made of several sectors. */
  read(entry: CfbEntry): Uint8Array;
}

/** The `INPUT_UNREADABLE` error of a damaged OLE2 file. */
export function damagedXls(fileName: string, why: Bilingual): SohoaError<MetadataErrorCode> {
  return new SohoaError<MetadataErrorCode>({
    code: 'INPUT_UNREADABLE',
    message: {
      vi: `"${fileName}" là sổ tính Excel 97–2003 (.xls) bị hỏng, không đọc được: ${why.vi}.`,
      en: `"${fileName}" is a damaged Excel 97–2003 workbook (.xls) that cannot be read: ${why.en}.`,
    },
    fix: {
      vi: 'Chép lại tệp từ bản gốc; nếu chương trình bảng tính mở được tệp, hãy lưu lại dưới dạng .xls hoặc .xlsx.',
      en: 'Copy the file again from the original; if a spreadsheet program opens it, save it again as .xls or .xlsx.',
    },
    details: { path: fileName },
  });
}

/**
 * Opens an OLE2 compound file (Compound File Binary, [MS-CFB]) held in memory: its header, FAT
 * (through the DIFAT), mini FAT and directory. Everything is bounded by the file's size: a sector
 * outside the file, a chain that loops or is longer than the file has sectors, or a stream larger
 * than its chain is an `INPUT_UNREADABLE` error, never a hang; no stream is larger than the file.
 *
 * @example
 * ```ts
 * const cfb = openCfb(bytes, 'muc-luc.xls');
 * const workbook = cfb.root.get('Workbook');
 * if (workbook) cfb.read(workbook); // the BIFF8 records
 * ```
 */
export function openCfb(bytes: Uint8Array, fileName: string): CfbFile {
  const damaged = (vi: string, en: string) => damagedXls(fileName, { vi, en });
  if (bytes.length < 512)
    throw damaged('tệp ngắn hơn phần đầu 512 byte', 'the file is shorter than its 512-byte header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number) => view.getUint32(offset, true);
  const shift = view.getUint16(0x1e, true);
  const miniShift = view.getUint16(0x20, true);
  if (view.getUint16(0x1c, true) !== 0xfffe || (shift !== 9 && shift !== 12) || miniShift !== 6) {
    throw damaged('phần đầu tệp OLE2 không hợp lệ', 'its OLE2 header is invalid');
  }
  const sectorSize = 1 << shift;
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
  const sectorOf = (sector: number) => {
    if (sector >= sectorCount) {
      throw damaged(
        `sector ${sector} nằm ngoài tệp (tệp có ${sectorCount} sector; tệp bị cắt cụt?)`,
        `sector ${sector} lies outside the file (it has ${sectorCount} sectors; is it truncated?)`,
      );
    }
    const start = (sector + 1) * sectorSize;
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length));
  };

  // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectorCount = u32(0x2c);
  if (fatSectorCount > sectorCount) {
    throw damaged(
      `phần đầu khai báo ${fatSectorCount} sector FAT, tệp chỉ có ${sectorCount} sector`,
      `its header declares ${fatSectorCount} FAT sectors, the file has ${sectorCount}`,
    );
  }
  const fatSectors: number[] = [];
  for (let index = 0; index < HEADER_DIFAT && fatSectors.length < fatSectorCount; index++) {
    fatSectors.push(u32(0x4c + index * 4));
  }
  const perSector = sectorSize / 4;
  const seenDifat = new Set<number>();
  for (let sector = u32(0x44); fatSectors.length < fatSectorCount; ) {
    if (sector > MAX_REGULAR || seenDifat.has(sector)) {
      throw damaged('chuỗi DIFAT bị đứt hoặc lặp vòng', 'its DIFAT chain is broken or loops');
    }
    seenDifat.add(sector);
    const data = sectorOf(sector);
    const difat = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let index = 0; index < perSector - 1 && fatSectors.length < fatSectorCount; index++) {
      fatSectors.push(difat.getUint32(index * 4, true));
    }
    sector = difat.getUint32(sectorSize - 4, true);
  }
  const fat = new Uint32Array(fatSectors.length * perSector).fill(FREE);
  fatSectors.forEach((sector, index) => {
    const data = sectorOf(sector);
    const table = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let at = 0; at + 4 <= data.length; at += 4)
      fat[index * perSector + at / 4] = table.getUint32(at, true);
  });

  /** The sectors of a chain, in order; each at most once. */
  const chainOf = (start: number, table: Uint32Array, limit: number, what: Bilingual): number[] => {
    const chain: number[] = [];
    const seen = new Uint8Array(limit);
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector] ?? FREE) {
      if (sector >= table.length || sector > MAX_REGULAR) {
        throw damaged(`chuỗi sector của ${what.vi} bị đứt`, `the sector chain of ${what.en} is broken`);
      }
      if (sector >= limit) {
        throw damaged(
          `${what.vi} tiếp tục ở ngoài tệp (tệp bị cắt cụt?)`,
          `${what.en} goes on past the end of the file (is it truncated?)`,
        );
      }
      if (seen[sector]) {
        throw damaged(`chuỗi sector của ${what.vi} lặp vòng`, `the sector chain of ${what.en} loops`);
      }
      seen[sector] = 1;
      chain.push(sector);
    }
    return chain;
  };
  const fatLimit = Math.min(fat.length, sectorCount);
  const concat = (chain: number[], size: number, unit: number, sector: (index: number) => Uint8Array) => {
    if (size > chain.length * unit) {
      throw damaged(
        `một luồng khai báo ${size} byte nhưng chuỗi sector chỉ chứa ${chain.length * unit}`,
        `a stream declares ${size} bytes but its sector chain holds ${chain.length * unit}`,
      );
    }
    const out = new Uint8Array(size);
    let offset = 0;
    for (const index of chain) {
      if (offset >= size) break;
      const data = sector(index).subarray(0, size - offset);
      if (data.length < Math.min(unit, size - offset)) {
        throw damaged('tệp bị cắt cụt giữa một luồng', 'the file is truncated inside a stream');
      }
      out.set(data, offset);
      offset += data.length;
    }
    return out;
  };

  // The directory: 128-byte entries in the chain from the header.
  const directoryChain = chainOf(u32(0x30), fat, fatLimit, { vi: 'thư mục', en: 'the directory' });
  const directory = concat(directoryChain, directoryChain.length * sectorSize, sectorSize, sectorOf);
  const entryCount = directory.length / ENTRY_SIZE;
  const entryAt = (index: number): CfbEntry => {
    const at = index * ENTRY_SIZE;
    const entry = new DataView(directory.buffer, directory.byteOffset + at, ENTRY_SIZE);
    const nameBytes = Math.min(64, Math.max(0, entry.getUint16(64, true) - 2));
    let name = '';
    for (let offset = 0; offset + 1 < nameBytes; offset += 2)
      name += String.fromCharCode(entry.getUint16(offset, true));
    const high = entry.getUint32(124, true);
    return {
      name,
      type: entry.getUint8(66),
      left: entry.getUint32(68, true),
      right: entry.getUint32(72, true),
      child: entry.getUint32(76, true),
      start: entry.getUint32(116, true),
      // Version 3 files may leave garbage in the high half of the size.
      size: shift === 9 ? entry.getUint32(120, true) : entry.getUint32(120, true) + high * 2 ** 32,
    };
  };
  if (entryCount === 0) throw damaged('thư mục trống', 'its directory is empty');
  const rootEntry = entryAt(0);
  if (rootEntry.type !== 5) throw damaged('thư mục không có mục gốc', 'its directory has no root entry');

  // The root's children: a red-black tree walked through left, right (each entry at most once).
  const root = new Map<string, CfbEntry>();
  const visited = new Uint8Array(entryCount);
  visited[0] = 1;
  const pending = [rootEntry.child];
  while (pending.length > 0) {
    const index = pending.pop() as number;
    if (index === NO_STREAM) continue;
    if (index >= entryCount || visited[index]) {
      throw damaged('cây thư mục bị hỏng hoặc lặp vòng', 'its directory tree is damaged or loops');
    }
    visited[index] = 1;
    const entry = entryAt(index);
    if (!root.has(entry.name)) root.set(entry.name, entry);
    pending.push(entry.left, entry.right);
  }

  const cutoff = u32(0x38);
  let mini: { table: Uint32Array; stream: Uint8Array } | undefined;
  const miniStream = () => {
    if (mini) return mini;
    const miniChain = chainOf(u32(0x3c), fat, fatLimit, { vi: 'bảng mini FAT', en: 'the mini FAT' });
    const miniFat = concat(miniChain, miniChain.length * sectorSize, sectorSize, sectorOf);
    const table = new Uint32Array(miniFat.length / 4);
    const entries = new DataView(miniFat.buffer);
    for (let index = 0; index < table.length; index++) table[index] = entries.getUint32(index * 4, true);
    const chain = chainOf(rootEntry.start, fat, fatLimit, { vi: 'luồng mini', en: 'the mini stream' });
    mini = { table, stream: concat(chain, rootEntry.size, sectorSize, sectorOf) };
    return mini;
  };
  return {
    root,
    read(entry) {
      if (entry.size > bytes.length) {
        throw damaged(
          `luồng "${entry.name}" khai báo ${entry.size} byte, lớn hơn cả tệp`,
          `the stream "${entry.name}" declares ${entry.size} bytes, more than the whole file`,
        );
      }
      const what = { vi: `luồng "${entry.name}"`, en: `the stream "${entry.name}"` };
      if (entry.size >= cutoff) {
        return concat(chainOf(entry.start, fat, fatLimit, what), entry.size, sectorSize, sectorOf);
      }
      const { table, stream } = miniStream();
      const miniSize = 1 << miniShift;
      const limit = Math.min(table.length, Math.floor(stream.length / miniSize));
      return concat(chainOf(entry.start, table, limit, what), entry.size, miniSize, (index) =>
        stream.subarray(index * miniSize, (index + 1) * miniSize),
      );
    },
  };
}

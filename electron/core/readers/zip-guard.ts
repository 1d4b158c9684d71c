// Check an OOXML zip before any library inflates it: entry count and names that escape the archive
// for every entry; sizes, compression ratio, CRC and the true uncompressed size for the parts that
// will be read. Parts never read (pictures, thumbnails, custom XML, document properties) are never
// inflated, whatever their size: a report with a 20 MB scanned stamp is still a report.
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';

export const ZIP_LIMITS = {
  maxEntries: 5000,
  maxTotalUncompressed: 300 * 1024 * 1024,
  maxEntryUncompressed: 150 * 1024 * 1024,
  /** Text XML compresses well, but not a thousand times: more is a bomb. */
  maxRatio: 200,
};

export type ZipEntryInfo = { name: string; size: number; compressedSize: number; crc32: number };

/**
 * `reads`: which entries the reader will inflate (all by default, for readers that inflate
 * everything). `listOnly`: judge the central directory alone and leave the CRC and true size to
 * checkInflated, after the reader inflates the parts itself (each part inflated once, not twice).
 */
export function guardZip(bytes: Buffer, fileName: string, limits = ZIP_LIMITS, reads: (name: string) => boolean = () => true, listOnly = false): Promise<ZipEntryInfo[]> {
  const corrupt = (why: string) => new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng (${why}).`);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (err, zip) => {
      if (err || !zip) return reject(corrupt('cấu trúc nén không hợp lệ'));
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return reject(new AppError('FILE_TOO_LARGE', `Tệp ${fileName} có quá nhiều thành phần (${zip.entryCount}).`));
      }
      const entries: ZipEntryInfo[] = [];
      let total = 0;
      const fail = (e: AppError): void => {
        zip.close();
        reject(e);
      };
      zip.on('error', () => fail(corrupt('cấu trúc nén không hợp lệ')));
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (name.startsWith('/') || name.split('/').includes('..') || /^[a-zA-Z]:/.test(name)) {
          return fail(corrupt(`tên thành phần không hợp lệ "${name}"`));
        }
        entries.push({ name, size: entry.uncompressedSize, compressedSize: entry.compressedSize, crc32: entry.crc32 >>> 0 });
        if (name.endsWith('/') || !reads(name)) return zip.readEntry();
        total += entry.uncompressedSize;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize > 0 ? Infinity : 1;
        if (entry.uncompressedSize > limits.maxEntryUncompressed || total > limits.maxTotalUncompressed || (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio)) {
          return fail(new AppError('FILE_TOO_LARGE', `Tệp ${fileName} giải nén ra quá lớn (có thể là tệp "bom nén"); không mở.`));
        }
        if (listOnly) return zip.readEntry();
        zip.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) return fail(corrupt(`không giải nén được "${name}"`));
          let crc = 0;
          stream.on('data', (chunk: Buffer) => {
            crc = zlib.crc32(chunk, crc);
          });
          stream.on('error', () => fail(corrupt(`dữ liệu của "${name}" không đúng`)));
          stream.on('end', () => {
            if (crc >>> 0 !== entry.crc32 >>> 0) return fail(corrupt(`mã kiểm tra CRC của "${name}" không khớp`));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * A part the reader inflated itself (into a buffer of its declared size, so a lying size cannot
 * grow it), checked against the central directory: the true size and the CRC must match.
 */
export function checkInflated(name: string, data: Uint8Array, entries: readonly ZipEntryInfo[], fileName: string): void {
  const e = entries.find((x) => x.name === name);
  if (!e) return;
  if (data.length !== e.size || zlib.crc32(data) >>> 0 !== e.crc32) {
    throw new AppError('FILE_CORRUPT', `Tệp ${fileName} bị hỏng (mã kiểm tra CRC của "${name}" không khớp).`);
  }
}

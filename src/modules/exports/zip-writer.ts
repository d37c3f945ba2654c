// A ZIP archive written as it goes (an XLSX file is one): each entry's data is deflated in
// pieces as they come, with its CRC and sizes in a data descriptor after it, so nothing but the
// piece at hand is held. No ZIP64: an entry or archive must stay under 4 GiB (a million-row
// export is about a tenth of that uncompressed).
import { constants, crc32, deflateRawSync } from 'node:zlib';

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  size: number;
  compressedSize: number;
}

const DATA_DESCRIPTOR = 0x0008;
const UTF8_NAMES = 0x0800;
const FLAGS = DATA_DESCRIPTOR | UTF8_NAMES;
const DEFLATE = 8;
const VERSION = 20;
// The last block of a deflate stream, empty: what ends the pieces flushed without finishing.
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));
const MAX = 0xffffffff;

export class ZipWriter {
  private written = 0;
  private readonly entries: Entry[] = [];
  private current: Entry | null = null;
  private readonly dosDate: number;

  /** @param day the archive's date (YYYY-MM-DD), written as each entry's modification day */
  constructor(day: string) {
    const [y, m, d] = day.split('-').map(Number);
    this.dosDate = (((y ?? 1980) - 1980) << 9) | ((m ?? 1) << 5) | (d ?? 1);
  }

  private out(buffer: Buffer): Buffer {
    this.written += buffer.length;
    if (this.written > MAX) throw new Error('export too large for a ZIP without ZIP64');
    return buffer;
  }

  /** The local header of a new entry; its data follows through `data`, then `closeEntry`. */
  openEntry(name: string): Buffer {
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      offset: this.written,
      crc: 0,
      size: 0,
      compressedSize: 0,
    };
    this.current = entry;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(this.dosDate, 12);
    // CRC and sizes (14–25) stay zero: they follow the data in its descriptor.
    header.writeUInt16LE(entry.name.length, 26);
    header.writeUInt16LE(0, 28);
    return this.out(Buffer.concat([header, entry.name]));
  }

  /** A piece of the open entry, deflated on its own and flushed to a byte boundary. */
  data(piece: string | Buffer): Buffer {
    const entry = this.current;
    if (!entry) throw new Error('no open entry');
    const raw = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    entry.crc = crc32(raw, entry.crc);
    entry.size += raw.length;
    const packed = deflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
    entry.compressedSize += packed.length;
    return this.out(packed);
  }

  closeEntry(): Buffer {
    const entry = this.current;
    if (!entry) throw new Error('no open entry');
    entry.compressedSize += FINAL_BLOCK.length;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc >>> 0, 4);
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    this.entries.push(entry);
    this.current = null;
    return this.out(Buffer.concat([FINAL_BLOCK, descriptor]));
  }

  /** A whole small entry at once. */
  entry(name: string, text: string): Buffer {
    return Buffer.concat([this.openEntry(name), this.data(text), this.closeEntry()]);
  }

  /** The central directory and its end record: the archive is complete after this. */
  finish(): Buffer {
    const start = this.written;
    const records = this.entries.map((entry) => {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(VERSION, 4);
      record.writeUInt16LE(VERSION, 6);
      record.writeUInt16LE(FLAGS, 8);
      record.writeUInt16LE(DEFLATE, 10);
      record.writeUInt16LE(0, 12);
      record.writeUInt16LE(this.dosDate, 14);
      record.writeUInt32LE(entry.crc >>> 0, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      // extra, comment, disk, internal and external attributes: zero
      record.writeUInt32LE(entry.offset, 42);
      return Buffer.concat([record, entry.name]);
    });
    const directory = Buffer.concat(records);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(start, 16);
    return this.out(Buffer.concat([directory, end]));
  }
}

// Reads the files of a zip archive, such as a .vsix, through its central
// directory. It handles what vsce writes: stored or deflated entries, no ZIP64
// and no encryption. Offsets and signatures follow PKWARE's APPNOTE.TXT, the
// .ZIP file format specification, where all fields are little-endian.

import * as zlib from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;

const STORED = 0;
const DEFLATED = 8;

/** Finds the end of central directory record, which is followed only by the archive comment. */
function findEndRecord(archive: Buffer): number {
  const lowest = Math.max(0, archive.length - END_RECORD_SIZE - MAX_COMMENT_SIZE);
  for (let offset = archive.length - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (archive.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      return offset;
    }
  }
  throw new Error('invalid zip archive: no end of central directory record');
}

function readContents(archive: Buffer, name: string, method: number, localHeader: number, compressedSize: number): Buffer {
  if (archive.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
    throw new Error(`invalid zip archive: no local file header for ${name}`);
  }

  // The local header repeats the name and has its own extra field, whose length can differ from the central one.
  const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
  const data = archive.subarray(dataStart, dataStart + compressedSize);
  if (method === STORED) {
    return data;
  }
  if (method === DEFLATED) {
    return zlib.inflateRawSync(data);
  }
  throw new Error(`unsupported compression method ${method} for ${name}`);
}

/** Returns the contents of each file in the archive, by its path in the archive, in directory order. */
export function readZipFiles(archive: Buffer): Map<string, Buffer> {
  const endRecord = findEndRecord(archive);
  const entryCount = archive.readUInt16LE(endRecord + 10);
  let offset = archive.readUInt32LE(endRecord + 16);

  const files = new Map<string, Buffer>();
  for (let index = 0; index < entryCount; index++) {
    if (archive.readUInt32LE(offset) !== CENTRAL_DIRECTORY_HEADER) {
      throw new Error(`invalid zip archive: central directory entry ${index} has no header`);
    }

    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localHeader = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);

    files.set(name, readContents(archive, name, method, localHeader, compressedSize));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export class PageError extends Error {}

/**
 * An input file's bytes, at most `maxBytes` of them. Opened without blocking and checked on the open file,
 * so a FIFO or device swapped in after the folder walk is refused rather than read for ever.
 */
export function readInput(file: string, maxBytes: number, what: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new PageError('not a regular file');
    if (stat.size > maxBytes) throw new PageError(`${what} is ${(stat.size / 1048576).toFixed(0)} MB; the limit is ${maxBytes / 1048576} MB`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ANALYSED_ENTRIES, readWacz } from '../../../src/capture/wacz/read';
import { unzipBounded, ZipError } from '../../../src/capture/wacz/unzip';
import { validWacz, zipBomb } from '../../support/adversarial';

const MiB = 1048576;
const LIMITS = { maxEntryBytes: 8 * MiB, maxTotalBytes: 16 * MiB };
const all = () => true;

/** Every size field of `name`'s headers set to `size`, as a zip that lies about its entry would have it. */
function declare(zip: Buffer, name: string, size: number): Buffer {
  const lying = Buffer.from(zip);
  for (let at = lying.indexOf(name); at >= 0; at = lying.indexOf(name, at + 1)) {
    if (lying.readUInt32LE(at - 30) === 0x04034b50) lying.writeUInt32LE(size, at - 30 + 22);
    if (lying.readUInt32LE(at - 46) === 0x02014b50) lying.writeUInt32LE(size, at - 46 + 24);
  }
  return lying;
}

describe('unzipBounded', () => {
  it('unpacks a zip within its limits, entry by entry as wanted', () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('hello'), 'b.bin': [new Uint8Array(1000), { level: 0 }] });
    const files = unzipBounded(zip, (name) => name === 'a.txt', LIMITS);
    expect(Object.keys(files)).toEqual(['a.txt']);
    expect(new TextDecoder().decode(files['a.txt'])).toBe('hello');
    expect(unzipBounded(zip, all, LIMITS)['b.bin']).toHaveLength(1000);
  });

  it('refuses a bomb by its declared sizes before inflating anything', () => {
    const bomb = zipBomb(25, 4 * MiB); // 100 MiB from about 100 KB
    expect(() => unzipBounded(bomb, all, LIMITS)).toThrow(/would unpack to 101 MiB; the limit is 16 MiB/);
    expect(() => unzipBounded(zipBomb(1, 9 * MiB), all, LIMITS)).toThrow(/bomb-0\.warc would unpack to 9 MiB; the limit is 8 MiB an entry/);
  });

  it('inflates only the entries wanted: the bomb beside them is never touched', () => {
    const files = unzipBounded(zipBomb(25, 4 * MiB), (name) => name === 'datapackage.json', LIMITS);
    expect(Object.keys(files)).toEqual(['datapackage.json']);
  });

  it('stops an entry that unpacks to more than it declares, at the declared size', () => {
    const lying = declare(zipBomb(1, 4 * MiB), 'archive/bomb-0.warc', 1000);
    expect(() => unzipBounded(lying, all, LIMITS)).toThrow(/bomb-0\.warc unpacks to more than the 1000 bytes it declares/);
  });

  it('gives one clear error for a truncated or foreign file', () => {
    const whole = validWacz();
    expect(() => unzipBounded(whole.subarray(0, whole.length >> 1), all, LIMITS)).toThrow(ZipError);
    expect(() => unzipBounded(new TextEncoder().encode('<html>not a zip</html>'), all, LIMITS)).toThrow(/not a zip file/);
    expect(() => unzipBounded(whole.subarray(0, whole.length - 1), all, LIMITS)).toThrow(ZipError);
  });

  it('reads a WACZ through the same limits', async () => {
    const wacz = await readWacz(validWacz(), ANALYSED_ENTRIES);
    expect(wacz.pages.map((p) => p.url)).toEqual(['https://shop.example/p/1']);
    expect(wacz.records.filter((r) => r.type === 'response')).toHaveLength(1);
    await expect(readWacz(zipBomb(25, 4 * MiB), ANALYSED_ENTRIES, LIMITS)).rejects.toThrow(ZipError);
  });
});

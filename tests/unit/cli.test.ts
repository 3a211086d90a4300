import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { listFixtures } from '../support/fixtures';

interface Result {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Result> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { url: string; platform: string | null; findings: { id: string }[] });

describe('flagpost analyze', () => {
  let dir: string;
  const fixture = listFixtures().find((f) => f.name === 'aliexpress/de-partial');
  if (!fixture) throw new Error('fixture aliexpress/de-partial is gone');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'flagpost-cli-'));
    mkdirSync(join(dir, 'pages/nested'), { recursive: true });
    copyFileSync(fixture.htmlPath, join(dir, 'pages/nested/listing.html'));
    writeFileSync(join(dir, 'pages/empty.html'), '');
    writeFileSync(join(dir, 'pages/broken.html'), '<html><body><div><a href="https://bit.ly/x">x<table><tr><td>');
    writeFileSync(join(dir, 'pages/notes.txt'), 'not a page');
    // Every real Amazon and AliExpress page has protocol-relative, malformed and data: images.
    writeFileSync(
      join(dir, 'odd-images.html'),
      '<html><head><link rel="canonical" href="https://www.amazon.de/dp/B000000001"></head><body>' +
        '<img src="//m.media-amazon.com/images/x.jpg"><img src="http://[bad"><img src="data:image/gif;base64,R0lGOD">' +
        '<img src="file://host/share/x.png"><h1 id="title">Kettle</h1></body></html>',
    );
  });

  it('analyses a page whose images are protocol-relative, malformed, data: or on another host', async () => {
    const result = await cli('analyze', join(dir, 'odd-images.html'));
    expect(result.err).toMatch(/1 pages analysed, 0 errors/);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as { platform: string }).platform).toBe('amazon');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one page as the contract JSON, at the address given', async () => {
    const result = await cli('analyze', fixture.htmlPath, '--url', fixture.url);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.out) as { url: string; platform: string; findings: { id: string }[] };
    expect(analysis.url).toBe(fixture.url);
    expect(analysis.platform).toBe('aliexpress');
    expect(analysis.findings.map((f) => f.id).sort()).toEqual([...(fixture.expected.findings as string[])].sort());
    expect(result.err).toMatch(/1 pages analysed, 0 errors/);
  });

  it('walks folders for pages, one line each, and reports each bad file without stopping', async () => {
    const result = await cli('analyze', join(dir, 'pages'), '--format', 'jsonl');
    expect(result.code).toBe(1);
    const lines = jsonLines(result.out);
    expect(lines).toHaveLength(2); // broken.html (best effort) and nested/listing.html; not notes.txt
    expect(result.err).toContain('empty.html: the file is empty');
    expect(result.err).toMatch(/2 pages analysed, 1 errors/);
  });

  it('gives titles in the language asked for', async () => {
    const result = await cli('analyze', fixture.htmlPath, '--url', fixture.url, '--lang', 'de');
    const analysis = JSON.parse(result.out) as { findings: { title: string }[] };
    expect(analysis.findings[0]?.title).not.toMatch(/^finding_/);
  });

  it('analyses a 10 MB+ page rather than giving up', async () => {
    const huge = join(dir, 'huge.html');
    const filler = '<div class="spam"><p>Lorem ipsum dolor sit amet</p><a href="/x">x</a></div>'.repeat(150_000);
    writeFileSync(huge, `<html><head><link rel="canonical" href="https://shop.example/p/1"></head><body>${filler}</body></html>`);
    const result = await cli('analyze', huge);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).url).toBe('https://shop.example/p/1');
  }, 60_000);

  it('reports a path that cannot be read in one line, and goes on', async () => {
    const result = await cli('analyze', '/no/such/file.html', fixture.htmlPath, '--format', 'jsonl');
    expect(result.code).toBe(1);
    expect(result.err).toContain('flagpost: /no/such/file.html: no such file or folder (or a broken link)\n');
    expect(jsonLines(result.out)).toHaveLength(1);
  });

  it('explains wrong usage with exit code 2', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('analyse', 'x')).err).toContain('unknown command');
    expect((await cli('analyze', join(dir, 'pages'), '--url', 'https://a.example/')).err).toContain('--url names one page');
    expect((await cli('analyze', fixture.htmlPath, '--url', 'javascript:alert(1)')).err).toContain('not an http(s) address');
    expect((await cli('analyze', fixture.htmlPath, '--page-timeout', 'soon')).code).toBe(2);
    expect((await cli('analyze', fixture.htmlPath, '--bogus')).code).toBe(2);
  });
});

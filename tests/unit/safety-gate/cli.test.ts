import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { listFixtures } from '../../support/fixtures';

const REPORT = fileURLToPath(new URL('../../fixtures/safety-gate/report.xml', import.meta.url));
const page = listFixtures().find((f) => f.name === 'aliexpress/de-complete');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('flagpost analyze --safety-gate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flagpost-gate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a listing whose GTIN is in the report', async () => {
    if (!page) throw new Error('fixture missing');
    const { code, out } = await cli('analyze', page.htmlPath, '--url', page.url, '--safety-gate', REPORT);
    expect(code).toBe(0);
    const finding = (JSON.parse(out) as { findings: { id: string; evidence: string[] }[] }).findings.find(
      (f) => f.id === 'product.safety-gate-match',
    );
    expect(finding?.evidence[0]).toContain('A12/09001/26');
  });

  it('does not match without the option', async () => {
    if (!page) throw new Error('fixture missing');
    const { out } = await cli('analyze', page.htmlPath, '--url', page.url);
    expect(out).not.toContain('product.safety-gate-match');
  });

  it('refuses a file that is not a report, as a usage error', async () => {
    const notReport = join(dir, 'not-a-report.xml');
    writeFileSync(notReport, '<rss><item>nothing</item></rss>');
    const { code, err } = await cli('analyze', page?.htmlPath ?? '', '--safety-gate', notReport);
    expect(code).toBe(2);
    expect(err).toContain('not a Safety Gate report');
  });
});

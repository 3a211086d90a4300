import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OutboxRecord } from '../../src/background/outbox/types';
import type { NoticeConfig } from '../../src/core/notice/config';
import { buildNotice, defaultInput } from '../../src/core/notice/build';
import type { Channel } from '../../src/core/notice/channel';
import type { Notice } from '../../src/core/notice/types';
import { translatorFor } from '../../src/locales/index';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import { startNoticeServer, type NoticeServer } from '../support/notice-server';
import { analysisWith, finding } from '../unit/notice/analysis';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { chromiumBuildWithAccess } from './support/chromium';
import { configureNotices, NOTIFIER } from './support/notices';
import type { ExtensionBrowser, TestPage } from './support/types';

const analysis = analysisWith([finding('safety.ce-missing', 'Regulation (EU) 2019/1020 Art. 4')]);
const notice = (): Notice =>
  buildNotice(
    analysis,
    {
      ...defaultInput(analysis, {
        language: 'en',
        translate: translatorFor('en'),
        notifier: NOTIFIER as Notice['notifier'],
      }),
      goodFaith: true,
    },
    { id: crypto.randomUUID(), now: new Date() },
  );

function ask<T>(page: TestPage, message: object): Promise<T> {
  return page.evaluate((m) => {
    const scope = globalThis as unknown as WithApi;
    return (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage(m);
  }, message) as Promise<T>;
}

/** Types an address into the aliexpress endpoint field and presses "Save endpoint" with a real click. */
async function saveEndpoint(options: TestPage, address: string): Promise<string> {
  await options.waitFor('input[name=endpoint-aliexpress]');
  await options.evaluate((value) => {
    const input = document.querySelector('input[name=endpoint-aliexpress]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, address);
  await options.click('button[name=save-endpoint-aliexpress]');
  await options.waitFor('[data-testid=endpoint-status][data-outcome]');
  return options.evaluate(
    () => document.querySelector('[data-testid=endpoint-status]')?.getAttribute('data-outcome') ?? '',
    null,
  );
}

describe.each(BROWSER_NAMES)('notice endpoints in %s', (name) => {
  let marketplace: DemoMarketplace;
  /** An independent server that sends no CORS headers, on 127.0.0.1. */
  let server: NoticeServer;
  /** Another one, reached as localhost: Flagpost was never given access to it. */
  let unreachable: NoticeServer;
  let browser: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    server = await startNoticeServer({ cors: false });
    unreachable = await startNoticeServer({ cors: false });
    // Chromium cannot answer the prompt: its build holds the access already, the click still asks.
    const build = name === 'chromium' ? chromiumBuildWithAccess('endpoint-granted', ['http://127.0.0.1/*']) : undefined;
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl, ...(build ? { build } : {}) });
    options = await browser.newPage();
    await options.goto(`${browser.extensionOrigin}/src/options/index.html`);
    await configureNotices(options, {});
    await options.goto(`${browser.extensionOrigin}/src/options/index.html`);
    await options.waitFor('select[name=channel-aliexpress]');
    await options.evaluate(() => {
      const select = document.querySelector('select[name=channel-aliexpress]') as HTMLSelectElement;
      select.value = 'api';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await unreachable?.close();
    await marketplace?.close();
  });

  it.each([
    ['a LAN address over plain http', 'http://192.168.1.20/notices', 'unencrypted'],
    ['ftp', 'ftp://notices.example/', 'Only https'],
    ['javascript:', 'javascript:alert(1)', 'Only https'],
  ])('refuses %s with a plain message and keeps nothing', async (_what, address, words) => {
    expect(await saveEndpoint(options, address)).toBe('refused');
    expect(await options.textOf('[data-testid=endpoint-status]')).toContain(words);
    const config = await ask<NoticeConfig>(options, { type: 'notice-config' });
    expect(config.channels.aliexpress).toBeUndefined();
  });

  it('asks for access to the endpoint on the click, and a server that sends no CORS headers receives the notice', async () => {
    expect(await saveEndpoint(options, server.endpoint)).toBe('saved');
    expect(await options.textOf('[data-testid=endpoint-status]')).toContain(new URL(server.endpoint).origin);
    const config = await ask<NoticeConfig>(options, { type: 'notice-config' });
    const channel = config.channels.aliexpress as Channel;
    expect(channel).toEqual({ kind: 'api', endpoint: server.endpoint, token: null });
    const sent = notice();
    await ask(options, { type: 'notice-submit', notice: sent, channel });
    await vi.waitFor(
      async () => {
        const records = await ask<OutboxRecord[]>(options, { type: 'notice-list', refresh: false });
        expect(records.find((r) => r.id === sent.id)?.state).toBe('received');
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(server.notices().map((n) => n.idempotencyKey)).toEqual([sent.id]);
  });

  it('tells in the history what to do when the browser blocked a server Flagpost has no access to', async () => {
    const endpoint = unreachable.endpoint.replace('127.0.0.1', 'localhost');
    await configureNotices(options, { aliexpress: { kind: 'api', endpoint, token: null } });
    const held = notice();
    await ask(options, { type: 'notice-submit', notice: held, channel: { kind: 'api', endpoint, token: null } });
    const history = await browser.newPage();
    await history.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    await history.waitFor('[data-testid=open-history]');
    await history.evaluate(() => (document.querySelector('[data-testid=open-history]') as HTMLElement).click(), null);
    const error = `[data-notice-id="${held.id}"] [data-testid=notice-error][data-error-code=no-access]`;
    await history.waitFor(error);
    const text = await history.textOf(error);
    expect(text).toContain(new URL(endpoint).origin);
    expect(text).toContain('Save endpoint');
    expect(unreachable.notices()).toEqual([]);
    await history.close();
  });
});

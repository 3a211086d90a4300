import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, readFixtureHtml, type Fixture } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';

/**
 * The in-browser experience: the on-page panel (in its closed shadow root), the popup, client-side
 * navigation, "Where does this lead?", settings, hostile strings and accessibility, in both browsers.
 *
 * The panel's shadow root is closed, so the page cannot see it and neither can the test through
 * the page. The test reads it the way only the extension can: scripting.executeScript runs a
 * function in the extension's isolated world, where chrome.dom.openOrClosedShadowRoot() (Chromium)
 * or the Element.openOrClosedShadowRoot property (Firefox) opens it.
 */

const fixture = (name: string): Fixture => {
  const found = listFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
};
const PARTIAL = fixture('aliexpress/de-partial');
const SPA = fixture('spa/aliexpress-navigation');
const HOSTILE = fixture('spa/aliexpress-hostile');
const SPA_SECOND = {
  url: 'https://www.aliexpress.com/item/1005006893217745.html',
  findings: (PARTIAL.expected.findings as string[]).length,
};

// Redirect chains, served by the demo marketplace under marketplace addresses (Flagpost may contact them already).
const CHAIN_START = 'https://a.aliexpress.com/_flagpostChain';
const CHAIN_MIDDLE = 'https://click.aliexpress.com/e/_flagpostHop';
const CHAIN_END = 'https://de.aliexpress.com/item/1005009999000001.html';
const TO_PRIVATE = 'https://a.aliexpress.com/_flagpostPrivate';
const PRIVATE_TARGET = 'http://192.168.1.1/router-admin';
// A listing whose shortener link is the chain above, for the popup's button.
const CHAIN_LISTING = 'https://de.aliexpress.com/item/1005009999000002.html';
// An Etsy listing whose second carousel image (at full size) carries a WhatsApp QR code.
const QR_LISTING = fixture('etsy/de-complete');
const QR_IMAGE_URL = 'https://i.etsystatic.com/54321/r/il/9db3c0/5561234568/il_fullxfull.5561234568_mjym.jpg';
const QR_IMAGE = readFileSync(new URL('../fixtures/images/qr-whatsapp-busy.jpg', import.meta.url));

/** What the panel shows, read from inside the closed shadow root. */
interface PanelSnapshot {
  present: boolean;
  badgeText: string;
  open: boolean;
  heading: string;
  findings: { id: string; text: string }[];
  focused: string | null;
  focusVisible: boolean;
  highlight: { shown: boolean; matchesLink: boolean };
  imgCount: number;
}

type PanelAction = 'read' | 'open' | 'escape' | 'dismiss' | 'focus-first-link-finding';

const redirect =
  (location: string, status = 302) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { location, 'cache-control': 'no-store' });
    res.end();
  };

describe.each(BROWSER_NAMES)('in-browser experience in %s', (name) => {
  let marketplace: DemoMarketplace;
  let browser: ExtensionBrowser;
  let control: TestPage;
  const requested: string[] = [];
  // The QR image is held back until the test has opened the panel, so the scan answers into an open panel.
  let releaseQrImage = () => {};
  const qrImageReleased = new Promise<void>((resolve) => (releaseQrImage = resolve));

  beforeAll(async () => {
    marketplace = await startMarketplace();
    const log =
      (handler: (req: IncomingMessage, res: ServerResponse) => void) => (req: IncomingMessage, res: ServerResponse) => {
        requested.push(`https://${req.headers.host}${req.url}`);
        handler(req, res);
      };
    marketplace.route(CHAIN_START, log(redirect(CHAIN_MIDDLE)));
    marketplace.route(CHAIN_MIDDLE, log(redirect(CHAIN_END, 301)));
    marketplace.route(
      CHAIN_END,
      log((_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Another listing</title>'),
      ),
    );
    marketplace.route(TO_PRIVATE, log(redirect(PRIVATE_TARGET)));
    marketplace.route(CHAIN_LISTING, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFixtureHtml(PARTIAL).replaceAll('https://bit.ly/3hengda-rc', CHAIN_START));
    });
    marketplace.route(QR_IMAGE_URL, (_req, res) => {
      void qrImageReleased.then(() => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(QR_IMAGE));
    });
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl });
    control = await browser.newPage();
    await control.goto(`${browser.extensionOrigin}/src/popup/index.html`);
  });
  afterAll(async () => {
    releaseQrImage();
    await browser?.close();
    await marketplace?.close();
  });

  /**
   * Calls the WebExtension API from an extension page. The function is handed to the page's
   * evaluate as it is (DevTools evaluation is exempt from the extension's CSP; eval inside is not).
   */
  const api = <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => control.evaluate(fn, arg);
  const tabIdOf = (url: string) =>
    api(async (target) => {
      const ext = (globalThis as unknown as WithApi).browser ?? ((globalThis as unknown as WithApi).chrome as Browser);
      // The newest tab showing it (an earlier test that failed may have left one open).
      const ids = (await ext.tabs.query({})).filter((t) => t.url === target).map((t) => t.id ?? -1);
      if (ids.length === 0) throw new Error(`no tab shows ${target}`);
      return Math.max(...ids);
    }, url);

  /** Runs in the tab's isolated world: opens Flagpost's closed shadow root and reads or drives the panel. */
  const panel = (tabId: number, action: PanelAction) =>
    api(
      async ([tab, act]) => {
        const ext =
          (globalThis as unknown as WithApi).browser ?? ((globalThis as unknown as WithApi).chrome as Browser);
        const [result] = await ext.scripting.executeScript({
          target: { tabId: tab },
          args: [act],
          func: (what: string) => {
            type Opener = { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
            const host = document.querySelector('flagpost-badge');
            const opener = (globalThis as unknown as { chrome?: Opener }).chrome?.dom;
            const root = host
              ? (opener?.openOrClosedShadowRoot(host) ??
                (host as Element & { openOrClosedShadowRoot: ShadowRoot }).openOrClosedShadowRoot)
              : null;
            if (root && what === 'open' && !root.querySelector('.panel'))
              root.querySelector<HTMLElement>('.badge')?.click();
            if (root && what === 'dismiss') root.querySelector<HTMLElement>('.row > .close')?.click();
            if (root && what === 'escape') {
              (root.activeElement ?? root.querySelector('.panel'))?.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
              );
            }
            let matchesLink = false;
            if (root && what === 'focus-first-link-finding') {
              const item = root.querySelector<HTMLElement>('li[data-finding^="links."].has-target');
              item?.querySelector<HTMLElement>('button.show')?.focus();
              const frame = root.querySelector<HTMLElement>('.highlight');
              const href = item?.querySelector('.evidence li')?.textContent?.split(' → ').pop() ?? '';
              const link = [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === href);
              if (frame && link) {
                const a = frame.getBoundingClientRect();
                const b = link.getBoundingClientRect();
                matchesLink = a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom;
              }
            }
            const active = root?.activeElement as HTMLElement | null | undefined;
            return {
              present: !!root && !!host?.isConnected,
              badgeText: root?.querySelector('.badge')?.textContent ?? '',
              open: !!root?.querySelector('.panel'),
              heading: root?.querySelector('.panel h2')?.textContent ?? '',
              findings: [...(root?.querySelectorAll('li[data-finding]') ?? [])].map((li) => ({
                id: li.getAttribute('data-finding') ?? '',
                text: li.textContent ?? '',
              })),
              focused: active ? active.id || active.className : null,
              focusVisible: !!active?.matches(':focus-visible'),
              highlight: { shown: root?.querySelector<HTMLElement>('.highlight')?.hidden === false, matchesLink },
              imgCount: root?.querySelectorAll('img').length ?? 0,
            };
          },
        });
        return result?.result as PanelSnapshot;
      },
      [tabId, action] as const,
    );

  /** Polls a condition until it holds (the extension works asynchronously: analysis after idle time and settling). */
  /**
   * Polls until `holds` is true. A read that throws (the tab is re-rendering, the worker is waking)
   * counts as "not yet"; its error is reported if the condition never comes.
   */
  async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 20_000;
    let last: { value: T } | { error: unknown } | null = null;
    for (;;) {
      try {
        const value = await read();
        if (holds(value)) return value;
        last = { value };
      } catch (error) {
        last = { error };
      }
      if (Date.now() > deadline) {
        const detail = last && 'error' in last ? String(last.error) : JSON.stringify(last?.value);
        throw new Error(`timed out waiting for ${what}; last: ${detail}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function openListing(url: string): Promise<{ page: TestPage; tabId: number }> {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitFor('flagpost-badge');
    return { page, tabId: await tabIdOf(url) };
  }

  async function openPopup(tabId: number): Promise<TestPage> {
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('[data-testid=listing-title]');
    return popup;
  }

  type Resolved = {
    hops: { url: string; status: number }[];
    final: string;
    end: { kind: string; reason?: string };
    destination: { kind: string } | null;
  };
  const resolve = (href: string) =>
    api(
      async ([link, page]) => {
        const ext =
          (globalThis as unknown as WithApi).browser ?? ((globalThis as unknown as WithApi).chrome as Browser);
        return ext.runtime.sendMessage({ type: 'resolve-link', href: link, pageUrl: page });
      },
      [href, PARTIAL.url] as const,
    );

  const setSettings = (settings: object) =>
    api(async (value) => {
      const ext = (globalThis as unknown as WithApi).browser ?? ((globalThis as unknown as WithApi).chrome as Browser);
      await ext.storage.local.set({ settings: value });
    }, settings);

  it('shows the findings on the page, with their legal basis, and the same count in the popup', async () => {
    const { page, tabId } = await openListing(PARTIAL.url);
    const expected = PARTIAL.expected.findings as string[];
    const shown = await until(
      () => panel(tabId, 'open'),
      (s) => s.findings.length > 0,
      'the panel',
    );
    expect(shown.findings.map((f) => f.id).sort()).toEqual([...expected].sort());
    for (const f of shown.findings) expect(f.text, f.id).toMatch(/DSA|GPSR|Regulation|Directive|UCPD/);
    expect(shown.focused).toBe('flagpost-panel-heading');

    const popup = await openPopup(tabId);
    expect(await popup.count('[data-finding]')).toBe(expected.length);
    await popup.close();
    await page.close();
  });

  it('highlights a link finding over its link, closes on Escape and returns focus to the badge', async () => {
    const { page, tabId } = await openListing(PARTIAL.url);
    await until(
      () => panel(tabId, 'open'),
      (s) => s.open,
      'the panel',
    );
    const focused = await panel(tabId, 'focus-first-link-finding');
    expect(focused.highlight).toEqual({ shown: true, matchesLink: true });
    const closed = await panel(tabId, 'escape');
    expect(closed.open).toBe(false);
    expect(closed.highlight.shown).toBe(false);
    expect(closed.focused).toBe('badge');
    await page.close();
  });

  it('works with real keyboard input: Tab in from the page, Enter and Space open, Escape closes, Tab out', async () => {
    const { page, tabId } = await openListing(PARTIAL.url);
    await until(
      () => panel(tabId, 'read'),
      (s) => s.present && s.badgeText !== '',
      'the badge',
    );
    // The badge comes after the page in the document: Tab from the page's last control enters it.
    await page.evaluate(() => {
      const controls = document.body.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea');
      [...controls]
        .filter((control) => control.checkVisibility())
        .at(-1)
        ?.focus();
    }, null);
    const hostFocused = () => page.evaluate(() => document.activeElement?.localName === 'flagpost-badge', null);
    expect(await hostFocused()).toBe(false);
    await page.press('Tab');
    expect(await hostFocused()).toBe(true);
    expect(await panel(tabId, 'read')).toMatchObject({ focused: 'badge', focusVisible: true, open: false });

    await page.press('Enter');
    expect(await panel(tabId, 'read')).toMatchObject({ open: true, focused: 'flagpost-panel-heading' });
    await page.press('Tab');
    expect(await panel(tabId, 'read')).toMatchObject({ open: true, focused: 'close', focusVisible: true });
    await page.press('Escape');
    expect(await panel(tabId, 'read')).toMatchObject({ open: false, focused: 'badge' });

    await page.press(' '); // Space, named by its key value as both drivers understand it
    expect(await panel(tabId, 'read')).toMatchObject({ open: true, focused: 'flagpost-panel-heading' });
    await page.press('Escape');
    // Then the dismiss button, then out of the badge.
    await page.press('Tab');
    expect(await panel(tabId, 'read')).toMatchObject({ open: false, focused: 'close', focusVisible: true });
    await page.press('Tab');
    expect(await hostFocused()).toBe(false);
    await page.close();
  });

  it('follows a client-side navigation to another product, on the page and in the popup', async () => {
    const { page, tabId } = await openListing(SPA.url);
    const popup = await openPopup(tabId);
    expect(await popup.textOf('[data-testid=listing-title]')).toBe((SPA.expected.listing as { title: string }).title);
    await until(
      () => panel(tabId, 'open'),
      (s) => s.open && s.findings.length === 0,
      'the first product',
    );

    await page.evaluate(() => document.querySelectorAll<HTMLAnchorElement>('.spa-nav a')[1]?.click(), null);
    const second = await until(
      () => panel(tabId, 'open'),
      (s) => s.findings.length === SPA_SECOND.findings,
      'the second product',
    );
    expect(second.findings.map((f) => f.id).sort()).toEqual([...(PARTIAL.expected.findings as string[])].sort());
    await until(
      () => popup.count('[data-finding]'),
      (n) => n === SPA_SECOND.findings,
      'the popup to follow',
    );
    expect(await popup.textOf('[data-testid=listing-title]')).toBe(
      (PARTIAL.expected.listing as { title: string }).title,
    );

    await page.evaluate(() => history.back(), null);
    await until(
      () => panel(tabId, 'read'),
      (s) => s.present && s.findings.length === 0 && /\d/.test(s.badgeText) === false,
      'the way back',
    );

    // Dismissed on this listing only: the next listing shown in the page brings the badge back.
    await until(
      () => panel(tabId, 'dismiss'),
      (s) => !s.present,
      'the badge dismissed',
    );
    await page.evaluate(() => document.querySelectorAll<HTMLAnchorElement>('.spa-nav a')[1]?.click(), null);
    await until(
      () => panel(tabId, 'open'),
      (s) => s.findings.length === SPA_SECOND.findings,
      'the badge back on the second product',
    );
    await popup.close();
    await page.close();
  });

  it('answers "Where does this lead?" in the popup', async () => {
    const { page, tabId } = await openListing(CHAIN_LISTING);
    const popup = await openPopup(tabId);
    await popup.waitFor('.resolve button');
    // A real click, as a permission request needs (this site is a marketplace: already allowed, no prompt).
    await popup.click('.resolve button');
    await popup.waitFor('[data-testid=resolved-final]');
    expect(await popup.textOf('[data-testid=resolved-final]')).toBe(CHAIN_END);
    expect(await popup.count('.resolve [data-kind="other-listing"]')).toBe(1);
    await popup.close();
    await page.close();
  });

  it('resolves a redirect chain, classifies where it ends, and never contacts a private address', async () => {
    requested.length = 0;
    const chain = (await resolve(CHAIN_START)) as Resolved;
    expect(chain.hops.map((h) => [h.url, h.status])).toEqual([
      [CHAIN_START, 302],
      [CHAIN_MIDDLE, 301],
      [CHAIN_END, 200],
    ]);
    expect(chain.end.kind).toBe('arrived');
    expect(chain.destination?.kind).toBe('other-listing');

    requested.length = 0;
    const toPrivate = (await resolve(TO_PRIVATE)) as Resolved;
    expect(toPrivate.end).toMatchObject({ kind: 'refused', reason: 'private-address' });
    expect(toPrivate.final).toBe(PRIVATE_TARGET);
    expect(requested).toEqual([TO_PRIVATE]);
    for (const href of [
      `http://127.0.0.1:${marketplace.port}/`,
      'http://localhost/',
      'http://[::1]/',
      'file:///etc/passwd',
    ]) {
      expect(((await resolve(href)) as Resolved).end.kind, href).toBe('refused');
    }
    // A site the user has not allowed yet: nothing is requested, the popup asks first.
    expect(((await resolve('https://bit.ly/3hengda-rc')) as Resolved).end).toEqual({
      kind: 'needs-access',
      origin: 'https://bit.ly',
    });
  });

  it('shows the finding of a QR code in a listing image in the panel already open', async () => {
    const { page, tabId } = await openListing(QR_LISTING.url);
    const before = await until(
      () => panel(tabId, 'open'),
      (s) => s.open,
      'the panel',
    );
    expect(before.findings.map((f) => f.id)).not.toContain('links.image-code');
    releaseQrImage();
    const after = await until(
      () => panel(tabId, 'read'),
      (s) => s.findings.some((f) => f.id === 'links.image-code'),
      'the image-code finding in the open panel',
    );
    expect(after.open).toBe(true);
    expect(after.findings.find((f) => f.id === 'links.image-code')?.text).toContain(
      `${QR_IMAGE_URL} → https://wa.me/8613800138000`,
    );
    await page.close();
  });

  it('shows hostile strings as text in the popup and the panel', async () => {
    const { page, tabId } = await openListing(HOSTILE.url);
    const trader = (HOSTILE.expected.trader as { name: string }).name;
    const popup = await openPopup(tabId);
    expect(await popup.textOf('[data-testid=listing-title]')).toBe(
      (HOSTILE.expected.listing as { title: string }).title,
    );
    expect(
      await popup.evaluate(
        (name) => [...document.querySelectorAll('dd')].some((dd) => dd.textContent === name),
        trader,
      ),
    ).toBe(true);
    expect(await popup.count('img[onerror], img[src="x"]')).toBe(0);

    const shown = await until(
      () => panel(tabId, 'open'),
      (s) => s.findings.length > 0,
      'the panel',
    );
    expect(shown.findings.some((f) => f.text.includes(trader))).toBe(true);
    expect(shown.imgCount).toBe(0);
    // The page's own onerror handler would set this if any copy of the markup had become an element.
    expect(await page.evaluate(() => typeof (globalThis as { flagpostPwned?: number }).flagpostPwned, null)).toBe(
      'undefined',
    );
    await popup.close();
    await page.close();
  });

  it('applies the settings at once: language, checks and the badge', async () => {
    const { page, tabId } = await openListing(PARTIAL.url);
    await until(
      () => panel(tabId, 'open'),
      (s) => s.open,
      'the panel',
    );
    const options = await browser.newPage();
    await options.goto(`${browser.extensionOrigin}/src/options/index.html`);
    await options.waitFor('select');
    await options.evaluate(() => {
      const select = document.querySelector('select') as HTMLSelectElement;
      select.value = 'fr';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    await until(
      () => options.evaluate(() => document.documentElement.lang, null),
      (lang) => lang === 'fr',
      'the options in French',
    );
    await until(
      () => panel(tabId, 'open'),
      (s) => s.heading === 'Ce que Flagpost a trouvé',
      'the panel in French',
    );
    const popup = await openPopup(tabId);
    expect(await popup.textOf('#findings-heading')).toMatch(/^Constats/);
    await popup.close();

    const all = PARTIAL.expected.findings as string[];
    await setSettings({ showBadge: true, language: 'fr', disabledChecks: ['links.messenger'] });
    await until(
      () => panel(tabId, 'open'),
      (s) => s.findings.length === all.length - 1,
      'a check switched off',
    );
    await setSettings({ showBadge: false, language: null, disabledChecks: [] });
    await until(
      () => panel(tabId, 'read'),
      (s) => !s.present,
      'the badge to go',
    );
    await setSettings({ showBadge: true, language: null, disabledChecks: [] });
    await options.close();
    await page.close();
  });

  describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
    type AxeResult = { violations: { id: string; nodes: unknown[] }[] };
    const runAxe = async (page: TestPage, selector: string | null) => {
      // axe's source goes in as an expression: DevTools evaluation is exempt from the extension pages' CSP.
      await page.evaluate(`${axe.source};undefined` as unknown as () => void, null);
      return page.evaluate(async (context) => {
        const scope = globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResult> } };
        const result = await scope.axe.run(context ? { include: [[context]] } : document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      }, selector);
    };

    it('finds nothing in the popup', async () => {
      const { page, tabId } = await openListing(PARTIAL.url);
      const popup = await openPopup(tabId);
      expect(await runAxe(popup, null)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('finds nothing in the options page', async () => {
      const options = await browser.newPage();
      await options.goto(`${browser.extensionOrigin}/src/options/index.html`);
      await options.waitFor('select');
      expect(await runAxe(options, null)).toEqual([]);
      await options.close();
    });

    it('finds nothing in the panel', async () => {
      const { page, tabId } = await openListing(PARTIAL.url);
      await until(
        () => panel(tabId, 'open'),
        (s) => s.open,
        'the panel',
      );
      // axe cannot enter a closed shadow root: copy the panel, styles included, into an open one on the same page.
      await api(async (tab) => {
        const ext =
          (globalThis as unknown as WithApi).browser ?? ((globalThis as unknown as WithApi).chrome as Browser);
        await ext.scripting.executeScript({
          target: { tabId: tab },
          func: () => {
            type Opener = { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
            const host = document.querySelector('flagpost-badge') as Element;
            const opener = (globalThis as unknown as { chrome?: Opener }).chrome?.dom;
            const root =
              opener?.openOrClosedShadowRoot(host) ??
              (host as Element & { openOrClosedShadowRoot: ShadowRoot }).openOrClosedShadowRoot;
            const copy = document.createElement('flagpost-axe-copy');
            copy.attachShadow({ mode: 'open' }).append(...[...root.children].map((child) => child.cloneNode(true)));
            document.documentElement.append(copy);
            host.remove();
          },
        });
      }, tabId);
      await page.waitFor('flagpost-axe-copy');
      expect(await runAxe(page, 'flagpost-axe-copy')).toEqual([]);
      await page.close();
    });
  });
});

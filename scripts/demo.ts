// `npm start`: builds Flagpost, starts the demo marketplace, and opens Chromium with the extension
// on the demo index. Without a display (a server, CI) it runs headless instead: it visits one
// listing per marketplace, prints what Flagpost found, and writes a screenshot of the popup.
import { spawnSync } from 'node:child_process';
import type { Browser } from 'webextension-polyfill';
import type { Analysis } from '../src/core/model';
import { launchChromium, wrapPlaywrightPage } from '../tests/e2e/support/chromium';
import manifest from '../manifest.json' with { type: 'json' };
import { demoListings } from '../tests/support/fixtures';
import { startMarketplace } from '../tests/support/marketplace-server';

const SCREENSHOT = 'demo-popup.png';

function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function summary(analysis: Analysis | null): string {
  if (!analysis) return 'no analysis';
  const counts = (['high', 'medium', 'low', 'info'] as const)
    .map((s) => `${analysis.findings.filter((f) => f.severity === s).length} ${s}`)
    .join(', ');
  const ids = analysis.findings.map((f) => f.id).join(' ');
  return `${analysis.listing.title ?? '(no title)'}\n    findings: ${counts}${ids ? `\n    ${ids}` : ''}${
    analysis.unreadable.length > 0 ? `\n    unreadable: ${analysis.unreadable.length} fields` : ''
  }`;
}

async function headlessTour(proxyUrl: string): Promise<void> {
  const browser = await launchChromium({ proxyUrl });
  try {
    // A popup-sized page, so the screenshot shows what a user sees.
    const popupPage = await browser.context.newPage();
    await popupPage.setViewportSize({ width: 400, height: 600 });
    const popup = wrapPlaywrightPage(popupPage);
    await popup.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    let lastTab = 0;
    const patterns = manifest.content_scripts.flatMap((c) => c.matches);
    // Complete listings first, then ones that leave things out: the last one is in the screenshot.
    for (const fixture of [...demoListings(patterns, 'complete'), ...demoListings(patterns, 'partial')]) {
      const page = await browser.newPage();
      await page.goto(fixture.url);
      await page.waitFor('flagpost-badge');
      const { tabId, analysis } = await popup.evaluate(async (url) => {
        const api = (globalThis as unknown as { chrome: Browser }).chrome;
        const tabs = await api.tabs.query({});
        const id = tabs.find((t) => t.url === url)?.id ?? -1;
        return { tabId: id, analysis: (await api.runtime.sendMessage({ type: 'tab-analysis', tabId: id })) as Analysis | null };
      }, fixture.url);
      lastTab = tabId;
      console.log(`\n${fixture.name}  ${fixture.url}\n    ${summary(analysis)}`);
    }
    await popup.goto(`${browser.extensionOrigin}/src/popup/index.html?tab=${lastTab}`);
    await popup.waitFor('[data-testid=listing-title]');
    await popup.screenshot(SCREENSHOT);
    console.log(`\nThe popup of the last listing: ${SCREENSHOT}`);
  } finally {
    await browser.close();
  }
}

build();
const marketplace = await startMarketplace();
console.log(`Demo marketplace: ${marketplace.indexUrl} (${marketplace.fixtures.length} pages)`);
try {
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  if (hasDisplay) {
    const browser = await launchChromium({ proxyUrl: marketplace.proxyUrl, headless: false });
    const page = await browser.context.newPage();
    await page.goto(marketplace.indexUrl);
    console.log('Chromium is open with Flagpost on the demo index. Close the browser window to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await browser.close();
  } else {
    console.log('No display: touring the demo headless.');
    await headlessTour(marketplace.proxyUrl);
  }
} finally {
  await marketplace.close();
}

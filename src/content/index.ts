import { extractPage } from '../core/extract';
import { send } from '../runtime/messages';
import { loadSettings } from '../runtime/settings';
import { Badge } from './badge';

const badge = new Badge();

/** Runs when the browser is idle, so the page's own work comes first. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

async function analyseThisPage(): Promise<void> {
  await whenIdle();
  const facts = extractPage(document, location.href, (where, error) => console.error(`Flagpost: ${where}`, error));
  if (facts.pageType !== 'product') {
    badge.remove();
    await send({ type: 'page-cleared' });
    return;
  }
  const [analysis, settings] = await Promise.all([send({ type: 'page-facts', facts }), loadSettings()]);
  if (settings.showBadge) badge.show(analysis);
}

void analyseThisPage().catch((error: unknown) => console.error('Flagpost: analysis failed', error));

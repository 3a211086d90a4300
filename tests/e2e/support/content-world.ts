import type { BrowserContext, Page } from 'playwright-core';

interface ContextCreated {
  context: {
    id: number;
    origin: string;
    name: string;
    auxData?: { type?: string; frameId?: string; isDefault?: boolean };
  };
}

/**
 * Runs `expression` (a promise) in the isolated world of the extension's content script in the
 * page's top frame, through the DevTools protocol: what a compromised content-script context could
 * do. Chromium only. Returns the settled value as JSON, or `{ error }`.
 */
export async function inContentScriptWorld(
  context: BrowserContext,
  page: Page,
  extensionOrigin: string,
  expression: string,
): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const worlds: ContextCreated['context'][] = [];
    cdp.on('Runtime.executionContextCreated', (event: ContextCreated) => void worlds.push(event.context));
    // Enabling reports every context that exists already, before the call returns.
    await cdp.send('Runtime.enable');
    const world = worlds.find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameTree.frame.id &&
        c.origin.startsWith(extensionOrigin),
    );
    if (!world) throw new Error(`no content-script world of ${extensionOrigin} in the top frame`);
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `(${expression}).then((value) => ({ value }), (error) => ({ error: String(error?.message ?? error) }))`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: unknown };
    if (exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(exceptionDetails)}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

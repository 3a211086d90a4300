/** What the end-to-end specs need from a browser, the same for Chromium (playwright) and Firefox (puppeteer). */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Waits until the selector matches an element (condition, not time). */
  waitFor(selector: string): Promise<void>;
  textOf(selector: string): Promise<string>;
  count(selector: string): Promise<number>;
  /** A real click (trusted input: what permissions.request needs), not element.click(). */
  click(selector: string): Promise<void>;
  /** A real key press (trusted keyboard input) to whatever has focus, e.g. "Tab", "Enter", "Escape", " " (Space). */
  press(key: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** Origin of the extension's pages, e.g. chrome-extension://abc… */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Closes the browser and deletes its profile, unless `keepProfile` (to launch again on it). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** The demo marketplace's proxy address. */
  proxyUrl: string;
  /** A profile directory an earlier launch kept (same extension id and storage); a fresh one by default. */
  profile?: string;
  /** Another build directory of the extension than $FLAGPOST_OUT's (or dist's) one for this browser. */
  build?: string;
}

import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentScriptPlugin } from './scripts/vite-content-script.ts';
import { manifestFor, type Browser } from './scripts/manifest-targets.ts';
import { localesPlugin } from './scripts/vite-locales.ts';
import { noRawHtmlPlugin } from './scripts/vite-no-raw-html.ts';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// `vite build --mode chrome` and `--mode firefox` give the two store builds in dist/<browser>/
// (FLAGPOST_OUT=dir puts them elsewhere, so parallel work does not overwrite one build).
export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const target = browser === 'firefox' ? 'firefox140' : 'chrome120';
  const { content_scripts: contentScripts, ...pages } = manifest;
  return {
    plugins: [
      preact(),
      noRawHtmlPlugin(),
      crx({ manifest: manifestFor(pages, browser), browser }),
      contentScriptPlugin({ entry: path('./src/content/index.ts'), contentScripts, target }),
      localesPlugin(path('./src/locales')),
    ],
    build: {
      outDir: `${process.env.FLAGPOST_OUT ?? 'dist'}/${browser}`, emptyOutDir: true, target, minify: true, sourcemap: false,
      // Extension pages the manifest does not name (crxjs adds the ones it does).
      rollupOptions: { input: { library: path('./src/library/index.html'), campaign: path('./src/campaign/index.html') } },
    },
  };
});

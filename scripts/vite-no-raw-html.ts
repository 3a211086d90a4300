import type { Plugin } from 'vite';

const PREACT_RAW_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/**
 * Flagpost never renders raw HTML (page-derived strings go in as text), so Preact's
 * `dangerouslySetInnerHTML` branch is replaced by an error. This also keeps the store build free
 * of innerHTML assignments, which addons-linter rightly warns about.
 * A Preact upgrade that changes the pattern fails the build here instead of slipping through.
 */
export function noRawHtmlPlugin(): Plugin {
  return {
    name: 'flagpost:no-raw-html',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const matches = code.match(PREACT_RAW_HTML)?.length ?? 0;
      if (matches !== 1) throw new Error(`no-raw-html: expected one innerHTML assignment in preact, found ${matches}`);
      return code.replace(PREACT_RAW_HTML, '(()=>{throw new Error("Flagpost renders no raw HTML")})()');
    },
  };
}

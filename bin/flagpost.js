#!/usr/bin/env node
// The command-line analyzer; `npm run build` makes dist/cli/flagpost.mjs.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/flagpost.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('flagpost: the analyzer is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
await import(cli.href);

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run } from './main';
import { WorkerPool } from './worker-pool';

// Piping into `head`: once the reader is gone there is nobody to tell, so the run ends quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

// Built beside this file (vite.cli.config.ts); the name is joined at run time so the bundler leaves it alone.
const workerEntry = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'page-worker.mjs'));

void run(
  process.argv.slice(2),
  {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  },
  (setup) => {
    // Workers load the Safety Gate reports themselves: the index holds functions, which cannot be posted.
    const workerSetup = { lang: setup.lang, safetyGateFiles: setup.safetyGateFiles };
    const pool = new WorkerPool({ entry: workerEntry, setup: workerSetup, timeMs: setup.timeMs, memoryMib: setup.memoryMib });
    return { parallel: pool.size, analyse: (file, url) => pool.analyse(file, url), close: () => pool.close() };
  },
).then((code) => {
  // Exit once the output is written, without waiting for a worker still being stopped after its budget.
  process.stdout.write('', () => process.exit(code));
});

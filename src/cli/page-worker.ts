// One worker thread of the CLI's pool (worker-pool.ts): analyses the inputs it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { translatorFor } from '../locales/index';
import { analyseInput, type JobContext } from './page-job';
import type { JobReply, JobRequest, WorkerSetup } from './worker-pool';
import { loadSafetyGate } from './safety-gate';

const setup = workerData as WorkerSetup;
const context: JobContext = {
  translate: translatorFor(setup.lang),
  safetyGate: setup.safetyGateFiles.length > 0 ? loadSafetyGate(setup.safetyGateFiles) : undefined,
};

parentPort?.on('message', (request: JobRequest) => {
  void analyseInput(request.file, request.url, context).then(
    (result): JobReply => ({ id: request.id, result }),
    (error: unknown): JobReply => ({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  ).then((reply) => parentPort?.postMessage(reply));
});

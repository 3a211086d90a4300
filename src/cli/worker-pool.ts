import { Worker } from 'node:worker_threads';
import type { InputResult } from './page-job';

/**
 * The CLI's per-page budget: each input is analysed in a worker thread with a heap limit (V8 stops it with
 * ERR_WORKER_OUT_OF_MEMORY rather than ending the process), and a worker still busy past the time budget is
 * terminated and replaced. Either way the page gets one error line and the batch goes on.
 */

export interface WorkerSetup {
  lang: string;
  safetyGateFiles: string[];
}

export interface JobRequest {
  id: number;
  file: string;
  url?: string;
}

export type JobReply = { id: number; result: InputResult } | { id: number; error: string };

export interface PoolOptions {
  /** The worker script (page-worker.mjs when built; the .ts source under tsx in the tests). */
  entry: URL;
  execArgv?: string[];
  setup: WorkerSetup;
  /** Time one input may take, from the moment its worker starts on it. */
  timeMs: number;
  /** The worker's old-generation heap limit. */
  memoryMib: number;
}

interface Job extends JobRequest {
  resolve(result: InputResult): void;
  reject(error: Error): void;
}

/** An input stopped by its budget: the message is the one line the CLI prints. */
export class BudgetError extends Error {}

/** One worker that runs one job at a time, replaced after a job it had to be stopped for. */
class Slot {
  private worker: Worker | null = null;
  private job: Job | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly options: PoolOptions,
    private readonly onIdle: () => void,
  ) {}

  get busy(): boolean {
    return this.job !== null;
  }

  private start(): Worker {
    const worker = new Worker(this.options.entry, {
      workerData: this.options.setup,
      execArgv: this.options.execArgv ?? [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMib, maxYoungGenerationSizeMb: 32 },
      // Its stdout and stderr are the CLI's: a stray console.log must not enter the JSON output.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    // Events of a worker already dropped (terminated past its budget) concern no current job.
    worker.on('message', (reply: JobReply) => {
      const job = this.job;
      if (this.worker !== worker || !job || reply.id !== job.id) return;
      this.finish();
      if ('result' in reply) job.resolve(reply.result);
      else job.reject(new Error(reply.error));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(
        memory
          ? new BudgetError(`stopped: analysing it needs more than ${this.options.memoryMib} MiB of memory (--page-memory)`)
          : new Error(`the analysis failed: ${error.message}`),
      );
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(new Error('the analysis stopped unexpectedly'));
    });
    return worker;
  }

  run(job: Job): void {
    this.job = job;
    this.worker ??= this.start();
    this.timer = setTimeout(() => {
      this.fail(new BudgetError(`stopped after ${this.options.timeMs / 1000} s: analysing it takes longer than the time budget (--page-timeout)`));
    }, this.options.timeMs);
    const request: JobRequest = { id: job.id, file: job.file, url: job.url };
    this.worker.postMessage(request);
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.job = null;
    this.onIdle();
  }

  /** Ends the current job with `error` and drops the worker (a fresh one takes the next job). */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    const job = this.job;
    if (!job) return;
    this.finish();
    job.reject(error);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 0;

  constructor(options: PoolOptions, size = 1) {
    this.slots = Array.from({ length: size }, () => new Slot(options, () => this.dispatch()));
  }

  get size(): number {
    return this.slots.length;
  }

  analyse(file: string, url?: string): Promise<InputResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, url, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.run(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.close()));
  }
}

import { ConfigError, ServiceUnavailableError, loadConfig } from '@kbc/domain';
import { createWorker } from './worker.js';

createWorker(loadConfig()).catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof ServiceUnavailableError) {
    process.stderr.write(`worker: ${e.message}\n`);
  } else {
    process.stderr.write(`worker: failed to start: ${(e as Error)?.stack ?? String(e)}\n`);
  }
  process.exit(1);
});

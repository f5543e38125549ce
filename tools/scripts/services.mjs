// `pnpm services`: check (and start if needed) the local PostgreSQL and Redis.
import { ensureServices } from './lib.mjs';

await ensureServices();

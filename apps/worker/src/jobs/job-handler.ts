import type { JobDefinition } from '@kbc/domain';
import type { Job } from 'bullmq';
import type { z } from 'zod';

/** One class per job: `definition` names the job it handles, `handle` does it (idempotently). */
export interface JobHandler<J extends JobDefinition = JobDefinition> {
  readonly definition: J;
  handle(payload: z.output<J['payload']>, job: Job): Promise<unknown>;
}

/** Multi-provider token under which every handler registers. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

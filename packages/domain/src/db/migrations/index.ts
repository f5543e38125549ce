import { InitialSchema1764860000000 } from './1764860000000-initial-schema.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [InitialSchema1764860000000];

import { InitialSchema1764860000000 } from './1764860000000-initial-schema.js';
import { MailDeliveryClaim1764870000000 } from './1764870000000-mail-delivery-claim.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [InitialSchema1764860000000, MailDeliveryClaim1764870000000];

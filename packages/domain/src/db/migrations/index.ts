import { InitialSchema1764860000000 } from './1764860000000-initial-schema.js';
import { MailDeliveryClaim1764870000000 } from './1764870000000-mail-delivery-claim.js';
import { AccountSecurity1764880000000 } from './1764880000000-account-security.js';
import { ManageTokens1764890000000 } from './1764890000000-manage-tokens.js';
import { ManageApi1764895000000 } from './1764895000000-manage-api.js';
import { TokenExpiryReminders1764900000000 } from './1764900000000-token-expiry-reminders.js';

/** Every migration, oldest first. */
export const MIGRATIONS = [InitialSchema1764860000000, MailDeliveryClaim1764870000000, AccountSecurity1764880000000, ManageTokens1764890000000, ManageApi1764895000000, TokenExpiryReminders1764900000000];

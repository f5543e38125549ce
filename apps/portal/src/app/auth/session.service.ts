import { Injectable } from '@angular/core';
import { UserSession } from '@kbc/ui';

/** The signed-in user, loaded once from GET /api/me and kept in a signal for the whole app. */
@Injectable({ providedIn: 'root' })
export class SessionService extends UserSession {
  constructor() {
    super({ userUrl: '/api/me', audience: 'portal', mfaPath: '/login/mfa' });
  }
}

import { Injectable } from '@angular/core';
import { UserSession } from '@kbc/ui';

/** The signed-in staff member, loaded once from GET /api/staff/me (403 when the user is not staff). */
@Injectable({ providedIn: 'root' })
export class StaffSessionService extends UserSession {
  private notice: string | null = null;

  constructor() {
    super({ userUrl: '/api/staff/me', audience: 'staff', mfaPath: '/login/mfa' });
  }

  /** A message for the sign-in page (e.g. why the guard sent the user there); read once. */
  setNotice(message: string): void {
    this.notice = message;
  }

  takeNotice(): string | null {
    const message = this.notice;
    this.notice = null;
    return message;
  }
}

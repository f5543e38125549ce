import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccountSession,
  AccountSessionsResponse,
  ChangePasswordRequest,
  MfaCodeRequest,
  MfaEnrollment,
  MfaPasswordAndCodeRequest,
  MfaStatus,
  RecoveryCodesResponse,
  RevokeOthersResponse,
  SecurityLogResponse,
} from '@kbc/contract';
import { Observable, map } from 'rxjs';

/** The Account & Security page's calls: password, MFA, sessions and the security log (`/api/account/*`). */
@Injectable({ providedIn: 'root' })
export class AccountSecurityApiService {
  private readonly http = inject(HttpClient);

  /** Ends the user's other sessions too. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/account/password', request);
  }

  mfaStatus(): Observable<MfaStatus> {
    return this.http.get<MfaStatus>('/api/account/mfa');
  }

  /** A new secret for the authenticator app; MFA is on once `activateMfa` gets a code made from it. */
  setupMfa(): Observable<MfaEnrollment> {
    return this.http.post<MfaEnrollment>('/api/account/mfa/setup', null);
  }

  /** Turns MFA on; the answer is the recovery codes, shown once. */
  activateMfa(request: MfaCodeRequest): Observable<string[]> {
    return this.http
      .post<RecoveryCodesResponse>('/api/account/mfa/activate', request)
      .pipe(map((res) => res.recoveryCodes));
  }

  /** Moving to a new device, step 1: a code from the current device (or a recovery code) gets a new secret. */
  reconfigureMfa(request: MfaCodeRequest): Observable<MfaEnrollment> {
    return this.http.post<MfaEnrollment>('/api/account/mfa/reconfigure', request);
  }

  /** Moving to a new device, step 2: a code from the new device makes it the one MFA uses. */
  confirmMfaReconfiguration(request: MfaCodeRequest): Observable<void> {
    return this.http.post<void>('/api/account/mfa/reconfigure/confirm', request);
  }

  /** New recovery codes, shown once; the old ones stop working. */
  regenerateRecoveryCodes(request: MfaPasswordAndCodeRequest): Observable<string[]> {
    return this.http
      .post<RecoveryCodesResponse>('/api/account/mfa/recovery-codes', request)
      .pipe(map((res) => res.recoveryCodes));
  }

  disableMfa(request: MfaPasswordAndCodeRequest): Observable<void> {
    return this.http.post<void>('/api/account/mfa/disable', request);
  }

  sessions(): Observable<AccountSession[]> {
    return this.http.get<AccountSessionsResponse>('/api/account/sessions').pipe(map((res) => res.sessions));
  }

  endSession(id: string): Observable<void> {
    return this.http.delete<void>(`/api/account/sessions/${encodeURIComponent(id)}`);
  }

  /** Signs out every other browser; the answer is how many sessions ended. */
  endOtherSessions(): Observable<number> {
    return this.http
      .post<RevokeOthersResponse>('/api/account/sessions/revoke-others', null)
      .pipe(map((res) => res.ended));
  }

  /** One page (1-based) of the user's security events, newest first. */
  securityLog(page: number): Observable<SecurityLogResponse> {
    return this.http.get<SecurityLogResponse>('/api/account/security-log', { params: { page } });
  }
}

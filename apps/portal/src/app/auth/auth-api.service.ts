import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CurrentUser, CurrentUserResponse, ResendVerificationResponse, SignupRequest } from '@kbc/contract';
import { Observable, map } from 'rxjs';

/** POST /api/auth/verify-email: `user` is present when the browser has a session. */
export interface VerifyEmailResponse {
  user?: CurrentUser;
  email: string;
}

@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  signup(request: SignupRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUserResponse>('/api/auth/signup', request).pipe(map((res) => res.user));
  }

  verifyEmail(token: string): Observable<VerifyEmailResponse> {
    return this.http.post<VerifyEmailResponse>('/api/auth/verify-email', { token });
  }

  resendVerification(): Observable<ResendVerificationResponse> {
    return this.http.post<ResendVerificationResponse>('/api/auth/resend-verification', null);
  }
}

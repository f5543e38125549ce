import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, signal } from '@angular/core';
import { Router, UrlTree } from '@angular/router';
import type {
  CurrentUser,
  CurrentUserResponse,
  LoginRequest,
  LoginResponse,
  MfaVerifyRequest,
  MfaVerifyResponse,
} from '@kbc/contract';
import { Observable, catchError, finalize, map, of, shareReplay, tap, throwError } from 'rxjs';

import { isMfaRequired } from './api-error';
import { SIGN_IN_PATH, signInUrl as signInUrlTree } from './return-url';

export interface UserSessionOptions {
  /** GET: this app's signed-in user; answers 401 when signed out (the staff console's also 403 for non-staff). */
  readonly userUrl: string;
  /** The kind of session POST /api/auth/login asks for. */
  readonly audience: NonNullable<LoginRequest['audience']>;
  /** This app's page for the second step of signing in to an account with MFA (the code), e.g. `/login/mfa`. */
  readonly mfaPath: string;
}

/**
 * The signed-in user, loaded once and kept in a signal for the whole app. Each app's session service extends
 * this (as an `@Injectable({ providedIn: 'root' })`) and passes where its user comes from.
 */
export abstract class UserSession {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly currentUser = signal<CurrentUser | null>(null);
  private readonly awaitingMfa = signal(false);
  private pending: Observable<CurrentUser | null> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  /** The password was accepted, but the API waits for the MFA code before the session is good for anything. */
  readonly mfaPending = this.awaitingMfa.asReadonly();
  readonly userUrl: string;
  readonly mfaPath: string;
  private readonly audience: UserSessionOptions['audience'];

  protected constructor(options: UserSessionOptions) {
    this.userUrl = options.userUrl;
    this.audience = options.audience;
    this.mfaPath = options.mfaPath;
  }

  /** The cached user, or one GET of `userUrl` (shared by concurrent callers). Emits null when signed out. */
  ensureUser(): Observable<CurrentUser | null> {
    const user = this.currentUser();
    return user ? of(user) : this.refresh();
  }

  /**
   * Re-reads the user from the API, e.g. after the e-mail address got verified. Errors other than 401 are passed
   * on; a 401 `auth.mfa_required` also marks the session as waiting for its MFA code.
   */
  refresh(): Observable<CurrentUser | null> {
    this.pending ??= this.http.get<CurrentUserResponse>(this.userUrl).pipe(
      map((res): CurrentUser | null => res.user),
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          this.awaitingMfa.set(isMfaRequired(error));
          return of(null);
        }
        return throwError(() => error);
      }),
      tap((user) => {
        this.currentUser.set(user);
        if (user) {
          this.awaitingMfa.set(false);
        }
      }),
      finalize(() => (this.pending = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.pending;
  }

  /**
   * POST /api/auth/login. The user is kept once the API accepts the credentials; with `mfaRequired`, the session
   * waits for the MFA code instead (see `signInUrl` and `verifyMfa`).
   */
  signIn(email: string, password: string): Observable<LoginResponse> {
    const body: LoginRequest = { email, password, audience: this.audience };
    return this.http.post<LoginResponse>('/api/auth/login', body).pipe(
      tap((res) => {
        if (res.mfaRequired) {
          this.currentUser.set(null);
          this.awaitingMfa.set(true);
        } else {
          this.setUser(res.user);
        }
      }),
    );
  }

  /**
   * POST /api/auth/mfa, the second step of signing in: a code from the authenticator app, or a recovery code.
   * Once it is accepted, the session is complete and the user is read again from `userUrl` (by the next
   * `ensureUser`, e.g. the guard of the page that opens next), so that this app's own rules apply to them.
   */
  verifyMfa(request: MfaVerifyRequest): Observable<MfaVerifyResponse> {
    return this.http.post<MfaVerifyResponse>('/api/auth/mfa', request).pipe(tap(() => this.clear()));
  }

  /**
   * Where a visitor who is not signed in goes, coming back to `returnUrl` afterwards: this app's MFA code page
   * while the session waits for its code, else the sign-in page.
   */
  signInUrl(returnUrl: string): UrlTree {
    const path = this.awaitingMfa() ? this.mfaPath : SIGN_IN_PATH;
    return signInUrlTree(this.router, returnUrl, path);
  }

  /** Ends the session at the API; whatever it answers, this browser forgets the user and opens the sign-in page. */
  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null).pipe(
      catchError(() => of(undefined)),
      finalize(() => {
        this.clear();
        void this.router.navigateByUrl(SIGN_IN_PATH);
      }),
    );
  }

  /** A fully signed-in user, e.g. after sign-up or once the MFA code was accepted. */
  setUser(user: CurrentUser): void {
    this.currentUser.set(user);
    this.awaitingMfa.set(false);
  }

  /** The API no longer accepts the session (a 401): forget the user; `auth.mfa_required` means it waits for a code. */
  expire(error: unknown): void {
    this.currentUser.set(null);
    this.awaitingMfa.set(isMfaRequired(error));
  }

  clear(): void {
    this.currentUser.set(null);
    this.awaitingMfa.set(false);
  }
}

import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { CurrentUser, CurrentUserResponse, LoginRequest } from '@kbc/contract';
import { Observable, catchError, finalize, map, of, shareReplay, tap, throwError } from 'rxjs';

import { SIGN_IN_PATH } from './return-url';

export interface UserSessionOptions {
  /** GET: this app's signed-in user; answers 401 when signed out (the staff console's also 403 for non-staff). */
  readonly userUrl: string;
  /** The kind of session POST /api/auth/login asks for. */
  readonly audience: NonNullable<LoginRequest['audience']>;
}

/**
 * The signed-in user, loaded once and kept in a signal for the whole app. Each app's session service extends
 * this (as an `@Injectable({ providedIn: 'root' })`) and passes where its user comes from.
 */
export abstract class UserSession {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly currentUser = signal<CurrentUser | null>(null);
  private pending: Observable<CurrentUser | null> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  readonly userUrl: string;
  private readonly audience: UserSessionOptions['audience'];

  protected constructor(options: UserSessionOptions) {
    this.userUrl = options.userUrl;
    this.audience = options.audience;
  }

  /** The cached user, or one GET of `userUrl` (shared by concurrent callers). Emits null when signed out. */
  ensureUser(): Observable<CurrentUser | null> {
    const user = this.currentUser();
    return user ? of(user) : this.refresh();
  }

  /** Re-reads the user from the API, e.g. after the e-mail address got verified. Errors other than 401 are passed on. */
  refresh(): Observable<CurrentUser | null> {
    this.pending ??= this.http.get<CurrentUserResponse>(this.userUrl).pipe(
      map((res): CurrentUser | null => res.user),
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 401 ? of(null) : throwError(() => error),
      ),
      tap((user) => this.currentUser.set(user)),
      finalize(() => (this.pending = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.pending;
  }

  /** POST /api/auth/login; the user is kept once the API accepts the credentials. */
  signIn(email: string, password: string): Observable<CurrentUser> {
    const body: LoginRequest = { email, password, audience: this.audience };
    return this.http.post<CurrentUserResponse>('/api/auth/login', body).pipe(
      map((res) => res.user),
      tap((user) => this.currentUser.set(user)),
    );
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

  setUser(user: CurrentUser): void {
    this.currentUser.set(user);
  }

  clear(): void {
    this.currentUser.set(null);
  }
}

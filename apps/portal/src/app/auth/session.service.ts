import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { CurrentUser } from '@kbc/contract';
import { Observable, catchError, finalize, of, shareReplay, tap, throwError } from 'rxjs';

import { AuthApiService } from './auth-api.service';

/** The signed-in user, loaded once from GET /api/me and kept in a signal for the whole app. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly api = inject(AuthApiService);
  private readonly currentUser = signal<CurrentUser | null>(null);
  private pending: Observable<CurrentUser | null> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);

  /** The cached user, or one GET /api/me (shared by concurrent callers). Emits null when signed out. */
  ensureUser(): Observable<CurrentUser | null> {
    const user = this.currentUser();
    return user ? of(user) : this.refresh();
  }

  /** Re-reads the user from the API, e.g. after the e-mail address got verified. */
  refresh(): Observable<CurrentUser | null> {
    this.pending ??= this.api.me().pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 401 ? of(null) : throwError(() => error),
      ),
      tap((user) => this.currentUser.set(user)),
      finalize(() => (this.pending = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.pending;
  }

  setUser(user: CurrentUser): void {
    this.currentUser.set(user);
  }

  clear(): void {
    this.currentUser.set(null);
  }
}

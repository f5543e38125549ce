import { Injectable, computed, inject, signal } from '@angular/core';
import type { CurrentUser } from '@kbc/contract';
import { Observable, finalize, of, shareReplay, tap } from 'rxjs';

import { StaffAuthApiService } from './staff-auth-api.service';

/** The signed-in staff member, loaded once from GET /api/staff/me. */
@Injectable({ providedIn: 'root' })
export class StaffSessionService {
  private readonly api = inject(StaffAuthApiService);
  private readonly currentUser = signal<CurrentUser | null>(null);
  private notice: string | null = null;
  private pending: Observable<CurrentUser> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);

  /** The cached staff user, or one GET /api/staff/me (errors — 401, 403 — are passed on). */
  ensureUser(): Observable<CurrentUser> {
    const user = this.currentUser();
    if (user) {
      return of(user);
    }
    this.pending ??= this.api.staffMe().pipe(
      tap((staff) => this.currentUser.set(staff)),
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

import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AccountSession } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import { Observable, finalize, switchMap } from 'rxjs';

import { type LoadState, lastLoaded, toLoadState } from '../../shared/load-state';
import { AccountSecurityApiService } from './account-security-api.service';

/** The browsers signed in to the account, and signing them out. */
@Component({
  selector: 'app-sessions-table',
  imports: [DatePipe],
  template: `
    <section class="security-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Active sessions</h2>
      <p>Browsers and devices signed in to your account. End any session you do not recognize.</p>

      @if (error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }
      <div role="status">
        @if (announcement(); as message) {
          <p class="alert alert-success">{{ message }}</p>
        }
      </div>

      @if (sessions(); as list) {
        <div class="table-wrap" [attr.aria-busy]="busy()">
          <table class="data-table" aria-label="Active sessions">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">IP address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last active</th>
                <th scope="col"><span class="visually-hidden">Action</span></th>
              </tr>
            </thead>
            <tbody>
              @for (session of list; track session.id) {
                <tr>
                  <td [attr.title]="session.userAgent">{{ session.device }}</td>
                  <td>{{ session.ip ?? 'Unknown' }}</td>
                  <td><time [attr.datetime]="session.createdAt">{{ session.createdAt | date: 'medium' }}</time></td>
                  <td><time [attr.datetime]="session.lastSeenAt">{{ session.lastSeenAt | date: 'medium' }}</time></td>
                  <td class="action-cell">
                    @if (session.current) {
                      <span class="current-session">This device</span>
                    } @else {
                      <button
                        type="button"
                        class="btn btn-secondary btn-small"
                        [disabled]="busy()"
                        (click)="end(session)"
                      >
                        End session
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <div class="button-row">
          <button
            type="button"
            class="btn btn-secondary"
            [disabled]="busy() || othersCount() === 0"
            (click)="endOthers()"
          >
            End all other sessions
          </button>
        </div>
      } @else if (!error()) {
        <p class="muted" aria-busy="true">Loading your sessions…</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsTableComponent {
  private readonly api = inject(AccountSecurityApiService);

  /** Sessions were ended (the security log has news). */
  readonly changed = output<void>();

  private readonly reloads = signal(0);
  private readonly loaded = toSignal(
    toObservable(this.reloads).pipe(switchMap(() => toLoadState(this.api.sessions()))),
    { initialValue: { status: 'loading' } as LoadState<AccountSession[]> },
  );
  protected readonly sessions = lastLoaded(this.loaded);
  protected readonly othersCount = computed(() => (this.sessions() ?? []).filter((s) => !s.current).length);
  protected readonly ending = signal(false);
  protected readonly busy = computed(() => this.ending() || this.loaded().status === 'loading');
  private readonly actionError = signal<string | null>(null);
  protected readonly error = computed(() => {
    const state = this.loaded();
    return this.actionError() ?? (state.status === 'failed' ? state.error.message : null);
  });
  protected readonly announcement = signal('');

  /** Reads the list again, e.g. after the password change ended the other sessions. */
  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected end(session: AccountSession): void {
    this.run(this.api.endSession(session.id), () => `The session on ${session.device} was ended.`);
  }

  protected endOthers(): void {
    this.run(this.api.endOtherSessions(), (ended) =>
      ended === 1 ? '1 other session was ended.' : `${ended} other sessions were ended.`,
    );
  }

  /** Ends sessions, then shows the list as it is now (also when the session had ended meanwhile: 404). */
  private run<T>(request: Observable<T>, describe: (result: T) => string): void {
    if (this.ending()) {
      return;
    }
    this.ending.set(true);
    this.actionError.set(null);
    this.announcement.set('');
    request.pipe(finalize(() => this.ending.set(false))).subscribe({
      next: (result) => {
        this.announcement.set(describe(result));
        this.reload();
        this.changed.emit();
      },
      error: (err: unknown) => {
        this.actionError.set(toApiError(err).message);
        this.reload();
      },
    });
  }
}

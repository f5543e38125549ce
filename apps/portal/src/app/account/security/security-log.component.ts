import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { SecurityLogResponse } from '@kbc/contract';
import { switchMap } from 'rxjs';

import { type LoadState, lastLoaded, toLoadState } from '../../shared/load-state';
import { AccountSecurityApiService } from './account-security-api.service';

/** The account's security events (sign-ins, changes), newest first, a page at a time. */
@Component({
  selector: 'app-security-log',
  imports: [DatePipe],
  template: `
    <section class="security-section" aria-labelledby="security-log-heading">
      <h2 id="security-log-heading">Security log</h2>
      <p>Sign-ins and changes to your account's security. If something looks unfamiliar, change your password.</p>

      @if (error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }

      @if (log(); as current) {
        @if (current.events.length === 0) {
          <p class="empty-state">No security events yet.</p>
        } @else {
          <div class="table-wrap" [attr.aria-busy]="loading()">
            <table class="data-table" aria-label="Security log">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Date</th>
                  <th scope="col">IP address</th>
                  <th scope="col">Device</th>
                </tr>
              </thead>
              <tbody>
                @for (event of current.events; track event.id) {
                  <tr>
                    <td>{{ event.label }}</td>
                    <td><time [attr.datetime]="event.createdAt">{{ event.createdAt | date: 'medium' }}</time></td>
                    <td>{{ event.ip ?? 'Unknown' }}</td>
                    <td [attr.title]="event.userAgent">{{ event.device }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        <nav class="pager" aria-label="Security log pages">
          <button
            type="button"
            class="btn btn-secondary btn-small"
            [disabled]="!hasNewer()"
            (click)="goTo(current.page - 1)"
          >
            Newer
          </button>
          <span>Page {{ current.page }} of {{ pageCount() }}</span>
          <button
            type="button"
            class="btn btn-secondary btn-small"
            [disabled]="!hasOlder()"
            (click)="goTo(current.page + 1)"
          >
            Older
          </button>
        </nav>
      } @else if (!error()) {
        <p class="muted" aria-busy="true">Loading the security log…</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityLogComponent {
  private readonly api = inject(AccountSecurityApiService);

  private readonly page = signal(1);
  private readonly reloads = signal(0);
  private readonly request = computed(() => ({ page: this.page(), reload: this.reloads() }));
  private readonly loaded = toSignal(
    toObservable(this.request).pipe(switchMap(({ page }) => toLoadState(this.api.securityLog(page)))),
    { initialValue: { status: 'loading' } as LoadState<SecurityLogResponse> },
  );
  protected readonly log = lastLoaded(this.loaded);
  protected readonly loading = computed(() => this.loaded().status === 'loading');
  protected readonly error = computed(() => {
    const state = this.loaded();
    return state.status === 'failed' ? state.error.message : null;
  });
  protected readonly pageCount = computed(() => {
    const log = this.log();
    return log ? Math.max(1, Math.ceil(log.total / Math.max(1, log.pageSize))) : 1;
  });
  protected readonly hasNewer = computed(() => (this.log()?.page ?? 1) > 1);
  protected readonly hasOlder = computed(() => (this.log()?.page ?? 1) < this.pageCount());

  /** Reads the current page again, e.g. after a change the log records. */
  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected goTo(page: number): void {
    this.page.set(page);
  }
}

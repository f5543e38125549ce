import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { finalize } from 'rxjs';

import { StaffAuthApiService } from '../auth/staff-auth-api.service';
import { StaffSessionService } from '../auth/staff-session.service';

@Component({
  selector: 'app-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="app-header">
      <a class="app-brand" routerLink="/">
        <span class="app-brand-mark" aria-hidden="true">K</span>
        <span>Keboola staff console</span>
      </a>
      <div class="app-header-user">
        @if (session.user(); as user) {
          <span class="app-header-email">{{ user.email }}</span>
        }
        <button type="button" class="btn btn-secondary btn-small" [disabled]="signingOut()" (click)="signOut()">
          Sign out
        </button>
      </div>
    </header>

    <div class="app-body">
      <nav class="side-nav" aria-label="Staff">
        <ul>
          @for (link of links; track link.path) {
            <li>
              <a [routerLink]="link.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{ link.label }}</a>
            </li>
          }
        </ul>
      </nav>
      <main class="app-main">
        <router-outlet />
      </main>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly api = inject(StaffAuthApiService);
  private readonly router = inject(Router);
  protected readonly session = inject(StaffSessionService);

  protected readonly signingOut = signal(false);
  protected readonly links = [
    { path: '/announcements', label: 'Announcements' },
    { path: '/promo-codes', label: 'Promo codes' },
    { path: '/users', label: 'Users' },
  ] as const;

  protected signOut(): void {
    this.signingOut.set(true);
    // Whatever the API answers, this browser must not look signed in any more.
    this.api
      .logout()
      .pipe(
        finalize(() => {
          this.session.clear();
          void this.router.navigateByUrl('/login');
        }),
      )
      .subscribe({ error: () => undefined });
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { type NavLink, SideNavComponent } from '@kbc/ui/layout';

import { StaffSessionService } from '../auth/staff-session.service';

@Component({
  selector: 'app-shell',
  imports: [RouterLink, RouterOutlet, SideNavComponent],
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
      <nav kbc-side-nav aria-label="Staff" [links]="links"></nav>
      <main class="app-main">
        <router-outlet />
      </main>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  protected readonly session = inject(StaffSessionService);

  protected readonly signingOut = signal(false);
  protected readonly links: readonly NavLink[] = [
    { path: '/announcements', label: 'Announcements' },
    { path: '/promo-codes', label: 'Promo codes' },
    { path: '/users', label: 'Users' },
  ];

  protected signOut(): void {
    this.signingOut.set(true);
    this.session.signOut().subscribe();
  }
}

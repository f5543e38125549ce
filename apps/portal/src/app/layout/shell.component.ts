import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';

import { SessionService } from '../auth/session.service';
import { RecoveryCodeNoticeComponent } from './recovery-code-notice.component';
import { UserMenuComponent } from './user-menu.component';
import { VerifyBannerComponent } from './verify-banner.component';

/** The signed-in frame: header, the unverified-e-mail banner, the recovery-code notice and the page. */
@Component({
  selector: 'app-shell',
  imports: [RouterLink, RouterOutlet, RecoveryCodeNoticeComponent, UserMenuComponent, VerifyBannerComponent],
  template: `
    <header class="app-header">
      <a class="app-brand" routerLink="/">
        <span class="app-brand-mark" aria-hidden="true">K</span>
        <span>Keboola Connection</span>
      </a>
      @if (session.user(); as user) {
        <app-user-menu [user]="user" />
      }
    </header>

    @if (session.user(); as user) {
      @if (!user.emailVerified) {
        <app-verify-banner [email]="user.email" />
      }
    }

    <app-recovery-code-notice />

    <main class="app-main">
      <router-outlet />
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  protected readonly session = inject(SessionService);
}

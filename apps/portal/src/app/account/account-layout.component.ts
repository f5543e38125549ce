import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

@Component({
  selector: 'app-account-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <h1>Account Settings</h1>
    <div class="account-layout">
      <nav class="side-nav" aria-label="Account Settings">
        <ul>
          @for (link of links; track link.path) {
            <li>
              <a [routerLink]="link.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{ link.label }}</a>
            </li>
          }
        </ul>
      </nav>
      <section class="account-content">
        <router-outlet />
      </section>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountLayoutComponent {
  protected readonly links = [
    { path: '/account/security', label: 'Account & Security' },
    { path: '/account/notifications', label: 'Notifications' },
    { path: '/account/promo-codes', label: 'Promo Codes' },
    { path: '/account/access-tokens', label: 'Access Tokens' },
  ] as const;
}

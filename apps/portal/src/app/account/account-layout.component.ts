import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { type NavLink, SideNavComponent } from '@kbc/ui/layout';

@Component({
  selector: 'app-account-layout',
  imports: [RouterOutlet, SideNavComponent],
  template: `
    <h1>Account Settings</h1>
    <div class="account-layout">
      <nav kbc-side-nav aria-label="Account Settings" [links]="links"></nav>
      <section class="account-content">
        <router-outlet />
      </section>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountLayoutComponent {
  protected readonly links: readonly NavLink[] = [
    { path: '/account/security', label: 'Account & Security' },
    { path: '/account/notifications', label: 'Notifications' },
    { path: '/account/promo-codes', label: 'Promo Codes' },
    { path: '/account/access-tokens', label: 'Access Tokens' },
  ];
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { SessionService } from '../auth/session.service';

@Component({
  selector: 'app-account-security',
  template: `
    <h2>Account &amp; Security</h2>
    @if (session.user(); as user) {
      <div class="field">
        <label for="account-email">E-mail</label>
        <input id="account-email" type="email" readonly [value]="user.email" aria-describedby="account-email-note" />
        <p class="field-hint" id="account-email-note">
          Your e-mail address is your account's identifier and cannot be changed.
        </p>
      </div>
      <div class="field">
        <label for="account-name">Name</label>
        <input id="account-name" type="text" readonly [value]="user.name" />
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountSecurityComponent {
  protected readonly session = inject(SessionService);
}

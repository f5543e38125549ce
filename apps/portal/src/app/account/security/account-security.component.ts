import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';

import { SessionService } from '../../auth/session.service';
import { MfaPanelComponent } from './mfa-panel.component';
import { PasswordFormComponent } from './password-form.component';
import { SecurityLogComponent } from './security-log.component';
import { SessionsTableComponent } from './sessions-table.component';

@Component({
  selector: 'app-account-security',
  imports: [MfaPanelComponent, PasswordFormComponent, SecurityLogComponent, SessionsTableComponent],
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

    <app-password-form (passwordChanged)="onPasswordChanged()" />
    <app-mfa-panel (changed)="log()?.reload()" />
    <app-sessions-table (changed)="log()?.reload()" />
    <app-security-log />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountSecurityComponent {
  protected readonly session = inject(SessionService);
  private readonly sessions = viewChild(SessionsTableComponent);
  protected readonly log = viewChild(SecurityLogComponent);

  /** The API ended the other sessions and logged the change. */
  protected onPasswordChanged(): void {
    this.sessions()?.reload();
    this.log()?.reload();
  }
}

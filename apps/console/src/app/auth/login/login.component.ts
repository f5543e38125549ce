import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SignInFormComponent } from '@kbc/ui/forms';

import { StaffSessionService } from '../staff-session.service';

@Component({
  selector: 'app-login',
  imports: [SignInFormComponent],
  template: `
    <main class="auth-page">
      <div class="auth-card">
        <p class="auth-brand" aria-hidden="true">Keboola</p>
        <h1>Keboola staff console</h1>
        <kbc-sign-in-form [session]="session" [notice]="notice" />
      </div>
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginComponent {
  protected readonly session = inject(StaffSessionService);
  /** The guard's reason for sending the user here, if any. */
  protected readonly notice = this.session.takeNotice();
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MfaCodePageComponent } from '@kbc/ui/forms';

import { StaffSessionService } from '../staff-session.service';

/** The second step of signing in to a staff account with MFA: the code from the app, or a recovery code. */
@Component({
  selector: 'app-mfa',
  imports: [MfaCodePageComponent],
  template: '<kbc-mfa-code-page brand="Keboola staff console" [session]="session" />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaComponent {
  protected readonly session = inject(StaffSessionService);
}

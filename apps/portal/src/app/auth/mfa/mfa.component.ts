import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { MfaVerifyResponse } from '@kbc/contract';
import { MfaCodePageComponent } from '@kbc/ui/forms';

import { RecoveryCodeNoticeService } from '../recovery-code-notice.service';
import { SessionService } from '../session.service';

/** The second step of signing in to an account with MFA: the code from the authenticator app, or a recovery code. */
@Component({
  selector: 'app-mfa',
  imports: [MfaCodePageComponent],
  template: '<kbc-mfa-code-page [session]="session" (verified)="verified($event)" />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaComponent {
  protected readonly session = inject(SessionService);
  private readonly notice = inject(RecoveryCodeNoticeService);

  /** After a recovery code, the signed-in frame tells how many are left. */
  protected verified(res: MfaVerifyResponse): void {
    if (res.recoveryCodesLeft !== undefined) {
      this.notice.show(res.recoveryCodesLeft);
    }
  }
}

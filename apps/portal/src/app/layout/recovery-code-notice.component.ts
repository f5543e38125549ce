import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, skip } from 'rxjs';

import { RecoveryCodeNoticeService } from '../auth/recovery-code-notice.service';
import { FEW_RECOVERY_CODES_LEFT, RecoveryCodesLeftPipe } from '../shared/recovery-codes-left.pipe';

/** Shown after signing in with a recovery code: how many are left, and where to get new ones when few remain. */
@Component({
  selector: 'app-recovery-code-notice',
  imports: [RouterLink, RecoveryCodesLeftPipe],
  template: `
    @let left = notice.codesLeft();
    @if (left !== null) {
      <div class="page-notice">
        <p role="status">
          You signed in with a recovery code. {{ left | recoveryCodesLeft }}
          @if (few()) {
            Generate new recovery codes in
            <a routerLink="/account/security" (click)="notice.dismiss()">Account &amp; Security</a>.
          }
        </p>
        <button type="button" class="btn btn-secondary btn-small" (click)="notice.dismiss()">Dismiss</button>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodeNoticeComponent {
  protected readonly notice = inject(RecoveryCodeNoticeService);
  protected readonly few = computed(() => (this.notice.codesLeft() ?? 0) <= FEW_RECOVERY_CODES_LEFT);

  constructor() {
    // The notice is for the page the sign-in opened (this frame is created while navigating to it): the next
    // navigation or the end of the signed-in frame (sign-out) dismisses it.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.notice.dismiss());
    inject(DestroyRef).onDestroy(() => this.notice.dismiss());
  }
}

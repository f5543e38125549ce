import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toApiError } from '@kbc/ui';
import { finalize } from 'rxjs';

import { AuthApiService } from '../auth/auth-api.service';

/** Shown while the signed-in user's e-mail address is unverified. */
@Component({
  selector: 'app-verify-banner',
  template: `
    <div class="verify-banner">
      <div class="verify-banner-body" role="status">
        <p>Please verify your e-mail address. We sent a link to {{ email() }}.</p>
        @if (sentTo(); as address) {
          <p class="verify-banner-sent">Verification e-mail sent to {{ address }}.</p>
        }
        <button type="button" class="btn btn-secondary btn-small" [disabled]="sending()" (click)="resend()">
          Resend e-mail
        </button>
      </div>
      @if (error(); as message) {
        <p class="verify-banner-error" role="alert">{{ message }}</p>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyBannerComponent {
  private readonly api = inject(AuthApiService);

  readonly email = input.required<string>();

  protected readonly sending = signal(false);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected resend(): void {
    this.sending.set(true);
    this.error.set(null);
    this.sentTo.set(null);
    this.api
      .resendVerification()
      .pipe(finalize(() => this.sending.set(false)))
      .subscribe({
        next: (res) => this.sentTo.set(res.sentTo),
        error: (err: unknown) => this.error.set(toApiError(err).message),
      });
  }
}

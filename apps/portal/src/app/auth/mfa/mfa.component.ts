import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { returnUrlOf, toApiError } from '@kbc/ui';
import { FieldErrorComponent, applyFieldErrors } from '@kbc/ui/forms';
import { finalize } from 'rxjs';

import { AuthApiService } from '../auth-api.service';
import { RecoveryCodeNoticeService } from '../recovery-code-notice.service';
import { SessionService } from '../session.service';

/** The second step of signing in to an account with MFA: the code from the authenticator app, or a recovery code. */
@Component({
  selector: 'app-mfa',
  imports: [ReactiveFormsModule, FieldErrorComponent],
  template: `
    <main class="auth-page">
      <div class="auth-card">
        <p class="auth-brand" aria-hidden="true">Keboola</p>
        <h1>Two-step verification</h1>
        <p id="mfa-intro">
          Enter the 6-digit code from your authenticator app. If you do not have your phone with you, enter one of
          your recovery codes instead.
        </p>

        @if (error(); as message) {
          <p class="alert alert-error" role="alert">{{ message }}</p>
        }

        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <div class="field">
            <label for="mfa-code">Authentication code</label>
            <input
              id="mfa-code"
              type="text"
              formControlName="code"
              inputmode="text"
              autocomplete="one-time-code"
              autocapitalize="off"
              spellcheck="false"
              maxlength="40"
              [attr.aria-invalid]="form.controls.code.touched && form.controls.code.invalid"
              aria-describedby="mfa-code-hint mfa-code-error"
            />
            <p class="field-hint" id="mfa-code-hint">
              For example <span class="nowrap">123456</span>, or a recovery code like
              <span class="nowrap">abcd-efgh-ijkl-mnop</span>.
            </p>
            <kbc-field-error [control]="form.controls.code" errorId="mfa-code-error" [messages]="messages.code" />
          </div>

          <button type="submit" class="btn btn-primary btn-block" [disabled]="submitting()">Verify</button>
        </form>

        <p class="auth-switch">
          Not you, or cannot sign in now?
          <button type="button" class="link-button" [disabled]="signingOut()" (click)="signOut()">Sign out</button>
        </p>
      </div>
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaComponent {
  private readonly api = inject(AuthApiService);
  private readonly session = inject(SessionService);
  private readonly notice = inject(RecoveryCodeNoticeService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(40)]],
  });
  protected readonly submitting = signal(false);
  protected readonly signingOut = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly messages = {
    code: {
      required: 'Enter the code from your authenticator app, or a recovery code.',
      maxlength: 'That code is too long.',
    },
  };

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .verifyMfa({ code: this.form.getRawValue().code.trim() })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (res) => {
          this.session.setUser(res.user);
          if (res.recoveryCodesLeft !== undefined) {
            this.notice.show(res.recoveryCodesLeft);
          }
          void this.router.navigateByUrl(returnUrlOf(this.route.snapshot));
        },
        error: (err: unknown) => {
          const error = toApiError(err);
          applyFieldErrors(this.form, error);
          this.error.set(error.message);
        },
      });
  }

  /** Gives up on this sign-in: ends the half-finished session and goes back to the sign-in page. */
  protected signOut(): void {
    this.signingOut.set(true);
    this.session
      .signOut()
      .pipe(finalize(() => this.signingOut.set(false)))
      .subscribe();
  }
}

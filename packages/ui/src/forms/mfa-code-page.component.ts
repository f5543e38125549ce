import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { MfaVerifyResponse } from '@kbc/contract';
import { finalize } from 'rxjs';

import { toApiError } from '../api-error';
import { returnUrlOf } from '../return-url';
import type { UserSession } from '../user-session';
import { FieldErrorComponent } from './field-error.component';
import { applyFieldErrors } from './field-errors';
import { ANY_CODE_MESSAGES, anyCodeValidators, codeRequest } from './mfa-code';

/**
 * Both apps' MFA code page: the second step of signing in to `session`, with the code from the authenticator app or
 * a recovery code. Once the code is accepted it emits `verified` (the API's answer, e.g. how many recovery codes
 * are left) and opens `?returnUrl=`; "Sign out" gives up and opens the sign-in page.
 */
@Component({
  selector: 'kbc-mfa-code-page',
  imports: [ReactiveFormsModule, FieldErrorComponent],
  template: `
    <main class="auth-page">
      <div class="auth-card">
        <p class="auth-brand" aria-hidden="true">{{ brand() }}</p>
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
              <span class="nowrap">abcd-efgh-jkmn-pqrs</span>.
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
export class MfaCodePageComponent {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly session = input.required<UserSession>();
  /** The app's name above the heading. */
  readonly brand = input('Keboola');
  /** The code was accepted; emitted before `?returnUrl=` opens. */
  readonly verified = output<MfaVerifyResponse>();

  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', anyCodeValidators] });
  protected readonly submitting = signal(false);
  protected readonly signingOut = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly messages = { code: ANY_CODE_MESSAGES };

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
    this.session()
      .verifyMfa(codeRequest(this.form.getRawValue().code))
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (res) => {
          this.verified.emit(res);
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
    this.session()
      .signOut()
      .pipe(finalize(() => this.signingOut.set(false)))
      .subscribe();
  }
}

import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { MfaVerifyResponse } from '@kbc/contract';
import { finalize } from 'rxjs';

import { returnUrlOf } from '../return-url';
import type { UserSession } from '../user-session';
import { FieldComponent, FieldControlDirective, FieldHintDirective } from './field.component';
import { FormSubmission } from './form-submission';
import { ANY_CODE_MESSAGES, anyCodeValidators, codeRequest } from './mfa-code';

/**
 * Both apps' MFA code page: the second step of signing in to `session`, with the code from the authenticator app or
 * a recovery code. Once the code is accepted it emits `verified` (the API's answer, e.g. how many recovery codes
 * are left) and opens `?returnUrl=`; "Sign out" gives up and opens the sign-in page.
 */
@Component({
  selector: 'kbc-mfa-code-page',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, FieldHintDirective],
  template: `
    <main class="auth-page">
      <div class="auth-card">
        <p class="auth-brand" aria-hidden="true">{{ brand() }}</p>
        <h1>Two-step verification</h1>
        <p id="mfa-intro">
          Enter the 6-digit code from your authenticator app. If you do not have your phone with you, enter one of
          your recovery codes instead.
        </p>

        @if (submission.error(); as message) {
          <p class="alert alert-error" role="alert">{{ message }}</p>
        }

        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <kbc-field fieldId="mfa-code" label="Authentication code" [messages]="messages.code">
            <input
              kbcFieldControl
              type="text"
              formControlName="code"
              inputmode="text"
              autocomplete="one-time-code"
              autocapitalize="off"
              spellcheck="false"
              maxlength="40"
            />
            <p kbcFieldHint>
              For example <span class="nowrap">123456</span>, or a recovery code like
              <span class="nowrap">abcd-efgh-jkmn-pqrs</span>.
            </p>
          </kbc-field>

          <button type="submit" class="btn btn-primary btn-block" [disabled]="submission.submitting()">Verify</button>
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
  protected readonly submission = new FormSubmission();
  protected readonly signingOut = signal(false);
  protected readonly messages = { code: ANY_CODE_MESSAGES };

  protected submit(): void {
    this.submission.send(
      this.form,
      ({ code }) => this.session().verifyMfa(codeRequest(code)),
      (res) => {
        this.verified.emit(res);
        void this.router.navigateByUrl(returnUrlOf(this.route.snapshot));
      },
    );
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

import { ChangeDetectionStrategy, Component, inject, input, linkedSignal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';

import { returnUrlOf } from '../return-url';
import type { UserSession } from '../user-session';
import { FieldComponent, FieldControlDirective } from './field.component';
import { FormSubmission } from './form-submission';

/**
 * The e-mail and password form of both apps' sign-in pages: signs in to `session`, then opens `?returnUrl=` (or
 * first the app's MFA code page, when the account has MFA).
 * Failures (and `notice`, e.g. why a guard sent the user here) are shown above the form.
 */
@Component({
  selector: 'kbc-sign-in-form',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective],
  styles: ':host { display: block; }',
  template: `
    @if (submission.error(); as message) {
      <p class="alert alert-error" role="alert">{{ message }}</p>
    }

    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <kbc-field fieldId="login-email" label="E-mail" [messages]="messages.email">
        <input kbcFieldControl type="email" formControlName="email" autocomplete="username" />
      </kbc-field>

      <kbc-field fieldId="login-password" label="Password" [messages]="messages.password">
        <input kbcFieldControl type="password" formControlName="password" autocomplete="current-password" />
      </kbc-field>

      <button type="submit" class="btn btn-primary btn-block" [disabled]="submission.submitting()">Sign in</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInFormComponent {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly session = input.required<UserSession>();
  readonly notice = input<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  /** Failures replace the notice. */
  protected readonly submission = new FormSubmission(linkedSignal(() => this.notice()));

  protected readonly messages = {
    email: { required: 'Enter your e-mail address.', email: 'Enter a valid e-mail address, like name@example.com.' },
    password: { required: 'Enter your password.' },
  };

  protected submit(): void {
    this.submission.send(
      this.form,
      ({ email, password }) => this.session().signIn(email.trim(), password),
      (res) => {
        const returnUrl = returnUrlOf(this.route.snapshot);
        // With MFA, the code page comes next (and then `returnUrl`).
        void this.router.navigateByUrl(res.mfaRequired ? this.session().signInUrl(returnUrl) : returnUrl);
      },
      { leavesPage: true },
    );
  }
}

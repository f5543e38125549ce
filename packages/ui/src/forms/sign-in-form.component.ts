import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';

import { toApiError } from '../api-error';
import { returnUrlOf } from '../return-url';
import type { UserSession } from '../user-session';
import { FieldErrorComponent } from './field-error.component';

/**
 * The e-mail and password form of both apps' sign-in pages: signs in to `session`, then opens `?returnUrl=` (or
 * first the app's MFA code page, when the account has MFA).
 * Failures (and `notice`, e.g. why a guard sent the user here) are shown above the form.
 */
@Component({
  selector: 'kbc-sign-in-form',
  imports: [ReactiveFormsModule, FieldErrorComponent],
  styles: ':host { display: block; }',
  template: `
    @if (error(); as message) {
      <p class="alert alert-error" role="alert">{{ message }}</p>
    }

    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="field">
        <label for="login-email">E-mail</label>
        <input
          id="login-email"
          type="email"
          formControlName="email"
          autocomplete="username"
          [attr.aria-invalid]="form.controls.email.touched && form.controls.email.invalid"
          aria-describedby="login-email-error"
        />
        <kbc-field-error [control]="form.controls.email" errorId="login-email-error" [messages]="messages.email" />
      </div>

      <div class="field">
        <label for="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          formControlName="password"
          autocomplete="current-password"
          [attr.aria-invalid]="form.controls.password.touched && form.controls.password.invalid"
          aria-describedby="login-password-error"
        />
        <kbc-field-error
          [control]="form.controls.password"
          errorId="login-password-error"
          [messages]="messages.password"
        />
      </div>

      <button type="submit" class="btn btn-primary btn-block" [disabled]="submitting()">Sign in</button>
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
  protected readonly submitting = signal(false);
  protected readonly error = linkedSignal(() => this.notice());

  protected readonly messages = {
    email: { required: 'Enter your e-mail address.', email: 'Enter a valid e-mail address, like name@example.com.' },
    password: { required: 'Enter your password.' },
  };

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.session()
      .signIn(email.trim(), password)
      .subscribe({
        next: (res) => {
          const returnUrl = returnUrlOf(this.route.snapshot);
          // With MFA, the code page comes next (and then `returnUrl`).
          void this.router.navigateByUrl(res.mfaRequired ? this.session().signInUrl(returnUrl) : returnUrl);
        },
        error: (err: unknown) => {
          this.submitting.set(false);
          this.error.set(toApiError(err).message);
        },
      });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import type { ApiErrorBody } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import { FieldErrorComponent, applyFieldErrors } from '@kbc/ui/forms';
import { finalize } from 'rxjs';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/field-limits';
import { SessionService } from '../../auth/session.service';
import { AccountSecurityApiService } from './account-security-api.service';

/** `confirmPassword` must repeat its sibling `newPassword`. */
function matchesNewPassword(control: AbstractControl): ValidationErrors | null {
  const newPassword = control.parent?.get('newPassword')?.value as string | undefined;
  return control.value && newPassword !== undefined && control.value !== newPassword ? { mismatch: true } : null;
}

/** Changing the password; the API signs out the user's other sessions. */
@Component({
  selector: 'app-password-form',
  imports: [ReactiveFormsModule, FieldErrorComponent],
  template: `
    <section class="security-section" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>

      @if (error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }
      <div role="status">
        @if (changed()) {
          <p class="alert alert-success">Your password was changed. Other sessions were signed out.</p>
        }
      </div>

      <form aria-label="Change password" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <input type="email" hidden readonly autocomplete="username" [value]="email()" />

        <div class="field">
          <label for="password-current">Current password</label>
          <input
            id="password-current"
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            [attr.aria-invalid]="form.controls.currentPassword.touched && form.controls.currentPassword.invalid"
            aria-describedby="password-current-error"
          />
          <kbc-field-error
            [control]="form.controls.currentPassword"
            errorId="password-current-error"
            [messages]="messages.currentPassword"
          />
        </div>

        <div class="field">
          <label for="password-new">New password</label>
          <input
            id="password-new"
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            [attr.aria-invalid]="form.controls.newPassword.touched && form.controls.newPassword.invalid"
            aria-describedby="password-new-hint password-new-error"
          />
          <p class="field-hint" id="password-new-hint">
            {{ passwordMinLength }} to {{ passwordMaxLength }} characters. Avoid common passwords.
          </p>
          <kbc-field-error
            [control]="form.controls.newPassword"
            errorId="password-new-error"
            [messages]="messages.newPassword"
          />
        </div>

        <div class="field">
          <label for="password-confirm">Confirm new password</label>
          <input
            id="password-confirm"
            type="password"
            formControlName="confirmPassword"
            autocomplete="new-password"
            [attr.aria-invalid]="form.controls.confirmPassword.touched && form.controls.confirmPassword.invalid"
            aria-describedby="password-confirm-error"
          />
          <kbc-field-error
            [control]="form.controls.confirmPassword"
            errorId="password-confirm-error"
            [messages]="messages.confirmPassword"
          />
        </div>

        <button type="submit" class="btn btn-primary" [disabled]="submitting()">Change password</button>
      </form>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordFormComponent {
  private readonly api = inject(AccountSecurityApiService);
  private readonly session = inject(SessionService);

  /** The password was changed (and the other sessions ended). */
  readonly passwordChanged = output<void>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly passwordMaxLength = PASSWORD_MAX_LENGTH;
  protected readonly email = computed(() => this.session.user()?.email ?? '');
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
    confirmPassword: ['', [Validators.required, matchesNewPassword]],
  });
  protected readonly submitting = signal(false);
  protected readonly changed = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly messages = {
    currentPassword: { required: 'Enter your current password.' },
    newPassword: {
      required: 'Choose a new password.',
      minlength: `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
      maxlength: `A password has at most ${PASSWORD_MAX_LENGTH} characters.`,
    },
    confirmPassword: { required: 'Repeat the new password.', mismatch: 'The passwords do not match.' },
  };

  constructor() {
    // The confirmation is checked against the new password, so it is checked again whenever that one changes.
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.confirmPassword.updateValueAndValidity());
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.changed.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .changePassword(this.form.getRawValue())
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => {
          this.form.reset();
          this.changed.set(true);
          this.passwordChanged.emit();
        },
        error: (err: unknown) => this.showError(toApiError(err)),
      });
  }

  private showError(error: ApiErrorBody): void {
    applyFieldErrors(this.form, error);
    this.error.set(error.message);
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { FieldComponent, FieldControlDirective, FieldHintDirective, FormSubmission } from '@kbc/ui/forms';

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
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, FieldHintDirective],
  template: `
    <section class="security-section" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>

      @if (submission.error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }
      <div role="status">
        @if (changed()) {
          <p class="alert alert-success">Your password was changed. Other sessions were signed out.</p>
        }
      </div>

      <form aria-label="Change password" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <input type="email" hidden readonly autocomplete="username" [value]="email()" />

        <kbc-field fieldId="password-current" label="Current password" [messages]="messages.currentPassword">
          <input kbcFieldControl type="password" formControlName="currentPassword" autocomplete="current-password" />
        </kbc-field>

        <kbc-field fieldId="password-new" label="New password" [messages]="messages.newPassword">
          <input kbcFieldControl type="password" formControlName="newPassword" autocomplete="new-password" />
          <p kbcFieldHint>{{ passwordMinLength }} to {{ passwordMaxLength }} characters. Avoid common passwords.</p>
        </kbc-field>

        <kbc-field fieldId="password-confirm" label="Confirm new password" [messages]="messages.confirmPassword">
          <input kbcFieldControl type="password" formControlName="confirmPassword" autocomplete="new-password" />
        </kbc-field>

        <button type="submit" class="btn btn-primary" [disabled]="submission.submitting()">Change password</button>
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
  protected readonly submission = new FormSubmission();
  protected readonly changed = signal(false);

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
    this.changed.set(false);
    this.submission.send(
      this.form,
      (value) => this.api.changePassword(value),
      () => {
        this.form.reset();
        this.changed.set(true);
        this.passwordChanged.emit();
      },
    );
  }
}

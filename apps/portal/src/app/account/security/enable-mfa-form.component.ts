import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { ApiErrorBody, MfaEnrollment } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import {
  APP_CODE_MESSAGES,
  FieldErrorComponent,
  appCodeValidators,
  applyFieldErrors,
  codeRequest,
} from '@kbc/ui/forms';
import { finalize } from 'rxjs';

import { AccountSecurityApiService } from './account-security-api.service';
import { MfaEnrollmentComponent } from './mfa-enrollment.component';

/** Turning MFA on: a new secret for the authenticator app (asked for on open), then a code made from it. */
@Component({
  selector: 'app-enable-mfa-form',
  imports: [ReactiveFormsModule, FieldErrorComponent, MfaEnrollmentComponent],
  template: `
    <form class="mfa-form" aria-label="Enable MFA" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h3 #heading tabindex="-1">Set up your authenticator app</h3>

      @if (error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }

      @if (enrollment(); as current) {
        <app-mfa-enrollment [enrollment]="current" />

        <div class="field">
          <label for="mfa-enable-code">Code from the app</label>
          <input
            id="mfa-enable-code"
            type="text"
            formControlName="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="10"
            [attr.aria-invalid]="form.controls.code.touched && form.controls.code.invalid"
            aria-describedby="mfa-enable-code-error"
          />
          <kbc-field-error [control]="form.controls.code" errorId="mfa-enable-code-error" [messages]="codeMessages" />
        </div>
      } @else if (loading()) {
        <p class="muted" aria-busy="true">Preparing your QR code…</p>
      }

      <div class="button-row">
        @if (enrollment()) {
          <button type="submit" class="btn btn-primary" [disabled]="submitting()">Activate</button>
        }
        <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnableMfaFormComponent {
  private readonly api = inject(AccountSecurityApiService);

  /** MFA is on; these are the recovery codes, shown once. */
  readonly activated = output<string[]>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', appCodeValidators] });
  protected readonly codeMessages = APP_CODE_MESSAGES;
  protected readonly enrollment = signal<MfaEnrollment | null>(null);
  protected readonly loading = signal(true);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    this.api
      .setupMfa()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (enrollment) => this.enrollment.set(enrollment),
        error: (err: unknown) => this.error.set(toApiError(err).message),
      });
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected submit(): void {
    if (this.submitting() || !this.enrollment()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .activateMfa(codeRequest(this.form.getRawValue().code))
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (codes) => this.activated.emit(codes),
        error: (err: unknown) => this.showError(toApiError(err)),
      });
  }

  private showError(error: ApiErrorBody): void {
    applyFieldErrors(this.form, error);
    this.error.set(error.message);
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { ApiErrorBody, MfaEnrollment } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import {
  ANY_CODE_MESSAGES,
  APP_CODE_MESSAGES,
  FieldErrorComponent,
  anyCodeValidators,
  appCodeValidators,
  applyFieldErrors,
  codeRequest,
} from '@kbc/ui/forms';
import { finalize } from 'rxjs';

import { AccountSecurityApiService } from './account-security-api.service';
import { MfaEnrollmentComponent } from './mfa-enrollment.component';

/**
 * Moving MFA to a new device: a code from the current device (or a recovery code) gets a new secret, and a code
 * from the new device switches over.
 */
@Component({
  selector: 'app-reconfigure-mfa-form',
  imports: [ReactiveFormsModule, FieldErrorComponent, MfaEnrollmentComponent],
  template: `
    @if (enrollment(); as current) {
      <form class="mfa-form" aria-label="Reconfigure MFA" [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate>
        <h3 #newDeviceHeading tabindex="-1">Set up your new device</h3>
        @if (error(); as message) {
          <p class="alert alert-error" role="alert">{{ message }}</p>
        }
        <app-mfa-enrollment [enrollment]="current" />

        <div class="field">
          <label for="mfa-reconfigure-new-code">Code from the app</label>
          <input
            id="mfa-reconfigure-new-code"
            type="text"
            formControlName="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="10"
            [attr.aria-invalid]="confirmForm.controls.code.touched && confirmForm.controls.code.invalid"
            aria-describedby="mfa-reconfigure-new-code-error"
          />
          <kbc-field-error
            [control]="confirmForm.controls.code"
            errorId="mfa-reconfigure-new-code-error"
            [messages]="appCodeMessages"
          />
        </div>

        <div class="button-row">
          <button type="submit" class="btn btn-primary" [disabled]="submitting()">Switch device</button>
          <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">Cancel</button>
        </div>
      </form>
    } @else {
      <form class="mfa-form" aria-label="Reconfigure MFA" [formGroup]="currentForm" (ngSubmit)="start()" novalidate>
        <p>
          To move multi-factor authentication to a new phone or app, first confirm with a code from your current
          device. If you no longer have it, use a recovery code.
        </p>
        @if (error(); as message) {
          <p class="alert alert-error" role="alert">{{ message }}</p>
        }

        <div class="field">
          <label for="mfa-reconfigure-code">Current code or recovery code</label>
          <input
            #currentCode
            id="mfa-reconfigure-code"
            type="text"
            formControlName="code"
            inputmode="text"
            autocomplete="one-time-code"
            autocapitalize="off"
            spellcheck="false"
            maxlength="40"
            [attr.aria-invalid]="currentForm.controls.code.touched && currentForm.controls.code.invalid"
            aria-describedby="mfa-reconfigure-code-error"
          />
          <kbc-field-error
            [control]="currentForm.controls.code"
            errorId="mfa-reconfigure-code-error"
            [messages]="anyCodeMessages"
          />
        </div>

        <div class="button-row">
          <button type="submit" class="btn btn-primary" [disabled]="submitting()">Continue</button>
          <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">Cancel</button>
        </div>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReconfigureMfaFormComponent {
  private readonly api = inject(AccountSecurityApiService);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);

  /** MFA now uses the new device. */
  readonly reconfigured = output<void>();
  readonly cancelled = output<void>();

  protected readonly currentForm = this.fb.group({ code: ['', anyCodeValidators] });
  protected readonly confirmForm = this.fb.group({ code: ['', appCodeValidators] });
  protected readonly anyCodeMessages = ANY_CODE_MESSAGES;
  protected readonly appCodeMessages = APP_CODE_MESSAGES;
  protected readonly enrollment = signal<MfaEnrollment | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly currentCode = viewChild<ElementRef<HTMLElement>>('currentCode');
  private readonly newDeviceHeading = viewChild<ElementRef<HTMLElement>>('newDeviceHeading');

  constructor() {
    afterNextRender(() => this.currentCode()?.nativeElement.focus());
  }

  /** Step 1: the current device's code (or a recovery code) for the new device's secret. */
  protected start(): void {
    if (!this.ready(this.currentForm)) {
      return;
    }
    this.api
      .reconfigureMfa(codeRequest(this.currentForm.getRawValue().code))
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (enrollment) => {
          this.enrollment.set(enrollment);
          afterNextRender(() => this.newDeviceHeading()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (err: unknown) => this.showError(this.currentForm, toApiError(err)),
      });
  }

  /** Step 2: a code from the new device. */
  protected confirm(): void {
    if (!this.ready(this.confirmForm)) {
      return;
    }
    this.api
      .confirmMfaReconfiguration(codeRequest(this.confirmForm.getRawValue().code))
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => this.reconfigured.emit(),
        error: (err: unknown) => this.showError(this.confirmForm, toApiError(err)),
      });
  }

  /** Validates `form` and, when it can be sent, marks the request as under way. */
  private ready(form: FormGroup): boolean {
    if (this.submitting()) {
      return false;
    }
    if (form.invalid) {
      form.markAllAsTouched();
      return false;
    }
    this.submitting.set(true);
    this.error.set(null);
    return true;
  }

  private showError(form: FormGroup, error: ApiErrorBody): void {
    applyFieldErrors(form, error);
    this.error.set(error.message);
  }
}

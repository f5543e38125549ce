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
import type { MfaEnrollment } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import {
  APP_CODE_MESSAGES,
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  appCodeValidators,
  codeRequest,
} from '@kbc/ui/forms';
import { finalize } from 'rxjs';

import { AccountSecurityApiService } from './account-security-api.service';
import { MfaEnrollmentComponent } from './mfa-enrollment.component';

/** Turning MFA on: a new secret for the authenticator app (asked for on open), then a code made from it. */
@Component({
  selector: 'app-enable-mfa-form',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, MfaEnrollmentComponent],
  template: `
    <form class="mfa-form" aria-label="Enable MFA" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h3 #heading tabindex="-1">Set up your authenticator app</h3>

      @if (submission.error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }

      @if (enrollment(); as current) {
        <app-mfa-enrollment [enrollment]="current" />

        <kbc-field fieldId="mfa-enable-code" label="Code from the app" [messages]="codeMessages">
          <input
            kbcFieldControl
            type="text"
            formControlName="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="10"
          />
        </kbc-field>
      } @else if (loading()) {
        <p class="muted" aria-busy="true">Preparing your QR code…</p>
      }

      <div class="button-row">
        @if (enrollment()) {
          <button type="submit" class="btn btn-primary" [disabled]="submission.submitting()">Activate</button>
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
  protected readonly submission = new FormSubmission();
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    this.api
      .setupMfa()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (enrollment) => this.enrollment.set(enrollment),
        error: (err: unknown) => this.submission.error.set(toApiError(err).message),
      });
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected submit(): void {
    if (!this.enrollment()) {
      return;
    }
    this.submission.send(
      this.form,
      ({ code }) => this.api.activateMfa(codeRequest(code)),
      (codes) => this.activated.emit(codes),
    );
  }
}

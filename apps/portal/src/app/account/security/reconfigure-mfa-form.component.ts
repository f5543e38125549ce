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
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { MfaEnrollment } from '@kbc/contract';
import {
  ANY_CODE_MESSAGES,
  APP_CODE_MESSAGES,
  FieldComponent,
  FieldControlDirective,
  FormSubmission,
  anyCodeValidators,
  appCodeValidators,
  codeRequest,
} from '@kbc/ui/forms';

import { AccountSecurityApiService } from './account-security-api.service';
import { MfaEnrollmentComponent } from './mfa-enrollment.component';

/**
 * Moving MFA to a new device: a code from the current device (or a recovery code) gets a new secret, and a code
 * from the new device switches over.
 */
@Component({
  selector: 'app-reconfigure-mfa-form',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, MfaEnrollmentComponent],
  template: `
    @if (enrollment(); as current) {
      <form class="mfa-form" aria-label="Reconfigure MFA" [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate>
        <h3 #newDeviceHeading tabindex="-1">Set up your new device</h3>
        @if (submission.error(); as message) {
          <p class="alert alert-error" role="alert">{{ message }}</p>
        }
        <app-mfa-enrollment [enrollment]="current" />

        <kbc-field fieldId="mfa-reconfigure-new-code" label="Code from the app" [messages]="appCodeMessages">
          <input
            kbcFieldControl
            type="text"
            formControlName="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="10"
          />
        </kbc-field>

        <div class="button-row">
          <button type="submit" class="btn btn-primary" [disabled]="submission.submitting()">Switch device</button>
          <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">Cancel</button>
        </div>
      </form>
    } @else {
      <form class="mfa-form" aria-label="Reconfigure MFA" [formGroup]="currentForm" (ngSubmit)="start()" novalidate>
        <p>
          To move multi-factor authentication to a new phone or app, first confirm with a code from your current
          device. If you no longer have it, use a recovery code.
        </p>
        @if (submission.error(); as message) {
          <p class="alert alert-error" role="alert">{{ message }}</p>
        }

        <kbc-field fieldId="mfa-reconfigure-code" label="Current code or recovery code" [messages]="anyCodeMessages">
          <input
            #currentCode
            kbcFieldControl
            type="text"
            formControlName="code"
            inputmode="text"
            autocomplete="one-time-code"
            autocapitalize="off"
            spellcheck="false"
            maxlength="40"
          />
        </kbc-field>

        <div class="button-row">
          <button type="submit" class="btn btn-primary" [disabled]="submission.submitting()">Continue</button>
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
  /** Both steps' requests. */
  protected readonly submission = new FormSubmission();
  private readonly currentCode = viewChild<ElementRef<HTMLElement>>('currentCode');
  private readonly newDeviceHeading = viewChild<ElementRef<HTMLElement>>('newDeviceHeading');

  constructor() {
    afterNextRender(() => this.currentCode()?.nativeElement.focus());
  }

  /** Step 1: the current device's code (or a recovery code) for the new device's secret. */
  protected start(): void {
    this.submission.send(
      this.currentForm,
      ({ code }) => this.api.reconfigureMfa(codeRequest(code)),
      (enrollment) => {
        this.enrollment.set(enrollment);
        afterNextRender(() => this.newDeviceHeading()?.nativeElement.focus(), { injector: this.injector });
      },
    );
  }

  /** Step 2: a code from the new device. */
  protected confirm(): void {
    this.submission.send(
      this.confirmForm,
      ({ code }) => this.api.confirmMfaReconfiguration(codeRequest(code)),
      () => this.reconfigured.emit(),
    );
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ApiErrorBody, MfaPasswordAndCodeRequest } from '@kbc/contract';
import { toApiError } from '@kbc/ui';
import { ANY_CODE_MESSAGES, FieldErrorComponent, anyCodeValidators, applyFieldErrors } from '@kbc/ui/forms';
import { Observable, finalize } from 'rxjs';

import { SessionService } from '../../auth/session.service';

/**
 * An MFA change that needs both the password and a code (from the app, or a recovery code): regenerating the
 * recovery codes, turning MFA off. `action` sends the request; `done` emits its answer.
 */
@Component({
  selector: 'app-mfa-confirm-form',
  imports: [ReactiveFormsModule, FieldErrorComponent],
  template: `
    <form class="mfa-form" [attr.aria-label]="label()" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <ng-content />
      @if (error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }

      <input type="email" hidden readonly autocomplete="username" [value]="email()" />

      <div class="field">
        <label [for]="id('password')">Password</label>
        <input
          #password
          type="password"
          formControlName="password"
          autocomplete="current-password"
          [id]="id('password')"
          [attr.aria-invalid]="form.controls.password.touched && form.controls.password.invalid"
          [attr.aria-describedby]="id('password-error')"
        />
        <kbc-field-error
          [control]="form.controls.password"
          [errorId]="id('password-error')"
          [messages]="messages.password"
        />
      </div>

      <div class="field">
        <label [for]="id('code')">Authentication code</label>
        <input
          type="text"
          formControlName="code"
          inputmode="text"
          autocomplete="one-time-code"
          autocapitalize="off"
          spellcheck="false"
          maxlength="40"
          [id]="id('code')"
          [attr.aria-invalid]="form.controls.code.touched && form.controls.code.invalid"
          [attr.aria-describedby]="id('code-hint') + ' ' + id('code-error')"
        />
        <p class="field-hint" [id]="id('code-hint')">From your authenticator app, or one of your recovery codes.</p>
        <kbc-field-error [control]="form.controls.code" [errorId]="id('code-error')" [messages]="messages.code" />
      </div>

      <div class="button-row">
        <button
          type="submit"
          class="btn"
          [class.btn-danger]="danger()"
          [class.btn-primary]="!danger()"
          [disabled]="submitting()"
        >
          {{ submitLabel() }}
        </button>
        <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MfaConfirmFormComponent<T> {
  private readonly session = inject(SessionService);

  /** The form's accessible name, e.g. `Disable MFA`. */
  readonly label = input.required<string>();
  readonly submitLabel = input.required<string>();
  /** Prefix of the fields' ids, unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly action = input.required<(request: MfaPasswordAndCodeRequest) => Observable<T>>();
  /** A destructive change: the submit button says so. */
  readonly danger = input(false);
  readonly done = output<T>();
  readonly cancelled = output<void>();

  protected readonly email = computed(() => this.session.user()?.email ?? '');
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    code: ['', anyCodeValidators],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly messages = {
    password: { required: 'Enter your password.' },
    code: ANY_CODE_MESSAGES,
  };
  private readonly password = viewChild.required<ElementRef<HTMLElement>>('password');

  constructor() {
    afterNextRender(() => this.password().nativeElement.focus());
  }

  protected id(name: string): string {
    return `${this.idPrefix()}-${name}`;
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { password, code } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.action()({ password, code: code.trim() })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (result) => this.done.emit(result),
        error: (err: unknown) => this.showError(toApiError(err)),
      });
  }

  private showError(error: ApiErrorBody): void {
    applyFieldErrors(this.form, error);
    this.error.set(error.message);
  }
}

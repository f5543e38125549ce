import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { MfaPasswordAndCodeRequest } from '@kbc/contract';
import {
  ANY_CODE_MESSAGES,
  FieldComponent,
  FieldControlDirective,
  FieldHintDirective,
  FormSubmission,
  anyCodeValidators,
} from '@kbc/ui/forms';
import { Observable } from 'rxjs';

import { SessionService } from '../../auth/session.service';

/**
 * An MFA change that needs both the password and a code (from the app, or a recovery code): regenerating the
 * recovery codes, turning MFA off. `action` sends the request; `done` emits its answer.
 */
@Component({
  selector: 'app-mfa-confirm-form',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, FieldHintDirective],
  template: `
    <form class="mfa-form" [attr.aria-label]="label()" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <ng-content />
      @if (submission.error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }

      <input type="email" hidden readonly autocomplete="username" [value]="email()" />

      <kbc-field label="Password" [fieldId]="id('password')" [messages]="messages.password">
        <input #password kbcFieldControl type="password" formControlName="password" autocomplete="current-password" />
      </kbc-field>

      <kbc-field label="Authentication code" [fieldId]="id('code')" [messages]="messages.code">
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
        <p kbcFieldHint>From your authenticator app, or one of your recovery codes.</p>
      </kbc-field>

      <div class="button-row">
        <button
          type="submit"
          class="btn"
          [class.btn-danger]="danger()"
          [class.btn-primary]="!danger()"
          [disabled]="submission.submitting()"
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
  protected readonly submission = new FormSubmission();
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
    this.submission.send(
      this.form,
      ({ password, code }) => this.action()({ password, code: code.trim() }),
      (result) => this.done.emit(result),
    );
  }
}

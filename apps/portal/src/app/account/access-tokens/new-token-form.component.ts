import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { CreateManageTokenResponse, ManageTokenListResponse } from '@kbc/contract';
import { FieldComponent, FieldControlDirective, FieldHintDirective, FormSubmission } from '@kbc/ui/forms';

import { AccessTokensApiService } from './access-tokens-api.service';
import { DESCRIPTION_MAX_LENGTH, expiryChoices } from './token-expiry';

/** Creating a token: what it is for and when it expires. `created` carries the token's secret, shown once. */
@Component({
  selector: 'app-new-token-form',
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective, FieldHintDirective],
  styles: `
    .token-form {
      margin: 1.25rem 0;
      padding: 1.25rem;
      background: var(--kbc-bg);
      border: 1px solid var(--kbc-border);
      border-radius: var(--kbc-radius);
    }

    /* base.css styles inputs only; a select gets the same size and type. */
    select {
      display: block;
      min-width: 12rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--kbc-radius);
      font: inherit;
    }
  `,
  template: `
    <form class="token-form" aria-label="New token" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (submission.error(); as message) {
        <p class="alert alert-error" role="alert">{{ message }}</p>
      }

      <kbc-field fieldId="token-description" label="Description" [messages]="messages.description">
        <input #description kbcFieldControl type="text" formControlName="description" autocomplete="off" required />
        <p kbcFieldHint>
          What uses the token, for example the name of your script, so you can tell your tokens apart.
        </p>
      </kbc-field>

      <kbc-field fieldId="token-expires" label="Expires in">
        <select kbcFieldControl formControlName="expiresInDays">
          @for (days of choices(); track days) {
            <option [ngValue]="days">{{ days }} days</option>
          }
        </select>
      </kbc-field>

      <div class="button-row">
        <button type="submit" class="btn btn-primary" [disabled]="submission.submitting()">Create Token</button>
        <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewTokenFormComponent implements OnInit {
  private readonly api = inject(AccessTokensApiService);

  /** How long the API lets a token live. */
  readonly policy = input.required<ManageTokenListResponse['policy']>();
  /** The token exists; the answer holds its secret. */
  readonly created = output<CreateManageTokenResponse>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    // `pattern`: a description of spaces alone is empty to the API.
    description: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(DESCRIPTION_MAX_LENGTH)]],
    expiresInDays: [0, Validators.required],
  });
  protected readonly choices = computed(() => expiryChoices(this.policy()));
  protected readonly submission = new FormSubmission();
  private readonly description = viewChild.required<ElementRef<HTMLInputElement>>('description');

  protected readonly messages = {
    description: {
      required: 'Describe what the token is for.',
      pattern: 'Describe what the token is for.',
      maxlength: `A description has at most ${DESCRIPTION_MAX_LENGTH} characters.`,
    },
  };

  constructor() {
    afterNextRender(() => this.description().nativeElement.focus());
  }

  ngOnInit(): void {
    this.form.controls.expiresInDays.setValue(this.policy().defaultDays);
  }

  protected submit(): void {
    this.submission.send(
      this.form,
      ({ description, expiresInDays }) => this.api.create({ description: description.trim(), expiresInDays }),
      (res) => this.created.emit(res),
    );
  }
}

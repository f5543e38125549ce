import { ChangeDetectionStrategy, Component, Directive, computed, contentChild, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NgControl, ValidationErrors } from '@angular/forms';
import { EMPTY, map, startWith, switchMap } from 'rxjs';

/** Message per validator key, e.g. `{ required: 'Enter your name.' }`. `server` errors carry their own text. */
export type ValidationMessages = Readonly<Record<string, string>>;

/**
 * A labelled form field: the label, the projected control (marked `kbcFieldControl`), an optional hint (marked
 * `kbcFieldHint`) and the control's first validation message, shown once the control was touched (blur or submit).
 * The control gets the id `fieldId`; the hint and the message get `{fieldId}-hint` and `{fieldId}-error`, and the
 * control points at both with `aria-describedby`.
 *
 * ```html
 * <kbc-field fieldId="signup-name" label="Name" [messages]="{ required: 'Enter your name.' }">
 *   <input kbcFieldControl type="text" formControlName="name" />
 * </kbc-field>
 * ```
 */
@Component({
  selector: 'kbc-field',
  host: { class: 'field' },
  styles: ':host { display: block; }',
  template: `
    <label [for]="fieldId()">{{ label() }}</label>
    <ng-content />
    <ng-content select="[kbcFieldHint]" />
    @if (message(); as text) {
      <p class="field-error" [id]="errorId()">{{ text }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldComponent {
  /** The control's id, unique on the page; also the prefix of the hint's and the message's ids. */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly messages = input<ValidationMessages>({});

  private readonly control = contentChild.required(FieldControlDirective);
  private readonly hint = contentChild(FieldHintDirective);

  readonly hintId = computed(() => `${this.fieldId()}-hint`);
  readonly errorId = computed(() => `${this.fieldId()}-error`);
  readonly describedBy = computed(() => (this.hint() ? `${this.hintId()} ${this.errorId()}` : this.errorId()));

  /** Re-read on every value, status and touched change of the control (its state is not a signal). */
  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap(({ ngControl: { control } }) =>
        control
          ? control.events.pipe(
              startWith(null),
              map(() => ({ touched: control.touched, invalid: control.invalid, errors: control.errors })),
            )
          : EMPTY,
      ),
    ),
    { initialValue: { touched: false, invalid: false, errors: null as ValidationErrors | null } },
  );

  /** For `aria-invalid`: the user has been told what is wrong. */
  readonly invalid = computed(() => this.state().touched && this.state().invalid);

  protected readonly message = computed(() => {
    const { touched, errors } = this.state();
    if (!touched || !errors) {
      return null;
    }
    if (typeof errors['server'] === 'string') {
      return errors['server'];
    }
    const messages = this.messages();
    const key = Object.keys(errors).find((name) => name in messages);
    return key ? messages[key] : 'Check this value.';
  });
}

/** The `input` or `select` of a `kbc-field` (with `formControlName`): gets its id and ARIA state from the field. */
@Directive({
  selector: '[kbcFieldControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-invalid]': 'field.invalid()',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FieldComponent);
  readonly ngControl = inject(NgControl);
}

/** The hint below a `kbc-field`'s control, e.g. `<p kbcFieldHint>Use at least 8 characters.</p>`. */
@Directive({
  selector: '[kbcFieldHint]',
  host: { class: 'field-hint', '[id]': 'field.hintId()' },
})
export class FieldHintDirective {
  protected readonly field = inject(FieldComponent);
}

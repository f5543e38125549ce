import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, ValidationErrors } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';

/** Message per validator key, e.g. `{ required: 'Enter your name.' }`. `server` errors carry their own text. */
export type ValidationMessages = Readonly<Record<string, string>>;

/**
 * The first validation message of a control, shown once the control was touched (blur or submit).
 * Give the input `aria-describedby` pointing at the same `errorId`.
 */
@Component({
  selector: 'kbc-field-error',
  template: `
    @if (message(); as text) {
      <p class="field-error" [id]="errorId()">{{ text }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorComponent {
  readonly control = input.required<AbstractControl>();
  readonly errorId = input.required<string>();
  readonly messages = input<ValidationMessages>({});

  /** Re-read on every value, status and touched change of the control (its state is not a signal). */
  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => ({ touched: control.touched, errors: control.errors })),
        ),
      ),
    ),
    { initialValue: { touched: false, errors: null as ValidationErrors | null } },
  );

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

import { WritableSignal, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Observable } from 'rxjs';

import { toApiError } from '../api-error';
import { applyFieldErrors } from './field-errors';

export interface SendOptions {
  /**
   * Success opens another page: the form stays `submitting` (its button disabled) until it is gone, so that it
   * cannot be sent twice meanwhile.
   */
  readonly leavesPage?: boolean;
}

/**
 * A form's round trip to the API: `submitting` while a request is under way (for the submit button's `disabled`),
 * and `error`, the message of the last failure (for an alert above the form); the API's per-field messages go on
 * the form's controls.
 */
export class FormSubmission {
  readonly submitting = signal(false);

  /** @param error where failures are reported; e.g. a `linkedSignal` that starts as a notice for the user. */
  constructor(readonly error: WritableSignal<string | null> = signal(null)) {}

  /**
   * Sends `form` with `request` (given the form's value) and passes the answer to `done`. Nothing is sent while
   * a request is under way, nor while the form is invalid: then every field shows what is wrong with it.
   */
  send<F extends FormGroup, T>(
    form: F,
    request: (value: ReturnType<F['getRawValue']>) => Observable<T>,
    done: (result: T) => void,
    options: SendOptions = {},
  ): void {
    if (this.submitting()) {
      return;
    }
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    request(form.getRawValue() as ReturnType<F['getRawValue']>).subscribe({
      next: done,
      complete: () => {
        if (!options.leavesPage) {
          this.submitting.set(false);
        }
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        const error = toApiError(err);
        applyFieldErrors(form, error);
        this.error.set(error.message);
      },
    });
  }
}

import { FormGroup } from '@angular/forms';
import type { ApiErrorBody } from '@kbc/contract';

/**
 * Puts the API's per-field messages (`fields: {email: ['…']}`) on the matching controls as a `server` error;
 * the control's own validators clear it as soon as the user edits the value.
 */
export function applyFieldErrors(form: FormGroup, error: ApiErrorBody): void {
  for (const [field, messages] of Object.entries(error.fields ?? {})) {
    const control = form.get(field);
    const message = messages[0];
    if (control && message) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    }
  }
}

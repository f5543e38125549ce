import { Validators } from '@angular/forms';

/** A 6-digit code from an authenticator app; spaces (`123 456`) are allowed, the API ignores them. */
export const appCodeValidators = [Validators.required, Validators.pattern(/^\s*\d{3}\s*\d{3}\s*$/)];

/** A code from the app or a recovery code (`xxxx-xxxx-xxxx-xxxx`); the API tells them apart. */
export const anyCodeValidators = [Validators.required, Validators.maxLength(40)];

export const APP_CODE_MESSAGES = {
  required: 'Enter the 6-digit code from your authenticator app.',
  pattern: 'Enter the 6-digit code from your authenticator app.',
};

export const ANY_CODE_MESSAGES = {
  required: 'Enter the code from your authenticator app, or a recovery code.',
  maxlength: 'That code is too long.',
};

/** What the API expects: the code as typed, without surrounding spaces. */
export const codeRequest = (code: string): { code: string } => ({ code: code.trim() });

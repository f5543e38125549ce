import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, MFA_REQUIRED_CODE as ContractMfaRequiredCode } from '@kbc/contract';

/** Typed against the contract (a type-only import keeps zod out of the bundle), so drift fails the build. */
const MFA_REQUIRED_CODE: typeof ContractMfaRequiredCode = 'auth.mfa_required';

const FALLBACK_MESSAGE = 'Something went wrong. Please try again.';
const OFFLINE_MESSAGE = 'We could not reach Keboola. Check your connection and try again.';

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Partial<ApiErrorBody>).message === 'string' &&
    typeof (body as Partial<ApiErrorBody>).code === 'string'
  );
}

/** True for the API's 401 `auth.mfa_required`: signed in with the password, the MFA code still missing. */
export function isMfaRequired(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    error.status === 401 &&
    isApiErrorBody(error.error) &&
    error.error.code === MFA_REQUIRED_CODE
  );
}

/** Normalises anything HttpClient throws into the API's error shape, so templates only deal with one. */
export function toApiError(error: unknown): ApiErrorBody {
  if (error instanceof HttpErrorResponse) {
    if (isApiErrorBody(error.error)) {
      return error.error;
    }
    return {
      code: error.status === 0 ? 'network.unreachable' : 'http.unexpected',
      message: error.status === 0 ? OFFLINE_MESSAGE : FALLBACK_MESSAGE,
      statusCode: error.status,
    };
  }
  return { code: 'client.unexpected', message: FALLBACK_MESSAGE, statusCode: 0 };
}

import {
  accountSessionsResponseSchema,
  apiErrorBodySchema,
  changePasswordRequestSchema,
  createManageTokenRequestSchema,
  createManageTokenResponseSchema,
  manageTokenListResponseSchema,
  loginResponseSchema,
  mfaCodeRequestSchema,
  mfaEnrollmentSchema,
  mfaPasswordAndCodeRequestSchema,
  mfaStatusSchema,
  mfaVerifyRequestSchema,
  mfaVerifyResponseSchema,
  recoveryCodesResponseSchema,
  revokeOthersResponseSchema,
  securityLogResponseSchema,
  currentUserResponseSchema,
  loginRequestSchema,
  projectDetailResponseSchema,
  projectListResponseSchema,
  resendVerificationResponseSchema,
  signupRequestSchema,
  verifyEmailRequestSchema,
  verifyEmailResponseSchema,
} from '@kbc/contract';
import { z } from 'zod';

type Schema = z.ZodType;

interface Operation {
  summary: string;
  auth: 'none' | 'session' | 'staff';
  body?: Schema;
  ok: { status: number; schema?: Schema; description: string };
  errors: number[];
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input (per-field messages in `fields`)',
  401: 'Not signed in, or wrong credentials',
  403: 'Missing/invalid CSRF token, or not allowed (e.g. not a Keboola employee)',
  404: 'Not found (or not visible to the caller)',
  409: 'Conflict with the current state',
  429: 'Too many attempts; see Retry-After',
};

/** The portal/console API, described from the same zod schemas the API validates with. */
const OPERATIONS: Record<string, Record<string, Operation>> = {
  '/api/auth/signup': {
    post: { summary: 'Create an account and sign in; sends a verification e-mail', auth: 'none', body: signupRequestSchema, ok: { status: 201, schema: currentUserResponseSchema, description: 'Signed up and signed in' }, errors: [400, 403, 409, 429] },
  },
  '/api/auth/login': {
    post: { summary: 'Sign in with e-mail and password (`audience: staff` for the console)', auth: 'none', body: loginRequestSchema, ok: { status: 200, schema: loginResponseSchema, description: 'Signed in (with `mfaRequired`, only after POST /api/auth/mfa); sets the session cookie' }, errors: [400, 401, 403, 429] },
  },
  '/api/auth/mfa': {
    post: { summary: 'Second sign-in step: a code from the authenticator app or a recovery code', auth: 'session', body: mfaVerifyRequestSchema, ok: { status: 200, schema: mfaVerifyResponseSchema, description: 'The session is now usable' }, errors: [400, 401, 403, 429] },
  },
  '/api/account/password': {
    post: { summary: 'Change the password; ends the other sessions', auth: 'session', body: changePasswordRequestSchema, ok: { status: 204, description: 'Changed' }, errors: [400, 401, 403, 429] },
  },
  '/api/account/mfa': {
    get: { summary: 'MFA status', auth: 'session', ok: { status: 200, schema: mfaStatusSchema, description: 'Status' }, errors: [401] },
  },
  '/api/account/mfa/setup': {
    post: { summary: 'Start enrolling an authenticator app (MFA stays off until activated)', auth: 'session', ok: { status: 200, schema: mfaEnrollmentSchema, description: 'Secret, URI and QR code' }, errors: [401, 403, 409] },
  },
  '/api/account/mfa/activate': {
    post: { summary: 'Turn MFA on with a code from the app; returns the recovery codes once', auth: 'session', body: mfaCodeRequestSchema, ok: { status: 200, schema: recoveryCodesResponseSchema, description: 'MFA is on' }, errors: [400, 401, 403, 409, 429] },
  },
  '/api/account/mfa/reconfigure': {
    post: { summary: 'Move MFA to a new device: a current code (or recovery code) gets a new secret', auth: 'session', body: mfaCodeRequestSchema, ok: { status: 200, schema: mfaEnrollmentSchema, description: 'The new secret (the old one works until confirmed)' }, errors: [400, 401, 403, 409, 429] },
  },
  '/api/account/mfa/reconfigure/confirm': {
    post: { summary: 'Switch to the new device with its code', auth: 'session', body: mfaCodeRequestSchema, ok: { status: 204, description: 'Switched' }, errors: [400, 401, 403, 409, 429] },
  },
  '/api/account/mfa/recovery-codes': {
    post: { summary: 'Regenerate recovery codes (password and a current code)', auth: 'session', body: mfaPasswordAndCodeRequestSchema, ok: { status: 200, schema: recoveryCodesResponseSchema, description: 'New codes, shown once' }, errors: [400, 401, 403, 409, 429] },
  },
  '/api/account/mfa/disable': {
    post: { summary: 'Turn MFA off (password and a current code)', auth: 'session', body: mfaPasswordAndCodeRequestSchema, ok: { status: 204, description: 'MFA is off' }, errors: [400, 401, 403, 409, 429] },
  },
  '/api/account/sessions': {
    get: { summary: 'The user’s active sessions, the current one marked', auth: 'session', ok: { status: 200, schema: accountSessionsResponseSchema, description: 'Sessions' }, errors: [401] },
  },
  '/api/account/sessions/{id}': {
    delete: { summary: 'End one of the user’s other sessions', auth: 'session', ok: { status: 204, description: 'Ended' }, errors: [400, 401, 403, 404] },
  },
  '/api/account/sessions/revoke-others': {
    post: { summary: 'End all the user’s other sessions', auth: 'session', ok: { status: 200, schema: revokeOthersResponseSchema, description: 'How many ended' }, errors: [401, 403] },
  },
  '/api/account/tokens': {
    get: { summary: 'The user’s Management API tokens (never their secrets) and the expiry policy', auth: 'session', ok: { status: 200, schema: manageTokenListResponseSchema, description: 'Tokens' }, errors: [401] },
    post: { summary: 'Create a Management API token; the secret is in this response only', auth: 'session', body: createManageTokenRequestSchema, ok: { status: 201, schema: createManageTokenResponseSchema, description: 'Created' }, errors: [400, 401, 403] },
  },
  '/api/account/tokens/{id}': {
    delete: { summary: 'Delete (revoke) a token at once', auth: 'session', ok: { status: 204, description: 'Deleted' }, errors: [401, 403, 404] },
  },
  '/api/account/security-log': {
    get: { summary: 'The user’s security events, newest first (`?page=N`, 20 per page)', auth: 'session', ok: { status: 200, schema: securityLogResponseSchema, description: 'One page' }, errors: [400, 401] },
  },
  '/api/auth/logout': {
    post: { summary: 'Sign out: ends the session on the server', auth: 'session', ok: { status: 204, description: 'Signed out' }, errors: [401, 403] },
  },
  '/api/auth/verify-email': {
    post: { summary: 'Confirm an e-mail address with the token from the verification link', auth: 'none', body: verifyEmailRequestSchema, ok: { status: 200, schema: verifyEmailResponseSchema, description: 'Verified' }, errors: [400, 403] },
  },
  '/api/auth/resend-verification': {
    post: { summary: 'Send a new verification e-mail', auth: 'session', ok: { status: 202, schema: resendVerificationResponseSchema, description: 'Queued' }, errors: [401, 403, 409, 429] },
  },
  '/api/me': {
    get: { summary: 'The signed-in user', auth: 'session', ok: { status: 200, schema: currentUserResponseSchema, description: 'The user' }, errors: [401] },
  },
  '/api/projects': {
    get: { summary: "The caller's projects", auth: 'session', ok: { status: 200, schema: projectListResponseSchema, description: 'Projects the caller is a member of' }, errors: [401] },
  },
  '/api/projects/{id}': {
    get: { summary: 'One of the caller’s projects, with limits and metrics', auth: 'session', ok: { status: 200, schema: projectDetailResponseSchema, description: 'The project' }, errors: [400, 401, 404] },
  },
  '/api/staff/me': {
    get: { summary: 'The signed-in Keboola employee (staff console)', auth: 'staff', ok: { status: 200, schema: currentUserResponseSchema, description: 'The staff user' }, errors: [401, 403] },
  },
};

const json = (schema: Schema) => ({ 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } });

export function buildOpenApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, ops] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(ops)) {
      const responses: Record<string, unknown> = {
        [op.ok.status]: { description: op.ok.description, ...(op.ok.schema ? { content: json(op.ok.schema) } : {}) },
      };
      for (const status of op.errors) responses[status] = { description: ERROR_TEXT[status], content: json(apiErrorBodySchema) };
      paths[path][method] = {
        summary: op.summary,
        ...(path.includes('{id}')
          ? { parameters: [{ name: 'id', in: 'path', required: true, schema: path.startsWith('/api/account/sessions') ? { type: 'string', format: 'uuid' } : { type: 'integer', minimum: 1 } }] }
          : {}),
        security: op.auth === 'none' ? [] : [{ session: [], csrf: [] }],
        ...(op.body ? { requestBody: { required: true, content: json(op.body) } } : {}),
        responses,
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Keboola Connection account API (portal and staff console)',
      version: '1.0.0',
      description:
        'Cookie-session JSON API used by the portal and the staff console. Every non-GET request needs the X-XSRF-TOKEN header echoing the XSRF-TOKEN cookie.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kbc_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-XSRF-TOKEN' },
      },
    },
    paths,
  };
}

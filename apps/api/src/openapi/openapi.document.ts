import {
  apiErrorBodySchema,
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
    post: { summary: 'Sign in with e-mail and password (`audience: staff` for the console)', auth: 'none', body: loginRequestSchema, ok: { status: 200, schema: currentUserResponseSchema, description: 'Signed in; sets the session cookie' }, errors: [400, 401, 403, 429] },
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
        ...(path.includes('{id}') ? { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }] } : {}),
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

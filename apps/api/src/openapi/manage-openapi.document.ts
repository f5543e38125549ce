import {
  manageAddProjectUserSchema,
  manageCreateMaintainerSchema,
  manageCreateOrganizationSchema,
  manageCreateProjectSchema,
  manageMoveProjectSchema,
  manageReportMetricsSchema,
  manageSetLimitsSchema,
  manageUpdateMaintainerSchema,
  manageUpdateOrganizationSchema,
  manageUpdateProjectSchema,
  manageUpdateProjectUserSchema,
  manageUserRefSchema,
} from '@kbc/contract';
import { z } from 'zod';

type Op = [method: string, path: string, summary: string, body?: z.ZodType];

/** Every /manage route with the schema its body is validated with (the same objects the controller uses). */
const OPS: Op[] = [
  ['get', '/manage/tokens/verify', 'The calling token, its owner and scopes'],
  ['get', '/manage/maintainers', 'Maintainers the caller is a member of (all for super admins)'],
  ['post', '/manage/maintainers', 'Create a maintainer (super admins)', manageCreateMaintainerSchema],
  ['get', '/manage/maintainers/{id}', 'Maintainer detail'],
  ['patch', '/manage/maintainers/{id}', 'Update a maintainer (super admins)', manageUpdateMaintainerSchema],
  ['delete', '/manage/maintainers/{id}', 'Delete a maintainer without organizations (super admins)'],
  ['get', '/manage/maintainers/{id}/users', 'Maintainer members'],
  ['post', '/manage/maintainers/{id}/users', 'Add a member by id or e-mail', manageUserRefSchema],
  ['delete', '/manage/maintainers/{id}/users/{userId}', 'Remove a member (one must stay)'],
  ['get', '/manage/maintainers/{id}/organizations', 'The maintainer’s organizations'],
  ['post', '/manage/maintainers/{id}/organizations', 'Create an organization under the maintainer', manageCreateOrganizationSchema],
  ['get', '/manage/organizations', 'Organizations the caller administers'],
  ['get', '/manage/organizations/{id}', 'Organization detail with its projects'],
  ['patch', '/manage/organizations/{id}', 'Update an organization', manageUpdateOrganizationSchema],
  ['delete', '/manage/organizations/{id}', 'Delete an organization without projects'],
  ['patch', '/manage/organizations/{id}/force-mfa', 'Require MFA for the organization (the admin must have MFA)'],
  ['get', '/manage/organizations/{id}/users', 'Organization members'],
  ['post', '/manage/organizations/{id}/users', 'Add a member by id or e-mail', manageUserRefSchema],
  ['delete', '/manage/organizations/{id}/users/{userId}', 'Remove a member (one must stay)'],
  ['get', '/manage/organizations/{id}/projects', 'The organization’s projects'],
  ['post', '/manage/organizations/{id}/projects', 'Create a project from the template matching `type`', manageCreateProjectSchema],
  ['get', '/manage/project-templates', 'Project templates (hidden ones for super admins)'],
  ['get', '/manage/project-templates/{id}', 'Project template detail'],
  ['get', '/manage/projects/{id}', 'Project detail with limits and metrics'],
  ['put', '/manage/projects/{id}', 'Update a project', manageUpdateProjectSchema],
  ['delete', '/manage/projects/{id}', 'Delete a project (soft)'],
  ['post', '/manage/projects/{id}/organizations', 'Move the project to another organization', manageMoveProjectSchema],
  ['post', '/manage/projects/{id}/limits', 'Set limits (super admins)', manageSetLimitsSchema],
  ['delete', '/manage/projects/{id}/limits/{name}', 'Remove a limit (super admins)'],
  ['post', '/manage/projects/{id}/metrics', 'Report metrics (application tokens with metrics:write)', manageReportMetricsSchema],
  ['get', '/manage/projects/{id}/users', 'Project members with roles'],
  ['post', '/manage/projects/{id}/users', 'Add a member with a role (admin, guest, readOnly, share)', manageAddProjectUserSchema],
  ['patch', '/manage/projects/{id}/users/{userId}', 'Change a member’s role', manageUpdateProjectUserSchema],
  ['delete', '/manage/projects/{id}/users/{userId}', 'Remove a member'],
  ['get', '/manage/users/{id}', 'User by id or e-mail (self, or super admins)'],
  ['delete', '/manage/users/{id}/mfa', 'Turn off a user’s MFA (super admins); e-mails the user'],
];

const ERROR = {
  type: 'object',
  required: ['error', 'code', 'status'],
  properties: { error: { type: 'string' }, code: { type: 'integer' }, status: { type: 'string', enum: ['error'] } },
};

export function buildManageOpenApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [method, path, summary, body] of OPS) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const errors = Object.fromEntries(
      [400, 401, 403, 404].map((s) => [s, { description: { 400: 'Invalid request', 401: 'Missing, invalid, expired or revoked token', 403: 'Not allowed', 404: 'Not found' }[s], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
    );
    (paths[path] ??= {})[method] = {
      summary,
      parameters: params,
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      responses: { [method === 'delete' ? 204 : method === 'post' && !path.endsWith('/organizations') && !path.endsWith('/limits') && !path.endsWith('/metrics') ? 201 : 200]: { description: 'OK' }, ...errors },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Keboola-compatible Management API',
      version: '1.0.0',
      description: 'Authenticate with the X-KBC-ManageApiToken header. Dates look like 2017-12-11T09:02:13+0100; errors are {"error", "code", "status": "error"}.',
    },
    servers: [{ url: serverUrl }],
    security: [{ manageToken: [] }],
    components: {
      securitySchemes: { manageToken: { type: 'apiKey', in: 'header', name: 'X-KBC-ManageApiToken' } },
      schemas: { Error: ERROR },
    },
    paths,
  };
}

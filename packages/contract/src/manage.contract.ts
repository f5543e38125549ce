import { z } from 'zod';

/** Request bodies of the Keboola-compatible Management API (`/manage`), with Keboola's field names. */
const name = z.string({ error: 'name is required' }).trim().min(1, 'name must not be empty').max(200, 'name is too long');
const userRef = { id: z.number().int().positive().optional(), email: z.string().max(254).optional() };

export const manageCreateMaintainerSchema = z.object({ name });
export const manageUpdateMaintainerSchema = z.object({ name: name.optional() }).strict();
export const manageCreateOrganizationSchema = z.object({ name, crmId: z.string().max(100).nullable().optional() });
export const manageUpdateOrganizationSchema = z
  .object({
    name: name.optional(),
    allowAutoJoin: z.boolean().optional(),
    crmId: z.string().max(100).nullable().optional(),
    activityCenterProjectId: z.number().int().positive().nullable().optional(),
  })
  .strict();
export const manageUserRefSchema = z.object(userRef).refine((v) => v.id !== undefined || v.email !== undefined, 'id or email is required');
export const manageCreateProjectSchema = z.object({ name, type: z.string().max(50).optional(), description: z.string().max(5000).nullable().optional() });
export const manageUpdateProjectSchema = z
  .object({ name: name.optional(), description: z.string().max(5000).nullable().optional(), expirationDays: z.number().int().positive().nullable().optional() })
  .strict();
export const manageMoveProjectSchema = z.object({ organizationId: z.number({ error: 'organizationId is required' }).int().positive() });
const limit = z.object({ name: z.string().min(1).max(100).regex(/^[a-zA-Z0-9._-]+$/, 'limit names use letters, digits, ".", "_" and "-"'), value: z.number() });
export const manageSetLimitsSchema = z.object({ limits: z.array(limit, { error: 'limits must be a list of {name, value}' }).min(1, 'limits must not be empty') });
export const manageReportMetricsSchema = z.object({ metrics: z.array(limit, { error: 'metrics must be a list of {name, value}' }).min(1, 'metrics must not be empty') });
export const manageAddProjectUserSchema = z
  .object({ ...userRef, role: z.string().optional() })
  .refine((v) => v.id !== undefined || v.email !== undefined, 'id or email is required');
export const manageUpdateProjectUserSchema = z.object({ role: z.string({ error: 'role is required' }) });

import { z } from 'zod';

export const PROJECT_TYPES = ['production', 'poc', 'demo'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const PROJECT_ROLES = ['admin', 'guest', 'readOnly', 'share'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** `{ "storage.dataSizeBytes": { name: "storage.dataSizeBytes", value: 1000 } }` — Keboola's shape. */
export const limitMapSchema = z.record(z.string(), z.object({ name: z.string(), value: z.number() }));
export type LimitMap = z.infer<typeof limitMapSchema>;

export const projectSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(PROJECT_TYPES),
  organization: z.object({ id: z.number().int(), name: z.string() }),
  /** The caller's role in the project. */
  role: z.enum(PROJECT_ROLES),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const projectListResponseSchema = z.object({ projects: z.array(projectSummarySchema) });
export type ProjectListResponse = z.infer<typeof projectListResponseSchema>;

export const projectDetailSchema = projectSummarySchema.extend({
  maintainer: z.object({ id: z.number().int(), name: z.string() }),
  limits: limitMapSchema,
  metrics: limitMapSchema,
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const projectDetailResponseSchema = z.object({ project: projectDetailSchema });
export type ProjectDetailResponse = z.infer<typeof projectDetailResponseSchema>;

export type ProjectType = 'production' | 'poc' | 'demo';
export const PROJECT_TYPES: readonly ProjectType[] = ['production', 'poc', 'demo'];

export type ProjectRole = 'admin' | 'guest' | 'readOnly' | 'share';
export const PROJECT_ROLES: readonly ProjectRole[] = ['admin', 'guest', 'readOnly', 'share'];

/** `{ "storage.dataSizeBytes": { name: "storage.dataSizeBytes", value: 1000 } }` — Keboola's shape. */
export type LimitMap = Record<string, { name: string; value: number }>;

export interface ProjectSummary {
  id: number;
  name: string;
  type: ProjectType;
  organization: { id: number; name: string };
  /** The caller's role in the project. */
  role: ProjectRole;
  createdAt: string;
  expiresAt: string | null;
}

export interface ProjectListResponse {
  projects: ProjectSummary[];
}

export interface ProjectDetail extends ProjectSummary {
  maintainer: { id: number; name: string };
  limits: LimitMap;
  metrics: LimitMap;
}

export interface ProjectDetailResponse {
  project: ProjectDetail;
}

import { PROJECT_ROLES, type ProjectRole } from '@kbc/contract';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { MfaService } from '../mfa/mfa.service.js';
import { normalizeEmail } from '../users/email.js';
import { keboolaDate } from './keboola-date.js';
import type { ManageCaller } from './manage-access.js';

type Row = Record<string, any>;
type Json = Record<string, unknown>;

/** Keboola's "Project 12 not found"; also used by the API for ids that are not numbers. */
export const manageNotFound = (what: string, id: unknown) => new DomainError('not_found', `manage.${what}_not_found`, `${what[0]!.toUpperCase()}${what.slice(1)} ${id} not found`);
const forbidden = (message = 'You do not have access to this resource.') => new DomainError('forbidden', 'manage.forbidden', message);
const invalid = (message: string) => new DomainError('invalid', 'manage.invalid', message);

const maintainerJson = (r: Row): Json => ({
  id: r.id,
  name: r.name,
  created: keboolaDate(r.created_at),
  defaultConnectionMysqlId: null,
  defaultConnectionSnowflakeId: null,
  defaultConnectionSynapseId: null,
  defaultConnectionExasolId: null,
  defaultConnectionBigqueryId: null,
  defaultConnectionTeradataId: null,
  defaultFileStorageId: null,
  zendeskUrl: null,
});

const organizationJson = (r: Row, maintainer?: Row): Json => ({
  id: r.id,
  name: r.name,
  created: keboolaDate(r.created_at),
  allowAutoJoin: r.allow_auto_join,
  crmId: r.crm_id,
  activityCenterProjectId: r.activity_center_project_id,
  mfaRequired: r.mfa_required,
  ...(maintainer ? { maintainer: maintainerJson(maintainer) } : {}),
});

const userJson = (r: Row): Json => ({
  id: r.id,
  name: r.name,
  email: r.email,
  mfaEnabled: r.mfa_enabled,
  features: [],
  canAccessLogs: true,
  isSuperAdmin: r.is_super_admin,
  created: keboolaDate(r.created_at),
});

/**
 * The Keboola-compatible Management API's resources: maintainers, organizations, projects,
 * project templates, users. Permission checks are ManageCaller's; shapes and dates are Keboola's.
 */
@Injectable()
export class ManageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mfa: MfaService,
  ) {}

  // ── maintainers ─────────────────────────────────────────────────────────────

  async listMaintainers(caller: ManageCaller): Promise<Json[]> {
    const rows = caller.isSuper
      ? await this.q('SELECT * FROM maintainers ORDER BY id')
      : await this.q('SELECT m.* FROM maintainers m JOIN maintainer_members mm ON mm.maintainer_id = m.id WHERE mm.user_id = $1 ORDER BY m.id', [caller.user?.id ?? 0]);
    return rows.map(maintainerJson);
  }

  async getMaintainer(caller: ManageCaller, id: number): Promise<Json> {
    const m = await this.maintainer(id);
    if (!(await caller.canManageMaintainer(id))) throw forbidden();
    return maintainerJson(m);
  }

  async createMaintainer(caller: ManageCaller, input: { name: string }): Promise<Json> {
    caller.requireSuper();
    const [m] = await this.q('INSERT INTO maintainers (name) VALUES ($1) RETURNING *', [input.name]);
    if (caller.user) await this.q('INSERT INTO maintainer_members (maintainer_id, user_id) VALUES ($1, $2)', [m.id, caller.user.id]);
    return maintainerJson(m);
  }

  async updateMaintainer(caller: ManageCaller, id: number, input: { name?: string }): Promise<Json> {
    await this.maintainer(id);
    caller.requireSuper();
    await this.q('UPDATE maintainers SET name = COALESCE($2, name) WHERE id = $1', [id, input.name ?? null]);
    return maintainerJson(await this.maintainer(id));
  }

  async deleteMaintainer(caller: ManageCaller, id: number): Promise<void> {
    await this.maintainer(id);
    caller.requireSuper();
    const [{ count }] = await this.q('SELECT count(*)::int AS count FROM organizations WHERE maintainer_id = $1', [id]);
    if (count > 0) throw invalid(`Maintainer ${id} still has ${count} organization${count === 1 ? '' : 's'}; delete or move them first.`);
    await this.q('DELETE FROM maintainers WHERE id = $1', [id]);
  }

  async listMaintainerUsers(caller: ManageCaller, id: number): Promise<Json[]> {
    await this.maintainer(id);
    if (!(await caller.canManageMaintainer(id))) throw forbidden();
    const rows = await this.q('SELECT u.* FROM users u JOIN maintainer_members mm ON mm.user_id = u.id WHERE mm.maintainer_id = $1 ORDER BY u.id', [id]);
    return rows.map(userJson);
  }

  async addMaintainerUser(caller: ManageCaller, id: number, ref: { id?: number; email?: string }): Promise<Json> {
    await this.maintainer(id);
    if (!(await caller.canManageMaintainer(id))) throw forbidden();
    const user = await this.userByRef(ref);
    await this.q('INSERT INTO maintainer_members (maintainer_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, user.id]);
    return userJson(user);
  }

  async removeMaintainerUser(caller: ManageCaller, id: number, userId: number): Promise<void> {
    await this.maintainer(id);
    if (!(await caller.canManageMaintainer(id))) throw forbidden();
    await this.removeLastSafe('maintainer_members', 'maintainer_id', id, userId, 'A maintainer');
  }

  async listMaintainerOrganizations(caller: ManageCaller, id: number): Promise<Json[]> {
    const m = await this.maintainer(id);
    if (!(await caller.canManageMaintainer(id))) throw forbidden();
    const rows = await this.q('SELECT * FROM organizations WHERE maintainer_id = $1 ORDER BY id', [id]);
    return rows.map((o) => organizationJson(o, m));
  }

  // ── organizations ───────────────────────────────────────────────────────────

  async listOrganizations(caller: ManageCaller): Promise<Json[]> {
    const rows = caller.isSuper
      ? await this.q('SELECT * FROM organizations ORDER BY id')
      : await this.q(
          `SELECT o.* FROM organizations o
            WHERE EXISTS (SELECT 1 FROM organization_members om WHERE om.organization_id = o.id AND om.user_id = $1)
               OR EXISTS (SELECT 1 FROM maintainer_members mm WHERE mm.maintainer_id = o.maintainer_id AND mm.user_id = $1)
            ORDER BY o.id`,
          [caller.user?.id ?? 0],
        );
    const maintainerIds = [...new Set(rows.map((o) => o.maintainer_id))];
    const maintainers = new Map((await this.q('SELECT * FROM maintainers WHERE id = ANY($1)', [maintainerIds])).map((m) => [m.id, m]));
    return rows.map((o) => organizationJson(o, maintainers.get(o.maintainer_id)));
  }

  async getOrganization(caller: ManageCaller, id: number): Promise<Json> {
    const o = await this.organization(id);
    if (!(await caller.canManageOrganization(id))) throw forbidden();
    const projects = await this.q('SELECT id, name, created_at FROM projects WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY id', [id]);
    return {
      ...organizationJson(o, await this.maintainer(o.maintainer_id)),
      projects: projects.map((p) => ({ id: p.id, name: p.name, created: keboolaDate(p.created_at) })),
    };
  }

  async createOrganization(caller: ManageCaller, maintainerId: number, input: { name: string; crmId?: string | null }): Promise<Json> {
    await this.maintainer(maintainerId);
    if (!(await caller.canManageMaintainer(maintainerId))) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const [o] = await em.query('INSERT INTO organizations (maintainer_id, name, crm_id) VALUES ($1, $2, $3) RETURNING *', [maintainerId, input.name, input.crmId ?? null]);
      // The creator administers what they create.
      if (caller.user) await em.query('INSERT INTO organization_members (organization_id, user_id) VALUES ($1, $2)', [o.id, caller.user.id]);
      return this.getOrganizationIn(em, o.id);
    });
  }

  async updateOrganization(caller: ManageCaller, id: number, input: { name?: string; allowAutoJoin?: boolean; crmId?: string | null; activityCenterProjectId?: number | null }): Promise<Json> {
    await this.organization(id);
    if (!(await caller.canManageOrganization(id))) throw forbidden();
    if (input.activityCenterProjectId != null) await this.project(input.activityCenterProjectId);
    await this.q(
      `UPDATE organizations SET
         name = COALESCE($2, name),
         allow_auto_join = COALESCE($3, allow_auto_join),
         crm_id = CASE WHEN $4::boolean THEN $5 ELSE crm_id END,
         activity_center_project_id = CASE WHEN $6::boolean THEN $7::int ELSE activity_center_project_id END
       WHERE id = $1`,
      [id, input.name ?? null, input.allowAutoJoin ?? null, 'crmId' in input, input.crmId ?? null, 'activityCenterProjectId' in input, input.activityCenterProjectId ?? null],
    );
    return this.getOrganization(caller, id);
  }

  async deleteOrganization(caller: ManageCaller, id: number): Promise<void> {
    await this.organization(id);
    if (!(await caller.canManageOrganization(id))) throw forbidden();
    const [{ count }] = await this.q('SELECT count(*)::int AS count FROM projects WHERE organization_id = $1 AND deleted_at IS NULL', [id]);
    if (count > 0) throw invalid(`Organization ${id} still has ${count} project${count === 1 ? '' : 's'}; delete or move them first.`);
    // Projects deleted earlier (soft-deleted, already inaccessible) are purged with their organization.
    await this.dataSource.transaction(async (em) => {
      await em.query('DELETE FROM projects WHERE organization_id = $1 AND deleted_at IS NOT NULL', [id]);
      await em.query('DELETE FROM organizations WHERE id = $1', [id]);
    });
  }

  async listOrganizationUsers(caller: ManageCaller, id: number): Promise<Json[]> {
    await this.organization(id);
    if (!(await caller.canManageOrganization(id))) throw forbidden();
    const rows = await this.q('SELECT u.* FROM users u JOIN organization_members om ON om.user_id = u.id WHERE om.organization_id = $1 ORDER BY u.id', [id]);
    return rows.map(userJson);
  }

  async addOrganizationUser(caller: ManageCaller, id: number, ref: { id?: number; email?: string }): Promise<Json> {
    const o = await this.organization(id);
    if (!(await caller.canManageOrganization(id))) throw forbidden();
    const user = await this.userByRef(ref);
    if (o.mfa_required && !user.mfa_enabled) throw invalid(`Organization ${id} requires multi-factor authentication and ${user.email} does not have it enabled.`);
    await this.q('INSERT INTO organization_members (organization_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, user.id]);
    return userJson(user);
  }

  async removeOrganizationUser(caller: ManageCaller, id: number, userId: number): Promise<void> {
    await this.organization(id);
    if (!(await caller.canManageOrganization(id))) throw forbidden();
    await this.removeLastSafe('organization_members', 'organization_id', id, userId, 'An organization');
  }

  /** Removes a member unless they are the last one; locks the member rows so two removals cannot empty it together. */
  private async removeLastSafe(table: 'organization_members' | 'maintainer_members', column: string, id: number, userId: number, what: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const members: Row[] = await em.query(`SELECT user_id FROM ${table} WHERE ${column} = $1 FOR UPDATE`, [id]);
      if (!members.some((m) => m.user_id === userId)) throw manageNotFound('user', userId);
      if (members.length === 1) throw invalid(`${what} needs at least one member; add another one first.`);
      await em.query(`DELETE FROM ${table} WHERE ${column} = $1 AND user_id = $2`, [id, userId]);
    });
  }

  /** An organization admin who has MFA can require it; members without MFA then lose project access. */
  async forceMfa(caller: ManageCaller, id: number): Promise<Json> {
    await this.organization(id);
    if (!(await caller.canManageOrganization(id))) throw forbidden();
    if (caller.user && !caller.user.mfaEnabled) throw invalid('Enable multi-factor authentication for your own account before requiring it.');
    await this.q('UPDATE organizations SET mfa_required = true WHERE id = $1', [id]);
    return this.getOrganization(caller, id);
  }

  // ── project templates ───────────────────────────────────────────────────────

  async listTemplates(caller: ManageCaller): Promise<Json[]> {
    const rows = await this.q(`SELECT * FROM project_templates ${caller.isSuper ? '' : 'WHERE NOT hidden'} ORDER BY string_id`);
    return rows.map(templateJson);
  }

  async getTemplate(caller: ManageCaller, stringId: string): Promise<Json> {
    const [t] = await this.q('SELECT * FROM project_templates WHERE string_id = $1', [stringId]);
    if (!t || (t.hidden && !caller.isSuper)) throw manageNotFound('project template', stringId);
    return templateJson(t);
  }

  // ── projects ────────────────────────────────────────────────────────────────

  async listOrganizationProjects(caller: ManageCaller, organizationId: number): Promise<Json[]> {
    await this.organization(organizationId);
    if (!(await caller.canManageOrganization(organizationId))) throw forbidden();
    return this.projectsJson(this.dataSource.manager, 'p.organization_id = $1 AND p.deleted_at IS NULL', organizationId);
  }

  async createProject(caller: ManageCaller, organizationId: number, input: { name: string; type?: string; description?: string | null }): Promise<Json> {
    await this.organization(organizationId);
    if (!(await caller.canManageOrganization(organizationId))) throw forbidden();
    const [t] = await this.q('SELECT * FROM project_templates WHERE string_id = $1', [input.type ?? 'production']);
    if (!t || (t.hidden && !caller.isSuper)) throw invalid(`Unknown project type "${input.type}". Use one of the project templates.`);
    return this.dataSource.transaction(async (em) => {
      const [p] = await em.query(
        `INSERT INTO projects (organization_id, name, type, description, limits, expires_at)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::int IS NULL THEN NULL ELSE now() + make_interval(days => $6::int) END) RETURNING id`,
        [organizationId, input.name, t.project_type, input.description ?? null, t.limits, t.expiration_days],
      );
      if (caller.user) await em.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'admin')`, [p.id, caller.user.id]);
      return this.projectJson(em, p.id);
    });
  }

  async getProject(caller: ManageCaller, id: number): Promise<Json> {
    await this.project(id);
    if (!(await caller.projectAccess(id))) throw forbidden();
    return this.projectJson(this.dataSource.manager, id);
  }

  async updateProject(caller: ManageCaller, id: number, input: { name?: string; description?: string | null; expirationDays?: number | null }): Promise<Json> {
    await this.project(id);
    if ((await caller.projectAccess(id)) !== 'admin') throw forbidden();
    if ('expirationDays' in input && !caller.isSuper) throw forbidden('Only super admins can change a project\u2019s expiration.');
    await this.q(
      `UPDATE projects SET name = COALESCE($2, name),
              description = CASE WHEN $3::boolean THEN $4 ELSE description END,
              expires_at = CASE WHEN $5::boolean THEN (CASE WHEN $6::int IS NULL THEN NULL ELSE now() + make_interval(days => $6::int) END) ELSE expires_at END
        WHERE id = $1`,
      [id, input.name ?? null, 'description' in input, input.description ?? null, 'expirationDays' in input, input.expirationDays ?? null],
    );
    return this.projectJson(this.dataSource.manager, id);
  }

  /** Soft delete, as Keboola does: hidden and inaccessible, kept for recovery. */
  async deleteProject(caller: ManageCaller, id: number): Promise<void> {
    const p = await this.project(id);
    if (!(await caller.canManageOrganization(p.organization_id))) throw forbidden();
    await this.q('UPDATE projects SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL', [id]);
  }

  async moveProject(caller: ManageCaller, id: number, organizationId: number): Promise<Json> {
    const p = await this.project(id);
    await this.organization(organizationId);
    if (!(await caller.canManageOrganization(p.organization_id)) || !(await caller.canManageOrganization(organizationId))) {
      throw forbidden('Moving a project needs admin rights in both organizations.');
    }
    await this.q('UPDATE projects SET organization_id = $2 WHERE id = $1', [id, organizationId]);
    return this.projectJson(this.dataSource.manager, id);
  }

  async setLimits(caller: ManageCaller, id: number, limits: { name: string; value: number }[]): Promise<Json> {
    await this.project(id);
    caller.requireSuper();
    const patch = Object.fromEntries(limits.map((l) => [l.name, { name: l.name, value: l.value }]));
    await this.q('UPDATE projects SET limits = limits || $2::jsonb WHERE id = $1', [id, JSON.stringify(patch)]);
    return this.projectJson(this.dataSource.manager, id);
  }

  async removeLimit(caller: ManageCaller, id: number, name: string): Promise<void> {
    await this.project(id);
    caller.requireSuper();
    await this.q('UPDATE projects SET limits = limits - $2 WHERE id = $1', [id, name]);
  }

  /** Platform services report a project's latest metrics (super tokens with the `metrics:write` scope). */
  async reportMetrics(caller: ManageCaller, id: number, metrics: { name: string; value: number }[]): Promise<Json> {
    if (!(caller.verified.token.type === 'super' && caller.hasScope('metrics:write'))) {
      throw forbidden('Reporting metrics needs an application token with the metrics:write scope.');
    }
    await this.project(id);
    const patch = Object.fromEntries(metrics.map((m) => [m.name, { name: m.name, value: m.value }]));
    await this.q('UPDATE projects SET metrics = metrics || $2::jsonb WHERE id = $1', [id, JSON.stringify(patch)]);
    return this.projectJson(this.dataSource.manager, id);
  }

  async listProjectUsers(caller: ManageCaller, id: number): Promise<Json[]> {
    await this.project(id);
    if (!(await caller.projectAccess(id))) throw forbidden();
    const rows = await this.q(
      `SELECT u.*, pm.role, pm.created_at AS member_since FROM users u JOIN project_members pm ON pm.user_id = u.id WHERE pm.project_id = $1 ORDER BY u.id`,
      [id],
    );
    return rows.map((r) => ({ ...userJson(r), role: r.role, created: keboolaDate(r.member_since), expires: null, reason: null, invitor: null, approver: null }));
  }

  async addProjectUser(caller: ManageCaller, id: number, input: { id?: number; email?: string; role?: string }): Promise<Json> {
    const p = await this.project(id);
    if ((await caller.projectAccess(id)) !== 'admin') throw forbidden();
    const role = this.role(input.role ?? 'admin');
    const user = await this.userByRef(input);
    const [o] = await this.q('SELECT mfa_required FROM organizations WHERE id = $1', [p.organization_id]);
    if (o.mfa_required && !user.mfa_enabled) throw invalid(`The project's organization requires multi-factor authentication and ${user.email} does not have it enabled.`);
    await this.q(
      'INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (project_id, user_id) DO UPDATE SET role = EXCLUDED.role',
      [id, user.id, role],
    );
    return { ...userJson(user), role };
  }

  async updateProjectUser(caller: ManageCaller, id: number, userId: number, input: { role: string }): Promise<Json> {
    await this.project(id);
    if ((await caller.projectAccess(id)) !== 'admin') throw forbidden();
    const role = this.role(input.role);
    const [exists] = await this.q('SELECT 1 FROM project_members WHERE project_id = $1 AND user_id = $2', [id, userId]);
    if (!exists) throw manageNotFound('user', userId);
    await this.q('UPDATE project_members SET role = $3 WHERE project_id = $1 AND user_id = $2', [id, userId, role]);
    const [u] = await this.q('SELECT * FROM users WHERE id = $1', [userId]);
    return { ...userJson(u), role };
  }

  async removeProjectUser(caller: ManageCaller, id: number, userId: number): Promise<void> {
    await this.project(id);
    const access = await caller.projectAccess(id);
    // Anyone may leave a project; removing others needs admin rights.
    if (access !== 'admin' && caller.user?.id !== userId) throw forbidden();
    const [exists] = await this.q('SELECT 1 FROM project_members WHERE project_id = $1 AND user_id = $2', [id, userId]);
    if (!exists) throw manageNotFound('user', userId);
    await this.q('DELETE FROM project_members WHERE project_id = $1 AND user_id = $2', [id, userId]);
  }

  // ── users ───────────────────────────────────────────────────────────────────

  async getUser(caller: ManageCaller, ref: string): Promise<Json> {
    const user = await this.userByPathRef(ref);
    if (!caller.isSuper && caller.user?.id !== user.id) throw forbidden();
    return userJson(user);
  }

  async disableUserMfa(caller: ManageCaller, ref: string): Promise<void> {
    caller.requireSuper();
    const user = await this.userByPathRef(ref);
    if (!user.mfa_enabled) throw invalid(`User ${user.email} does not have multi-factor authentication enabled.`);
    await this.mfa.resetByOperator(user.id);
  }

  // ── helpers ─────────────────────────────────────────────────────────────────

  private async projectJson(em: EntityManager, id: number): Promise<Json> {
    const [project] = await this.projectsJson(em, 'p.id = $1', id);
    return project!;
  }

  /** Projects in Keboola's shape, with their organization, in one query (`where` takes one parameter). */
  private async projectsJson(em: EntityManager, where: string, param: number): Promise<Json[]> {
    const rows: Row[] = await em.query(
      `SELECT p.*, o.name AS org_name, o.created_at AS org_created, o.allow_auto_join, o.crm_id, o.activity_center_project_id, o.mfa_required
         FROM projects p JOIN organizations o ON o.id = p.organization_id WHERE ${where} ORDER BY p.id`,
      [param],
    );
    return rows.map((p) => ({
      id: p.id,
      name: p.name,
      type: p.type,
      description: p.description,
      region: 'local',
      created: keboolaDate(p.created_at),
      expires: keboolaDate(p.expires_at),
      isDisabled: false,
      dataSizeBytes: p.metrics['storage.dataSizeBytes']?.value ?? 0,
      rowsCount: p.metrics['storage.rowsCount']?.value ?? 0,
      organization: organizationJson({
        id: p.organization_id,
        name: p.org_name,
        created_at: p.org_created,
        allow_auto_join: p.allow_auto_join,
        crm_id: p.crm_id,
        activity_center_project_id: p.activity_center_project_id,
        mfa_required: p.mfa_required,
      }),
      limits: p.limits,
      metrics: p.metrics,
    }));
  }

  private async getOrganizationIn(em: EntityManager, id: number): Promise<Json> {
    const [o] = await em.query('SELECT * FROM organizations WHERE id = $1', [id]);
    const [m] = await em.query('SELECT * FROM maintainers WHERE id = $1', [o.maintainer_id]);
    return { ...organizationJson(o, m), projects: [] };
  }

  private role(role: string): ProjectRole {
    if (!(PROJECT_ROLES as readonly string[]).includes(role)) throw invalid(`Invalid role "${role}". Use one of: ${PROJECT_ROLES.join(', ')}.`);
    return role as ProjectRole;
  }

  private async userByRef(ref: { id?: number; email?: string }): Promise<Row> {
    if (ref.id === undefined && !ref.email) throw invalid('Give the user\u2019s "id" or "email".');
    const [u] =
      ref.id !== undefined
        ? await this.q('SELECT * FROM users WHERE id = $1', [ref.id])
        : await this.q('SELECT * FROM users WHERE email = $1', [normalizeEmail(ref.email!)]);
    if (!u) throw manageNotFound('user', ref.id ?? ref.email);
    return u;
  }

  /** `/manage/users/{id or e-mail}`. */
  private userByPathRef(ref: string): Promise<Row> {
    return this.userByRef(/^\d+$/.test(ref) ? { id: Number(ref) } : { email: ref });
  }

  private async maintainer(id: number): Promise<Row> {
    const [m] = await this.q('SELECT * FROM maintainers WHERE id = $1', [id]);
    if (!m) throw manageNotFound('maintainer', id);
    return m;
  }

  private async organization(id: number): Promise<Row> {
    const [o] = await this.q('SELECT * FROM organizations WHERE id = $1', [id]);
    if (!o) throw manageNotFound('organization', id);
    return o;
  }

  private async project(id: number): Promise<Row> {
    const [p] = await this.q('SELECT * FROM projects WHERE id = $1 AND deleted_at IS NULL', [id]);
    if (!p) throw manageNotFound('project', id);
    return p;
  }

  private q(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.dataSource.query(sql, params);
  }
}

function templateJson(t: Row): Json {
  return {
    id: t.string_id,
    stringId: t.string_id,
    name: t.name,
    description: t.description,
    expirationDays: t.expiration_days,
    projectType: t.project_type,
    hasTryModeOn: false,
    isHidden: t.hidden,
    limits: t.limits,
  };
}

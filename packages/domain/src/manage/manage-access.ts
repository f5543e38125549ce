import type { DataSource } from 'typeorm';
import type { User } from '../db/entities/user.entity.js';
import { DomainError } from '../errors/domain-error.js';
import type { VerifiedToken } from './manage-token.service.js';

/**
 * Who is calling the Management API, and what they reach. Keboola's model: a super admin (or an
 * application token) reaches everything; a maintainer member reaches the maintainer, its
 * organizations and their projects; an organization member reaches the organization and its
 * projects; a project member reaches that project.
 */
export class ManageCaller {
  constructor(
    readonly verified: VerifiedToken,
    private readonly dataSource: DataSource,
  ) {}

  get user(): User | null {
    return this.verified.user;
  }

  get isSuper(): boolean {
    return this.verified.token.type === 'super' || this.verified.user?.isSuperAdmin === true;
  }

  hasScope(scope: string): boolean {
    return this.verified.token.scopes.includes(scope);
  }

  requireSuper(): void {
    if (!this.isSuper) throw new DomainError('forbidden', 'manage.forbidden', 'Only super admins can do this.');
  }

  requireUser(): User {
    if (!this.user) throw new DomainError('forbidden', 'manage.user_token_required', 'This needs a user token, not an application token.');
    return this.user;
  }

  async canManageMaintainer(maintainerId: number): Promise<boolean> {
    if (this.isSuper) return true;
    if (!this.user) return false;
    const rows = await this.dataSource.query('SELECT 1 FROM maintainer_members WHERE maintainer_id = $1 AND user_id = $2', [maintainerId, this.user.id]);
    return rows.length > 0;
  }

  /** Organization admin: a member of it or of its maintainer. */
  async canManageOrganization(organizationId: number): Promise<boolean> {
    if (this.isSuper) return true;
    if (!this.user) return false;
    const rows = await this.dataSource.query(
      `SELECT 1 FROM organizations o
        WHERE o.id = $1
          AND (EXISTS (SELECT 1 FROM organization_members om WHERE om.organization_id = o.id AND om.user_id = $2)
               OR EXISTS (SELECT 1 FROM maintainer_members mm WHERE mm.maintainer_id = o.maintainer_id AND mm.user_id = $2))`,
      [organizationId, this.user.id],
    );
    return rows.length > 0;
  }

  /**
   * 'admin' (organization/maintainer admin or super, or a project admin), 'member' (another project
   * role), or null. An organization that requires MFA admits no one without MFA.
   */
  async projectAccess(projectId: number): Promise<'admin' | 'member' | null> {
    if (this.isSuper) return 'admin';
    if (!this.user) return null;
    const [row] = (await this.dataSource.query(
      `SELECT o.mfa_required,
              (EXISTS (SELECT 1 FROM organization_members om WHERE om.organization_id = o.id AND om.user_id = $2)
               OR EXISTS (SELECT 1 FROM maintainer_members mm WHERE mm.maintainer_id = o.maintainer_id AND mm.user_id = $2)) AS org_admin,
              (SELECT pm.role FROM project_members pm WHERE pm.project_id = p.id AND pm.user_id = $2) AS role
         FROM projects p JOIN organizations o ON o.id = p.organization_id
        WHERE p.id = $1 AND p.deleted_at IS NULL`,
      [projectId, this.user.id],
    )) as { mfa_required: boolean; org_admin: boolean; role: string | null }[];
    if (!row) return null;
    if (row.mfa_required && !this.user.mfaEnabled) return null;
    if (row.org_admin || row.role === 'admin') return 'admin';
    return row.role ? 'member' : null;
  }
}

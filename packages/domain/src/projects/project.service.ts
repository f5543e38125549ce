import { PROJECT_ROLES, PROJECT_TYPES, type ProjectDetail, type ProjectRole, type ProjectSummary, type ProjectType } from '@kbc/contract';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Maintainer, Organization } from '../db/entities/organization.entity.js';
import { MaintainerMember, OrganizationMember, Project, ProjectMember } from '../db/entities/project.entity.js';
import { User } from '../db/entities/user.entity.js';
import { DomainError } from '../errors/domain-error.js';

interface ProjectRow {
  id: number;
  name: string;
  type: ProjectType;
  created_at: Date;
  expires_at: Date | null;
  organization_id: number;
  organization_name: string;
  maintainer_id: number;
  maintainer_name: string;
  role: ProjectRole;
  limits: ProjectDetail['limits'];
  metrics: ProjectDetail['metrics'];
}

const toSummary = (r: ProjectRow): ProjectSummary => ({
  id: r.id,
  name: r.name,
  type: r.type,
  organization: { id: r.organization_id, name: r.organization_name },
  role: r.role,
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at?.toISOString() ?? null,
});

/** The projects a user is a member of — what the portal's home page and project page show. */
const MEMBER_PROJECTS_SQL = `
  SELECT p.id, p.name, p.type, p.created_at, p.expires_at, p.limits, p.metrics,
         o.id AS organization_id, o.name AS organization_name,
         m.id AS maintainer_id, m.name AS maintainer_name, pm.role
    FROM project_members pm
    JOIN projects p ON p.id = pm.project_id AND p.deleted_at IS NULL
    JOIN organizations o ON o.id = p.organization_id
    JOIN maintainers m ON m.id = o.maintainer_id
   WHERE pm.user_id = $1`;

@Injectable()
export class ProjectService {
  constructor(private readonly dataSource: DataSource) {}

  async listForUser(userId: number): Promise<ProjectSummary[]> {
    const rows: ProjectRow[] = await this.dataSource.query(`${MEMBER_PROJECTS_SQL} ORDER BY lower(p.name), p.id`, [userId]);
    return rows.map(toSummary);
  }

  /** A project the user is a member of; anything else is "not found" (its existence is not revealed). */
  async getForUser(userId: number, projectId: number): Promise<ProjectDetail> {
    const rows: ProjectRow[] = await this.dataSource.query(`${MEMBER_PROJECTS_SQL} AND p.id = $2`, [userId, projectId]);
    const r = rows[0];
    if (!r) throw new DomainError('not_found', 'project.not_found', `Project ${projectId} does not exist or you are not a member of it.`);
    return { ...toSummary(r), maintainer: { id: r.maintainer_id, name: r.maintainer_name }, limits: r.limits, metrics: r.metrics };
  }
}

/** Operator-side writes to the maintainer -> organization -> project tree (CLI, seed). */
@Injectable()
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  async createMaintainer(name: string): Promise<Maintainer> {
    const repo = this.dataSource.getRepository(Maintainer);
    return repo.save(repo.create({ name: requireName(name, 'maintainer') }));
  }

  async createOrganization(maintainerId: number, name: string): Promise<Organization> {
    await this.mustExist(Maintainer, maintainerId, 'maintainer');
    const repo = this.dataSource.getRepository(Organization);
    return repo.save(repo.create({ maintainerId, name: requireName(name, 'organization') }));
  }

  async createProject(input: { organizationId: number; name: string; type: ProjectType; expiresAt?: Date | null; limits?: Project['limits'] }): Promise<Project> {
    await this.mustExist(Organization, input.organizationId, 'organization');
    if (!PROJECT_TYPES.includes(input.type)) {
      throw new DomainError('invalid', 'project.invalid_type', `Unknown project type "${input.type}". Use production, poc or demo.`);
    }
    const repo = this.dataSource.getRepository(Project);
    return repo.save(
      repo.create({
        organizationId: input.organizationId,
        name: requireName(input.name, 'project'),
        type: input.type,
        expiresAt: input.expiresAt ?? null,
        limits: input.limits ?? {},
        metrics: {},
      }),
    );
  }

  async addProjectMember(projectId: number, userId: number, role: ProjectRole): Promise<ProjectMember> {
    await this.mustExist(Project, projectId, 'project');
    await this.mustExist(User, userId, 'user');
    if (!PROJECT_ROLES.includes(role)) {
      throw new DomainError('invalid', 'project.invalid_role', `Unknown role "${role}". Use admin, guest, readOnly or share.`);
    }
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ProjectMember)
      .values({ projectId, userId, role })
      .orUpdate(['role'], ['project_id', 'user_id'])
      .execute();
    return this.dataSource.getRepository(ProjectMember).findOneByOrFail({ projectId, userId });
  }

  async addOrganizationMember(organizationId: number, userId: number): Promise<void> {
    await this.mustExist(Organization, organizationId, 'organization');
    await this.mustExist(User, userId, 'user');
    await this.dataSource.createQueryBuilder().insert().into(OrganizationMember).values({ organizationId, userId }).orIgnore().execute();
  }

  async addMaintainerMember(maintainerId: number, userId: number): Promise<void> {
    await this.mustExist(Maintainer, maintainerId, 'maintainer');
    await this.mustExist(User, userId, 'user');
    await this.dataSource.createQueryBuilder().insert().into(MaintainerMember).values({ maintainerId, userId }).orIgnore().execute();
  }

  private async mustExist(entity: typeof Maintainer | typeof Organization | typeof Project | typeof User, id: number, what: string) {
    if (!Number.isInteger(id) || id <= 0 || !(await this.dataSource.getRepository(entity).existsBy({ id }))) {
      throw new DomainError('not_found', `${what}.not_found`, `No ${what} with id ${id} exists.`);
    }
  }
}

function requireName(name: string, what: string): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw new DomainError('invalid', `${what}.name_required`, `A ${what} needs a name.`);
  if (trimmed.length > 200) throw new DomainError('invalid', `${what}.name_too_long`, `A ${what} name has at most 200 characters.`);
  return trimmed;
}

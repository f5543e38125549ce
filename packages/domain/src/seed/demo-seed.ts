import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { User } from '../db/entities/user.entity.js';
import { DirectoryService } from '../projects/project.service.js';
import { UserService } from '../users/user.service.js';

export const DEMO_LOGINS = {
  user: { email: 'demo@keboola.com', password: 'try-keboola-2026', name: 'Demo User' },
  staff: { email: 'staff@keboola.com', password: 'keboola-employee-2026', name: 'Keboola Staff' },
} as const;

/** Demo data for a fresh development database: one user with three projects, one super admin. */
@Injectable()
export class DemoSeed {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly directory: DirectoryService,
  ) {}

  /** Seeds only an empty database (no users); returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.getRepository(User).count()) > 0) return false;
    const user = await this.users.create({ ...DEMO_LOGINS.user, verified: true });
    const staff = await this.users.create({ ...DEMO_LOGINS.staff, verified: true, isSuperAdmin: true });
    const maintainer = await this.directory.createMaintainer('Keboola Demo Maintainer');
    const org = await this.directory.createOrganization(maintainer.id, 'Demo Organization');
    await this.directory.addOrganizationMember(org.id, user.id);
    await this.directory.addMaintainerMember(maintainer.id, staff.id);
    const day = 24 * 3600_000;
    const projects = [
      await this.directory.createProject({
        organizationId: org.id,
        name: 'Sales Analytics',
        type: 'production',
        limits: {
          'kbc.adminsCount': { name: 'kbc.adminsCount', value: 10 },
          'storage.dataSizeBytes': { name: 'storage.dataSizeBytes', value: 50_000_000_000 },
        },
      }),
      await this.directory.createProject({
        organizationId: org.id,
        name: 'Marketing PoC',
        type: 'poc',
        expiresAt: new Date(Date.now() + 30 * day),
        limits: { 'kbc.adminsCount': { name: 'kbc.adminsCount', value: 3 } },
      }),
      await this.directory.createProject({ organizationId: org.id, name: 'Hackathon Demo', type: 'demo', expiresAt: new Date(Date.now() + 14 * day) }),
    ];
    for (const p of projects) await this.directory.addProjectMember(p.id, user.id, 'admin');
    this.logger.log({ users: 2, projects: projects.length }, 'seeded demo data');
    return true;
  }
}

import type { ProjectDetailResponse, ProjectListResponse } from '@kbc/contract';
import { DomainError, ProjectService, type ResolvedSession } from '@kbc/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { pathId } from '../common/path-id.js';
import { Auth } from '../common/request-context.js';
import { Authenticated } from '../common/session.guard.js';

@Controller('api/projects')
@Authenticated()
export class ProjectsController {
  constructor(private readonly projects: ProjectService) {}

  @Get()
  async list(@Auth() auth: ResolvedSession): Promise<ProjectListResponse> {
    return { projects: await this.projects.listForUser(auth.user.id) };
  }

  @Get(':id')
  async detail(@Auth() auth: ResolvedSession, @Param('id') id: string): Promise<ProjectDetailResponse> {
    const projectId = pathId(id, () => new DomainError('invalid', 'project.invalid_id', 'A project id is a positive whole number.'));
    return { project: await this.projects.getForUser(auth.user.id, projectId) };
  }
}

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
import { ManageCaller, ManageService, type VerifiedToken, manageNotFound } from '@kbc/domain';
import { Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pathId } from '../common/path-id.js';
import { type Valid, ValidBody } from '../common/zod-validation.pipe.js';
import { Caller, ManageAuthenticated } from './manage-token.guard.js';

type Json = Record<string, unknown>;

/** A numeric path id; anything else is a 404, as for an id that does not exist. */
const num = (v: string, what: string): number => pathId(v, () => manageNotFound(what, v));

/** Keboola's Management API: thin HTTP mapping onto ManageService. */
@Controller('manage')
@ManageAuthenticated()
export class ManageController {
  constructor(
    private readonly manage: ManageService,
    private readonly dataSource: DataSource,
  ) {}

  private caller(v: VerifiedToken): ManageCaller {
    return new ManageCaller(v, this.dataSource);
  }

  @Get('maintainers')
  listMaintainers(@Caller() v: VerifiedToken): Promise<Json[]> {
    return this.manage.listMaintainers(this.caller(v));
  }

  @Post('maintainers')
  @HttpCode(201)
  createMaintainer(@Caller() v: VerifiedToken, @ValidBody(manageCreateMaintainerSchema) b: Valid<typeof manageCreateMaintainerSchema>): Promise<Json> {
    return this.manage.createMaintainer(this.caller(v), b);
  }

  @Get('maintainers/:id')
  getMaintainer(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json> {
    return this.manage.getMaintainer(this.caller(v), num(id, 'maintainer'));
  }

  @Patch('maintainers/:id')
  updateMaintainer(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageUpdateMaintainerSchema) b: Valid<typeof manageUpdateMaintainerSchema>): Promise<Json> {
    return this.manage.updateMaintainer(this.caller(v), num(id, 'maintainer'), b);
  }

  @Delete('maintainers/:id')
  @HttpCode(204)
  deleteMaintainer(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<void> {
    return this.manage.deleteMaintainer(this.caller(v), num(id, 'maintainer'));
  }

  @Get('maintainers/:id/users')
  maintainerUsers(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json[]> {
    return this.manage.listMaintainerUsers(this.caller(v), num(id, 'maintainer'));
  }

  @Post('maintainers/:id/users')
  @HttpCode(201)
  addMaintainerUser(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageUserRefSchema) b: Valid<typeof manageUserRefSchema>): Promise<Json> {
    return this.manage.addMaintainerUser(this.caller(v), num(id, 'maintainer'), b);
  }

  @Delete('maintainers/:id/users/:userId')
  @HttpCode(204)
  removeMaintainerUser(@Caller() v: VerifiedToken, @Param('id') id: string, @Param('userId') userId: string): Promise<void> {
    return this.manage.removeMaintainerUser(this.caller(v), num(id, 'maintainer'), num(userId, 'user'));
  }

  @Get('maintainers/:id/organizations')
  maintainerOrganizations(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json[]> {
    return this.manage.listMaintainerOrganizations(this.caller(v), num(id, 'maintainer'));
  }

  @Post('maintainers/:id/organizations')
  @HttpCode(201)
  createOrganization(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageCreateOrganizationSchema) b: Valid<typeof manageCreateOrganizationSchema>): Promise<Json> {
    return this.manage.createOrganization(this.caller(v), num(id, 'maintainer'), b);
  }

  @Get('organizations')
  listOrganizations(@Caller() v: VerifiedToken): Promise<Json[]> {
    return this.manage.listOrganizations(this.caller(v));
  }

  @Get('organizations/:id')
  getOrganization(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json> {
    return this.manage.getOrganization(this.caller(v), num(id, 'organization'));
  }

  @Patch('organizations/:id')
  updateOrganization(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageUpdateOrganizationSchema) b: Valid<typeof manageUpdateOrganizationSchema>): Promise<Json> {
    return this.manage.updateOrganization(this.caller(v), num(id, 'organization'), b);
  }

  @Delete('organizations/:id')
  @HttpCode(204)
  deleteOrganization(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<void> {
    return this.manage.deleteOrganization(this.caller(v), num(id, 'organization'));
  }

  @Patch('organizations/:id/force-mfa')
  forceMfa(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json> {
    return this.manage.forceMfa(this.caller(v), num(id, 'organization'));
  }

  @Get('organizations/:id/users')
  organizationUsers(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json[]> {
    return this.manage.listOrganizationUsers(this.caller(v), num(id, 'organization'));
  }

  @Post('organizations/:id/users')
  @HttpCode(201)
  addOrganizationUser(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageUserRefSchema) b: Valid<typeof manageUserRefSchema>): Promise<Json> {
    return this.manage.addOrganizationUser(this.caller(v), num(id, 'organization'), b);
  }

  @Delete('organizations/:id/users/:userId')
  @HttpCode(204)
  removeOrganizationUser(@Caller() v: VerifiedToken, @Param('id') id: string, @Param('userId') userId: string): Promise<void> {
    return this.manage.removeOrganizationUser(this.caller(v), num(id, 'organization'), num(userId, 'user'));
  }

  @Get('organizations/:id/projects')
  organizationProjects(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json[]> {
    return this.manage.listOrganizationProjects(this.caller(v), num(id, 'organization'));
  }

  @Post('organizations/:id/projects')
  @HttpCode(201)
  createProject(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageCreateProjectSchema) b: Valid<typeof manageCreateProjectSchema>): Promise<Json> {
    return this.manage.createProject(this.caller(v), num(id, 'organization'), b);
  }

  @Get('project-templates')
  templates(@Caller() v: VerifiedToken): Promise<Json[]> {
    return this.manage.listTemplates(this.caller(v));
  }

  @Get('project-templates/:id')
  template(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json> {
    return this.manage.getTemplate(this.caller(v), id);
  }

  @Get('projects/:id')
  getProject(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json> {
    return this.manage.getProject(this.caller(v), num(id, 'project'));
  }

  @Put('projects/:id')
  updateProject(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageUpdateProjectSchema) b: Valid<typeof manageUpdateProjectSchema>): Promise<Json> {
    return this.manage.updateProject(this.caller(v), num(id, 'project'), b);
  }

  @Delete('projects/:id')
  @HttpCode(204)
  deleteProject(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<void> {
    return this.manage.deleteProject(this.caller(v), num(id, 'project'));
  }

  @Post('projects/:id/organizations')
  @HttpCode(200)
  moveProject(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageMoveProjectSchema) b: Valid<typeof manageMoveProjectSchema>): Promise<Json> {
    return this.manage.moveProject(this.caller(v), num(id, 'project'), b.organizationId);
  }

  @Post('projects/:id/limits')
  @HttpCode(200)
  setLimits(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageSetLimitsSchema) b: Valid<typeof manageSetLimitsSchema>): Promise<Json> {
    return this.manage.setLimits(this.caller(v), num(id, 'project'), b.limits);
  }

  @Delete('projects/:id/limits/:name')
  @HttpCode(204)
  removeLimit(@Caller() v: VerifiedToken, @Param('id') id: string, @Param('name') name: string): Promise<void> {
    return this.manage.removeLimit(this.caller(v), num(id, 'project'), name);
  }

  @Post('projects/:id/metrics')
  @HttpCode(200)
  reportMetrics(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageReportMetricsSchema) b: Valid<typeof manageReportMetricsSchema>): Promise<Json> {
    return this.manage.reportMetrics(this.caller(v), num(id, 'project'), b.metrics);
  }

  @Get('projects/:id/users')
  projectUsers(@Caller() v: VerifiedToken, @Param('id') id: string): Promise<Json[]> {
    return this.manage.listProjectUsers(this.caller(v), num(id, 'project'));
  }

  @Post('projects/:id/users')
  @HttpCode(201)
  addProjectUser(@Caller() v: VerifiedToken, @Param('id') id: string, @ValidBody(manageAddProjectUserSchema) b: Valid<typeof manageAddProjectUserSchema>): Promise<Json> {
    return this.manage.addProjectUser(this.caller(v), num(id, 'project'), b);
  }

  @Patch('projects/:id/users/:userId')
  updateProjectUser(@Caller() v: VerifiedToken, @Param('id') id: string, @Param('userId') userId: string, @ValidBody(manageUpdateProjectUserSchema) b: Valid<typeof manageUpdateProjectUserSchema>): Promise<Json> {
    return this.manage.updateProjectUser(this.caller(v), num(id, 'project'), num(userId, 'user'), b);
  }

  @Delete('projects/:id/users/:userId')
  @HttpCode(204)
  removeProjectUser(@Caller() v: VerifiedToken, @Param('id') id: string, @Param('userId') userId: string): Promise<void> {
    return this.manage.removeProjectUser(this.caller(v), num(id, 'project'), num(userId, 'user'));
  }

  @Get('users/:ref')
  getUser(@Caller() v: VerifiedToken, @Param('ref') ref: string): Promise<Json> {
    return this.manage.getUser(this.caller(v), ref);
  }

  @Delete('users/:ref/mfa')
  @HttpCode(204)
  disableUserMfa(@Caller() v: VerifiedToken, @Param('ref') ref: string): Promise<void> {
    return this.manage.disableUserMfa(this.caller(v), ref);
  }
}

import type { LimitMap, ProjectRole, ProjectType } from '@kbc/contract';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'projects' })
export class Project {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column({ name: 'organization_id', type: 'int' })
  organizationId!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: ProjectType;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  limits!: LimitMap;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  metrics!: LimitMap;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Soft delete, as Keboola does: a deleted project is hidden and inaccessible. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

@Entity({ name: 'project_members' })
export class ProjectMember {
  @PrimaryColumn({ name: 'project_id', type: 'int' })
  projectId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId!: number;

  @Column({ type: 'text' })
  role!: ProjectRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'organization_members' })
export class OrganizationMember {
  @PrimaryColumn({ name: 'organization_id', type: 'int' })
  organizationId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'maintainer_members' })
export class MaintainerMember {
  @PrimaryColumn({ name: 'maintainer_id', type: 'int' })
  maintainerId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

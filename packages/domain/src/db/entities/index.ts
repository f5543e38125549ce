import { AuditEvent } from './audit-event.entity.js';
import { EmailVerification } from './email-verification.entity.js';
import { MailMessage } from './mail-message.entity.js';
import { ManageToken } from './manage-token.entity.js';
import { Maintainer, Organization } from './organization.entity.js';
import { MaintainerMember, OrganizationMember, Project, ProjectMember } from './project.entity.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export * from './audit-event.entity.js';
export * from './email-verification.entity.js';
export * from './mail-message.entity.js';
export * from './manage-token.entity.js';
export * from './organization.entity.js';
export * from './project.entity.js';
export * from './recovery-code.entity.js';
export * from './session.entity.js';
export * from './user.entity.js';

export const ENTITIES = [
  User,
  Session,
  EmailVerification,
  Maintainer,
  Organization,
  Project,
  ProjectMember,
  OrganizationMember,
  MaintainerMember,
  MailMessage,
  AuditEvent,
  RecoveryCode,
  ManageToken,
];

import { Pipe, PipeTransform } from '@angular/core';
import type { LimitMap, ProjectRole, ProjectType } from '@kbc/contract';

const PROJECT_TYPE_LABELS: Readonly<Record<ProjectType, string>> = {
  production: 'Production',
  poc: 'Proof of concept',
  demo: 'Demo',
};

const PROJECT_ROLE_LABELS: Readonly<Record<ProjectRole, string>> = {
  admin: 'Admin',
  guest: 'Guest',
  readOnly: 'Read only',
  share: 'Share',
};

/** `production` → `Production`; a value the portal does not know yet is shown as sent. */
@Pipe({ name: 'projectType' })
export class ProjectTypePipe implements PipeTransform {
  transform(type: ProjectType): string {
    return (PROJECT_TYPE_LABELS as Partial<Record<string, string>>)[type] ?? type;
  }
}

/** `readOnly` → `Read only`; a value the portal does not know yet is shown as sent. */
@Pipe({ name: 'projectRole' })
export class ProjectRolePipe implements PipeTransform {
  transform(role: ProjectRole): string {
    return (PROJECT_ROLE_LABELS as Partial<Record<string, string>>)[role] ?? role;
  }
}

/** Limit or metric entries in a stable order for display. */
export function limitEntries(limits: LimitMap): { name: string; value: number }[] {
  return Object.values(limits).sort((a, b) => a.name.localeCompare(b.name));
}

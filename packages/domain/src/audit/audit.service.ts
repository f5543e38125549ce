import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent, type AuditEventType } from '../db/entities/audit-event.entity.js';

/** Where a request came from, for the audit log and the sessions list. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

export const NO_CONTEXT: RequestContext = { ip: null, userAgent: null };

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    type: AuditEventType,
    userId: number | null,
    ctx: RequestContext,
    details: Record<string, unknown> = {},
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await em.insert(AuditEvent, { type, userId, ip: ctx.ip, userAgent: ctx.userAgent?.slice(0, 512) ?? null, details: details as never });
  }
}

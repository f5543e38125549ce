import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A Management API token: `<id>-<secret>`; only the SHA-256 of the secret is stored. */
@Entity({ name: 'manage_tokens' })
export class ManageToken {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id!: number;

  /** The owner of a user (`admin`) token; null for an application (`super`) token. */
  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId!: number | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash!: Buffer;

  @Column({ type: 'text', default: 'admin' })
  type!: 'admin' | 'super';

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'last_used_ip', type: 'inet', nullable: true })
  lastUsedIp!: string | null;

  @Column({ name: 'last_used_agent', type: 'text', nullable: true })
  lastUsedAgent!: string | null;

  /** Set when the owner was reminded of the coming expiry (once per token). */
  @Column({ name: 'expiry_reminded_at', type: 'timestamptz', nullable: true })
  expiryRemindedAt!: Date | null;
}

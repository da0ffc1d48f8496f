import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { BadUserInputError, NotFoundError } from '../shared/errors.js';
import { ApiKey } from './api-key.entity.js';
import { Organization } from './organization.entity.js';

const KEY_PREFIX = 'sift_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface CreatedOrganization {
  organization: Organization;
  /** Shown once; only its hash is stored. */
  apiKey: string;
}

/** Tenants, their API keys and their credits. */
export class OrganizationsService {
  constructor(private readonly em: EntityManager) {}

  async create(name: string, credits: number): Promise<CreatedOrganization> {
    if (!name.trim()) throw new BadUserInputError('name must not be empty');
    if (!Number.isInteger(credits) || credits < 0) {
      throw new BadUserInputError('credits must be a non-negative integer');
    }
    const em = this.em.fork();
    const organization = em.create(Organization, { name: name.trim(), credits });
    const apiKey = await this.issueKey(em, organization);
    await em.flush();
    return { organization, apiKey };
  }

  /** A new key for an existing organization. */
  async createKey(organizationId: string): Promise<string> {
    const em = this.em.fork();
    const organization = await em.findOne(Organization, { id: organizationId });
    if (!organization) throw new NotFoundError('Organization', organizationId);
    const key = await this.issueKey(em, organization);
    await em.flush();
    return key;
  }

  /** The organization an API key belongs to, or null for an unknown or revoked key. */
  /** The caller behind an API key, or null for an unknown or revoked key. */
  async authenticate(key: string): Promise<Caller | null> {
    if (!key.startsWith(KEY_PREFIX)) return null;
    const row = await this.em
      .fork()
      .findOne(ApiKey, { keyHash: hashApiKey(key), revokedAt: null }, { fields: ['organization', 'prefix'] });
    return row ? { organizationId: row.organization.id, apiKeyId: row.id, apiKeyPrefix: row.prefix } : null;
  }

  async addCredits(organizationId: string, credits: number): Promise<number> {
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<{ credits: number }[]>('UPDATE organization SET credits = credits + ? WHERE id = ? RETURNING credits', [
        credits,
        organizationId,
      ]);
    if (!rows.length) throw new NotFoundError('Organization', organizationId);
    return rows[0]!.credits;
  }

  private async issueKey(em: EntityManager, organization: Organization): Promise<string> {
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    em.create(ApiKey, { organization, keyHash: hashApiKey(key), prefix: key.slice(0, 12) });
    return key;
  }
}

/** Who is calling: an organization, through one of its API keys. */
export interface Caller {
  organizationId: string;
  apiKeyId: string;
  /** The key's first characters: recognisable in audit records, useless to an attacker. */
  apiKeyPrefix: string;
}

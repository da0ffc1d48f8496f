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

  /** Every organization, oldest first, with how many of its keys are active. */
  async list(): Promise<OrganizationSummary[]> {
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<OrganizationSummary[]>(
        `SELECT o.id, o.name, o.credits, o.created_at AS "createdAt",
              count(k.id) FILTER (WHERE k.revoked_at IS NULL)::int AS "activeKeys"
         FROM organization o LEFT JOIN api_key k ON k.organization_id = o.id
        GROUP BY o.id ORDER BY o.created_at, o.id`,
      );
    return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
  }

  /** API keys (of one organization, or all), oldest first: never the key, only its prefix. */
  async listKeys(organizationId?: string): Promise<ApiKeySummary[]> {
    if (organizationId !== undefined) assertUuid(organizationId, 'organization ID');
    const keys = await this.em
      .fork()
      .find(ApiKey, organizationId === undefined ? {} : { organization: organizationId }, {
        orderBy: { createdAt: 'asc', id: 'asc' },
        populate: ['organization'],
      });
    return keys.map((k) => ({
      id: k.id,
      organizationId: k.organization.id,
      organizationName: k.organization.getEntity().name,
      prefix: k.prefix,
      createdAt: k.createdAt,
      revokedAt: k.revokedAt,
    }));
  }

  /**
   * Revokes a key: the API refuses it from then on (and closes its open WebSockets within
   * WS_KEY_RECHECK_MS). Revoking a revoked key changes nothing and returns it as it is.
   */
  async revokeKey(keyId: string): Promise<ApiKeySummary> {
    assertUuid(keyId, 'key ID');
    const em = this.em.fork();
    const key = await em.findOne(ApiKey, { id: keyId }, { populate: ['organization'] });
    if (!key) throw new NotFoundError('API key', keyId);
    key.revokedAt ??= new Date();
    await em.flush();
    return {
      id: key.id,
      organizationId: key.organization.id,
      organizationName: key.organization.getEntity().name,
      prefix: key.prefix,
      createdAt: key.createdAt,
      revokedAt: key.revokedAt,
    };
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

export interface OrganizationSummary {
  id: string;
  name: string;
  credits: number;
  createdAt: Date;
  activeKeys: number;
}

/** An API key as operators see it: never the key itself. */
export interface ApiKeySummary {
  id: string;
  organizationId: string;
  organizationName: string;
  /** The key's first characters, to recognise it. */
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertUuid(id: string, what: string): void {
  if (!UUID.test(id)) throw new BadUserInputError(`${what} must be a UUID, got ${JSON.stringify(id)}`);
}

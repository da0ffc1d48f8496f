import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import type { Page } from '../graphql/connection.js';
import { BadUserInputError, NotFoundError } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import { keysetPage } from '../shared/keyset.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import type { CreateWebhookEndpointInput } from './webhook.inputs.js';
import { validateWebhookUrl } from './webhook-url.js';

/** Endpoints one organization may have. */
export const MAX_ENDPOINTS = 20;

/** A new signing secret: 32 random bytes, with a prefix that says what it is. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** One organization's webhook endpoints and their deliveries. Every method is scoped: foreign IDs are NOT_FOUND. */
export class WebhooksService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    private readonly options: { allowPrivate: boolean },
  ) {}

  async create(input: CreateWebhookEndpointInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const url = validateWebhookUrl(input.url, this.options);
    const events = [...new Set(input.events)];
    if (!events.length) throw new BadUserInputError('Subscribe to at least one event', { argument: 'events' });
    const count = await this.em.count(WebhookEndpoint, { organization: this.organizationId });
    if (count >= MAX_ENDPOINTS) {
      throw new BadUserInputError(`An organization may have ${MAX_ENDPOINTS} webhook endpoints; delete one first`, {
        reason: 'TOO_MANY_ENDPOINTS',
      });
    }
    const secret = newWebhookSecret();
    const endpoint = this.em.create(WebhookEndpoint, {
      organization: this.organizationId,
      url,
      events,
      description: input.description?.trim() || null,
      secret,
    });
    await this.em.flush();
    return { endpoint, secret };
  }

  list(): Promise<WebhookEndpoint[]> {
    return this.em.find(
      WebhookEndpoint,
      { organization: this.organizationId },
      { orderBy: { createdAt: 'ASC', id: 'ASC' } },
    );
  }

  async get(id: string): Promise<WebhookEndpoint> {
    const endpoint = isUuid(id)
      ? await this.em.findOne(WebhookEndpoint, { id, organization: this.organizationId })
      : null;
    if (!endpoint) throw new NotFoundError('WebhookEndpoint', id);
    return endpoint;
  }

  /** Deletes the endpoint and its deliveries; a delivery being sent finishes, and none is sent after. */
  async delete(id: string): Promise<string> {
    const endpoint = await this.get(id);
    await this.em.nativeDelete(WebhookEndpoint, { id: endpoint.id, organization: this.organizationId });
    return endpoint.id;
  }

  async deliveries(args: { endpointId: string; first: number; after?: string | null }): Promise<Page<WebhookDelivery>> {
    const endpoint = await this.get(args.endpointId);
    return keysetPage(
      this.em,
      WebhookDelivery,
      { endpoint: endpoint.id, organization: this.organizationId },
      { field: 'createdAt', direction: 'DESC', isDate: true, first: args.first, after: args.after },
    );
  }
}

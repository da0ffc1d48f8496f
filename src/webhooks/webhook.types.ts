import { registerEnumType } from 'type-graphql';

/** What a partner can subscribe an endpoint to. */
export enum WebhookEvent {
  TASK_COMPLETED = 'TASK_COMPLETED',
  TASK_CANCELLED = 'TASK_CANCELLED',
  APPLICATION_DECIDED = 'APPLICATION_DECIDED',
  APPLICATION_OVERRIDDEN = 'APPLICATION_OVERRIDDEN',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description:
    'An event a webhook endpoint can subscribe to; the delivered body names it in `type` (e.g. task.completed).',
  valuesConfig: {
    TASK_COMPLETED: { description: '`task.completed`: every application of a task reached a final state.' },
    TASK_CANCELLED: { description: '`task.cancelled`: a task was cancelled (cancelTask).' },
    APPLICATION_DECIDED: {
      description:
        "`application.decided`: an analysis set an application's decision (SHORTLISTED, REVIEW or REJECTED).",
    },
    APPLICATION_OVERRIDDEN: {
      description: '`application.overridden`: a person overrode a decision (overrideDecision).',
    },
  },
});

/** The `type` of a delivered event, as the body carries it. */
export const EVENT_TYPE: Record<WebhookEvent, string> = {
  [WebhookEvent.TASK_COMPLETED]: 'task.completed',
  [WebhookEvent.TASK_CANCELLED]: 'task.cancelled',
  [WebhookEvent.APPLICATION_DECIDED]: 'application.decided',
  [WebhookEvent.APPLICATION_OVERRIDDEN]: 'application.overridden',
};

export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  FAILING = 'FAILING',
}
registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: "How an endpoint's deliveries have gone lately.",
  valuesConfig: {
    ACTIVE: { description: 'Its last finished delivery succeeded (or none has finished yet).' },
    FAILING: {
      description:
        'Its last deliveries all ended FAILED (WEBHOOK_FAILING_AFTER in a row). Deliveries go on; the next one that ' +
        'succeeds makes it ACTIVE again.',
    },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one event stands for one endpoint.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt or its next retry.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed (no 2xx, a timeout or no connection); it will not be sent again.' },
  },
});

/** Body of every delivery: the same bytes on every attempt, so `id` is how a receiver deduplicates. */
export interface WebhookBody<T = unknown> {
  /** The event's ID: one per event, shared by its deliveries to several endpoints and by their retries. */
  id: string;
  type: string;
  /** ISO time of the event. */
  createdAt: string;
  data: T;
}

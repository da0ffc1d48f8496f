export {
  createSiftClient,
  type ProcessingTaskResult,
  type ResumeFile,
  type SiftClient,
  type SiftClientOptions,
  type VariablesArgument,
} from './client.js';
export { SiftApiError } from './errors.js';
export { subscriptionIterator, subscribeWithSink, type SubscriptionSink } from './subscription.js';
export type { UploadFile } from './upload.js';
export * from './generated.js';
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';

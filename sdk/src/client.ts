/**
 * The typed Sift client: every operation in `generated.ts` as a TypedDocumentNode, run over HTTP
 * (queries, mutations, multipart uploads) or graphql-ws (subscriptions) with an API key. Only web
 * APIs (fetch, FormData, Blob, WebSocket), each injectable, so it runs in browsers and in Node.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { SiftApiError } from './errors.js';
import { ProcessResumesDocument, type ProcessResumesMutation } from './generated.js';
import { subscribeWithSink, subscriptionIterator, type SubscriptionSink } from './subscription.js';
import { multipartBody, type UploadFile } from './upload.js';

export interface SiftClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>` on HTTP, and in graphql-ws's connection parameters. */
  apiKey: string;
  /** Defaults to `url` with ws(s):. */
  wsUrl?: string;
  /** Defaults to `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /**
   * A WebSocket constructor for subscriptions; defaults to `globalThis.WebSocket` (browsers, Node 22+,
   * Deno, Bun). On an older Node pass `WebSocket` from the `ws` package.
   */
  webSocketImpl?: unknown;
  /** How often graphql-ws reconnects before a subscription fails (default 5). */
  retryAttempts?: number;
}

/** A file to screen; in a browser `{ filename: file.name, content: file }`. */
export type ResumeFile = Omit<UploadFile, 'variable'>;

export type ProcessingTaskResult = ProcessResumesMutation['processResumes'];

/** Variables of an operation; `{}` when it takes none. */
type Variables = Record<string, unknown>;

/**
 * The variables argument: optional when the operation has no required variable, else required.
 * NoInfer: the types come from the document alone, so a variable it does not take is an error.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type VariablesArgument<V> = {} extends V ? [variables?: NoInfer<V>] : [variables: NoInfer<V>];

export interface SiftClient {
  /** Runs a query or mutation over HTTP; throws a SiftApiError when the answer has errors. */
  request<R, V extends Variables>(doc: TypedDocumentNode<R, V>, ...variables: VariablesArgument<V>): Promise<R>;
  /** Runs an operation with files (GraphQL multipart request); each file names its variable path. */
  upload<R, V extends Variables>(doc: TypedDocumentNode<R, V>, variables: NoInfer<V>, files: UploadFile[]): Promise<R>;
  /** `processResumes` with files: one task for the batch, screened in the background. */
  processResumes(jobPostId: string, files: ResumeFile[], options?: { strict?: boolean }): Promise<ProcessingTaskResult>;
  /** A subscription's data as an async iterator; `break` (or `return()`) unsubscribes. */
  subscribe<R, V extends Variables>(doc: TypedDocumentNode<R, V>, variables: NoInfer<V>): AsyncIterableIterator<R>;
  /** A subscription with callbacks; returns the function that unsubscribes. */
  subscribe<R, V extends Variables>(
    doc: TypedDocumentNode<R, V>,
    variables: NoInfer<V>,
    sink: SubscriptionSink<R>,
  ): () => void;
  /** Closes the WebSocket, if one was opened. */
  close(): Promise<void>;
}

export function createSiftClient({
  url,
  apiKey,
  wsUrl = url.replace(/^http/, 'ws'),
  fetch: fetchImpl = (input, init) => globalThis.fetch(input, init),
  webSocketImpl = globalThis.WebSocket,
  retryAttempts = 5,
}: SiftClientOptions): SiftClient {
  let ws: Client | null = null;
  const authorization = `Bearer ${apiKey}`;

  const send = async <R>(body: BodyInit, headers: Record<string, string>): Promise<R> => {
    const response = await fetchImpl(url, { method: 'POST', headers: { authorization, ...headers }, body });
    const text = await response.text();
    let result: { data?: R; errors?: GraphQLFormattedError[] };
    try {
      result = JSON.parse(text) as typeof result;
    } catch {
      throw new SiftApiError([{ message: text.slice(0, 500) }], response.status);
    }
    if (result.errors?.length) throw new SiftApiError(result.errors, response.status, result.data ?? null);
    return result.data as R;
  };

  const socket = (): Client => {
    if (!webSocketImpl) {
      throw new Error('No WebSocket implementation: pass `webSocketImpl` (on Node before 22, `WebSocket` from `ws`)');
    }
    ws ??= createClient({ url: wsUrl, webSocketImpl, connectionParams: { authorization }, lazy: true, retryAttempts });
    return ws;
  };

  const client: SiftClient = {
    request<R, V extends Variables>(doc: TypedDocumentNode<R, V>, ...[variables]: VariablesArgument<V>) {
      return send<R>(JSON.stringify({ query: printed(doc), variables: variables ?? {} }), {
        'content-type': 'application/json',
      });
    },

    upload(doc, variables, files) {
      // Apollo's CSRF prevention refuses a multipart request without a header like this one.
      return send(multipartBody(printed(doc), variables, files), { 'apollo-require-preflight': 'true' });
    },

    async processResumes(jobPostId, files, { strict } = {}) {
      const variables = { jobPostId, files: files.map(() => null), ...(strict === undefined ? {} : { strict }) };
      const uploads = files.map((f, i) => ({ ...f, variable: `files.${i}` }));
      return (await client.upload(ProcessResumesDocument, variables, uploads)).processResumes;
    },

    subscribe<R, V extends Variables>(
      doc: TypedDocumentNode<R, V>,
      variables: V,
      sink?: SubscriptionSink<R>,
    ): AsyncIterableIterator<R> & (() => void) {
      const payload = { query: printed(doc), variables };
      // The overloads in SiftClient say which of the two a caller gets.
      return (sink ? subscribeWithSink(socket(), payload, sink) : subscriptionIterator<R>(socket(), payload)) as never;
    },

    async close() {
      await ws?.dispose();
      ws = null;
    },
  };
  return client;
}

const printedDocuments = new WeakMap<DocumentNode, string>();

/** A document's text, printed once: a process following many tasks sends the same few documents. */
function printed(doc: DocumentNode): string {
  let text = printedDocuments.get(doc);
  if (text === undefined) printedDocuments.set(doc, (text = print(doc)));
  return text;
}

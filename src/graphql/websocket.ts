import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context } from 'graphql-ws';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Container } from '../container.js';
import type { Caller } from '../organizations/organizations.service.js';
import { RateLimitedError, SiftError, UnauthenticatedError } from '../shared/errors.js';
import { createContext, type GraphQLContext } from './context.js';
import { formatError, toGraphQLError } from './errors.js';
import { checkOperation } from './limits.js';
import { sharedSubscribe } from './shared-execution.js';
import { errorCode } from '../ops/graphql.metrics.js';

export interface WebSocketOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  container: Container;
  /** The caller behind an `Authorization` value; throws UnauthenticatedError. */
  authenticate(authorization: unknown): Promise<Caller>;
  /** The limit rules the HTTP path validates with (depth, aliases). */
  validationRules: readonly ValidationRule[];
}

type WsContext = Context<Record<string, unknown> | undefined, Extra & Partial<Record<string, never>>>;
type OperationLabels = { operation: string; type: string };

export interface WebSocketEndpoint {
  dispose(): Promise<void>;
}

/**
 * graphql-ws on the API's HTTP server, holding every operation to what the HTTP path holds it
 * to: a message size limit (`MAX_WS_MESSAGE_BYTES`: a bigger message closes the socket with
 * 1009), the API key checked again for each operation and every `WS_KEY_RECHECK_MS` (a key
 * revoked while its socket is open stops working there, running subscriptions included), the organization's requests per minute (each operation counts), the
 * token, depth, alias and cost limits, typed variables without NUL
 * characters, and errors with an `extensions.code`, bounded as on HTTP.
 */
export function startWebSocketEndpoint(options: WebSocketOptions): WebSocketEndpoint {
  const { httpServer, path, schema, container, authenticate, validationRules } = options;
  const { config, logger } = container;
  const { maxQueryTokens, maxQueryComplexity, maxWsMessageBytes, wsKeyRecheckMs } = config.limits;
  const wsServer = new WebSocketServer({ server: httpServer, path, maxPayload: maxWsMessageBytes });
  const format = formatError(logger);
  const rules = [...specifiedRules, ...validationRules];

  // Metrics: each operation counted (by name and type once it resolved), and its errors by code.
  const { metrics } = container;
  const operations = new WeakMap<WsContext, Map<string, OperationLabels>>();
  const labelsOf = (ctx: WsContext, id: string) =>
    operations.get(ctx)?.get(id) ?? { operation: 'unknown', type: 'unknown' };
  const countErrors = (labels: OperationLabels, errors: readonly GraphQLError[]) => {
    for (const error of errors) metrics.operationErrors.inc({ ...labels, code: errorCode(error) });
    return errors;
  };
  const counted =
    (
      onSubscribe: (
        ctx: WsContext,
        id: string,
        payload: SubscribePayload,
      ) => Promise<ExecutionArgs | readonly GraphQLError[]>,
    ) =>
    async (ctx: WsContext, id: string, payload: SubscribePayload) => {
      const resolved = await onSubscribe(ctx, id, payload);
      const labels = labelsOf(ctx, id);
      metrics.operations.inc({ ...labels, transport: 'ws' });
      if (!Array.isArray(resolved)) return resolved as ExecutionArgs;
      operations.get(ctx)?.delete(id);
      return countErrors(labels, resolved as readonly GraphQLError[]);
    };

  // The key each open socket authenticated with, checked again every wsKeyRecheckMs: a key revoked
  // while a subscription runs closes its socket (4403), even when the client sends nothing more.
  const keys = new Map<WebSocket, unknown>();
  const recheck = setInterval(() => {
    for (const [socket, authorization] of keys) {
      authenticate(authorization).catch((error: unknown) => {
        if (!(error instanceof SiftError)) return; // a database hiccup is not a revocation
        keys.delete(socket);
        socket.close(CloseCode.Forbidden, 'Forbidden');
      });
    }
  }, wsKeyRecheckMs);
  recheck.unref();

  const cleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          await authenticate(ctx.connectionParams?.authorization);
          const socket = ctx.extra.socket;
          keys.set(socket, ctx.connectionParams?.authorization);
          socket.once('close', () => keys.delete(socket));
          return true;
        } catch {
          return false; // closes with 4403 Forbidden
        }
      },
      onSubscribe: counted(async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        let caller: Caller;
        try {
          caller = await authenticate(ctx.connectionParams?.authorization);
        } catch (error) {
          if (!(error instanceof SiftError)) throw error;
          // The key was revoked since the socket opened: this operation is refused, and the
          // socket closes (ending its other subscriptions) once the refusal is sent, which
          // graphql-ws does before the next turn of the event loop.
          setImmediate(() => ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden'));
          return [toGraphQLError(new UnauthenticatedError('The API key is no longer valid'))];
        }
        try {
          // Each operation counts against the organization's requests per minute, as an HTTP request does.
          await container.requestLimiter.take(caller.organizationId);
        } catch (error) {
          if (error instanceof RateLimitedError) return [toGraphQLError(error)];
          throw error;
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: maxQueryTokens });
        } catch (error) {
          return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return [
            new GraphQLError('Unable to identify the operation: name it with operationName', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
            }),
          ];
        }
        let labels = operations.get(ctx);
        if (!labels) operations.set(ctx, (labels = new Map()));
        labels.set(id, {
          operation: metrics.operationLabel(payload.operationName ?? operation.name?.value),
          type: operation.operation,
        });
        try {
          checkOperation(schema, document, payload, maxQueryComplexity);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(container, caller),
        };
      }),
      // An event is executed once for all the subscribers of one organization asking the same.
      subscribe: sharedSubscribe((context) => (context as GraphQLContext).organizationId),
      onNext: (ctx, id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: countErrors(labelsOf(ctx, id), result.errors).map((e) => format(e.toJSON(), e)) }
          : undefined,
      onError: (ctx, id, _payload, errors) => countErrors(labelsOf(ctx, id), errors).map((e) => format(e.toJSON(), e)),
      onComplete: (ctx, id) => {
        operations.get(ctx)?.delete(id);
      },
    },
    wsServer,
  );

  // A client's fault (a message over maxPayload, a broken frame) is an `error` on its socket, which
  // ws has already closed with the right code (1009, 1002): graphql-ws would log each one to stderr
  // as an internal error, with a stack. Logged here as what it is.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => logger.warn({ err: error.message }, 'WebSocket client error'));
  });

  return {
    async dispose() {
      clearInterval(recheck);
      await cleanup.dispose();
    },
  };
}

/** A parse or validation error with the code Apollo gives it over HTTP. */
function withCode(error: unknown, code: string): GraphQLError {
  if (!(error instanceof GraphQLError)) throw error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

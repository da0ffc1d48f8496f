import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Container } from '../container.js';
import { RateLimitedError, SiftError, UnauthenticatedError } from '../shared/errors.js';
import type { RequestLimiter } from '../organizations/request.limiter.js';
import { bearerToken, createContext, type GraphQLContext } from './context.js';
import { corsPolicy } from './cors.js';
import { explorerRoutes } from './explorer.js';
import type { Caller } from '../organizations/organizations.service.js';
import { bounded, formatError, retryAfterHeader, toGraphQLError } from './errors.js';
import { limitRules, operationChecksPlugin } from './limits.js';
import { multipartUploads } from './uploads.js';
import { startWebSocketEndpoint } from './websocket.js';
import { graphqlMetricsPlugin } from '../ops/graphql.metrics.js';
import { OPS_PATHS, opsRoutes } from '../ops/ops.routes.js';
import { DASHBOARD_PATH, queueDashboard } from '../ops/queue.dashboard.js';
import { requestIdOf, requestLog } from '../ops/request-log.js';

export const GRAPHQL_PATH = '/graphql';

export interface ApiServer {
  readonly url: string;
  readonly wsUrl: string;
  readonly port: number;
  /** Stops taking connections, lets in-flight requests finish, closes subscriptions. */
  close(): Promise<void>;
}

/** Apollo Server over HTTP and graphql-ws over WebSocket, on one port and path. */
export async function startApiServer(container: Container, schema: GraphQLSchema): Promise<ApiServer> {
  const { config, logger } = container;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const authenticate = async (header: unknown): Promise<Caller> => {
    const key = bearerToken(header);
    const caller = key ? await container.organizations.authenticate(key) : null;
    if (!caller) throw new UnauthenticatedError();
    return caller;
  };

  const validationRules = limitRules(config.limits);
  const ws = startWebSocketEndpoint({
    httpServer,
    path: GRAPHQL_PATH,
    schema,
    container,
    authenticate,
    validationRules,
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules,
    // Counted while parsing: a huge document is refused before it is validated.
    parseOptions: { maxTokens: config.limits.maxQueryTokens },
    introspection: true,
    // Stack traces go to the log (formatError), never to clients, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    // runProcess owns SIGTERM/SIGINT: Apollo's own handler would stop the server twice and hang.
    stopOnTerminationSignals: false,
    formatError: formatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints here: without this, Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads Sandbox from a CDN: never served. The explorer (EXPLORER) is ours.
      ApolloServerPluginLandingPageDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
            },
          };
        },
      },
      operationChecksPlugin(schema, config.limits.maxQueryComplexity),
      graphqlMetricsPlugin(container.metrics),
    ],
  });
  await apollo.start();

  // Request IDs and logs first: every answer below carries X-Request-Id, refusals included.
  app.use(...requestLog({ logger, metrics: container.metrics, routes: [GRAPHQL_PATH, DASHBOARD_PATH, ...OPS_PATHS] }));
  app.use(opsRoutes(container));
  // Not mounted at all without ADMIN_TOKEN: the path is then a 404 like any other.
  if (config.adminToken) {
    app.use(
      DASHBOARD_PATH,
      ...queueDashboard({
        queues: [...container.queue.bullQueues, ...container.webhooks.bullQueues],
        adminToken: config.adminToken,
      }),
    );
  }
  // Before anything else on the path: the preflight (OPTIONS) is answered here, and every
  // answer, a 401 or a 429 included, carries the CORS headers an allowed page needs to read it.
  app.use(GRAPHQL_PATH, corsPolicy(config.corsOrigins));
  if (config.explorer) app.use(explorerRoutes(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    authenticateFirst(authenticate),
    limitRequests(container.requestLimiter),
    multipartUploads({
      maxFileSize: config.limits.maxFileBytes,
      maxFiles: config.limits.maxFilesPerBatch,
      maxFieldSize: config.limits.maxBatchBytes,
    }),
    express.json({ limit: config.limits.maxBatchBytes * 1.4 }), // base64 inflates by a third
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          let caller = res.locals.caller as Caller | undefined;
          if (!caller) {
            // A GET (a query in the URL): authenticated and counted here, as a POST was before its body.
            caller = await authenticate(req.headers.authorization);
            await container.requestLimiter.take(caller.organizationId);
          }
          return createContext(container, caller, { requestId: requestIdOf(req), logger: req.log });
        } catch (error) {
          if (error instanceof SiftError) throw toGraphQLError(error);
          throw error;
        }
      },
    }),
  );
  app.use(requestErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  logger.info({ port }, 'API listening');
  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    wsUrl: `ws://${host}:${port}${GRAPHQL_PATH}`,
    port,
    async close() {
      await apollo.stop();
    },
  };
}

/**
 * A request with a body is refused (401) before its body is read unless its key is valid: a
 * caller without one cannot make the API read and parse hundreds of megabytes. (Node reads and
 * drops what the client still sends, holding none of it.) The caller found is kept for the
 * GraphQL context.
 */
function authenticateFirst(authenticate: (header: unknown) => Promise<Caller>): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'POST') return next();
    try {
      res.locals.caller = await authenticate(req.headers.authorization);
      next();
    } catch (error) {
      if (!(error instanceof SiftError)) return next(error);
      res.status(401).json({ errors: [bounded(toGraphQLError(error).toJSON())] });
    }
  };
}

/**
 * Counts the request against its organization's requests per minute (ORG_MAX_REQUESTS_PER_MINUTE),
 * before its body is read: past the limit, 429 with `Retry-After` and RATE_LIMITED (with
 * `extensions.retryAfterSeconds`). Requests without a caller here (GET) are counted in the context.
 */
function limitRequests(limiter: RequestLimiter): RequestHandler {
  return async (_req, res, next) => {
    const caller = res.locals.caller as Caller | undefined;
    if (!caller) return next();
    try {
      await limiter.take(caller.organizationId);
      next();
    } catch (error) {
      if (!(error instanceof RateLimitedError)) return next(error);
      for (const [name, value] of retryAfterHeader(error)) res.setHeader(name, value);
      res.status(429).json({ errors: [bounded(toGraphQLError(error).toJSON())] });
    }
  };
}

/** Errors raised before GraphQL runs (auth, multipart, bad JSON) answered in GraphQL's shape. */
const requestErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status: number = error.status ?? error.statusCode ?? 500;
  const code =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : status === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : status < 500
            ? 'BAD_USER_INPUT'
            : 'INTERNAL_SERVER_ERROR';
  const message = status < 500 ? String(error.message) : 'Internal server error';
  const formatted = bounded(new GraphQLError(message, { extensions: { code } }).toJSON());
  res.status(status).json({ errors: [formatted] });
};

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { useServer } from 'graphql-ws/use/ws';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Container } from '../container.js';
import { SiftError, UnauthenticatedError } from '../shared/errors.js';
import { bearerToken, createContext, type GraphQLContext } from './context.js';
import type { Caller } from '../organizations/organizations.service.js';
import { formatError, toGraphQLError } from './errors.js';
import { complexityPlugin, depthRule } from './limits.js';
import { sharedSubscribe } from './shared-execution.js';

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
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });

  const authenticate = async (header: unknown): Promise<Caller> => {
    const key = bearerToken(header);
    const caller = key ? await container.organizations.authenticate(key) : null;
    if (!caller) throw new UnauthenticatedError();
    return caller;
  };

  const validationRules = [depthRule(config.limits.maxQueryDepth)];
  const wsCleanup = useServer<Record<string, unknown>, { caller: Caller }>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.caller = await authenticate(ctx.connectionParams?.authorization);
          return true;
        } catch {
          return false; // closes with 4403 Forbidden
        }
      },
      context: (ctx) => createContext(container, ctx.extra.caller!),
      validate: (s, document) => validate(s, document, [...specifiedRules, ...validationRules]),
      // An event is executed once for all the subscribers of one organization asking the same.
      subscribe: sharedSubscribe((context) => (context as GraphQLContext).organizationId),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(logger)(e.toJSON(), e)) } : undefined,
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules,
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
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
              await new Promise((resolve) => wsServer.close(resolve));
            },
          };
        },
      },
      complexityPlugin(schema, config.limits.maxQueryComplexity),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    GRAPHQL_PATH,
    graphqlUploadExpress({
      maxFileSize: config.limits.maxFileBytes,
      maxFiles: config.limits.maxFilesPerBatch,
      maxFieldSize: config.limits.maxBatchBytes,
    }),
    express.json({ limit: config.limits.maxBatchBytes * 1.4 }), // base64 inflates by a third
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return createContext(container, await authenticate(req.headers.authorization));
        } catch (error) {
          if (error instanceof SiftError) throw toGraphQLError(error);
          throw error;
        }
      },
    }),
  );
  app.use(uploadErrors);

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

/** Errors raised before GraphQL runs (multipart limits, bad JSON) answered in GraphQL's shape. */
const uploadErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status: number = error.status ?? error.statusCode ?? 500;
  const code =
    status === 413
      ? 'PAYLOAD_TOO_LARGE'
      : status === 415
        ? 'UNSUPPORTED_MEDIA_TYPE'
        : status < 500
          ? 'BAD_USER_INPUT'
          : 'INTERNAL_SERVER_ERROR';
  const message = status < 500 ? String(error.message) : 'Internal server error';
  res.status(status).json({ errors: [new GraphQLError(message, { extensions: { code } }).toJSON()] });
};

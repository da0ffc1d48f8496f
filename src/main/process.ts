import 'reflect-metadata';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../config.js';
import { createContainer, type Container } from '../container.js';
import { DeploymentCheckError, DeploymentClashError } from '../deployment/deployment.identity.js';
import { createLogger } from '../shared/logger.js';

/** How long SIGTERM waits for in-flight work before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 30_000; // 30 seconds

/**
 * Runs a long-lived process: validated config, the container, `start`, and an orderly shutdown
 * on SIGTERM/SIGINT (stop taking work, finish what is in flight, close in reverse order).
 */
export async function runProcess(
  name: string,
  start: (container: Container) => Promise<() => Promise<void>>,
  prepare?: (config: Config) => Promise<void>,
): Promise<void> {
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    return configFailed(name, error);
  }
  const logger = createLogger(config.logLevel, `sift-${name}`);
  await prepare?.(config);
  let container: Container;
  let stop: () => Promise<void>;
  try {
    container = await createContainer(config, logger);
    stop = await start(container);
  } catch (error) {
    // A setting that only a part can check (a price table, an analyzer) fails here, and so does
    // a Redis prefix that another deployment uses.
    return configFailed(name, error);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    try {
      await stop();
      await container.dispose();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * A bad setting stops the process with its message (naming the variable), not a stack trace;
 * so does a deployment clash (another deployment's ID in Redis) or an identity that cannot be checked.
 */
function configFailed(name: string, error: unknown): never {
  const known = [ConfigError, DeploymentClashError, DeploymentCheckError].some((kind) => error instanceof kind);
  if (!known) throw error;
  console.error(`${name}: ${(error as Error).message}`);
  process.exit(2);
}

/**
 * A client for the deployment a command names: `--url` / `--api-key`, else `SIFT_URL` /
 * `SIFT_API_KEY`. Checked with one `viewer` query, so an unreachable server or a refused key
 * stops the command before it does anything (exit code 3).
 */
import { loadClientConfig } from '../config.js';
import { classify, CliError, UsageError } from './exit-codes.js';
import { createSiftClient, ViewerDocument, type SiftClient } from './api.js';

export interface ApiOptions {
  url?: string;
  apiKey?: string;
}

export interface Connection {
  client: SiftClient;
  url: string;
  organization: { id: string; name: string; credits: number };
}

export async function connect(options: ApiOptions): Promise<Connection> {
  const config = loadClientConfig(process.env, { SIFT_URL: options.url, SIFT_API_KEY: options.apiKey });
  if (!config.apiKey) throw new UsageError('an API key is needed: --api-key KEY or SIFT_API_KEY');
  const client = createSiftClient({ url: config.url, apiKey: config.apiKey });
  try {
    const { viewer } = await client.request(ViewerDocument);
    return { client, url: config.url, organization: viewer };
  } catch (error) {
    await client.close();
    const { exitCode, message } = classify(error, config.url);
    throw new CliError(message, exitCode);
  }
}

/**
 * Where Sift may send: an http(s) URL, and by default only to public addresses (no loopback,
 * private, link-local or other special ranges), so that an endpoint cannot make a worker reach
 * the deployment's own network (SSRF). WEBHOOK_ALLOW_PRIVATE=true lifts the address check (tests,
 * on-premises receivers). The check runs twice: on the URL when the endpoint is created, and on
 * every address a host name resolves to when a delivery connects (a name may point anywhere later).
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { BadUserInputError } from '../shared/errors.js';

/** The longest URL an endpoint may have. */
export const MAX_URL_CHARS = 2_048;

/** True for an address in the public unicast space, false for every special range. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  return ipaddr.process(address).range() === 'unicast';
}

/** The host's IP if it is a literal one (brackets of IPv6 taken off), else null. */
function literalIp(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}

/** Refuses what can never be delivered to, with BAD_USER_INPUT and a `reason`; returns the normalised URL. */
export function validateWebhookUrl(raw: string, { allowPrivate }: { allowPrivate: boolean }): string {
  const refuse = (reason: string, message: string) => new BadUserInputError(message, { reason, argument: 'url' });
  const text = raw.trim();
  if (text.length > MAX_URL_CHARS) throw refuse('INVALID_URL', `The URL is longer than ${MAX_URL_CHARS} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('INVALID_URL', 'The URL is not a valid absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw refuse('UNSUPPORTED_SCHEME', `A webhook URL is http or https, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (!url.hostname) throw refuse('INVALID_URL', 'The URL has no host');
  if (url.username || url.password) {
    throw refuse('INVALID_URL', 'The URL must not carry credentials: deliveries are authenticated by their signature');
  }
  if (url.hash) throw refuse('INVALID_URL', 'The URL must not have a fragment (#...)');
  if (!allowPrivate) {
    const ip = literalIp(url.hostname);
    const local = url.hostname === 'localhost' || url.hostname.endsWith('.localhost');
    if (local || (ip !== null && !isPublicAddress(ip))) {
      throw refuse(
        'PRIVATE_ADDRESS',
        'The URL points to a private, loopback or reserved address (set WEBHOOK_ALLOW_PRIVATE=true to allow it)',
      );
    }
  }
  return url.toString();
}

/** Why a delivery was not even tried. */
export class BlockedAddressError extends Error {
  constructor(address: string) {
    super(`refused to connect to ${address}: not a public address (WEBHOOK_ALLOW_PRIVATE is off)`);
    this.name = 'BlockedAddressError';
  }
}

/** The literal IP of a URL's host that must not be reached, if any (literal IPs are never looked up). */
export function blockedLiteral(url: URL): string | null {
  const ip = literalIp(url.hostname);
  return ip !== null && !isPublicAddress(ip) ? ip : null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for `http.request`'s `lookup` option that fails when the name resolves to any
 * address that is not public: the check is on the addresses the socket will connect to, so a
 * name that changes between creation and delivery (DNS rebinding) is still caught.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, options.all ? [] : '');
    const blocked = addresses.find((a) => !isPublicAddress(a.address));
    if (blocked) return callback(new BlockedAddressError(`${hostname} (${blocked.address})`), options.all ? [] : '');
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
    callback(null, first.address, first.family);
  });
}

/**
 * Works around kysely 0.29's leak of a pooled connection when BEGIN or ROLLBACK fails (a
 * connection PostgreSQL terminated): kysely never releases it, pg-pool counts it as in use for
 * ever, and after `pool.max` such failures every query waits for ever (kysely-org/kysely#1990,
 * found by our fault-injection tests). Imported once by db/orm.ts, before any query runs.
 *
 * A connection whose BEGIN failed was never handed to a transaction: release it. A connection
 * whose ROLLBACK failed is released by nobody else: release it too. (A failed COMMIT is followed
 * by a ROLLBACK, so it is covered.) pg-pool drops a released client that is no longer usable.
 */
import { PostgresDriver, type DatabaseConnection } from 'kysely';

type Driver = {
  beginTransaction(connection: DatabaseConnection, settings: unknown): Promise<void>;
  rollbackTransaction(connection: DatabaseConnection): Promise<void>;
  releaseConnection(connection: DatabaseConnection): Promise<void>;
};

const PATCHED = Symbol.for('sift.kysely-connection-fix');
const proto = PostgresDriver.prototype as unknown as Driver & { [PATCHED]?: true };

if (!proto[PATCHED]) {
  proto[PATCHED] = true;
  const begin = proto.beginTransaction;
  const rollback = proto.rollbackTransaction;
  proto.beginTransaction = async function (this: Driver, connection, settings) {
    try {
      await begin.call(this, connection, settings);
    } catch (error) {
      await this.releaseConnection(connection).catch(() => undefined);
      throw error;
    }
  };
  proto.rollbackTransaction = async function (this: Driver, connection) {
    try {
      await rollback.call(this, connection);
    } catch (error) {
      await this.releaseConnection(connection).catch(() => undefined);
      throw error;
    }
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { FileMissingError, type FileStore, type StoredBytes } from './file.store.js';
import { ResumeFile } from './resume-file.entity.js';

/**
 * Files kept in PostgreSQL, as Sift always kept them: the key is the `resume_file` row's ID and the
 * bytes are its `content`. Built on an EntityManager, so that writing joins the intake's
 * transaction: the files commit with their applications or not at all.
 */
export class PostgresFileStore implements FileStore {
  readonly kind = 'postgres';

  constructor(private readonly em: EntityManager) {}

  /** Inserts one row per file, as binary parameters of one multi-row INSERT (no base64, no JSON). */
  async put(files: StoredBytes[]): Promise<void> {
    if (!files.length) return;
    await this.em.insertMany(
      ResumeFile,
      files.map((f) => ({ id: f.key, content: f.bytes, storage: 'postgres' as const })),
    );
  }

  async get(key: string): Promise<Buffer> {
    const [row] = await this.em.execute<{ content: Buffer | null }[]>('SELECT content FROM resume_file WHERE id = ?', [
      key,
    ]);
    if (!row?.content) throw new FileMissingError(key);
    return row.content;
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys.length) return;
    await this.em.execute('DELETE FROM resume_file WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid)', [
      JSON.stringify(keys),
    ]);
  }
}

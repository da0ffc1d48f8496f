import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/**
 * The original uploaded file, kept so any worker on any machine can (re)process it and so
 * `deleteApplication` can erase it. Kept apart from `application` so listing never loads bytes.
 */
@Entity({ tableName: 'resume_file' })
export class ResumeFile {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'blob' })
  content!: Buffer;
}

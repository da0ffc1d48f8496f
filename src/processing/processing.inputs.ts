import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';

/** A resume sent inside the GraphQL document instead of as a multipart upload. */
@InputType({ description: 'Exactly one of text and contentBase64.' })
export class ResumeInput {
  @Field({ description: 'The file name, shown in results; its extension is a hint to the type.' })
  filename!: string;

  @Field(() => String, { nullable: true, description: 'Plain-text or Markdown resume.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'PDF, DOCX, text, JPEG, PNG or TIFF file, base64-encoded.' })
  contentBase64?: string | null;
}

@ArgsType()
export class ProcessResumesArgs {
  @Field(() => ID, { description: 'An OPEN job post of yours.' })
  jobPostId!: string;

  @Field(() => [GraphQLUpload], {
    nullable: true,
    description: 'Files per the GraphQL multipart request spec (send `apollo-require-preflight: true`).',
  })
  files?: Promise<FileUpload>[] | null;

  @Field(() => [ResumeInput], { nullable: true, description: 'Resumes sent inline, as text or base64.' })
  resumes?: ResumeInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'All or nothing. By default a file that cannot be read (unsupported or lying type, empty, too large, a zip bomb) ' +
      'becomes a FAILED application whose error starts with its reason (UNSUPPORTED:, TYPE_MISMATCH:, EMPTY_FILE:, ' +
      'FILE_TOO_LARGE:, ZIP_BOMB:...), not charged, and the rest is processed. With strict: true it refuses the whole ' +
      'batch with its error code, and extensions.reason, filename and index name the file.',
  })
  strict?: boolean | null;
}

@ArgsType()
export class TasksArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1-100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'A cursor from an earlier page: the page starts after it.' })
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks of this job post.' })
  jobPostId?: string | null;
}

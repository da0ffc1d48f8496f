import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';

/** A resume sent inside the GraphQL document instead of as a multipart upload. */
@InputType({ description: 'Exactly one of text and contentBase64.' })
export class ResumeInput {
  @Field()
  filename!: string;

  @Field(() => String, { nullable: true, description: 'Plain-text or Markdown resume.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'PDF, DOCX or text file, base64-encoded.' })
  contentBase64?: string | null;
}

@ArgsType()
export class ProcessResumesArgs {
  @Field(() => ID)
  jobPostId!: string;

  @Field(() => [GraphQLUpload], {
    nullable: true,
    description: 'Files per the GraphQL multipart request spec (send `apollo-require-preflight: true`).',
  })
  files?: Promise<FileUpload>[] | null;

  @Field(() => [ResumeInput], { nullable: true })
  resumes?: ResumeInput[] | null;
}

@ArgsType()
export class TasksArgs {
  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => ID, { nullable: true })
  jobPostId?: string | null;
}

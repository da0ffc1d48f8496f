import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { JobPostStatus } from './job-post.entity.js';
import { RubricItemInput } from './job-rubric.types.js';

/** The longest description a job post keeps, as sent and once kept (see `pastedDescription`). */
export const DESCRIPTION_MAX_CHARS = 20_000;

const LIST_MAX = 50;
const ITEM_MAX = 500;

@InputType({ description: 'A new job post: a title and a description are enough, the rubric is derived.' })
export class CreateJobPostInput {
  @Field({ description: 'The job title, 1-200 characters.' })
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field({
    description:
      'The job description as pasted, up to 20,000 characters once kept (soft hyphens and zero-width marks dropped, ligatures spelled out): the rubric is derived from it.',
  })
  @MinLength(1)
  @MaxLength(DESCRIPTION_MAX_CHARS)
  description!: string;

  @Field(() => [String], { nullable: true, description: 'The other demands (REQUIREMENT items), up to 50.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(ITEM_MAX, { each: true })
  requirements?: string[];

  @Field(() => [String], { nullable: true, description: 'The required skills (MUST_HAVE items), up to 50.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  mustHaveSkills?: string[];

  @Field(() => [String], { nullable: true, description: 'The skills that help (NICE_TO_HAVE items), up to 50.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  niceToHaveSkills?: string[];

  @Field(() => Float, { nullable: true, description: 'The years of experience required, 0-60.' })
  @IsOptional()
  @Min(0)
  @Max(60)
  minYearsExperience?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Degrees asked for (EDUCATION items): "Bachelor\'s degree in Accounting".',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(ITEM_MAX, { each: true })
  education?: string[];

  @Field(() => [RubricItemInput], {
    nullable: true,
    description:
      'Typed rubric items of any kind, added to the lists above. Derived items saying the same are left out.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  rubricItems?: RubricItemInput[];

  @Field(() => String, { nullable: true, description: 'The location of the job.' })
  @IsOptional()
  @MaxLength(200)
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 70.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  shortlistThreshold?: number;

  @Field(() => Int, { nullable: true, description: 'Default 40; must be below shortlistThreshold.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  rejectThreshold?: number;

  @Field({
    nullable: true,
    description: 'Redact identity (name, contacts, photo, age, gender words) before analysis. Default false.',
  })
  @IsOptional()
  blindScreening?: boolean;
}

/** Every field optional: only what is given changes. */
@InputType({ description: 'Changes to a job post: only the fields given change.' })
export class UpdateJobPostInput {
  @Field({ nullable: true, description: 'A new title, 1-200 characters.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true, description: 'A new description: the rubric is derived again from it.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(DESCRIPTION_MAX_CHARS)
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the other demands (REQUIREMENT items), up to 50.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(ITEM_MAX, { each: true })
  requirements?: string[];

  @Field(() => [String], { nullable: true, description: 'Replaces the required skills (MUST_HAVE items), up to 50.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  mustHaveSkills?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the skills that help (NICE_TO_HAVE items), up to 50.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  niceToHaveSkills?: string[];

  @Field(() => Float, { nullable: true, description: 'Replaces the years of experience required, 0-60.' })
  @IsOptional()
  @Min(0)
  @Max(60)
  minYearsExperience?: number | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the typed degrees (EDUCATION items).' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(ITEM_MAX, { each: true })
  education?: string[];

  @Field(() => [RubricItemInput], {
    nullable: true,
    description:
      'Replaces every typed item (must-haves, nice-to-haves, requirements, years, degrees) with these. Derived items stay unless removed.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  rubricItems?: RubricItemInput[];

  @Field(() => [RubricItemInput], { nullable: true, description: 'Typed items to add to the rubric.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  addRubricItems?: RubricItemInput[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Items to remove, by `RubricItem.id`: a typed item is deleted, a derived one is left out until restored.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  removeRubricItems?: string[];

  @Field({ nullable: true, description: 'Brings back every derived item removed before.' })
  @IsOptional()
  restoreDerivedItems?: boolean;

  @Field(() => String, { nullable: true, description: 'Replaces the location of the job.' })
  @IsOptional()
  @MaxLength(200)
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'A new shortlist threshold, 0-100.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  shortlistThreshold?: number;

  @Field(() => Int, { nullable: true, description: 'A new reject threshold, below the shortlist threshold.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  rejectThreshold?: number;

  @Field({ nullable: true, description: 'Turns blind screening on or off for resumes processed from now on.' })
  @IsOptional()
  blindScreening?: boolean;
}

@ArgsType()
export class JobPostsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1-100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'A cursor from an earlier page: the page starts after it.' })
  after?: string | null;

  @Field(() => JobPostStatus, { nullable: true, description: 'Only job posts in this status.' })
  status?: JobPostStatus | null;
}

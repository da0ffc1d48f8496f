import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int } from 'type-graphql';
import { JobPostStatus } from './job-post.entity.js';

const LIST_MAX = 50;
const ITEM_MAX = 500;

@InputType()
export class CreateJobPostInput {
  @Field()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field()
  @MinLength(1)
  @MaxLength(20_000)
  description!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(ITEM_MAX, { each: true })
  requirements?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  mustHaveSkills?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  niceToHaveSkills?: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(60)
  minYearsExperience?: number | null;

  @Field(() => String, { nullable: true })
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

  @Field({ nullable: true })
  @IsOptional()
  blindScreening?: boolean;
}

/** Every field optional: only what is given changes. */
@InputType()
export class UpdateJobPostInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(20_000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(ITEM_MAX, { each: true })
  requirements?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  mustHaveSkills?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @MaxLength(100, { each: true })
  niceToHaveSkills?: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(60)
  minYearsExperience?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  location?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  shortlistThreshold?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  rejectThreshold?: number;

  @Field({ nullable: true })
  @IsOptional()
  blindScreening?: boolean;
}

@ArgsType()
export class JobPostsArgs {
  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => JobPostStatus, { nullable: true })
  status?: JobPostStatus | null;
}

import { ArrayMaxSize, IsEmail, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ApplicationStatus } from './application.entity.js';

export enum ApplicationOrderField {
  CREATED_AT = 'CREATED_AT',
  SCORE = 'SCORE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ApplicationOrderField, {
  name: 'ApplicationOrderField',
  description: 'What applications are sorted by (the ID breaks ties).',
  valuesConfig: {
    CREATED_AT: { description: 'When the application was submitted.' },
    SCORE: { description: 'The score; unscored applications come last either way.' },
    UPDATED_AT: { description: 'When the application last changed.' },
  },
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Smallest or oldest first.' },
    DESC: { description: 'Largest or newest first.' },
  },
});

@InputType({ description: 'Which applications to list; every field given must match (AND).' })
export class ApplicationFilter {
  @Field(() => ID, { nullable: true, description: 'Only applications to this job post.' })
  jobPostId?: string | null;

  @Field(() => [ApplicationStatus], {
    nullable: true,
    description: 'Only applications in one of these statuses (up to 10).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: ApplicationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only applications of this task (processResumes call).' })
  taskId?: string | null;

  @Field(() => String, { nullable: true, description: "The candidate's email (case-insensitive)." })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only applications scored at least this (0-100).' })
  @IsOptional()
  @Min(0)
  @Max(100)
  minScore?: number | null;

  @Field(() => Date, { nullable: true, description: 'Only applications submitted after this instant (exclusive).' })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only applications submitted before this instant (exclusive).' })
  createdBefore?: Date | null;
}

@InputType({ description: 'How applications are sorted.' })
export class ApplicationOrder {
  @Field(() => ApplicationOrderField, { description: 'The sort key.' })
  field!: ApplicationOrderField;

  @Field(() => OrderDirection, { description: 'Ascending or descending.' })
  direction!: OrderDirection;
}

@ArgsType()
export class ApplicationsArgs {
  @Field(() => ApplicationFilter, { nullable: true, description: 'Which applications; all of them by default.' })
  filter?: ApplicationFilter | null;

  @Field(() => ApplicationOrder, { nullable: true, description: 'Default: CREATED_AT DESC.' })
  orderBy?: ApplicationOrder | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'A cursor from an earlier page: the page starts after it.' })
  after?: string | null;
}

import { ArrayMaxSize, IsEmail, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ApplicationStatus } from './application.entity.js';

export enum ApplicationOrderField {
  CREATED_AT = 'CREATED_AT',
  SCORE = 'SCORE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ApplicationOrderField, { name: 'ApplicationOrderField' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class ApplicationFilter {
  @Field(() => ID, { nullable: true })
  jobPostId?: string | null;

  @Field(() => [ApplicationStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: ApplicationStatus[] | null;

  @Field(() => ID, { nullable: true })
  taskId?: string | null;

  @Field(() => String, { nullable: true, description: "The candidate's email (case-insensitive)." })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  minScore?: number | null;

  @Field(() => Date, { nullable: true })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  createdBefore?: Date | null;
}

@InputType()
export class ApplicationOrder {
  @Field(() => ApplicationOrderField)
  field!: ApplicationOrderField;

  @Field(() => OrderDirection)
  direction!: OrderDirection;
}

@ArgsType()
export class ApplicationsArgs {
  @Field(() => ApplicationFilter, { nullable: true })
  filter?: ApplicationFilter | null;

  @Field(() => ApplicationOrder, { nullable: true, description: 'Default: CREATED_AT DESC.' })
  orderBy?: ApplicationOrder | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The GraphQL face of a job post's rubric: its items, where each came from, and warnings. */
import { IsIn, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { RUBRIC_ITEM_KINDS, type RubricItemKind } from '../analysis/rubric/rubric.types.js';

export enum RubricItemKindEnum {
  MUST_HAVE = 'MUST_HAVE',
  NICE_TO_HAVE = 'NICE_TO_HAVE',
  REQUIREMENT = 'REQUIREMENT',
  EXPERIENCE = 'EXPERIENCE',
  EDUCATION = 'EDUCATION',
}
registerEnumType(RubricItemKindEnum, {
  name: 'RubricItemKind',
  description: 'What a rubric item asks of a candidate.',
  valuesConfig: {
    MUST_HAVE: { description: 'A skill that gates: a candidate missing more than half of them is rejected.' },
    NICE_TO_HAVE: { description: 'A skill that helps.' },
    REQUIREMENT: { description: 'Another demand: a licence, a certification, an ability.' },
    EXPERIENCE: {
      description:
        'A minimum number of years of experience (`minYears`). Where a derived item\'s text says what the years are of ("At least 2 years of retail pharmacy experience"), the local analyzer counts the years of the jobs that name that field.',
    },
    EDUCATION: { description: 'A degree or diploma, met by one of that level or higher.' },
  },
});

export enum RubricItemSourceEnum {
  DERIVED = 'DERIVED',
  AUTHORED = 'AUTHORED',
}
registerEnumType(RubricItemSourceEnum, {
  name: 'RubricItemSource',
  description: 'Where a rubric item came from.',
  valuesConfig: {
    DERIVED: { description: 'Read from the description (by rules, or drafted by a model); `quote` says where.' },
    AUTHORED: { description: 'Typed by a recruiter; it wins over a derived item that says the same.' },
  },
});

@ObjectType({ description: 'One thing candidates are judged against.' })
export class RubricItem {
  @Field(() => ID, { description: 'Stable ID: pass it in `removeRubricItems` to drop the item.' })
  id!: string;

  @Field(() => RubricItemKindEnum, { description: 'What the item asks of a candidate.' })
  kind!: RubricItemKind;

  @Field({ description: 'The item in a few words: "PostgreSQL", "Valid CDL Class A".' })
  text!: string;

  @Field(() => RubricItemSourceEnum, { description: 'Typed by a recruiter or derived from the description.' })
  source!: 'DERIVED' | 'AUTHORED';

  @Field(() => String, {
    nullable: true,
    description: 'The passage of the description a derived item was read from, verbatim; null when authored.',
  })
  quote!: string | null;

  @Field(() => Float, { nullable: true, description: 'Years asked for (EXPERIENCE items).' })
  minYears!: number | null;
}

@ObjectType('JobRubric', { description: "A job post's rubric: typed and derived items merged." })
export class JobRubricView {
  @Field(() => [RubricItem], { description: 'Typed items first, then derived ones no typed item overrides.' })
  items!: RubricItem[];

  @Field(() => [String], {
    description: 'What a recruiter should know, e.g. that nothing could be derived from the description.',
  })
  warnings!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Who read the description: `local` (rules) or `openai:<model>`; null before any derivation.',
  })
  derivedBy!: string | null;
}

@InputType({ description: 'A rubric item typed by a recruiter.' })
export class RubricItemInput {
  @Field(() => RubricItemKindEnum, { description: 'What the item asks of a candidate.' })
  @IsIn(RUBRIC_ITEM_KINDS as RubricItemKind[])
  kind!: RubricItemKind;

  @Field({
    description:
      'For EXPERIENCE items, any text: the years come from `minYears`, and a typed item asks for years of any work.',
  })
  @MinLength(1)
  @MaxLength(500)
  text!: string;

  @Field(() => Float, { nullable: true, description: 'Required for EXPERIENCE items.' })
  @IsOptional()
  @Min(0)
  @Max(60)
  minYears?: number | null;
}

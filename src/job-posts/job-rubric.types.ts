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
        'A minimum number of years of experience (`minYears`). Where the item\'s text says what the years are of ("At least 2 years of retail pharmacy experience", or "5 years of Kubernetes" typed by a recruiter), the local analyzer counts the years of the jobs that name that field. A rubric may have several.',
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
      'What the item asks, as the recruiter words it. For EXPERIENCE items, what the years are of ("5 years of Kubernetes"): the years in that field are counted, and each such text is an item of its own; a text that names no field ("5 years of experience") asks for years of any work and sets `minYearsExperience`. A text ending "(preferred)" marks an item other than a nice-to-have skill as wished for: it weighs half of a required one in the score ("Bachelor\'s degree (preferred)"); derived items are marked so.',
  })
  @MinLength(1)
  @MaxLength(500)
  text!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'For EXPERIENCE items: the years asked for; when absent, the first number of `text` ("5+ years").',
  })
  @IsOptional()
  @Min(0)
  @Max(60)
  minYears?: number | null;
}

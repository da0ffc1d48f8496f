import { Field, Float, Int, ObjectType } from 'type-graphql';

/** GraphQL views of the JSON stored on an application (see analysis/analysis.types.ts). */

@ObjectType()
export class Education {
  @Field(() => String, { nullable: true }) degree!: string | null;
  @Field(() => String, { nullable: true }) institution!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
}

@ObjectType()
export class Experience {
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) company!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) start!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM; null when current' }) end!: string | null;
}

@ObjectType()
export class Candidate {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Float, { nullable: true }) totalYearsExperience!: number | null;
  @Field(() => [String], { description: 'Normalised skill names.' }) skills!: string[];
  @Field(() => [Education]) education!: Education[];
  @Field(() => [Experience]) experience!: Experience[];
  @Field(() => [String]) links!: string[];
  @Field(() => String, { nullable: true }) summary!: string | null;
}

@ObjectType()
export class RequirementMatch {
  @Field() requirement!: string;
  @Field({ description: 'MUST_HAVE, NICE_TO_HAVE, REQUIREMENT, EXPERIENCE or EDUCATION' }) kind!: string;
  @Field() met!: boolean;
  @Field(() => String, { nullable: true, description: 'A verbatim quote from the resume.' })
  evidence!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A quote the analyzer offered that is not in the resume: the requirement counts as not met.',
  })
  unverifiedQuote?: string | null;
}

@ObjectType({ description: 'One part of a score; the parts add up to it (before rounding).' })
export class ScoreComponent {
  @Field({ description: 'MUST_HAVE, REQUIREMENT, NICE_TO_HAVE, EXPERIENCE, EDUCATION or RELEVANCE.' })
  name!: string;
  @Field(() => Float, { description: 'Points earned.' }) points!: number;
  @Field(() => Float, { description: 'Points this part can earn: its weight in the score.' }) maxPoints!: number;
  @Field({ description: 'What earned them, in words.' }) detail!: string;
}

@ObjectType()
export class Evaluation {
  @Field(() => Int) score!: number;
  @Field(() => [ScoreComponent], {
    description:
      'The parts of the score: one per kind of rubric item, then RELEVANCE (the resume against the whole job post). Empty for evaluations made before components existed.',
  })
  components!: ScoreComponent[];
  @Field() summary!: string;
  @Field(() => [String]) strengths!: string[];
  @Field(() => [String]) gaps!: string[];
  @Field(() => [RequirementMatch]) requirementMatches!: RequirementMatch[];
}

@ObjectType()
export class FileInfo {
  @Field() filename!: string;
  @Field() mimeType!: string;
  @Field(() => Int, { description: 'For a file refused as too large: the size limit plus one, a lower bound.' })
  sizeBytes!: number;
  @Field({ description: 'Empty when Sift did not receive the whole file (a file refused as too large).' })
  sha256!: string;
}

@ObjectType({ description: 'LLM tokens and their cost (zero for the local analyzer).' })
export class Usage {
  @Field(() => Int) promptTokens!: number;
  @Field(() => Int) completionTokens!: number;
  @Field(() => Float) costUsd!: number;
}

@ObjectType({ description: 'Applications of a job post by status.' })
export class ApplicationCounts {
  @Field(() => Int) total!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) processing!: number;
  @Field(() => Int) shortlisted!: number;
  @Field(() => Int) review!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Ended by cancelTask before they were analysed.' }) cancelled!: number;
}

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** GraphQL views of the JSON stored on an application (see analysis/analysis.types.ts). */

@ObjectType({ description: 'A degree or diploma read from the resume.' })
export class Education {
  @Field(() => String, { nullable: true, description: 'The degree as written, e.g. "BSc Computer Science".' })
  degree!: string | null;
  @Field(() => String, { nullable: true, description: 'The school, college or university.' })
  institution!: string | null;
  @Field(() => Int, { nullable: true, description: 'The year it was completed (or is expected).' })
  year!: number | null;
}

@ObjectType({ description: 'One position read from the resume.' })
export class Experience {
  @Field(() => String, { nullable: true, description: 'The job title.' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'The employer.' }) company!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) start!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM; null when current' }) end!: string | null;
}

@ObjectType({
  description: 'The candidate profile read from the resume; empty after deleteApplication erased it.',
})
export class Candidate {
  @Field(() => String, { nullable: true, description: "The candidate's name." }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'Email address.' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number as written.' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the candidate lives or works.' })
  location!: string | null;
  @Field(() => Float, { nullable: true, description: 'Years of professional experience.' })
  totalYearsExperience!: number | null;
  @Field(() => [String], { description: 'Normalised skill names.' }) skills!: string[];
  @Field(() => [Education], { description: 'Degrees and diplomas.' }) education!: Education[];
  @Field(() => [Experience], { description: 'Positions held.' })
  experience!: Experience[];
  @Field(() => [String], { description: 'URLs found in the resume (portfolio, LinkedIn, GitHub).' })
  links!: string[];
  @Field(() => String, { nullable: true, description: 'A short summary of the profile.' })
  summary!: string | null;
}

@ObjectType({ description: 'Whether the resume meets one rubric item, and the quote that shows it.' })
export class RequirementMatch {
  @Field({ description: 'The rubric item, in its words.' }) requirement!: string;
  @Field({ description: 'MUST_HAVE, NICE_TO_HAVE, REQUIREMENT, EXPERIENCE or EDUCATION' }) kind!: string;
  @Field({ description: 'Whether the resume shows it (with evidence).' }) met!: boolean;
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

@ObjectType({ description: "The application judged against its job post's rubric." })
export class Evaluation {
  @Field(() => Int, { description: 'From 0 to 100.' }) score!: number;
  @Field(() => [ScoreComponent], {
    description:
      'The parts of the score: one per kind of rubric item, then RELEVANCE (the resume against the whole job post). Empty for evaluations made before components existed.',
  })
  components!: ScoreComponent[];
  @Field({ description: 'The judgement in a few sentences.' }) summary!: string;
  @Field(() => [String], { description: 'What speaks for the candidate.' }) strengths!: string[];
  @Field(() => [String], { description: 'What the job post asks for that the resume does not show.' })
  gaps!: string[];
  @Field(() => [RequirementMatch], { description: 'One per rubric item, met or not.' })
  requirementMatches!: RequirementMatch[];
}

@ObjectType({ description: 'The file the resume came in.' })
export class FileInfo {
  @Field({ description: 'The name it was uploaded with.' }) filename!: string;
  @Field({ description: 'Its media type, e.g. application/pdf.' }) mimeType!: string;
  @Field(() => Int, { description: 'For a file refused as too large: the size limit plus one, a lower bound.' })
  sizeBytes!: number;
  @Field({ description: 'Empty when Sift did not receive the whole file (a file refused as too large).' })
  sha256!: string;
}

@ObjectType({ description: 'LLM tokens and their cost (zero for the local analyzer).' })
export class Usage {
  @Field(() => Int, { description: 'Tokens sent to the model.' }) promptTokens!: number;
  @Field(() => Int, { description: 'Tokens the model answered with.' }) completionTokens!: number;
  @Field(() => Float, { description: 'What those tokens cost, in US dollars, at the configured prices.' })
  costUsd!: number;
}

@ObjectType({ description: 'Applications of a job post by status.' })
export class ApplicationCounts {
  @Field(() => Int, { description: 'All applications of the job post.' }) total!: number;
  @Field(() => Int, { description: 'Queued, not yet started.' }) pending!: number;
  @Field(() => Int, { description: 'Being read and analysed.' }) processing!: number;
  @Field(() => Int, { description: 'Scored at or above the shortlist threshold (or shortlisted by a person).' })
  shortlisted!: number;
  @Field(() => Int, { description: 'Between the thresholds: a person should look.' }) review!: number;
  @Field(() => Int, { description: 'Below the reject threshold (or rejected by a person).' }) rejected!: number;
  @Field(() => Int, { description: 'Could not be processed; see Application.error. Retry with retryFailed.' })
  failed!: number;
  @Field(() => Int, { description: 'Ended by cancelTask before they were analysed.' }) cancelled!: number;
}

@ObjectType({ description: 'What deleteApplication answers: the ID a client evicts from its cache.' })
export class DeleteApplicationPayload {
  @Field(() => ID, {
    description:
      'The application whose candidate data and file were erased (the row stays, anonymous, for the counts).',
  })
  deletedApplicationId!: string;
}

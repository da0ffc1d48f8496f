/**
 * The shape the model must answer in (OpenAI structured outputs, validated again with zod on
 * arrival). It asks for facts and quotes only: no score, no verdict, no opinions. Whatever the
 * model writes here is checked against the resume before it reaches a result.
 */
import { z } from 'zod';
import type { RubricItem } from './rubric.items.js';

const text = (description: string) => z.string().nullable().describe(description);

const EducationSchema = z.object({
  degree: text('The degree as written in the resume, copied verbatim, or null.'),
  institution: text('The school as written in the resume, copied verbatim, or null.'),
  year: z.number().nullable().describe('Year of graduation, or null.'),
});

const ExperienceSchema = z.object({
  title: text('Job title, copied verbatim from the resume, or null.'),
  company: text('Employer, copied verbatim from the resume, or null.'),
  start: text('Start month as YYYY-MM, or null when unknown.'),
  end: text('End month as YYYY-MM, or null when unknown or current.'),
});

const ProfileSchema = z.object({
  name: text("The candidate's name, copied verbatim, or null."),
  email: text('E-mail address, copied verbatim, or null.'),
  phone: text('Phone number, copied verbatim, or null.'),
  location: text('Where the candidate lives, copied verbatim, or null.'),
  totalYearsExperience: z.number().nullable().describe('Total years of professional experience, or null.'),
  skills: z.array(z.string()).describe('Skills the resume names, as written in the resume.'),
  education: z.array(EducationSchema),
  experience: z.array(ExperienceSchema),
  links: z.array(z.string()).describe('URLs in the resume, copied verbatim.'),
  summary: text(
    "The candidate's own summary or profile statement (its first one or two sentences), copied verbatim, or null.",
  ),
});

const AnswerSchema = z.object({
  met: z.boolean().describe('Whether the resume shows this rubric item.'),
  quote: text(
    'A short passage copied character for character from the resume that shows the item (for a skill, text that names it); null when not met.',
  ),
});

/** What the model returns for one rubric item. */
export type ModelAnswer = z.infer<typeof AnswerSchema>;

/** The profile as the model returns it, before verification. */
export type ModelProfile = z.infer<typeof ProfileSchema>;

/**
 * The response schema for a rubric: the profile, and one answer per rubric item keyed by the
 * item's id, so that structured outputs make the model answer every item exactly once.
 */
export function responseSchema(items: RubricItem[]) {
  return z.object({
    profile: ProfileSchema,
    answers: z.object(Object.fromEntries(items.map((item) => [item.id, AnswerSchema]))),
  });
}

/** The model's whole answer, before verification. */
export type ModelResponse = z.infer<ReturnType<typeof responseSchema>>;

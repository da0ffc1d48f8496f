/**
 * The `openai` analyzer: any OpenAI-compatible endpoint reads the resume and answers the rubric
 * with structured output; code checks every answer against the resume and does the judging.
 *
 * What the model decides: the profile's facts and, per rubric item, met or not with a quote.
 * What code decides: whether each quote is really in the resume, the score and decision
 * (scoring.ts), and every sentence of the evaluation (evaluation.ts).
 */
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { MalformedOutputError } from '../analysis.errors.js';
import type { AnalysisResult, Analyzer, JobRubric, Usage } from '../analysis.types.js';
import { decide } from '../scoring.js';
import { verifyAnswers } from './answers.verifier.js';
import { buildEvaluation } from '../explanation.js';
import { parseProfile } from '../local/profile.parser.js';
import { relevanceFor } from '../relevance/resume-relevance.js';
import { toAnalyzerError } from './openai.errors.js';
import { DEFAULT_PRICES, costUsd, priceFor, type ModelPrice, type PriceTable } from './prices.js';
import { verifyProfile } from './profile.verifier.js';
import { buildMessages } from './prompt.js';
import { ResumeText } from './quotes.js';
import { responseSchema } from './response.schema.js';
import { rubricItems } from './rubric.items.js';
import { DRAFT_SCHEMA_NAME, DraftSchema, draftMessages, draftToRubric } from './rubric.draft.js';
import type { DerivedRubric } from '../rubric/rubric.types.js';

/** Re-exported for wiring: the cache key's prompt version, and the OPENAI_PRICES parser. */
export { PROMPT_VERSION } from './prompt.js';
export { DEFAULT_PRICES, parsePriceTable, PriceTableError, type ModelPrice, type PriceTable } from './prices.js';

/** Flag set on a result when the model claimed an item met without a quote found in the resume. */
export const UNVERIFIED_EVIDENCE_FLAG = 'UNVERIFIED_EVIDENCE';

/**
 * How much of a resume is sent: ~25k tokens. Real resumes are far shorter; the cap bounds the
 * cost of hostile input. Quotes are checked against exactly the text sent.
 */
export const MAX_RESUME_CHARS = 100_000;

/** Upper bound on the answer's length, in tokens: a full profile and rubric fit in far less. */
const MAX_COMPLETION_TOKENS = 4_096;

/** Name of the response schema, as the model sees it. */
const SCHEMA_NAME = 'resume_screening';

/** Options for {@link OpenAIAnalyzer}. */
export interface OpenAIAnalyzerOptions {
  apiKey: string;
  /** An OpenAI-compatible endpoint (Azure, Ollama, vLLM...); OpenAI's own when omitted. */
  baseURL?: string;
  model: string;
  /** Time allowed for one request, in milliseconds. */
  timeoutMs: number;
  /** Prices laid over {@link DEFAULT_PRICES}, e.g. from `parsePriceTable(OPENAI_PRICES)`. */
  prices?: PriceTable;
  /** The SDK's own retries. Default 0: retries belong to the queue, which honours Retry-After. */
  maxRetries?: number;
}

/** Rubrics whose response format is kept (one per job post revision in use, in practice). */
const MAX_CACHED_FORMATS = 256;

const responseFormat = (items: ReturnType<typeof rubricItems>) => zodResponseFormat(responseSchema(items), SCHEMA_NAME);
/** The response format of a rubric draft: one for every post. */
const DRAFT_FORMAT = zodResponseFormat(DraftSchema, DRAFT_SCHEMA_NAME);

/**
 * Analyzer backed by an OpenAI-compatible chat completions API (structured outputs,
 * temperature 0). Throws the errors of `analysis.errors.ts`.
 */
export class OpenAIAnalyzer implements Analyzer {
  readonly name = 'openai';
  readonly model: string;
  private readonly client: OpenAI;
  private readonly price: ModelPrice | null;
  /** Response formats by rubric (its item IDs): made once, not for every resume. */
  private readonly formats = new Map<string, ReturnType<typeof responseFormat>>();

  constructor({ apiKey, baseURL, model, timeoutMs, prices, maxRetries = 0 }: OpenAIAnalyzerOptions) {
    this.model = model;
    this.client = new OpenAI({ apiKey, baseURL, timeout: timeoutMs, maxRetries });
    this.price = priceFor({ ...DEFAULT_PRICES, ...prices }, model);
  }

  private formatFor(items: ReturnType<typeof rubricItems>) {
    const key = items.map((item) => item.id).join('\n');
    let format = this.formats.get(key);
    if (!format) {
      if (this.formats.size >= MAX_CACHED_FORMATS) this.formats.clear();
      this.formats.set(key, (format = responseFormat(items)));
    }
    return format;
  }

  /** Sends the rubric and the fenced resume, then verifies, scores and decides in code. */
  async analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult> {
    const text = resumeText.slice(0, MAX_RESUME_CHARS);
    const items = rubricItems(job);
    const completion = await this.client.chat.completions
      .parse({
        model: this.model,
        messages: buildMessages(text, job, items),
        temperature: 0,
        max_completion_tokens: MAX_COMPLETION_TOKENS,
        response_format: this.formatFor(items),
      })
      .catch((error: unknown) => {
        throw toAnalyzerError(error) ?? error;
      });
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new MalformedOutputError(`The model refused: ${message.refusal}`);
    if (!message?.parsed) throw new MalformedOutputError('The model returned no structured answer');

    const resume = new ResumeText(text);
    const profile = verifyProfile(message.parsed.profile, resume);
    const verified = verifyAnswers(items, message.parsed.answers, resume);
    // Against a minimum, years count only when the resume backs them with a quote: otherwise a
    // model told to say "30 years" would earn the experience points, and show them in the profile.
    const years = job.minYearsExperience !== null && !verified.experienceQuoted ? null : profile.totalYearsExperience;
    // Relevance is read from the text in code, as the local analyzer reads it: never from the model.
    const relevance = relevanceFor(text, parseProfile(text), job);
    const evaluation = buildEvaluation(verified.matches, job, years, relevance);
    return {
      profile: { ...profile, totalYearsExperience: years },
      evaluation,
      decision: decide(evaluation.score, verified.matches, job),
      flags: verified.unsupportedClaims > 0 ? [UNVERIFIED_EVIDENCE_FLAG] : [],
      usage: this.usage(completion.usage),
      analyzer: this.name,
      model: this.model,
    };
  }

  /**
   * Drafts a job post's rubric from its description (structured output, temperature 0). The
   * items' quotes are not checked here: `rubric/drafter.ts` keeps only those in the description.
   */
  async draftRubric(title: string, description: string): Promise<DerivedRubric> {
    const completion = await this.client.chat.completions
      .parse({
        model: this.model,
        messages: draftMessages(title, description.slice(0, MAX_RESUME_CHARS)),
        temperature: 0,
        max_completion_tokens: MAX_COMPLETION_TOKENS,
        response_format: DRAFT_FORMAT,
      })
      .catch((error: unknown) => {
        throw toAnalyzerError(error) ?? error;
      });
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new MalformedOutputError(`The model refused: ${message.refusal}`);
    if (!message?.parsed) throw new MalformedOutputError('The model returned no structured rubric');
    return draftToRubric(message.parsed);
  }

  private usage(reported: OpenAI.CompletionUsage | undefined): Usage {
    const tokens = {
      promptTokens: reported?.prompt_tokens ?? 0,
      completionTokens: reported?.completion_tokens ?? 0,
      cachedPromptTokens: reported?.prompt_tokens_details?.cached_tokens ?? 0,
    };
    return {
      promptTokens: tokens.promptTokens,
      completionTokens: tokens.completionTokens,
      costUsd: costUsd(tokens, this.price),
    };
  }
}

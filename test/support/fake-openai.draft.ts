/**
 * The fake OpenAI server playing a model that drafts a job post's rubric (the openai analyzer's
 * `draftRubric`): it reads the post from between <<<JOB POST>>> and <<<END JOB POST>>> and lists
 * one item per skill the vocabulary finds on a line, and the years a line asks for, each quoting
 * its line. `forgedQuotes` adds an item whose quote is not in the post, as a careless model would.
 */
import { findSkills } from '../../src/analysis/skills.vocabulary.js';

/** A draft request: the post, read from the user message; null when the prompt is not one. */
export function readDraftPrompt(user: string): string | null {
  return /<<<JOB POST>>>\n([\s\S]*?)\n<<<END JOB POST>>>/.exec(user)?.[1] ?? null;
}

interface DraftItem {
  kind: string;
  text: string;
  quote: string;
  minYears: number | null;
}

/** The draft a model would answer with, as JSON; `forged` adds an item quoting nothing in the post. */
export function draftContent(post: string, forged: boolean): string {
  const items: DraftItem[] = [];
  for (const raw of post.split('\n')) {
    const line = raw.replace(/^[\s*•-]+/, '').trim();
    if (!line) continue;
    const years = /(\d{1,2})\+?\s+years/i.exec(line);
    if (years) items.push({ kind: 'EXPERIENCE', text: `${years[1]} years`, quote: line, minYears: Number(years[1]) });
    const optional = /plus|preferred|nice to have/i.test(line);
    for (const m of findSkills(line)) {
      items.push({ kind: optional ? 'NICE_TO_HAVE' : 'MUST_HAVE', text: m.skill, quote: line, minYears: null });
    }
  }
  if (forged) items.push({ kind: 'MUST_HAVE', text: 'Rust', quote: 'Ten years of Rust required', minYears: null });
  return JSON.stringify({ items });
}

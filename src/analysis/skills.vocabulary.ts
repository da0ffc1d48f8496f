/**
 * Skills vocabulary: canonical skill names with aliases, and a matcher that finds them in free text.
 * Pure and deterministic; shared by the local analyzer and anything that normalises skill lists.
 */
import { SKILL_IMPLIES, SKILL_NOT_NAMED, SKILL_ROWS, SKILL_SUITES } from './skills.data.js';

/** How strictly an alias is matched; see the prefixes documented in `skills.data.ts`. */
type AliasMode = 'ci' | 'cs' | 'list';

interface AliasEntry {
  skill: string;
  alias: string;
  mode: AliasMode;
}

/** One occurrence of a skill in a text. */
export interface SkillMatch {
  /** Canonical skill name. */
  skill: string;
  /** Offset of the match in the searched text. */
  index: number;
  /** The text as it appears at `index`. */
  match: string;
}

/** Words of a buyer's work beside "DMM", a divisional merchandise manager. */
const MERCHANDISING = String.raw`(?:[Mm]erchandis|[Bb]uyer|GMM|[Aa]ssortment|[Rr]etail|[Oo]pen-to-buy)`;
/**
 * Per-alias guards, read where the alias ends: negative look-aheads for words that double as
 * ordinary English ("excel in", "Spring 2023", a semester), and look-behinds for an acronym
 * another trade spells the same ("ICH-GCP", Good Clinical Practice, is no Google Cloud).
 */
const GUARDS: Record<string, string> = {
  Excel: String.raw`(?!\s+(?:in|at)\b)`,
  Spring: String.raw`(?!\s*\d)`,
  // a letter joined by a plus to the letters before it is a code's: "LEED AP BD+C" is no C
  C: String.raw`(?<![A-Z]\+C)`,
  R: String.raw`(?<![A-Z]\+R)`,
  // the training of staff, not a course named before it: "forklift training", "physical agent
  // modalities (PAMs) training" (but "Coaching and Training", "Led new hire training",
  // "Corporate Training", "responsible for training new hires"; "staff training" is an alias)
  Training: String.raw`(?<!(?:\)|\b(?!(?:and|or|of|for|in|on|to|with|the|new|hire|hands-on|on-the-job|corporate|team|peer|classroom|onboarding|led|lead|conducted|delivered|provided|including|ongoing|formal)\s)[A-Za-z][\w-]*)\s+training)`,
  // "TS-C", a surgical technologist's certification
  ts: String.raw`(?!-[A-Za-z])`,
  // Azure's "Key Vault" is not HashiCorp's
  Vault: String.raw`(?<![Kk]ey\s+Vault)`,
  // the insurance agencies' "Applied Epic" and the game maker are not the health record
  // …nor is an agile team's epic ("Broke each Epic into user stories")
  Epic: String.raw`(?<![Aa]pplied\s+Epic)(?<!\b(?:[Ee]ach|[Aa]n|[Pp]er|[Ee]very|[Oo]ne)\s+Epic)(?!\s+(?:Games|into|stories|story|and\s+(?:user\s+)?stor))`,
  // a buyer's divisional merchandise manager is no meter ("Partnered with the DMM and buyers on
  // assortment planning")
  DMM: String.raw`(?<!${MERCHANDISING}[^\n]{0,80}DMM)(?![^\n]{0,80}${MERCHANDISING})`,
  DMMs: String.raw`(?<!${MERCHANDISING}[^\n]{0,80}DMMs)(?![^\n]{0,80}${MERCHANDISING})`,
  // the biology of a wound in a lab is no care of one ("scratch wound healing assays")
  'wound healing': String.raw`(?!\s+(?:assays?|models?|research|stud(?:y|ies)|biology|mechanisms?|in\s+(?:mice|rats|murine|vitro|vivo|zebrafish))\b)`,
  gcp: String.raw`(?<!ich[\s/-]*gcp)(?<!clinical\s+practices?\s*\(\s*gcp)(?!\s*[-(]?\s*(?:e6|r2|r3|guidelines)\b)`,
};

/**
 * Left boundary: not inside a word, an e-mail, a file name or a dotted identifier, nor the end of
 * a code joined by a hyphen ("FP-C", "TS-C", "ICH-GCP" are credentials, not C or Google Cloud).
 */
const BEFORE = String.raw`(?<![A-Za-z0-9@_.]|[A-Za-z0-9]-)`;
/** Right boundary: not inside a word, and not the head of "C++"/"C#" or "name.ext". */
const AFTER = String.raw`(?![A-Za-z0-9+#]|\.[A-Za-z0-9])`;
/**
 * List-only aliases must also not be "R&D", "P&C" (property and casualty), "C-level", "Go to",
 * "C." (an initial), nor a letter of a letter-spaced heading ("P R O F I L E").
 */
const LIST_AFTER = String.raw`(?![&'’.\-]|\s+to\b|\s[A-Z]{1,2}(?:\s|$))`;
const LIST_BEFORE = String.raw`(?<!(?:^|\s)[A-Z]{1,2}\s)(?<![A-Za-z]&)`;
/** How far (in characters, same line) a list-only alias may be from another skill. */
const LIST_CONTEXT_CHARS = 40;

const ENTRIES: AliasEntry[] = buildEntries();
const EXACT = new Map<string, string>();
const LOOSE = new Map<string, string>();
for (const e of ENTRIES) {
  const key = exactKey(e.alias);
  if (!EXACT.has(key)) EXACT.set(key, e.skill);
  if (!LOOSE.has(looseKey(key))) LOOSE.set(looseKey(key), e.skill);
}
/**
 * Most alias characters in one regex. V8 runs a large enough alternation (here about a thousand
 * aliases, some 15,000 characters) hundreds of times slower on a long text, so a mode's aliases
 * are split into regexes of this size, and `matchAllChunked` merges them exactly as a single regex
 * would have matched.
 */
const PATTERN_CHARS_PER_REGEX = 8000;
const MATCHERS: { mode: AliasMode; res: RegExp[] }[] = (['ci', 'cs', 'list'] as const).map((mode) => ({
  mode,
  res: buildRegexes(
    ENTRIES.filter((e) => e.mode === mode),
    mode,
  ),
}));

/** Every canonical skill name in the vocabulary, in table order. */
export const CANONICAL_SKILLS: readonly string[] = SKILL_ROWS.map((row) => row[0]!);

/**
 * Whether a resume showing `shown` shows `asked`: the same skill, or a narrower one that is part
 * of it ("Forklift Operation" shows "Warehouse Operations"; see `SKILL_IMPLIES`).
 */
export function showsSkill(shown: string, asked: string): boolean {
  return shown === asked || (SKILL_IMPLIES[shown]?.includes(asked) ?? false);
}

/**
 * Whether the name of `found` holds the name of `asked` without being it ("Azure DevOps" and
 * "Azure"; see `SKILL_NOT_NAMED`): the asked skill's words there are no mention of it.
 */
export function namesOther(found: string, asked: string): boolean {
  return SKILL_NOT_NAMED[found]?.includes(asked) ?? false;
}

/**
 * Whether a resume listing the suite `listed` is taken to use `asked`, one of its everyday
 * programs ("Microsoft Office" for "Outlook"; see `SKILL_SUITES`). Only answering a rubric reads
 * it: a post that names a suite and its parts still asks each.
 */
export function suiteHolds(listed: string, asked: string): boolean {
  return SKILL_SUITES[listed]?.includes(asked) ?? false;
}

function buildEntries(): AliasEntry[] {
  const out: AliasEntry[] = [];
  for (const row of SKILL_ROWS) {
    const skill = row[0]!;
    const restricted = row.slice(1).some((a) => /^[=~]/.test(a) && a.slice(1) === skill);
    if (!restricted) out.push({ skill, alias: skill, mode: 'ci' });
    for (const raw of row.slice(1)) {
      if (raw.startsWith('~')) out.push({ skill, alias: raw.slice(1), mode: 'list' });
      else if (raw.startsWith('=')) out.push({ skill, alias: raw.slice(1), mode: 'cs' });
      else out.push({ skill, alias: raw, mode: 'ci' });
    }
  }
  return out;
}

function exactKey(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Punctuation-insensitive key, so "Node JS", "node.js" and "NodeJS" meet. `+`/`#` stay: C++ ≠ C. */
function looseKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9+#]/g, '');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One mode's regexes: consecutive slices of its aliases in match-priority order. */
function buildRegexes(entries: AliasEntry[], mode: AliasMode): RegExp[] {
  // Longest first: JS alternation takes the first alternative that matches, not the longest.
  const sorted = [...entries].sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
  const out: RegExp[] = [];
  let slice: AliasEntry[] = [];
  let chars = 0;
  for (const e of sorted) {
    if (slice.length && chars + e.alias.length > PATTERN_CHARS_PER_REGEX) {
      out.push(buildRegex(slice, mode));
      slice = [];
      chars = 0;
    }
    slice.push(e);
    chars += e.alias.length + 1;
  }
  if (slice.length) out.push(buildRegex(slice, mode));
  return out;
}

/**
 * One regex of `sorted`'s aliases (longest first), grouped by first character: `a(?:ws|zure)|…`.
 * Two aliases with different first characters never match at the same place, so the grouping
 * changes no match, while V8 then tries one group at a position instead of every alias.
 */
function buildRegex(sorted: AliasEntry[], mode: AliasMode): RegExp {
  const groups = new Map<string, string[]>();
  for (const e of sorted) {
    const first = mode === 'ci' ? e.alias[0]!.toLowerCase() : e.alias[0]!;
    const rest = escapeRegex(e.alias.slice(1)).replace(/ +/g, String.raw`\s+`) + (GUARDS[e.alias] ?? '');
    const group = groups.get(first);
    if (group) group.push(rest);
    else groups.set(first, [rest]);
  }
  const alts = [...groups].map(([first, rests]) => `${escapeRegex(first)}(?:${rests.join('|')})`);
  const tail = mode === 'list' ? AFTER + LIST_AFTER : AFTER;
  const head = mode === 'list' ? BEFORE + LIST_BEFORE : BEFORE;
  return new RegExp(`${head}(?:${alts.join('|')})${tail}`, mode === 'ci' ? 'gi' : 'g');
}

/**
 * E-mail addresses and URLs. Each alternative can only start where a run of its characters starts
 * (the look-behinds), which keeps the scan linear on hostile input such as 1 MB of "a".
 */
const EMAIL_OR_URL =
  /(?<![\w.+%-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.])(?:https?:\/\/|www\.)\S+|(?<![\w-])[\w-]+\.(?:com|org|net|io|dev|in|edu|co|me)\/\S*/gi;

/** Spans `[start, end)` of e-mail addresses and URLs, where "github" or "python" are not skills. */
export function emailAndUrlSpans(text: string): [number, number][] {
  return [...text.matchAll(EMAIL_OR_URL)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

const byLowerAlias = new Map<string, AliasEntry[]>();
for (const e of ENTRIES) {
  const k = e.alias.toLowerCase();
  byLowerAlias.set(k, [...(byLowerAlias.get(k) ?? []), e]);
}

function skillFor(matched: string, mode: AliasMode): string | undefined {
  const flat = matched.toLowerCase().replace(/\s+/g, ' ');
  const candidates = byLowerAlias.get(flat) ?? [];
  const exact = candidates.find((e) => e.mode === mode && (mode === 'ci' || e.alias === matched.replace(/\s+/g, ' ')));
  return exact?.skill;
}

/**
 * Finds every vocabulary skill mentioned in `text`, in order of appearance.
 *
 * Matching is word-boundary aware (so "Java" is not found in "JavaScript", and "C++", "C#",
 * ".NET", "Node.js" keep their punctuation) and case-insensitive, except for aliases that are
 * ordinary words or letters in lower case: those need their exact case, and the shortest
 * (Go, R, C...) only count inside a list of other skills. Overlaps keep the longest match;
 * e-mail addresses and URLs are skipped.
 */
export function findSkills(text: string): SkillMatch[] {
  const raw: (SkillMatch & { end: number; mode: AliasMode })[] = [];
  for (const { mode, res } of MATCHERS) {
    for (const m of matchAllChunked(text, res)) {
      const skill = skillFor(m[0], mode);
      if (skill) raw.push({ skill, index: m.index, match: m[0], end: m.index + m[0].length, mode });
    }
  }
  raw.sort((a, b) => a.index - b.index || b.end - a.end);
  const excluded = emailAndUrlSpans(text);
  const kept: typeof raw = [];
  let lastEnd = -1;
  for (const m of raw) {
    if (m.index < lastEnd) continue;
    if (excluded.some(([s, e]) => m.index < e && m.end > s)) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept
    .filter((m, i) => m.mode !== 'list' || nearby(text, kept[i - 1], m) || nearby(text, m, kept[i + 1]))
    .map(({ skill, index, match }) => ({ skill, index, match }));
}

/**
 * The matches one regex made of all of `res`'s alternatives, in order, would give: from each
 * position the earliest match of any slice, and at a tie the earlier slice's (its alternatives come
 * first in the combined alternation). Each slice's next match is kept until a match passes it.
 */
function* matchAllChunked(text: string, res: RegExp[]): Generator<RegExpExecArray> {
  const next: (RegExpExecArray | null | undefined)[] = res.map(() => undefined);
  let pos = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < res.length; i++) {
      let m = next[i];
      if (m === undefined || (m !== null && m.index < pos)) {
        const re = res[i]!;
        re.lastIndex = pos;
        m = re.exec(text);
        next[i] = m;
      }
      if (m && (best < 0 || m.index < next[best]!.index)) best = i;
    }
    if (best < 0) return;
    const m = next[best]!;
    yield m;
    // Aliases are never empty, so this always moves on.
    pos = m.index + m[0].length;
  }
}

/**
 * Whether two matches (in text order) are close on one line: the list context a short alias
 * needs. Matches are sorted and disjoint, so only a match's direct neighbours can be closest.
 */
function nearby(text: string, a: { end: number } | undefined, b: { index: number } | undefined): boolean {
  if (!a || !b) return false;
  return b.index - a.end <= LIST_CONTEXT_CHARS && !text.slice(a.end, b.index).includes('\n');
}

/**
 * How well or how much, said around a skill in lists and job posts ("Proficient in CNC machining",
 * "Excellent time management skills", "OSHA trained", "Advanced Excel"): not part of its name.
 */
const QUALIFIER_BEFORE =
  /^(?:(?:highly\s+)?(?:proficient|proficiency|experienced|experience|expert|expertise|excellent|strong|advanced|basic|good|solid|working|hands-on|knowledge|familiarity|familiar|skilled|fluent)\s+)+(?:(?:in|with|of|at)\s+)?/;
const QUALIFIER_AFTER =
  /(?:\s+(?:skills?|trained|training|certified|certification|experience|knowledge|software|tools?))+$/;

function lookup(key: string): string | undefined {
  return EXACT.get(key) ?? LOOSE.get(looseKey(key));
}

/**
 * Maps a raw skill name (from a job post or a resume's skills list) to its canonical name, or
 * null when the vocabulary does not know it. Case, spacing and punctuation variants are accepted
 * ("nodejs", "Node JS", "k8s", "Postgres"), as are trailing versions and notes ("Python 3.11",
 * "Angular (2+)") and words of degree around the name ("Proficient in Excel", "Excellent time
 * management skills").
 */
export function normalizeSkill(raw: string): string | null {
  const key = exactKey(raw);
  if (!key) return null;
  const hit = lookup(key);
  if (hit) return hit;
  const stripped = key
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/\s+v?\d+(?:\.\d+)*\+?$/, '')
    .replace(/[.,;:]+$/, '');
  const bare = stripped.replace(QUALIFIER_BEFORE, '').replace(QUALIFIER_AFTER, '');
  for (const candidate of [stripped, bare]) {
    if (candidate && candidate !== key) {
      const found = lookup(candidate);
      if (found) return found;
    }
  }
  return null;
}

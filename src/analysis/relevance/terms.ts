/**
 * Words as relevance counts them: lower case, stemmed (Porter, through `stemmer`), stop words
 * dropped, technical names kept whole ("c++", "c#", ".net", "node.js"), and every skill the
 * vocabulary knows folded to one term whatever its spelling ("Postgres", "PostgreSQL" and
 * "psql" are one term), so that a resume and a job post meet however each writes a skill.
 */
import { stemmer } from 'stemmer';
import { findSkills } from '../skills.vocabulary.js';

/**
 * Function words, and words every job post and resume uses whatever the job ("experience",
 * "skills", "ability", "team", "work"): they say nothing about which job a text is about.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each either etc few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just may me might more most must my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own per same shall she should ' +
    'so some such than that the their theirs them themselves then there these they this those through to too under ' +
    'until up upon us very via was we were what when where which while who whom why will with within without would ' +
    'you your yours yourself yourselves ' +
    // job-post and resume boilerplate
    'experience experienced year years yrs month months ability able skill skills strong excellent good great solid ' +
    'proven demonstrated knowledge understanding work working worked job role position candidate candidates ' +
    'applicant company team teams including include includes included required requirement requirements ' +
    'preferred plus must responsibilities responsibility duties duty new one two three four five six seven eight ' +
    'nine ten well use used using including various multiple ensure ensuring provide provided providing highly ' +
    'summary profile objective professional present current currently company'
  ).split(/\s+/),
);

/** A word: letters and digits, with the inner punctuation of technical names ("node.js", "c++", "c#"). */
const WORD = /\.?[a-z0-9][a-z0-9]*(?:[.+#/-][a-z0-9+#]+)*[+#]*/gi;

/** Prefix of a skill term, so it cannot collide with a word. */
export const SKILL_PREFIX = 'skill:';

/** Words this short, and acronyms in capitals ("AED", "ACE", "CPA"), are names: never stemmed. */
const UNSTEMMED_MAX = 3;

/** A figure and its unit, as pay, hours, weights and distances are written: "22.50/hr", "10-hour", "50lbs", "8am-5pm". */
const FIGURE_WITH_UNIT =
  /^\$?\d+(?:[.,]\d+)?[/-]?(?:hr|hrs|hour|hours|h|yr|yrs|year|years|wk|week|weeks|mo|month|months|day|days|lb|lbs|kg|ft|mi|mile|miles|min|mins|minute|minutes|sec|pm|am)$|^\d{1,2}(?::\d{2})?(?:am|pm)?-\d{1,2}(?::\d{2})?(?:am|pm)$/;
/** A span of weekdays: "mon-fri", "sun/wed", "m-f". */
const WEEKDAYS =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?[/-]?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|m-f)$/;

/** Gender-neutral names of trades' roles, by the name the role has in most posts (a term as {@link termOf} gives it). */
const NEUTRAL_ROLE = new Map([
  ['journeyperson', 'journeyman'],
  ['journeyworker', 'journeyman'],
  ['journeywoman', 'journeyman'],
  ['foreperson', 'foreman'],
  ['forewoman', 'foreman'],
  ['craftsperson', 'craftsman'],
  ['tradesperson', 'tradesman'],
  ['lineworker', 'lineman'],
  ['lineperson', 'lineman'],
  ['linewoman', 'lineman'],
]);

/** Words trades clip, by the whole word: "cath", "rehab", "peds", "mgmt". */
const CLIPPED = new Map([
  ['cath', 'catheterization'],
  ['rehab', 'rehabilitation'],
  ['peds', 'pediatrics'],
  ['mgmt', 'management'],
  ['mgr', 'manager'],
  ['asst', 'assistant'],
  ['mfg', 'manufacturing'],
  ['lab', 'laboratory'],
]);

/** The whole word a clipped one stands for ("caths": "catheterization"), or null. */
export function unclipped(word: string): string | null {
  const w = word.toLowerCase();
  return CLIPPED.get(w) ?? CLIPPED.get(w.replace(/s$/, '')) ?? null;
}

/**
 * The term of one word, or null for a stop word or a number: lower-cased and stemmed, except
 * technical names ("c++", ".net", "node.js") and acronyms, which stay whole.
 */
export function termOf(raw: string): string | null {
  const word = raw.replace(/^[.'-]+|[.'-]+$/g, '').replace(/'s$/i, '');
  const w = word.toLowerCase();
  // numbers, also "2+", "24/7", "401k", "3rd": counts and dates, not words of a trade
  if (w.length < 2 || STOP_WORDS.has(w) || /^\d+(?:[.,/-]\d+)*(?:\+|k|st|nd|rd|th|s)?$/.test(w)) return null;
  // a figure with its unit ("22.50/hr", "10-hour", "50lb") and a span of weekdays ("Mon-Fri") say
  // what the job pays and when it is worked, nothing of the trade
  if (FIGURE_WITH_UNIT.test(w) || WEEKDAYS.test(w)) return null;
  if (/[+#.]/.test(w)) return w;
  // a role's gender-neutral name is the role: "journeyperson" is a journeyman, "lineworker" a lineman
  const neutral = NEUTRAL_ROLE.get(w.replace(/s$/, ''));
  if (neutral) return neutral;
  // …and a word's clipped form is the word: "cath lab" is a catheterization laboratory
  // (not a firm's plural name: "Acme Labs", "Bell Labs")
  const clipped = /^L(?:abs|ABS)$/.test(word) ? null : unclipped(w);
  if (clipped) return stemmer(clipped);
  const acronym = word.length <= 5 && /^[A-Z0-9]+$/.test(word) && /[A-Z]/.test(word);
  if (acronym || w.length <= UNSTEMMED_MAX) return w.replace(/[/-]/g, '');
  // a "-ness" noun names a field of its own ("fitness", "business", "wellness"): Porter would
  // fold it into its adjective ("fit", "busi"), which says much less about a job
  if (/ness(?:es)?$/.test(w)) return w.replace(/(?<=ness)es$/, '').replace(/[/-]/g, '');
  return stemmer(w.replace(/[/-]/g, ''));
}

/**
 * Acronyms of trades, written in capitals in titles and posts ("IT Manager", "HR Generalist",
 * "RN"), read as the words they stand for so that they meet the spelled-out form.
 */
const ACRONYMS: Record<string, string> = {
  IT: 'information technology',
  HR: 'human resources',
  RN: 'registered nurse',
  LPN: 'licensed practical nurse',
  CNA: 'certified nursing assistant',
  PR: 'public relations',
  QA: 'quality assurance',
  QC: 'quality control',
  UX: 'user experience',
  UI: 'user interface',
  CSR: 'customer service representative',
  BDR: 'business development representative',
  SDR: 'sales development representative',
  HVAC: 'heating ventilation air conditioning',
  CDL: 'commercial driver license',
  EMT: 'emergency medical technician',
  CPA: 'certified public accountant',
  LVN: 'licensed vocational nurse',
  SDET: 'software development engineer in test',
  SRE: 'site reliability engineer',
  DBA: 'database administrator',
};
const ACRONYM_RE = new RegExp(String.raw`\b(?:${Object.keys(ACRONYMS).join('|')})\b(?![./-]\w)`, 'g');

/** The words a trade's acronym stands for, when `word` is one written in capitals ("DBA"), else null. */
export function spelledOut(word: string): string | null {
  return Object.hasOwn(ACRONYMS, word) ? ACRONYMS[word]! : null;
}

/** The text with trade acronyms spelled out (see {@link ACRONYMS}); offsets are not kept. */
export function expandAcronyms(text: string): string {
  return text.replace(ACRONYM_RE, (m) => `${m} ${ACRONYMS[m]}`);
}

/** Terms of a text in order (repeats kept): words, and one `skill:` term per vocabulary skill. */
export function termsOf(raw: string): string[] {
  return termSpans(raw).map((t) => t.term);
}

/**
 * {@link termsOf} with where each term stands in `raw`: the offset of the word or skill it was
 * read from (an acronym's spelled-out words stand where the acronym does).
 */
export function termSpans(raw: string): { term: string; index: number }[] {
  // the text with acronyms spelled out, and where each stretch of it came from in `raw`
  const breaks: [number, number][] = [[0, 0]];
  let text = '';
  let from = 0;
  for (const m of raw.matchAll(ACRONYM_RE)) {
    const end = m.index + m[0].length;
    text += raw.slice(from, end);
    breaks.push([text.length, m.index]);
    text += ` ${ACRONYMS[m[0]]}`;
    breaks.push([text.length, end]);
    from = end;
  }
  text += raw.slice(from);
  let b = 0;
  const rawAt = (i: number) => {
    while (b + 1 < breaks.length && breaks[b + 1]![0] <= i) b++;
    const [at, rawStart] = breaks[b]!;
    // inside a spelled-out acronym: where the acronym stands
    return b % 2 === 1 ? rawStart : rawStart + (i - at);
  };
  const out: { term: string; index: number }[] = [];
  const skills = findSkills(text);
  let at = 0;
  const words = (part: string, offset: number, fixed?: number) => {
    for (const m of part.matchAll(WORD)) {
      const index = fixed ?? rawAt(offset + m.index);
      for (const piece of m[0].includes('/') && !/[+#.]/.test(m[0]) ? m[0].split('/') : [m[0]]) {
        const t = termOf(piece);
        if (t) out.push({ term: t, index });
      }
    }
  };
  for (const s of skills) {
    words(text.slice(at, s.index), at);
    const index = rawAt(s.index);
    out.push({ term: SKILL_PREFIX + s.skill.toLowerCase(), index });
    // a skill's words count too ("project management" is also "project" and "manag"): those it
    // was written in ("medical billing and coding" is Medical Coding, and billing; "Supply Chain
    // Planner" says no "management"), or its name's where it was written as one word or letters
    // ("PMP"); a skill named by one word or letters stands for its words ("good manufacturing
    // practices" is GMP)
    if (/\s/.test(s.skill)) words(/\s/.test(s.match) ? s.match : s.skill, 0, index);
    at = s.index + s.match.length;
  }
  words(text.slice(at), at);
  return out;
}

/** Term → how many times it occurs. */
export function termCounts(terms: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/**
 * A name a text spells out and abbreviates ("Registered Dental Assistant (RDA)",
 * "Certified Professional Coder (CPC)"): its words and its letters, where the letters are the
 * words' initials (small words aside).
 */
const SPELLED_OUT = /((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|in|the|&)\s+)?){1,6})\(([A-Z]{2,6})\)/g;

/**
 * Whether `letters` spell `words` in order: each word gives its initial, then none or more of its
 * own letters after it, in order ("RPSGT": Registered, Polysomnographic as P, S, G, Technologist);
 * the last word its initial alone: "Bachelor of Science (BSN)" spells no Nursing from the n of
 * "Science", "Health Science (HSC)" no C.
 */
function spells(words: string[], letters: string): boolean {
  if (words.length === 0) return letters.length === 0;
  const [word, ...rest] = words;
  if (letters.length < words.length || word![0] !== letters[0]) return false;
  if (rest.length === 0) return letters.length === 1;
  const inner = word!.slice(1).toUpperCase();
  // the letters this word gives after its initial: 0, 1, 2… as long as they are found in order
  for (let take = 0, at = 0; take < letters.length - words.length + 1; take++) {
    if (take > 0) {
      const found = inner.indexOf(letters[take]!, at);
      if (found < 0) return false;
      at = found + 1;
    }
    if (spells(rest, letters.slice(take + 1))) return true;
  }
  return false;
}

export function namesSpelledOut(text: string): { name: string; letters: string; index: number; length: number }[] {
  const out: { name: string; letters: string; index: number; length: number }[] = [];
  for (const m of text.matchAll(SPELLED_OUT)) {
    const words = m[1]!.trim().split(/\s+/);
    const letters = m[2]!;
    // the abbreviation's words: the last as many capitalised words as it has letters
    const capitalised = words.filter((w) => /^[A-Z]/.test(w));
    let named = capitalised.slice(-letters.length);
    if (named.length !== letters.length || named.some((w, i) => w[0] !== letters[i])) {
      // (or fewer words, one giving letters of its own parts after its initial: "Registered
      // Polysomnographic Technologist (RPSGT)", poly-Somno-Graphic)
      named = [];
      for (let k = Math.min(letters.length - 1, capitalised.length); k >= 2 && named.length === 0; k--)
        if (spells(capitalised.slice(-k), letters)) named = capitalised.slice(-k);
      if (named.length === 0) continue;
    }
    const from = m[1]!.lastIndexOf(named[0]!);
    out.push({
      name: m[1]!.slice(from).trim(),
      letters,
      index: m.index + from,
      length: m[0].length - from,
    });
  }
  return out;
}

/**
 * Relevance: how close a resume is to the whole job post, whatever its rubric says. Two signals,
 * both deterministic and offline:
 *
 * - **title**: the post's title against the resume's own job titles (its headline and its most
 *   recent positions), word by word, each word weighed by how much it tells (IDF), words of
 *   seniority ("Senior", "II", "Lead") left out: a "Staff Accountant" post and an "ACCOUNTANT II"
 *   resume share their one telling word;
 * - **content**: BM25 of the post's terms in the resume, normalised by the most a resume could
 *   earn, where the post's terms are weighed by where they stand (its title counts most, then
 *   what it asks for, then its duties; text about the company or its benefits not at all) and by
 *   IDF over the Brown Corpus (a real corpus of edited American English, see `frequencies.ts`).
 *
 * The two make one figure in [0, 1] (see {@link relevance}); scoring.ts turns it into points.
 */
import { jobSegments, notCounted, pasted, TO_RECRUITERS, type SectionMode } from '../rubric/job-text.js';
import { idf } from './frequencies.js';
import { isTitle } from '../local/experience.js';
import { roleNamedOutsideTitle } from './post-role.js';
import { familiesOf, familyHits, familyTerms } from './occupations.js';
import { namesSpelledOut, SKILL_PREFIX, termCounts, termSpans, termsOf } from './terms.js';
import { SKILL_IMPLIES } from '../skills.data.js';
import { findSkills } from '../skills.vocabulary.js';
import { blankSpans, mergeSpans } from '../local/text.js';

/** A title that says a sentence: it ends one, or holds one's end. */
const SENTENCE_TITLE = /[.!?](?:\s|$)/;
/** Weight of a post's term by where it stands. */
const SECTION_WEIGHT: Record<SectionMode | 'title', number> = {
  title: 3,
  required: 2,
  optional: 1,
  plain: 1,
  duties: 1,
  about: 0,
};
/** BM25's saturation and length normalisation (the usual values). */
const K1 = 1.2;
const B = 0.75;
/** Length of a typical resume, in terms, for BM25's length normalisation. */
const TYPICAL_RESUME_TERMS = 450;
/**
 * Share of the most a resume could earn (over the post's key terms) that counts as full content
 * credit: no resume repeats every key word of a post, and one that holds most of their weight,
 * repeated, is as close as they come.
 */
const CONTENT_FULL = 0.7;
/**
 * Title agreement that counts as full: past it, titles differ in wording, not in the role they
 * name ("Truckload Dispatcher", "Dispatcher" for a Truck Dispatcher post).
 */
const TITLE_FULL = 0.9;
/**
 * The most a resume could earn is counted over the post's this many heaviest terms: a post of
 * 6,000 characters has hundreds, and a resume's share of all of them would fall with the post's
 * length (measured: the shortest of five developer posts then ranked first for most CVs).
 */
const CEILING_TERMS = 30;
/** How the three signals make one figure. */
export const RELEVANCE_WEIGHTS = { title: 0.45, content: 0.4, tenure: 0.15 } as const;
/** Years in positions like the post's that earn full tenure credit. */
const TENURE_FULL_YEARS = 8;
/** Years in any position count this much toward tenure: experience is worth something anywhere. */
const ANY_YEARS_SHARE = 0.25;
/**
 * Words of rank and seniority, of how and when the work is done, and of how far it reaches: they
 * say how senior, or where and on what terms ("Remote Software Developer", "Seasonal Warehouse
 * Associate", "Night Shift RN", "Area Supervisor"), not which job.
 */
const LEVEL_WORDS = new Set(
  [
    'senior sr junior jr lead head chief principal staff associ assist entri level mid i ii iii iv v trainee intern apprentic deputi acting interim',
    'remot hybrid onsit temporari temp parttim fulltim freelanc season diem prn wfh shift weekend immedi urgent hire',
    // how far the work reaches: "Area Supervisor", "Regional Sales Manager", "District Manager"
    'area region district',
  ]
    .join(' ')
    .split(' '),
);
/** Ranks that name a role when they end a title: "Team Lead", "Department Head", "Crew Chief". */
const ROLE_RANKS = new Set(['lead', 'head', 'chief']);
/** Positions of a resume compared with the post's title: its headline, then its latest jobs. */
const TITLES_COMPARED = 4;
/** An older position's title counts for less than the latest one. */
const TITLE_RECENCY = [1, 0.9, 0.8, 0.7];
/**
 * Title agreement of a resume title in one of the post's families of occupations ("CONSTRUCTION
 * LABORER" for a construction project manager post): work of the same kind, another role.
 */
const FAMILY_CREDIT = 0.5;
/** A term weighing at least this share of the post's heaviest is one of its key terms. */
const KEY_TERM_SHARE = 0.25;
/** The most a resume title earns by its words being the post's (see {@link titleAgreement}). */
const REVERSE_WEIGHT = 0.8;
/** Terms of the post named in an explanation. */
const EXPLAINED_TERMS = 6;

/** What relevance needs of a job post, computed once per post. */
export interface JobTerms {
  /** Post term → its weight (section weight × IDF). */
  weights: Map<string, number>;
  /** The title's variants, their telling terms and heads. */
  title: TitleTerms[];
  /** The post's key terms: its title's, and those it weighs most (see {@link KEY_TERM_SHARE}). */
  vocabulary: Set<string>;
  /** The telling weight (IDF) of the post title's terms, summed over its richest variant. */
  titleInformation: number;
  /** The families of occupations the post is about (see `occupations.data.ts`). */
  families: Set<string>;
  /** The words (terms) of those families: a resume title's word among them names the post's trade. */
  familyWords: Set<string>;
  /** The most a resume could earn over the post's {@link CEILING_TERMS} heaviest terms (each saturated). */
  ceiling: number;
  /**
   * Letters the post spells out ("Certified Occupational Therapy Assistant (COTA)") → the words
   * they stand for: a resume title written in them ("COTA/L") names the post's role in its words.
   */
  spelled: Map<string, string>;
}

/** A resume's side: its term counts and its titles, most recent first. */
/** The last word of a title that names a rank in training, not a second role: "Manager-Trainee". */
const IN_TRAINING = /^(?:trainee|apprentice|intern|designate|elect)$/i;

/** A title the resume gives itself: its headline (no years), or a position and its years. */
export interface ResumeTitle {
  title: string;
  /** Years held, for a position with dates; null for a headline or undated position. */
  years: number | null;
}

export interface ResumeTerms {
  counts: Map<string, number>;
  length: number;
  /** Headline first, then positions, most recent first. */
  titles: ResumeTitle[];
  /** Years of experience in all, when known. */
  totalYears: number | null;
}

export interface RelevanceResult {
  /** 0 to 1. */
  score: number;
  /** Best title agreement, 0 to 1, and the resume title it came from. */
  title: { score: number; matched: string | null };
  /** Content agreement, 0 to 1 (after {@link CONTENT_FULL}). */
  content: number;
  /** Years in positions like the post's (and, for a little, in any), 0 to 1 (see {@link TENURE_FULL_YEARS}). */
  tenure: number;
  /** The years behind {@link tenure}: in positions like the post's. */
  relevantYears: number;
  /** The post's most telling terms the resume has, and the ones it lacks, as written in the post. */
  matchedTerms: string[];
  missingTerms: string[];
}

const jobCache = new Map<string, { job: JobTerms; labels: Map<string, string> }>();
const JOB_CACHE_SIZE = 64;

/** The post's weighted terms (see {@link SECTION_WEIGHT}), memoised by title and description. */
export function jobTerms(title: string, description: string): { job: JobTerms; labels: Map<string, string> } {
  const key = `${title}\u0000${description}`;
  const hit = jobCache.get(key);
  if (hit) return hit;
  const weights = new Map<string, number>();
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  const add = (text: string, weight: number) => {
    if (weight === 0) return;
    for (const t of termsOf(text)) {
      weights.set(t, Math.max(weights.get(t) ?? 0, weight));
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (!labels.has(t)) labels.set(t, labelOf(t, text));
    }
  };
  // a title that names none of the role the description hires ("TULE RIVER COUNTY" over "…for
  // the position of: Nuclear Medicine Technologist II") is read with that role, as another name
  // of the post (the title the recruiter gave stays: the role is a reading of the text)
  const role = roleNamedOutsideTitle(title, description);
  // (a title that is a sentence, where the description names the role, is a page's banner filling
  // the title: "This website uses cookies to enhance your experience, analyze site traffic and …")
  const bannerTitle = role !== null && SENTENCE_TITLE.test(title.trim()) && title.trim().split(/\s+/).length >= 8;
  if (!bannerTitle) add(title, SECTION_WEIGHT.title);
  if (role) add(role, SECTION_WEIGHT.title);
  for (const seg of jobSegments(description)) {
    // what the post says to its recruiters, and what it says does not count or is not enough
    // ("helpdesk or desktop support yrs don't count"), are no words of the work it asks
    if (seg.heading || TO_RECRUITERS.test(seg.text)) continue;
    // (read as a derived item is: a word a PDF broke across lines is one word, "compet-\n  itive")
    add(pasted(blankSpans(seg.text, mergeSpans(notCounted(seg.text)))), SECTION_WEIGHT[seg.section]);
  }
  for (const [t, w] of weights) {
    // what a post says again and again is what it is about: "fitness" eight times, "escrow" once
    weights.set(t, w * (1 + Math.log(counts.get(t)!)) * idf(t));
  }
  // the post title's words weigh by how much they tell and by how much the post goes on about
  // them: in "Construction Project Manager", "construction" is the trade the text keeps naming
  // (a part that names no role beside one that does says where or at what level the role is held:
  // it is no role to match, and names no family: "Registered Nurse - Labor and Delivery" is a
  // nurse's post, neither a delivery driver's nor a logistics one)
  const read = bannerTitle ? [] : titleVariants(title);
  const roles = read.filter((v) => v.role);
  const variants = [...(roles.length > 0 ? roles : read), ...(role ? titleVariants(role) : [])].map((v) => ({
    ...v,
    terms: new Map([...v.terms].map(([t, w]) => [t, w * (1 + Math.log(counts.get(t) ?? 1))])),
  }));
  const titleInformation = Math.max(0, ...variants.map((v) => [...v.terms.values()].reduce((a, b) => a + b, 0)));
  // the post's key terms: those weighing at least a quarter of its heaviest
  const heaviest = Math.max(0, ...weights.values());
  const vocabulary = new Set([...weights].filter(([, w]) => w >= heaviest * KEY_TERM_SHARE).map(([t]) => t));
  // the post's families: those its title names, else those its key terms name at least twice
  let families = familiesOf(
    [
      roles.length > 0 && roles.length < read.length ? roles.map((v) => v.text).join(' / ') : title,
      ...(role ? [role] : []),
    ].join(' / '),
  );
  if (families.size === 0) {
    families = new Set([...familyHits(vocabulary)].filter(([, n]) => n >= 2).map(([f]) => f));
  }
  // measured against its key terms, not against the length of its text: a long post and a short
  // one for the same role then credit one resume alike, so scores compare across posts
  const ceiling = [...weights.values()]
    .sort((a, b) => b - a)
    .slice(0, CEILING_TERMS)
    .reduce((a, b) => a + b, 0);
  const job = {
    weights,
    title: variants,
    ceiling,
    vocabulary,
    titleInformation,
    families,
    familyWords: familyTerms(families),
    spelled: new Map(namesSpelledOut(`${title}\n${description}`).map((n) => [n.letters, n.name])),
  };
  const out = { job, labels };
  if (jobCache.size >= JOB_CACHE_SIZE) jobCache.delete(jobCache.keys().next().value!);
  jobCache.set(key, out);
  return out;
}

/** How a term reads in the post: the skill's name, or the word it was stemmed from. */
function labelOf(term: string, text: string): string {
  if (term.startsWith(SKILL_PREFIX)) return term.slice(SKILL_PREFIX.length);
  const m = new RegExp(String.raw`\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z]*`, 'i').exec(text);
  return m ? m[0].toLowerCase() : term;
}

/** A narrower skill's term → the broader skills' terms it shows ("forklift operation" → "warehouse operations"). */
const IMPLIED_TERMS = new Map(
  Object.entries(SKILL_IMPLIES).map(([narrow, broad]) => [
    SKILL_PREFIX + narrow.toLowerCase(),
    broad.map((b) => SKILL_PREFIX + b.toLowerCase()),
  ]),
);

/**
 * The resume's terms and titles. A narrower skill counts for the broader ones it shows too (a
 * resume's "T-SQL" for a post's "SQL"), one way only: the post's terms are read as written.
 */
export function resumeTerms(text: string, titles: ResumeTitle[], totalYears: number | null = null): ResumeTerms {
  const terms = termsOf(text);
  const shown = terms.flatMap((t) => IMPLIED_TERMS.get(t) ?? []);
  return { counts: termCounts([...terms, ...shown]), length: terms.length, titles, totalYears };
}

/** A job title's telling terms (no seniority words) and its head, the noun that names the role. */
export interface TitleTerms {
  terms: Map<string, number>;
  head: string | null;
  /** A skill the title names in words of its own ("Customer Support": Customer Service), and those words' terms. */
  skillWords: Map<string, string[]>;
  /** The variant's words as written ("Labor and Delivery"), and whether they name a role ("Registered Nurse"). */
  text: string;
  role: boolean;
}

/**
 * The variants of one title ("Executive Chef / Chef Manager" is two; "(1-4 years experience)"
 * is none), each with its terms and its head: the last word ("Staff Accountant"), or the word
 * before "of" ("Director of Finance"); a rank there is the role ("Customer Service Team Lead", see
 * {@link ROLE_RANKS}), elsewhere only a rank ("Lead Developer").
 */
export function titleVariants(title: string): TitleTerms[] {
  return (
    title
      // (a mark of trade or registration is no letter of a word: "REALTOR®"; a realtor is a real
      // estate agent by name)
      .replace(/[®™©]/g, '')
      .replace(/\brealtors?\b/gi, 'Real Estate Agent')
      // a remark in brackets is no part of the title, but the role's letters are: "Charge Nurse (LPN)"
      .replace(/\(([A-Z]{2,5})\)/g, (m, letters: string) => (findSkills(letters).length > 0 ? ` ${letters} ` : ' '))
      // a gender mark ends the role, as a dash would: "Buyer (m/f/d) Direct Material" is a buyer of direct material
      .replace(/\s*\((?:(?:[mfwdx]\s*\/\s*){1,3}[mfwdx]\*?|all\s+genders?)\)\s*(?=\S)/gi, ' - ')
      // …but another name of the role is: "Stationary Engineer (Boiler Operator)"
      // (a role noun last, no remark around one: not "(Reports to Practice Manager)", "(Trainee Welcome)")
      .replace(/ ?\(([^()]{3,40})\)/g, (m, inner: string) => {
        const words = inner.trim().split(/\s+/);
        const named =
          words.length <= 4 &&
          isTitle(words.at(-1)!) &&
          !/\d|\b(?:to|for|with|of|reports?|preferred|welcome|wanted|needed|required)\b/i.test(inner);
        return named ? ` | ${inner.trim()} ` : ' ';
      })
      // two roles joined by a hyphen are both held: "Fitter-Welder" is a fitter and a welder
      // (not a rank in training: "Manager-Trainee" is one)
      .replace(/(?<!\p{L})(\p{L}+)-(\p{L}+)/gu, (m, a: string, b: string) =>
        isTitle(a) && isTitle(b) && !IN_TRAINING.test(b) ? `${a} / ${b}` : m,
      )
      // (an arrow parts the roles held in turn: "Buyer's Agent → Listing Agent")
      .split(/\s+(?:[-–—|→⇒]|->)\s+|,\s+/)
      // a slash parts two titles ("Cashier / Stocker"); one word before or after it that names no
      // role shares the other's: "Structural / Pipe Welder" is a structural welder too
      .flatMap((part) => {
        const sides = part.split(/\s*\/\s*/);
        if (sides.length < 2) return [part];
        // (in the place of the role's first word: "Night/Weekend Security Officer" is a night security officer)
        const roleWords = sides
          .find((side) => isTitle(side))
          ?.trim()
          .split(/\s+/);
        const shared =
          roleWords === undefined ? '' : roleWords.length > 1 ? roleWords.slice(1).join(' ') : roleWords[0]!;
        return sides.map((side) =>
          shared && !/\s/.test(side.trim()) && !isTitle(side) ? `${side.trim()} ${shared}` : side,
        );
      })
      // "&" joins two titles ("Store Manager & Visual Merchandiser", "Cashier & Stocker"), or two
      // words of one ("Coding & Billing Specialist", "Payroll & Benefits"): one word before it is
      // no title of its own unless both sides are roles
      .flatMap((part) => {
        const sides = part.split(/\s+&\s+/);
        const oneWordFirst = sides.length === 2 && !/\s/.test(sides[0]!.trim());
        if (oneWordFirst && !sides.every((s) => !/\s/.test(s.trim()) && isTitle(s))) return [part];
        // a side that names no role shares the other's: "Accounts Receivable & Collections
        // Specialist" is an accounts receivable specialist too
        const role = sides
          .find((s) => isTitle(s))
          ?.trim()
          .split(/\s+/)
          .pop();
        return sides.map((s) => (isTitle(s) || role === undefined ? s : `${s.trim()} ${role}`));
      })
      .map((part) => {
        const [role] = part.split(/\s+(?:of|for|in|at)\s+/i);
        // a rank that ends a title names the role: "Customer Service Team Lead", "Department Head"
        const roleWords = termsOf(role ?? part);
        const last = roleWords.at(-1);
        // (not a rank alone: "Head of Marketing" is headed by the field it runs)
        const rankRole = last !== undefined && roleWords.length >= 2 && ROLE_RANKS.has(last) ? last : null;
        const roleTerms = roleWords.filter((t) => !LEVEL_WORDS.has(t) || t === rankRole);
        const head = roleTerms[roleTerms.length - 1] ?? null;
        const terms = new Map<string, number>();
        const skillWords = new Map<string, string[]>();
        const spans = termSpans(part);
        for (const { term: t, index } of spans) {
          if (LEVEL_WORDS.has(t) && t !== rankRole) continue;
          terms.set(t, idf(t));
          if (t.startsWith(SKILL_PREFIX)) {
            const own = spans.filter((x) => x.index === index && !x.term.startsWith(SKILL_PREFIX)).map((x) => x.term);
            if (own.length > 1) skillWords.set(t, own);
          }
        }
        return { terms, head, skillWords, text: part.trim(), role: isTitle(part) };
      })
      .filter((v) => v.terms.size > 0)
  );
}

/**
 * Role nouns that name the same job in other words ("Personal Trainer", "Fitness Instructor"): a
 * head in the same group as the post's counts as {@link RELATED_HEAD} of a same head. Stemmed.
 */
const RELATED_HEADS: readonly (readonly string[])[] = [
  ['trainer', 'instructor', 'coach'],
  ['teacher', 'educ', 'instructor', 'tutor', 'lectur'],
  ['repres', 'rep', 'associ', 'agent', 'consult', 'advisor', 'specialist', 'execut'],
  ['technician', 'tech', 'mechan', 'repair', 'installer', 'servic'],
  ['develop', 'engin', 'programm', 'architect'],
  ['administr', 'admin', 'engin'],
  ['supervisor', 'foreman', 'superintend', 'lead', 'manag'],
  // a trade's journey-level hand, by any of its names, and the foreman who runs its crews
  ['journeyman', 'mechan', 'foreman'],
  ['manag', 'director', 'head', 'lead'],
  ['cook', 'chef'],
  ['nurs', 'rn'],
  ['accountant', 'bookkeep', 'auditor'],
  ['analyst', 'specialist', 'consult'],
  ['design', 'artist'],
  ['clerk', 'assist', 'secretari', 'administr', 'coordin'],
  ['driver', 'oper'],
  ['cashier', 'associ', 'clerk'],
];
const RELATED = new Map<string, Set<string>>();
for (const group of RELATED_HEADS) {
  for (const h of group) RELATED.set(h, new Set([...(RELATED.get(h) ?? []), ...group]));
}
/** Credit of a related role noun, against 1 for the same one. */
const RELATED_HEAD = 0.6;

/**
 * Role nouns that name one job only beside the trade's own words: "Sheet Metal Worker" is a sheet
 * metal journeyman, a "Social Worker" no journeyman. Stemmed.
 */
const RELATED_IN_TRADE: readonly (readonly string[])[] = [['journeyman', 'worker']];
const RELATED_SHARED = new Map<string, Set<string>>();
for (const group of RELATED_IN_TRADE) {
  for (const h of group) RELATED_SHARED.set(h, new Set([...(RELATED_SHARED.get(h) ?? []), ...group]));
}

/** Credit of the resume title's role noun against the post's; `shared`: the titles share another word. */
function headCredit(post: string | null, resume: string | null, shared = false): number {
  if (post === null || resume === null) return 0;
  if (post === resume) return 1;
  if (RELATED.get(post)?.has(resume)) return RELATED_HEAD;
  return shared && RELATED_SHARED.get(post)?.has(resume) ? RELATED_HEAD : 0;
}

/**
 * Role nouns that many trades share ("Material Control Specialist", "IT Support Specialist"):
 * the same one says little, so in a title such a word weighs {@link GENERIC_WORD} of a word that
 * names the trade, as head or not ("Management Consultant"). Stemmed.
 */
const GENERIC_HEADS = new Set(
  'manag specialist coordin assist associ repres director offic analyst consult supervisor administr technician engin execut lead clerk agent worker oper generalist advisor partner member staff profession expert intern'.split(
    ' ',
  ),
);
/** Weight of such a word in a title, against 1 for a word that names a trade. */
const GENERIC_WORD = 0.25;
/** Weight of a title's head (the role noun), against 1 for its other words. */
const HEAD_WEIGHT = 2;

/**
 * The weight of a word in a title: its IDF, {@link HEAD_WEIGHT} times for the head (the role),
 * {@link GENERIC_WORD} times for a word many trades share ("specialist", "manager").
 */
function titleWordWeight(term: string, idfWeight: number, head: string | null): number {
  return idfWeight * (GENERIC_HEADS.has(term) ? GENERIC_WORD : 1) * (term === head ? HEAD_WEIGHT : 1);
}

/**
 * How much a resume title's forward reading loses when its telling words all name another trade
 * than the post's: "Global IT Project Manager" holds every word of "Construction Project Manager"
 * but "construction", and says "IT" instead. 0.8 of the reading at most.
 */
const FOREIGN_WORDS = 0.8;

/**
 * The share of a resume title's telling words (not its head, not a word many trades share) that
 * the post's title, key terms and families of occupations do not know, even as another form of
 * the root: words that name another trade ("Fleet" is a dispatcher's own trade). 0 when the title
 * has no telling word.
 */
function foreignShare(res: TitleTerms, post: TitleTerms, job: JobTerms): number {
  const postWords = new Set(post.terms.keys());
  let foreign = 0;
  let telling = 0;
  for (const [t, w] of res.terms) {
    if (GENERIC_HEADS.has(t) || t === res.head) continue;
    telling += w;
    if (!job.weights.has(t) && !job.familyWords.has(t) && wordCredit(t, postWords) === 0) foreign += w;
  }
  return telling > 0 ? foreign / telling : 0;
}

/**
 * Credit of the post's role noun found in a resume title as a word before another role noun: a
 * "Welder Helper" helps welders, a "Nurse Recruiter" recruits nurses; a noun many trades share
 * ("Nurse Manager", "Welding Supervisor") still holds the role.
 */
const MODIFIER_HEAD = 0.5;

function modifierCredit(postHead: string, resumeHead: string | null): number {
  return resumeHead === null || resumeHead === postHead || GENERIC_HEADS.has(resumeHead) ? 1 : MODIFIER_HEAD;
}

/** A resume title read once: its variants and families (titles recur across posts and resumes). */
const titleCache = new Map<string, { variants: TitleTerms[]; families: Set<string> }>();
const TITLE_CACHE_SIZE = 4_096;

function readTitle(title: string): { variants: TitleTerms[]; families: Set<string> } {
  let read = titleCache.get(title);
  if (!read) {
    if (titleCache.size >= TITLE_CACHE_SIZE) titleCache.delete(titleCache.keys().next().value!);
    read = { variants: titleVariants(title), families: familiesOf(title) };
    titleCache.set(title, read);
  }
  return read;
}

/** Credit of a word of another form of the same root ("finance" for "financial"), against 1. */
const SAME_ROOT = 0.8;
/** Shortest stem two words of one root share ("financ": "finance", "financial"). */
const ROOT_MIN = 5;
/** Shortest stem of a work whose doer's noun ends in "-er" ("code": "coder", "bill": "biller"). */
const AGENT_ROOT_MIN = 3;

/**
 * How well a title's words hold `term`: 1 when one is the same term; {@link SAME_ROOT} when one
 * is another form of its root, which stemming leaves apart ("financi" and "financ", "teach" and
 * "teacher"): one stem begins the other, and the shorter has at least {@link ROOT_MIN} letters.
 */
function wordCredit(term: string, words: Set<string>): number {
  if (words.has(term)) return 1;
  for (const w of words) {
    const [short, long] = w.length < term.length ? [w, term] : [term, w];
    if (!/^[a-z]+$/.test(long)) continue;
    if (short.length >= ROOT_MIN && long.startsWith(short)) return SAME_ROOT;
    // the one who does a work of a short root: "coder" for "coding" ("code"), "biller", "welder"
    if (short.length >= AGENT_ROOT_MIN && (long === `${short}r` || long === `${short}er`)) return SAME_ROOT;
  }
  return 0;
}

/**
 * How well a title's words hold a term of the post's title: as {@link wordCredit}, and a skill the
 * post's title names in several words ("Customer Support" is Customer Service) by the share of
 * those words a title of the same role holds ("Support Specialist" holds half of it; "Service
 * Technician", another role, none of "Customer Service Team Lead").
 */
function termCredit(term: string, post: TitleTerms, res: TitleTerms, words: Set<string>): number {
  const whole = wordCredit(term, words);
  const own = post.skillWords.get(term);
  if (whole === 1 || own === undefined || headCredit(post.head, res.head) === 0) return whole;
  return Math.max(whole, own.reduce((sum, w) => sum + wordCredit(w, words), 0) / own.length);
}

/**
 * How well one resume title names the post's role, 0 to 1, the best of three readings:
 * - forward: the share of the post title's words the resume title holds, each weighed by IDF, the
 *   head (the role: accountant, chef, technician) {@link HEAD_WEIGHT} times, and words many trades
 *   share {@link GENERIC_WORD} times; a related head ("instructor" for "trainer") earns
 *   {@link RELATED_HEAD}, another form of a word's root {@link SAME_ROOT} ("Finance Manager"
 *   against "Financial Analyst": the trade, not the role; "Support Analyst" against it: the role
 *   but not the trade, which tells less);
 * - reverse: the share of the resume title's telling words that are key terms of the post
 *   ("FITNESS INSTRUCTOR" for a personal trainer post that keeps speaking of fitness), scaled
 *   down by {@link REVERSE_WEIGHT}, and down again when the resume title says less than the
 *   post's ("MANAGER" tells little about any post);
 *   The forward reading loses up to {@link FOREIGN_WORDS} when the resume title's telling words
 *   name another trade (see {@link foreignShare});
 * - family: both titles name one family of occupations ({@link FAMILY_CREDIT}).
 */
function titleAgreement(job: JobTerms, title: string): number {
  // letters the post spells out, where they name the role (the title's last word, or its part's:
  // "COTA/L", "Lead COTA - School Based"), read as their words too: a certified occupational
  // therapy assistant; not a word of another role ("PM Technician" for a project manager's post)
  const spelled = job.spelled.size === 0 ? title : title.replace(SPELLED_ROLE, (m) => job.spelled.get(m) ?? m);
  const read = titleReading(job, title);
  return spelled === title ? read : Math.max(read, titleReading(job, spelled));
}

/** Letters that end a title or one of its parts, a level after them aside: "COTA/L", "Senior COTA", "COTA II", "RN - ICU". */
const SPELLED_ROLE =
  /(?<![\w-])[A-Z]{2,6}(?=(?:\s+(?:I{1,3}|IV|V|[1-4]))?\s*(?:$|[/,(|]|\s[-–—]\s|\s(?:to|at|for|of|in)\s))/g;

/** {@link titleAgreement} of a title as written. */
function titleReading(job: JobTerms, title: string): number {
  let best = 0;
  const { variants, families } = readTitle(title);
  if (job.families.size > 0 && [...families].some((f) => job.families.has(f))) best = FAMILY_CREDIT;
  for (const res of variants) {
    const words = new Set(res.terms.keys());
    for (const p of job.title) {
      const shared = [...p.terms.keys()].some((t) => t !== p.head && words.has(t));
      // every word of the post's title weighs by what it tells (see titleWordWeight)
      let got = 0;
      let all = 0;
      for (const [t, idfWeight] of p.terms) {
        const w = titleWordWeight(t, idfWeight, p.head);
        all += w;
        got +=
          w *
          (t === p.head
            ? Math.max(headCredit(p.head, res.head, shared), wordCredit(t, words) * modifierCredit(t, res.head))
            : termCredit(t, p, res, words));
      }
      if (all > 0) best = Math.max(best, (got / all) * (1 - FOREIGN_WORDS * foreignShare(res, p, job)));
    }
    let found = 0;
    let information = 0;
    for (const [t, w] of res.terms) {
      information += w;
      if (job.vocabulary.has(t)) found += w;
    }
    if (information > 0 && job.titleInformation > 0) {
      const says = Math.min(1, information / job.titleInformation);
      best = Math.max(best, REVERSE_WEIGHT * (found / information) * says);
    }
  }
  return best;
}

/**
 * The relevance of a resume to a job post: `title × 0.45 + content × 0.4 + tenure × 0.15` (see
 * {@link RELEVANCE_WEIGHTS}), each in [0, 1], the title counted full from {@link TITLE_FULL}.
 */
export function relevance(job: JobTerms, labels: Map<string, string>, resume: ResumeTerms): RelevanceResult {
  let title = { score: 0, matched: null as string | null };
  let relevantYears = 0;
  resume.titles.forEach((t, i) => {
    const agreement = titleAgreement(job, t.title);
    if (t.years !== null) relevantYears += agreement * t.years;
    if (i >= TITLES_COMPARED) return;
    const s = agreement * (TITLE_RECENCY[i] ?? TITLE_RECENCY[TITLE_RECENCY.length - 1]!);
    if (s > title.score) title = { score: s, matched: t.title };
  });
  const anyYears = (resume.totalYears ?? 0) * ANY_YEARS_SHARE;
  const tenure = Math.min(1, (relevantYears + anyYears) / TENURE_FULL_YEARS);

  const norm = K1 * (1 - B + (B * resume.length) / TYPICAL_RESUME_TERMS);
  let earned = 0;
  const contributions: [string, number][] = [];
  const missing: [string, number][] = [];
  for (const [t, w] of job.weights) {
    const tf = resume.counts.get(t) ?? 0;
    if (tf === 0) {
      missing.push([t, w]);
      continue;
    }
    const part = (w * tf) / (tf + norm);
    earned += part;
    contributions.push([t, part]);
  }
  const content = job.ceiling === 0 ? 0 : Math.min(1, earned / job.ceiling / CONTENT_FULL);
  const score =
    RELEVANCE_WEIGHTS.title * Math.min(1, title.score / TITLE_FULL) +
    RELEVANCE_WEIGHTS.content * content +
    RELEVANCE_WEIGHTS.tenure * tenure;
  const top = (list: [string, number][]) =>
    [...list]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, EXPLAINED_TERMS)
      .map(([t]) => labels.get(t) ?? t);
  return {
    score,
    title,
    content,
    tenure,
    relevantYears: Math.round(relevantYears * 10) / 10,
    matchedTerms: top(contributions),
    missingTerms: top(missing),
  };
}

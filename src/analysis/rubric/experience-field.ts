/**
 * What the years of an EXPERIENCE item are years of. "1-2 years of retail pharmacy experience"
 * asks for years in pharmacy work, not years of any work: the derived item says so in its text
 * ("At least 1 year of retail pharmacy experience"), and the answer counts the years of the jobs
 * whose entries name the field (see `local/rubric.ts`). "At least 5 years of experience" names
 * none, and any work counts, as it always has.
 *
 * The field is read back from the item's text ({@link fieldNames} for the answer, {@link fieldTerms}
 * for comparing items), so an item keeps its field however it was stored ("5 years of Kubernetes",
 * typed by a recruiter, asks for years of Kubernetes), and one without a field ("At least 3 years
 * of experience", what `minYearsExperience` becomes) asks for years of any work. A rubric may have
 * several (see {@link experienceRequirements}), each answered on its own.
 */
import { documentFrequency } from '../relevance/frequencies.js';
import { SKILL_PREFIX, spelledOut, termOf, termSpans } from '../relevance/terms.js';
import { findSkills, normalizeSkill } from '../skills.vocabulary.js';
import type { ExperienceRequirement, JobRubric } from '../analysis.types.js';
import { PREFERRED_TAG } from './rubric.types.js';
import { isPlaceName } from '../local/location.js';

/** The text of an EXPERIENCE item of years of any work. */
export function anyWorkText(years: number): string {
  return `At least ${years} year${years === 1 ? '' : 's'} of experience`;
}

/**
 * A rubric's EXPERIENCE items in order: its `experienceItems`, or, for a rubric without them
 * (written by hand, or stored before items had their own text), one of `minYearsExperience` years
 * of any work.
 */
export function experienceRequirements(job: JobRubric): ExperienceRequirement[] {
  if (job.experienceItems && job.experienceItems.length > 0) {
    return job.experienceItems.map((i) => ({ text: i.text.trim() || anyWorkText(i.minYears), minYears: i.minYears }));
  }
  return job.minYearsExperience === null
    ? []
    : [{ text: anyWorkText(job.minYearsExperience), minYears: job.minYearsExperience }];
}

/**
 * Where the clause of the years ends: a new clause or sentence, a remark, or words about when or
 * how the years count ("within the last 5 years", "preferably in…", "…, including at least one
 * year in purchasing", "… with a track record of…").
 */
const CLAUSE_END =
  /[;:!?()[\]\n]|(?<!\b[A-Z]\.[A-Z])\.(?!\w)|\s(?:[–—-]|-{2,3})\s|\s(?=(?:within|in\s+the\s+(?:last|past)|,?\s*or\s+(?:an?\s+)?(?:equivalent|comparable|similar|related)\b|preferably|preferred|ideally|required|mandatory|essential|is\s+(?:preferred|required|a\s+plus|desired|essential|necessary)|are\s+(?:preferred|required)|a\s+plus|with\s+(?:a|an|at\s+least|strong|proven|demonstrated|excellent|good|solid)|including|where|which|who|whether|,?\s*and\s+(?:a|an|the|you|your|we|they|must|have|has|be|is|are|can|will|should|demonstrated|proven|strong|excellent|good|ability)|will\s+be|to\s+(?:join|help|work|lead|support|be|build|grow)\b)\b)/i;
/**
 * A comma goes on with a list ("in hospice, home health, oncology or palliative care") and ends
 * the clause otherwise ("dispatching in trucking or freight, working knowledge of DOT rules").
 */
const LIST_GOES_ON =
  /^(?!\s*(?:with|including|where|which|who|whether|that|but|preferably|ideally|plus|at\s+least|of\s+which|most|[a-z]+ly)\b).*?\b(?:or|and)\b/i;

/** How the years go on, as the item says it: "of …", "as a …", "in …", "managing …". */
const TAIL_LEAD = /^(?:of|as|in|on|at|with|behind|within|for|under|doing|working|[a-z]{3,}ing)\b/i;

/**
 * What years closing a clause are of, said before them: "doing commercial refrigeration for at
 * least", "worked as a welder for", "been a dispatcher for over": the doing, and what is done
 * (not "worked with the same employer for", nor "worked on weekends for").
 */
const FIELD_BEFORE_YEARS =
  /\b(doing|performing|work(?:ed|ing|s)?\s+as|been(?=\s+an?\s))\s+((?:(?!(?:and|but|so|for|who|that|which)\b)[\w'’/&-]+\s+){1,6}?)for\s+(?:(?:at\s+least|over|more\s+than|a\s+minimum\s+of)\s+)?$/i;
/** What one has been or done for years that is no work of a trade: "a member in good standing", "the same employer". */
const NOT_A_FIELD =
  /\b(?:employer|company|member|team|weekends?|shifts?|organi[sz]ation|firm|position|role|job|citizen|resident)\b/i;

/** The longest item text: a clause, not a paragraph. */
const MAX_TEXT = 100;

/**
 * Words that say how the years count, not what they are years of ("relevant", "verifiable",
 * "hands-on", "progressive", "full-time", "post-qualification"), or where ("setting", "industry").
 */
const HOW_WORDS = new Set(
  (
    'relevant related verifiable verified documented hands on progressive progressively increasing increasingly ' +
    'full part time paid direct practical prior previous recent recently post qualification qualified setting ' +
    'settings environment environments industry industries field fields similar comparable equivalent least ' +
    'minimum total combined overall level senior junior successful success exp progressively responsible ' +
    'combination demonstrable practice practical general proven applicable appropriate professionally ' +
    'whether involving various variety wide broad annual creditable qualifying licensed certified credentialed ' +
    'job jobs'
  )
    .split(/\s+/)
    .map((w) => termOf(w))
    .filter((t): t is string => t !== null),
);

/** A market or sector said alone: "residential", "commercial", "both public and private". */
const MARKET_ONLY =
  /^\s*(?:both\s+)?(?:residential|commercial|industrial|institutional|municipal|public|private|domestic|international|federal|state|local)\s*$/i;

/** Nouns that name a workplace. */
const WORKPLACE_WORDS =
  'office|offices|clinic|clinics|practice|practices|facility|facilities|setting|center|centre|shop|store|plant|site|firm|agency';
/** A noun that names a workplace, closing a field's words ("… in a dental office"). */
const WORKPLACE = new RegExp(`^(?:${WORKPLACE_WORDS})$`, 'i');

/** Terms in more of the corpus's samples than this say nothing of a trade ("time", "make", "line"). */
const MAX_DOCUMENT_FREQUENCY = 200;

/**
 * The EXPERIENCE item's text for the years of a segment: the years as a minimum, then what they
 * are years of, in the segment's words up to the end of its clause ("At least 2 years of
 * experience as an HVAC service technician", "At least 4 years managing social media for a
 * consumer brand"), or "At least 5 years of experience" when the clause says nothing more.
 */
export function experienceItemText(
  segment: string,
  found: { years: number; index: number; length: number },
  wished: boolean,
): string {
  const years =
    found.years < 1
      ? `At least ${Math.round(found.years * 12)} months`
      : `At least ${found.years} year${found.years === 1 ? '' : 's'}`;
  // (a segment's lines are one item wrapped at the page's width: "…generalist experience in an
  // acute\ncare hospital", "…as teacher of record in a\n    K-6 classroom")
  const rest = segment
    .slice(found.index + found.length)
    .replace(/^['’]s?/, '')
    // (Markdown's emphasis is no word: "**3+ years** working in digital accessibility")
    .replace(/\*\*|__/g, '')
    .replace(/[ \t]*\r?\n[ \t]*(?=\S)/g, ' ')
    // a remark in brackets on how the years count goes on past itself: "of full-time paid
    // experience (or its part-time equivalent) in the operation of …"
    .replace(/ ?\((?:or|and|i\.e\.|e\.g\.)\s[^()]{0,60}\)(?=\s+(?:in|of|as|with|on|at)\s)/gi, '')
    // …and so do a name's letters: "on a 911 advanced life support (ALS) unit"
    .replace(/ ?\([A-Z][A-Z0-9&/-]{1,7}\)(?=\s+[a-z])/g, '');
  const end = CLAUSE_END.exec(rest);
  let clause = end ? rest.slice(0, end.index) : rest;
  for (let comma = clause.indexOf(','); comma >= 0; comma = clause.indexOf(',', comma + 1)) {
    const after = clause.slice(comma + 1);
    // "full-time, paid experience in…", "a high-volume, scratch kitchen": a comma between the
    // words of one name goes on too
    const oneName = fieldTermsOf(clause.slice(0, comma)).length === 0 || after.trim().split(/\s+/).length <= 2;
    // (a list's "or" may stand past the clause's end: "admissions, career services, or a related field")
    if (!oneName && !LIST_GOES_ON.test(rest.slice(comma + 1))) {
      clause = clause.slice(0, comma);
      break;
    }
  }
  let tail = clause
    .replace(/^\s*(?:minimum|min\.?|at\s+least|or\s+more)\b/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,/&]+$/, '')
    // (a clause cut before "which …" leaves the word that led to it: "… lending experience in")
    .replace(/\s+(?:in|of|on|at|as|for|with|to|from|by|where|when)$/i, '')
    .trim();
  // after "experience" only a preposition or a gerund goes on with the field: "experience in
  // data engineering", "experience building web apps", not a sentence run in ("experience Proof of…")
  tail = tail.replace(
    /\bexperience\b(?!\s+(?:in|with|as|on|using|at|of|for|within|under|[a-z]{3,}ing)\b).*$/i,
    'experience',
  );
  if (tail && !TAIL_LEAD.test(tail)) tail = `of ${tail}`;
  if (fieldTermsOf(tail).length === 0) {
    // years that close the clause may follow what they are of: "somebody who has been doing
    // commercial refrigeration for at least five years", "has worked as a welder for 3+ years"
    const before = FIELD_BEFORE_YEARS.exec(segment.slice(0, found.index).replace(/\s+/g, ' '));
    const field =
      before &&
      `${before[1]!.toLowerCase() === 'been' ? 'as' : before[1]!.replace(/^work(?:ed|ing|s)?\s+/i, '')} ${before[2]!.trim()}`;
    tail = field && !NOT_A_FIELD.test(field) && fieldTermsOf(field).length > 0 ? field : 'of experience';
  }
  let text = `${years} ${tail}`;
  // (cut at a word, never after one that leads to the next: "…as a Property Manager or"; trimmed
  // a word at a time, as one pattern of repeated alternatives would backtrack without end)
  if (text.length > MAX_TEXT) {
    text = text.slice(0, text.lastIndexOf(' ', MAX_TEXT));
    for (let before = ''; before !== text;) {
      before = text;
      text = text.replace(/[\s,;/&]+$/, '').replace(/\s(?:or|and|nor|of|in|as|at|to|for|with|an|the)$/i, '');
    }
  }
  return wished ? `${text} (preferred)` : text;
}

/** A phrase without the words that say how work was done, only what: "hands-on", "customer-facing". */
function withoutHow(phrase: string): string {
  return (
    phrase
      // "hands-on", "full-time", "post-MSW": the prefix says how, the rest (if any) what
      .replace(/\b(hands|full|part|post|pre)-(?=[A-Za-z])/gi, '$1 ')
      // "customer-facing support", "web-based tools": the first word says what, the second only how
      .replace(/\b([A-Za-z]{2,})-(?:facing|based|oriented|focused|driven|centric|cent(?:er|re)d|related)\b/gi, '$1')
  );
}

/** The terms of a phrase that name a field of work, each with the word or skill it was read from. */
function fieldSpans(phrase: string): { term: string; word: string }[] {
  const out = new Map<string, string>();
  const text = withoutHow(phrase);
  for (const { term, index } of termSpans(text)) {
    if (HOW_WORDS.has(term) || /^[\d$]/.test(term) || documentFrequency(term) > MAX_DOCUMENT_FREQUENCY) continue;
    if (!out.has(term)) out.set(term, (/^[\w.+#'/-]+/.exec(text.slice(index))?.[0] ?? term).toLowerCase());
  }
  return [...out].map(([term, word]) => ({ term, word }));
}

/** The terms of a phrase that name a field of work. */
function fieldTermsOf(phrase: string): string[] {
  return fieldSpans(phrase).map((s) => s.term);
}

const YEARS_LEAD =
  /^\s*(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|min\.?)?\s*[\d.]+\s*(?:\+\s*)?(?:years?|yrs?\.?|months?)\s*/i;

/**
 * The terms of the field an EXPERIENCE item's years must have been spent in ("pharmaci",
 * "retail" for "At least 1 year of retail pharmacy experience"), empty when its years may be of
 * any work ("At least 5 years of experience", "At least 3 years of relevant experience").
 */
export function fieldTerms(itemText: string): string[] {
  return fieldTermsOf(fieldOf(itemText));
}

/**
 * Whether an item says nothing the EXPERIENCE item's field does not: "Forklift" beside "At least
 * 1 year of forklift experience", both read from one line. The years item asks it already.
 */
export function withinField(itemText: string, experienceText: string): boolean {
  const field = new Set(fieldTerms(experienceText));
  const own = fieldTermsOf(itemText);
  if (own.length > 0 && own.every((t) => field.has(t))) return true;
  // a skill the vocabulary read from the years' own words ("Culinary Arts" from "4 years experience
  // in the culinary, food and beverage … area")
  const skill = normalizeSkill(itemText);
  return skill !== null && findSkills(fieldOf(experienceText)).some((m) => m.skill === skill);
}

/** The tail of an item's text: what the years are of. */
function fieldOf(itemText: string): string {
  return (
    itemText
      // "w/" is "with", no alternative: "selling insurance w/ a production goal"
      .replace(/(?<![\w&])w\/o\s/gi, 'without ')
      .replace(/(?<![\w&])w\/\s/gi, 'with ')
      // "exp" after the years is experience: "min 5 yrs exp as a finish carpenter"
      .replace(/(?<=\b(?:years?|yrs?)\.?\s+(?:of\s+)?)exp\b\.?/gi, 'experience')
      .replace(YEARS_LEAD, '')
      .replace(PREFERRED_TAG, '')
      .replace(NOT_IN, '')
      // (the lead first: "of post-registry experience performing CT …" is no closing "post-registry …")
      .replace(SINCE_LEAD, '')
      .replace(SINCE_WHEN, '')
  );
}

/**
 * What the years may not have been spent in, or may not be only, closing an item: "… on
 * buildings, not bridges", "… retail experience, not just cashiering". No field of its own.
 */
const NOT_IN = /,?\s+(?:but\s+|and\s+)?not\s[^]*$/i;

/** The same said first: "2 years post-licensure RN experience". */
const SINCE_LEAD =
  /^\s*(?:of\s+)?(?:post|after)[\s-]+(?:graduation|graduate|licensure|licensing|qualification|qualifying|registration|registry|certification|residency|training)\s+/i;

/** Roles of many trades: "as a manager" says which only with the work's own words. */
const ANY_ROLE =
  /^(?:managers?|specialists?|coordinators?|assistants?|associates?|representatives?|directors?|officers?|analysts?|consultants?|supervisors?|administrators?|technicians?|engineers?|executives?|leads?|clerks?|agents?|workers?|operators?|generalists?|advisors?|advisers?|members?|staff|professionals?|interns?|leaders?|heads?|employees?|contractors?|trainees?|helpers?|mechanics?|installers?|inspectors?)$/i;

/**
 * When the years count from, closing an item: "… as a hygienist after graduation", "…
 * post-licensure", "… since finishing school".
 */
const SINCE_WHEN =
  /\s+(?:after|following|upon)\s+(?:the\s+|your\s+)?(?:successful\s+)?completion\s+of\s+(?:(?:the|your|a|an)\s+)?(?:(?!as\b|in\b)[\w'-]+\s+){0,3}(?!as\b|in\b)[\w'-]+$|\s+(?:after|following|since|upon|post)[\s-]+(?:(?:your|their|the)\s+)?(?:graduation|graduating|licensure|licensing|qualification|qualifying|registration|registry|certification|residency|training|(?:finishing|completing|leaving|graduating\s+from)\s+(?:(?:your|their|the|a)\s+)?(?:[\w-]+\s+)?(?:school|training|program(?:me)?|studies|college|course|apprenticeship))\b.*$/i;

/**
 * The field of an EXPERIENCE item as a resume may name it, one entry per alternative it offers
 * ("data engineering or ETL development" offers two): the skills the vocabulary knows in it (lower
 * case), and sets of words as written, any of which names it whole: every telling word of the
 * alternative ("retail", "pharmacy"), or the words of one of its skills ("pharmacy"). A job names
 * an alternative when it names one of its skills, or every word of one of its sets.
 */
export function fieldNames(itemText: string): FieldNames {
  let found = fieldNamesCache.get(itemText);
  if (!found) {
    // a batch's post is asked of every resume: its field is read once, within bounds
    if (fieldNamesCache.size >= MAX_CACHED) fieldNamesCache.clear();
    fieldNamesCache.set(itemText, (found = readFieldNames(itemText)));
  }
  return found;
}

/** Whether an EXPERIENCE item's text says what its years are of (else any work counts). */
export function namesField(itemText: string): boolean {
  return fieldNames(itemText).length > 0;
}

/** The work, then where it was done: "… paralegal experience in a law firm" (see {@link readFieldNames}). */
const SETTING = /^(.*?\S)\s+experience\s+(?:in|at|within)\s+(?:an?\s+|the\s+)?([^,;]*)$/i;

/**
 * The work, then what or whom it was for: "customer-facing support for a B2B SaaS product". As
 * with a setting, the work that names itself in two words or more is named without it.
 */
const FOR_WHOM = /^(.*?\S)\s+for\s+(?:an?\s+|the\s+)?([^,;]*)$/i;

/**
 * The work, then the goal it was done to: "selling insurance with a production goal" (as {@link
 * FOR_WHOM}); "nursing experience with the pediatric population" keeps its population.
 */
const WITH_WHAT = /^(.*?\S)\s+with\s+(?:an?|the)\s+((?:[\w-]+\s+){0,3}(?:goals?|quotas?|targets?))$/i;

/**
 * A place named for the work done in it, after the role held there: "as a professional groomer in a
 * salon" names the groomer's work, the salon adding nothing; not after a role of many trades ("as a
 * technician at a nail salon" keeps its salon).
 */
function tradePlace(roleIn: RegExpExecArray): boolean {
  const role = roleIn[1]!.trim().split(/\s+/);
  return (
    TRADE_PLACE.test(roleIn[2]!.trim().split(/\s+/).pop() ?? '') && !(role.length === 1 && ANY_ROLE.test(role[0]!))
  );
}
const TRADE_PLACE = /^(?:salons?|spas?)$/i;

/** The last word of a place where work is done (a setting after the work: "… in a law firm", "… in an acute care hospital"). */
const PLACE_OF_WORK = new RegExp(
  `^(?:${WORKPLACE_WORDS}|settings|environments?|centers|centres|shops|stores|plants|sites|firms|agencies|hospitals?|compan(?:y|ies)|organi[sz]ations?|restaurants?|warehouses?|schools?|departments?|units?|labs?|laborator(?:y|ies)|kitchens?|homes?|industry|industries|sectors?)$`,
  'i',
);

/** Kinds of a place of work listed before its noun, closing a field: "… in a jail, prison or detention facility". */
const PLACES_LISTED =
  /\s+(?:in|at|within)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s*,\s*[\w-]+)*,?\s+(?:or|and|and\/or)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:facility|facilities|setting|settings|environment|environments)\s*$/i;

/** Experience with no work named, before a place: "of full-time paid experience", "of experience working". */
const EXPERIENCE_ONLY = /^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:experience|work)(?:\s+working)?\s*$/i;

/** Where work said by its verb was done: "… venepuncture on adults in a clinical setting" (the last of these). */
const SETTING_AT = /\s(?:in|at|within)\s/gi;

/**
 * The role the years were spent in: "… experience as a Property Manager", or the years' own "as"
 * ("5+ years as a DBA supporting production systems", see {@link readFieldNames}).
 */
const ROLE = /(?:\bexperience\s+|^\s*)as\s+(?:an?\s+)?([^,;]+)$/i;

/** The role, then the specialty it was held in: "… experience as a Registered Nurse in inpatient Labor and Delivery". */
const ROLE_IN = /\bexperience\s+as\s+(?:an?\s+)?(.+?)\s+(?:in|on|within)\s+(?:an?\s+|the\s+)?([^,;]+)$/i;

/** Words that end the name of many kinds of work ("… service", "… operations"), telling nothing of which. */
const ANY_WORK = /^(?:services?|work|operations?|industry|field|sector|activities)$/i;

/** What work of many trades is done in ("CT examinations"), telling nothing of which after letters that do ("CT", "MRI"). */
const ANY_OBJECT = /^(?:examinations?|exams?|procedures?|cases?|studies)$/i;

/**
 * Verbs of work of any trade: "experience managing commercial construction projects" is named by
 * what is managed, not by the managing.
 */
const ANY_VERB =
  /^(?:working|using|managing|leading|supervising|overseeing|handling|providing|performing|supporting|developing|coordinating|running|building|maintaining|operating|creating|delivering|conducting|administering|processing|preparing|planning|completing|involving|shipping|producing|doing|serving|assisting|helping|owning|driving|pulling|hauling|carrying|writing|making|being|having)$/i;

/**
 * A field's names: the skills the vocabulary knows in it, sets of words any of which names it, and
 * the work's own verb (`verb`: "dispatching" in "experience dispatching truckload freight"), which
 * names it in a job's title ("Fleet Dispatcher") whatever its bullets name.
 */
type FieldNames = readonly { skills: string[]; wordSets: string[][]; verb?: string }[];
const fieldNamesCache = new Map<string, FieldNames>();
const MAX_CACHED = 1_000;

/**
 * A role without what it was held doing, which a verb of any work starts: "DBA supporting
 * production systems" ("Software Engineering Manager" keeps its words, and so does a role with
 * the specialty or place it was held in: "Server in fine dining").
 */
function roleOnly(role: string): string {
  for (const m of role.matchAll(/\s([a-z]+ing)\b/g)) if (ANY_VERB.test(m[1]!)) return role.slice(0, m.index);
  return role;
}

function readFieldNames(itemText: string): FieldNames {
  const out: { skills: string[]; wordSets: string[][]; verb?: string }[] = [];
  // (capitals name one thing in a sentence of small letters: "inpatient Labor and Delivery",
  // "Research and Development"; kept from splitting by a stand-in)
  const work = fieldOf(itemText);
  // (the kinds of place the work was done in, listed before the place's noun, are no fields of
  // their own: "custody and supervision of adult inmates in a jail, prison or detention facility")
  // (only after the work named: in "of experience in retail, restaurant or hospitality
  // environments" and "of experience in cleaning, sanitizing and disinfecting healthcare
  // facilities" the list is the field)
  const listedPlaces = PLACES_LISTED.exec(work);
  const before = listedPlaces ? work.slice(0, listedPlaces.index) : '';
  const text = listedPlaces && /\S\s+\S/.test(before) && !EXPERIENCE_ONLY.test(before) ? before : work;
  const words = text.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const inSentence = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length < (words.length - 1) / 2;
  const capitalsKept = inSentence
    ? text.replace(/\b(\p{Lu}[\p{L}'-]+)\s+(?:and|&)\s+(?=\p{Lu})/gu, '$1 \u0001 ')
    : text;
  // (two verbs of one object are one work, named by the object: "installing and servicing
  // commercial fire alarm systems" is fire alarm work, whichever of the two a job did)
  const kept = capitalsKept.replace(
    /(?<=^\s*|\b(?:of|experience|years?|yrs)\s+)[a-z]{3,}ing\s+(?:and|&)\s+[a-z]{3,}ing\s+(?=(?!(?:or|and|in|of|for)\b)[a-z][\w-]*\s+[a-z][\w-]*\s+[a-z])/g,
    '',
  );
  // whether a piece before names the work, not only its market
  let afterWork = false;
  for (const piece of kept.split(/,|;|\/|\b(?:or|and|nor)\b/i)) {
    // (a market said alone after the work is the work's, no field of its own: "running a pool
    // route, residential AND commercial"; not one before it, "in public, private, or charter
    // schools", nor markets alone, "in residential or commercial")
    if (MARKET_ONLY.test(piece.replace(/^\s*(?:(?:of|in|at|within)\s+|experience\s+)+/i, ''))) {
      if (afterWork) continue;
    } else if (/\p{L}/u.test(piece)) afterWork = true;
    const whole = piece.replace(/\u0001/g, 'and');
    // the place where the years were spent, after the work that names itself in two words or more
    // ("civil litigation paralegal experience in a law firm"), is no word a resume must name: a
    // litigation paralegal's entries name the firm by its name; "experience in oncology" names the work
    const setting = SETTING.exec(whole);
    const namesItself = (work: string) =>
      new Set(
        fieldSpans(work)
          .filter((s) => !s.term.startsWith(SKILL_PREFIX))
          .map((s) => s.word),
      ).size >= 2;
    // (written words, telling ones: "customer support", "software development", not "accounting")
    const writtenTwo = (work: string) =>
      new Set(
        (withoutHow(work).match(/[A-Za-z][\w.+#'-]*/g) ?? [])
          .map(termOf)
          .filter((t) => t !== null && !HOW_WORDS.has(t)),
      ).size >= 2;
    const forWhom = FOR_WHOM.exec(whole) ?? WITH_WHAT.exec(whole);
    let part =
      setting && PLACE_OF_WORK.test(setting[2]!.trim().split(/\s+/).pop() ?? '') && namesItself(setting[1]!)
        ? setting[1]!
        : forWhom && writtenTwo(forWhom[1]!)
          ? forWhom[1]!
          : whole;
    // …and so is a setting after the work said by its verb ("performing venepuncture on adults in
    // a clinical setting"): the work names itself
    // (the last "in": "… patient care in oncology in a hospital setting" keeps the oncology)
    const placed = setting || /[,;]/.test(whole) ? undefined : [...whole.matchAll(SETTING_AT)].pop();
    const heldIn = ROLE_IN.exec(whole);
    if (
      placed &&
      (PLACE_OF_WORK.test(whole.trimEnd().split(/\s+/).pop() ?? '') || (heldIn !== null && tradePlace(heldIn))) &&
      fieldSpans(whole.slice(0, placed.index)).some((sp) => !ANY_VERB.test(sp.word))
    )
      part = whole.slice(0, placed.index);
    // the role the years were spent in, after the work ("property management experience as a
    // Property Manager"): a job of that title names the field too
    // the specialty the role was held in ("experience as a Registered Nurse in inpatient Labor and
    // Delivery") names the field: the role does not (any nurse's years are not years in L&D, and
    // an L&D nurse's entries may say "RN"); a workplace after "in" is no specialty, and a place
    // ("… as a Property Manager in Arizona") is no field at all
    const roleIn = ROLE_IN.exec(part);
    // (nor is what the role was held on: "as a paramedic on a 911 advanced life support ambulance")
    const onA =
      roleIn !== null && /\son\s+an?\s+$/i.test(part.slice(0, roleIn.index + roleIn[0].length - roleIn[2]!.length));
    if (roleIn && onA)
      part = part.slice(0, roleIn.index + roleIn[0].length - roleIn[2]!.length).replace(/\s+on\s+an?\s+$/i, '');
    else if (roleIn && isPlaceName(roleIn[2]!))
      part = part.slice(0, roleIn.index + roleIn[0].length - roleIn[2]!.length);
    else if (roleIn && !PLACE_OF_WORK.test(roleIn[2]!.trim().split(/\s+/).pop() ?? '') && !tradePlace(roleIn))
      part = roleIn[2]!;
    const role = ROLE.exec(part);
    const roleText = role ? roleOnly(role[1]!) : '';
    // (the years' own "as" names a role held where or in what only with those words: "2 years as
    // a Server in fine dining" is all of it, as before)
    const bare = role !== null && !/^experience\b/i.test(role[0]) && /\s(?:in|on|at|within|with|for)\s/i.test(roleText);
    const roleWords = role && !bare ? [...new Set(fieldSpans(roleText).map((s) => s.word))] : [];
    const roleNoun = role ? (roleText.match(/[\p{L}][\p{L}'-]*/gu) ?? []).pop()?.toLowerCase() : undefined;
    const heldAs = roleNoun !== undefined && roleWords.length === 1 && roleWords[0] === roleNoun;
    const letters = role ? /\b[A-Z]{2,5}\b/.exec(roleText)?.[0] : undefined;
    const spelled = letters ? spelledOut(letters) : null;
    const roleLetters =
      letters && spelled && roleWords.includes(letters.toLowerCase())
        ? ([letters.toLowerCase(), spelled] as const)
        : null;
    const spans = fieldSpans(part);
    if (spans.length === 0) continue;
    const skills = spans.filter((s) => s.term.startsWith(SKILL_PREFIX)).map((s) => s.term.slice(SKILL_PREFIX.length));
    const telling = (text: string) =>
      (text.match(/[A-Za-z][\w.+#'-]*/g) ?? []).map((w) => w.toLowerCase()).filter((w) => termOf(w) !== null);
    const named = findSkills(part).filter((k) => skills.includes(k.skill.toLowerCase()));
    // where the work was done, after what it was ("chairside experience in a dental office"), is
    // no word a resume must name: a dental assistant's entries name the dental work
    // (a verb of any work names none: "managing commercial construction projects")
    const words = spans.filter((s) => !s.term.startsWith(SKILL_PREFIX) && !ANY_VERB.test(s.word)).map((s) => s.word);
    if (words.length >= 2 && WORKPLACE.test(words[words.length - 1]!)) words.pop();
    const all = [...new Set([...words, ...named.flatMap((k) => telling(k.match))])];
    // of three words or more, the first is the outermost of what qualifies the work ("civil" in
    // "civil litigation paralegal", "commercial" in "commercial HVAC service"): the rest name it
    const distinct = [...new Set(words)];
    // …unless the last is a word of any work ("pest control service", "oil and gas field
    // operations"): it adds nothing the words before it do not say, and they name the work alone
    // (and "examinations", "procedures" after what they are of name nothing more: "CT examinations")
    const inner =
      distinct.length >= 2 && ANY_OBJECT.test(distinct.at(-1)!) && distinct.slice(0, -1).every((w) => w.length <= 4)
        ? [distinct.slice(0, -1)]
        : distinct.length < 3
          ? []
          : ANY_WORK.test(distinct.at(-1)!)
            ? [distinct.slice(0, -1)]
            : [distinct.slice(1)];
    // the work said by its verb after "experience": "… experience dispatching truckload freight"
    const verb = /\bexperience\s+([a-z]{4,}ing)\b/i.exec(part)?.[1];
    out.push({
      ...(verb && !ANY_VERB.test(verb) && { verb: verb.toLowerCase() }),
      skills,
      // (a role of one word that many trades share names a field only with the work's own words:
      // "restaurant experience as a manager" is no IT manager's; "as a hygienist" names it)
      wordSets: [
        all,
        ...inner,
        // (and a one-word leftover names the role only where it is its noun: "as a Project Manager"
        // leaves "project", which a Project Engineer's entries name too)
        roleWords.length >= 2 || (roleWords.length === 1 && !ANY_ROLE.test(roleWords[0]!) && heldAs) ? roleWords : [],
        // (and a role named by its letters by the words they stand for: "DBA" by a "Database
        // Administrator", "HR Generalist" by a "Human Resources Generalist")
        roleLetters ? roleWords.flatMap((w) => (w === roleLetters[0] ? roleLetters[1].split(' ') : [w])) : [],
        ...named.map((k) => telling(k.match)),
        // (a skill named by its letters is named by its words too: "SRE" by a "Site Reliability
        // Engineer", "RN" by a "Registered Nurse")
        ...named.filter((k) => k.match.toLowerCase() !== k.skill.toLowerCase()).map((k) => telling(k.skill)),
      ].filter((set) => set.length > 0),
    });
  }
  return out;
}

/**
 * The local derivation of a rubric from a job description: deterministic, offline, by general
 * rules. Every item quotes the passage of the description it was read from, so a recruiter can
 * see why it is there, and edit or remove it.
 *
 * The rules, in order:
 * 1. Segments and sections ({@link jobSegments}): bullets, list items and sentences, each in a
 *    required, optional, duties, about or plain section.
 * 2. What a segment asks: in a required section, everything; in an optional one ("Nice to have",
 *    "Preferred", "Bonus"), or when the segment itself says "preferred", "a plus", "bonus",
 *    "ideally", only nice-to-haves; in a plain section (prose posts, text before any heading),
 *    only a segment that says "must", "required", "minimum", "at least", "you have", "we are
 *    looking for … with"; duties and about sections ask nothing (the work, not the person).
 * 3. Years: "3+ years", "at least five years", "minimum of 4 years", "five (5) years", "2-4
 *    years" (the lower bound), "10 or more years" in a segment that asks something; the largest
 *    minimum of required segments becomes the one EXPERIENCE item.
 * 4. Degrees: a segment naming a degree or diploma ("Bachelor's degree in Accounting", "BS/MS in
 *    Computer Science", "High school diploma or GED") becomes an EDUCATION item.
 * 5. Skills: skills the vocabulary knows, and the items of lists introduced by "experience with",
 *    "proficiency in", "knowledge of" and the like, become MUST_HAVE in a required segment and
 *    NICE_TO_HAVE in an optional one; skills offered as alternatives ("Java, Kotlin or Scala",
 *    "one of", "such as", "e.g.") are NICE_TO_HAVE, as a rubric of gates cannot say "one of".
 * 6. Other demands: a required segment that says more than its skills, years and degree (a
 *    licence, a certification, an ability: "Valid CDL Class A", "Able to lift 50 lbs") becomes
 *    a REQUIREMENT with the segment as its text.
 * 7. Duplicates are dropped (the first wins; a must-have beats the same nice-to-have).
 */
import { findSkills, normalizeSkill, showsSkill } from '../skills.vocabulary.js';
import { degreeIn } from '../local/education.js';
import { NUMBER_WORDS } from '../local/experience.js';
import { mergeSpans } from '../local/text.js';
import { experienceItemText, withinField } from './experience-field.js';
import {
  pasted,
  jobSegments,
  LEGAL_SENTENCE,
  notCounted,
  PLUS_EMPHASIS,
  TO_RECRUITERS,
  englishOnly,
  type JobSegment,
} from './job-text.js';
import type { DerivedRubric, RubricItem, RubricItemKind } from './rubric.types.js';
import { isPreferred, PREFERRED_MARK, withoutExamples } from './rubric.types.js';

/** A requirement is one claim: longer segments are cut at a word boundary. */
const MAX_ITEM_CHARS = 160;
/** A skill named in a list has at most this many words ("Microsoft Dynamics 365"). */
const MAX_SKILL_WORDS = 4;
/** Words, other than skills, years and degree, that a segment needs to be a requirement of its own. */
const MIN_REQUIREMENT_WORDS = 3;
/** Items a rubric keeps, per kind: long posts restate the same demands. */
const MAX_ITEMS: Record<RubricItemKind, number> = {
  MUST_HAVE: 20,
  NICE_TO_HAVE: 20,
  REQUIREMENT: 10,
  EXPERIENCE: 1,
  EDUCATION: 3,
};

/** The warning of a description from which no item could be read. */
export const NO_ITEMS_WARNING =
  'No requirements could be derived from the description: candidates are ranked by their relevance to the job post alone. Add items to judge them against.';

const OPTIONAL_CUE = new RegExp(
  String.raw`\b(?:nice[\s-]+to[\s-]+have|nice-?2-?have|pref|preferred|preferably|(?:given|receive|get)\s+(?:a\s+)?preference|(?:is|are|would\s+be)\s+(?:a\s+)?${PLUS_EMPHASIS}(?:plus|bonus|advantage|beneficial|desirable|helpful)|(?:is|are|would\s+be)\s+(?:nice|ideal)\b|a\s+${PLUS_EMPHASIS}plus|^(?:big|huge|major|definite|real|great|nice|distinct|strong)\s+plus|^plus\s+if|${PLUS_EMPHASIS}pluses|bonus|desired|desirable|ideally|optional|not\s+required|an\s+(?:added\s+)?advantage|advantageous|of\s+advantage|preferentially|an\s+asset|good\s+to\s+have|sets?\s+you\s+apart|makes?\s+you\s+stand\s+out|even\s+better|helps?\s+(?:too|as\s+well)|(?:has|have|gives?\s+(?:you|them))\s+a\s+leg\s+up|(?:is|are|would\s+be)\s+(?:(?:also|really|very)\s+)?useful(?=[.!]?\s*$)|(?:i|we)['’]?d\s+love\s+to\s+hear)\b`,
  'i',
);
const REQUIRED_CUE =
  /^(?:need|needs)\s+(?!to\s+know\b)|\b(?:must|(?<!\bas\s)required|req['’]?d|requires?|(?:gotta|have\s+to|has\s+to|need\s+to)\s+(?:pass|have|hold|be)\b|requirement|minimum|mandatory|at\s+least|need(?:s|ed)?\s+to\s+(?:have|hold|be)|you(?:'ll|\s+will)?\s+(?:need|have|hold|bring)(?!\s+(?:(?:full|sole|overall|direct|end-to-end)\s+)?(?:responsibility|ownership|accountability|oversight|autonomy|freedom|access|opportunities|the\s+(?:opportunity|chance|freedom|support|backing)|a\s+(?:chance|say|voice|seat|real\s+mentor))\b)|should\s+(?:have|hold|be)|(?:looking|seeking)\s+(?:for\s+)?(?:an?\s+|someone\s+|candidates?\s+)?(?:(?!\bto\s)[\w\s-]){0,40}?\bwith|candidates?\s+(?:must|should|will(?!\s+be\b))|ideal\s+candidate\s+(?:has|will|should))\b/i;
/** Alternatives: a rubric of gates cannot say "one of", so these become nice-to-haves. */
const ALTERNATIVES = /\b(?:one\s+of|any\s+of|such\s+as|e\.g\.|for\s+example|for\s+instance|either|like)\b/gi;
/**
 * What may stand between such a cue and the first name it offers: a few words naming the kind
 * ("one of the following languages: Go"), no end of a clause, no one spoken to ("We'd like you
 * to know SQL" offers nothing).
 */
const CUE_GAP = /^[\s:,(–-]*(?:(?!(?:you|we|i|they|it|to)\b)[A-Za-z]+[\s:,(–-]+){0,3}$/i;
/**
 * What may stand between two names the cue offers: a list's commas and "or", and a few words of
 * a name the vocabulary reads in part ("SAP PM or IBM Maximo", "interviews and moderated
 * usability testing"); not a new demand ("Python, and comfortable with SQL") or a clause's end.
 */
const OFFER_GAP =
  /^(?![^]*\b(?:with|in|of|to|on|for|using|comfortable|experience|knowledge|familiar\w*|proficien\w*|able|you|we)\b)[\s,/&–-]*(?:[A-Za-z]+[\s,/&–-]+){0,3}$/i;
/** What may stand between two skills of one "or" chain: "PHP, Python or Go", "Java/Kotlin". */
const LIST_GAP = /^\s*(?:[,/&]\s*)?(?:(?:or|and\/or|and)\s+(?:an?\s+|the\s+)?)?$|^\s*\(\s*or\s+$/i;
const OR_GAP = /\bor\b|\//i;

const NUM_WORDS = String.raw`\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty`;
const NUM = String.raw`(${NUM_WORDS})`;
/**
 * "3+ years", "five (5) years", "2-4 years", "2 to 4 years", "three to five years", "10 or more
 * years", "one year", with "experience" (or a role: "as a", "in a", "working") near it on either side.
 */
const YEARS = new RegExp(
  String.raw`\b${NUM}(?:\s*\(\s*\d{1,2}\s*\))?\s*(?:\+|-?plus|(?:-|–|—|to)\s*(?:${NUM_WORDS})\b(?:\s*\(\s*\d{1,2}\s*\))?|or\s+more)?\s*(?:full[\s-]time\s+)?(?:years?|yrs?|yoe|(?:(?:full|complete)\s+)?(?:tax|filing|busy)\s+seasons)(?:['’]s|['’])?(?:\s+or\s+more)?`,
  'gi',
);
/** "6 months", "18+ months", "twelve months", "6-12 months", "6 months to a year": a year's fraction. */
const MONTHS = new RegExp(
  String.raw`\b${NUM}\s*(?:\+|plus|(?:-|–|to)\s*(?:${NUM_WORDS})\b)?\s*(?:full[\s-]time\s+)?months?['’]?(?:\s*(?:-|–|to)\s*(?:a|one|\d{1,2})\s+years?)?(?:\s+or\s+more)?`,
  'gi',
);
/** Two demands of years offered as a choice: "1 year in a NICU, OR 2 years in acute care" (group 1 up to the "or"). */
const YEARS_OR = new RegExp(
  String.raw`(\b(?:${NUM_WORDS})\+?(?:\s*\(\s*\d{1,2}\s*\))?\s*(?:years?|yrs?)\b[^;.]*?,?\s)or\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?)\s+)?(?:${NUM_WORDS})\+?(?:\s*\(\s*\d{1,2}\s*\))?\s*(?:years?|yrs?)\b`,
  'i',
);
const YEARS_CONTEXT =
  /\b(?:experience|exp|experienced|as\s+an?|in\s+(?:an?|the)|working|work|background|professional|industry|field|role|position|hands[\s-]on|progressive|relevant|proven)\b/i;
/** Years that bound a time, not experience: "within 5 years of hire", "in the last three years". */
const TIME_WINDOW =
  /\b(?:within|in\s+the\s+(?:last|past|next|first)|the\s+(?:last|past|next|first)|every|per|after|before|for\s+the\s+(?:next|first)|(?:licen[cs]e|licensed|held)\s+(?:held\s+)?(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+|over\s+)?)\s*$/i;
/**
 * The company's own age, said before its years: "we have been in business 30 years", "been in the
 * valley 11 years" (its place's, not an industry's: "Must have been in the HVAC industry for 5+
 * years" asks the years of the candidate).
 */
const BUSINESS_AGE =
  /\b(?:in\s+business|been\s+around|serving\s+(?:[\w-]+\s+){0,3}|founded|established|family[\s-]owned|been\s+(?:in|around|open|operating)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?(?:valley|area|region|city|town|county|community|market|neighbou?rhood))\s+(?:for\s+)?(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?$/i;
/** Years that are not a demand on the candidate: ages, warranties, the company's own history. */
const NOT_YEARS = /^(?:\s*(?:old|of\s+age|warranty|in\s+business|ago|history))/i;

/**
 * What makes a segment that names skills a demand of its own too: a licence, a certification, an
 * ability, a condition of employment, leading people.
 */
const DEMAND_CUE =
  /\b(?:must|required|requires|possess|own\s+(?:(?:hand|basic|power|personal|small)\s+){0,2}tools?|(?:bring|supply|provide|furnish)\s+(?:your|their|his\s+or\s+her|one's)\s+own\b|licen[cs]e[ds]?|certif(?:ied|ication|icate)|registered|endorsement|clearance|citizen(?:ship)?|authori[sz]ed|eligib|(?:full\s+)?(?:working|work)\s+rights|right\s+to\s+work|valid|pass(?:ing)?\s+(?:a|an|the)|drug|background\s+check|(?:police|criminal\s+record|dbs|children)\s+check|lift|stand|travel|relocat|availab|willing|overtime|on[\s-]?call|(?:reliable|own)\s+(?:transportation|vehicle|car|ride)|shifts?|weekends?|on[\s-]?site|in\s+(?:the\s+)?office|in[\s-]person|commut|able\s+to|ability\s+to|must\s+(?:be|hold|have\s+a)|lead(?:ing)?\s+(?:a\s+)?teams?|manag(?:e|ing)\s+(?:a\s+)?(?:team|staff|people)|supervis|mentor|track\s+record|proven\s+record|(?:color|colour)\s+vision|eyesight|hearing|clean\s+(?:background|record|criminal)|felon(?:y|ies)|convictions?)/i;

/** A label whose items are schooling: "Education/Training:", "**Education:**". */
const EDUCATION_LABEL =
  /^(?:education|training|education\s*(?:\/|and|&|or)\s*training|academic\s+(?:background|qualifications?)|degree|schooling)$/i;
/** Words of schooling that names no degree. */
const SCHOOLING =
  /\b(?:program(?:me)?s?|training|school|course(?:work)?|apprenticeship|diploma|degree|certificate|education|graduat\w*|college|university|academ\w*)\b/i;
/** Conditions of the work: "Exposure to ionizing radiation…", "Work is performed outdoors in all weather". */
const EXPOSURE =
  /^(?:(?:frequent|occasional|constant|regular|daily|potential|possible)\s+)?exposure\s+to\s+(?:[\w-]+\s+){0,3}(?:radiation|pathogens|chemicals|fumes|noise|dust|heat|cold|weather|hazards?|diseases?|temperatures?|elements|vibration|smoke|odors?|fluids)\b|^work\s+is\s+performed\b/i;
/** Whether a skill in a line names a credential: a credential's noun after it, or "valid" before it. */
function namesCredential(text: string, s: { index: number; length: number }): boolean {
  const after = text.slice(s.index + s.length, s.index + s.length + 40);
  const before = text.slice(Math.max(0, s.index - 30), s.index);
  return (
    /^\W*(?:[\w-]+\W+){0,3}?(?:certif\w*|licen[cs]\w*|cards?|endorsements?|credentials?|permits?)\b/i.test(after) ||
    /\b(?:valid|current|active)\s+(?:[\w-]+\s+){0,2}$/i.test(before)
  );
}

/**
 * What may be had after hire: "ACLS within 6 months of hire", "Class A CDL, or ability to obtain
 * within 90 days". The condition is a requirement; the credentials it names are no gate.
 */
const AFTER_HIRE =
  /\bwithin\s+(?:(?:the\s+first|\w+)\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?)\s+of\s+(?:hire|hiring|start(?:ing)?|employment|appointment|joining)\b|\b(?:or|and\/or)\s+(?:be\s+)?(?:the\s+)?(?:ability|able|willing(?:ness)?|eligib\w*)\s+to\s+(?:obtain|get|earn|acquire|complete)\b|^(?:must\s+be\s+|be\s+)?willing(?:ness)?\s+to\s+(?:complete|obtain|get|earn|acquire|take|attend|undergo)\b/i;
/**
 * A remark that the employer provides what the line names: "6 months of forklift experience
 * (certification provided on site)" asks the experience, not a certification. A remark that
 * offers another name first ("Dentrix (or Eaglesoft — we'll train you)") stays: it names an
 * alternative.
 */
const PROVIDED_REMARK =
  /\s*\((?!\s*or\b)[^()]*\b(?:provided|we(?:'ll|\s+will)?\s+(?:train|certify|pay|provide|sponsor)|(?:company|employer)[\s-]paid|at\s+no\s+cost)\b[^()]*\)/gi;

/**
 * Where a degree's phrase ends and the sentence goes on to another demand: "a bachelor's degree in
 * Accounting and have 2-4 years of experience…", "… and at least three years of experience", "A
 * baccalaureate degree plus three years of …".
 */
const AFTER_DEGREE =
  /\s+[—–]\s+[^]*$|,?\s+or\s+(?:currently\s+)?(?:working\s+towards?|pursuing|studying\s+(?:for|towards?))\b[^]*$|\s*,?\s+and\s+(?:you\s+)?(?:have|has|having|hold|holds|are|is|bring|possess|at\s+least|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s)[^]*$|(?<!\bor\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}(?:degree|diploma)\b[^]*)\s*,?\s+plus\s+(?:at\s+least\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\(\d{1,2}\)\s+)?(?:or\s+more\s+)?years?\s+(?!of\s+(?:[\w-]+\s+)?(?:college|university|graduate|undergraduate|study|studies|coursework|school)\b)(?![^]*\bor\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}(?:degree|diploma)\b)[^]*$|\s+(?:is|are|would\s+be)\s+(?:(?:really|very|always|also|strictly)\s+)?(?:required|mandatory|essential)\b[^]*$/i;
/** A level said after a degree on its line: "Bachelor's degree preferred", "… required". */
const DEGREE_LEVEL =
  /[\s,;-]+(?:(?:is|are)\s+)?(?:(?:(?:strictly|absolutely)\s+)?(required|mandatory|a\s+must|needed)|(?:(?:strongly|highly|much)\s+)?(preferred|desired|desirable|a\s+plus|helpful|an?\s+(?:asset|advantage)))$/i;
/**
 * A degree's text as the rubric shows it: without the level said after it, and marked
 * "(preferred)" when it is wished for (said so, or asked where wishes are), as the labels write it
 * and as scoring reads it (see {@link isPreferred}).
 */
function wishedDegree(text: string, ask: 'required' | 'optional'): string {
  const level = DEGREE_LEVEL.exec(text);
  const bare = level ? text.slice(0, level.index) : text;
  if (isPreferred(bare)) return bare;
  return (level ? level[2] : ask === 'optional') ? `${bare}${PREFERRED_MARK}` : bare;
}

/**
 * A credential asked in a sentence that goes on to other demands: "you must hold a current Texas
 * Journeyman Plumber license (or higher) issued by the Texas State Board of Plumbing Examiners and
 * have at least five years of plumbing experience" asks for the licence; who issues it, and the
 * years (the experience item), are no part of its text.
 */
const CREDENTIAL_THEN =
  /\b(?:licen[cs]e|certification|certificate|endorsement|registration|credential)\b(?:\s*\([^()]*\))?(?=(?:\s+(?:issued\s+by|from)\s+[^,;]*?)?(?:,?\s+and\s+(?:have|has|be|hold|possess|at\s+least|a\s+minimum)\b|\s+issued\s+by\b))/i;

function credentialDemand(text: string): string {
  const m = CREDENTIAL_THEN.exec(text);
  return m ? text.slice(0, m.index + m[0].length) : text;
}

/** A degree said to be wished for, and what the sentence goes on to say: kept as "(preferred)". */
const DEGREE_WISHED =
  /\s+(?:is|are|would\s+be)\s+(?:(?:really|very|always|also|strongly|highly)\s+)?(?:nice|a\s+(?:big\s+)?plus|preferred|helpful|desired|welcome|an?\s+(?:asset|advantage|bonus))\b[^]*$|,?\s+(?:though|but|although)\s+(?:it['’]?s\s+|it\s+is\s+)?not\s+(?:required|necessary|mandatory)\b[^]*$/i;

/**
 * An ability to do skilled work on things the line lists ("Ability to read and interpret
 * blueprints, schematics and wiring diagrams"): group 1 is the list. Verbs of skilled work only.
 */
const SKILLED_WORK =
  /^(?:(?:must\s+be\s+|be\s+)?able\s+to|(?:demonstrated\s+|proven\s+)?ability\s+to|you\s+(?:can|know\s+how\s+to)|can)\s+(?:(?:read|interpret|evaluate|assess|diagnose|operate|use|maintain|repair|install|program|calibrate|troubleshoot|administer|perform|prepare|draft|design|test|inspect)(?:,?\s+(?:and|or|&)\s+|,\s*))*(?:read|interpret|evaluate|treat|assess|diagnose|operate|use|maintain|repair|install|program|calibrate|troubleshoot|administer|perform|prepare|draft|design|test|inspect)\s+(.{3,120}?)[\s.;]*$/i;

/**
 * The use of a list of tools, said as a noun: "Safe, skilled use of band saw, grinder, slicer,
 * cuber/tenderizer and boning knives", "Operation of forklifts, pallet jacks and scissor lifts".
 */
const USE_OF_LEAST = 3;
const USE_OF =
  /^(?:(?:safe|skilled|proficient|competent|hands-on|working|practical|expert|confident|experienced)[\s,]+(?:and\s+)?){0,3}(?:use|operation)\s+of\s+(.{3,120}?)[\s.;]*$/i;
/** What makes the use of a list no list of tools: people, a quality, a level or a place said after it ("… with patients", "… required"). */
const NOT_TOOLS = /\b(?:required|a\s+must|with|on|in|for|at|during|from|to)\b/i;

/** A phrase that names a place of work, not something done there. */
const PLACE =
  /\b(?:settings?|environments?|cent(?:er|re)s?|facilit(?:y|ies)|shops?|kitchens?|hospitals?|clinics?|firms?|plants?|sites?|warehouses?|stores?|restaurants?|agenc(?:y|ies)|departments?|compan(?:y|ies)|(?:sub)?contractors?|employers?|organi[sz]ations?|jails?|prisons?|penitentiar(?:y|ies))$/i;

/** Skills of how one works with others, asked in a post's own words rather than named. */
const SOFT_SKILLS = new Set(['Communication', 'Teamwork', 'Time Management', 'Leadership']);
/** Qualities of how one works, asked in a post's own words: a requirement, never a skill to gate on. */
const SOFT_QUALITY =
  /^(?:(?:strong|good|great|keen|excellent|exceptional|high|close)\s+)?(?:attention\s+to\s+detail|detail[\s-]oriented|accuracy|organi[sz](?:ation(?:al)?|ed)|multi-?tasking|reliab(?:le|ility)|dependab(?:le|ility)|punctual(?:ity)?|flexib(?:le|ility)|(?:strong\s+)?work\s+ethic|professionalism|positive\s+attitude|self[\s-](?:motivated|starter)|initiative|integrity|patience|adaptability|judg(?:e)?ment|leadership|hungry|coach(?:able|ability)|competitive|driven|motivated|curious|humble|resilien(?:t|ce)|(?:positive|coachable|can[\s-]do|great|good)\s+attitude|proactive|resourceful|passionate|friendly|outgoing|energetic|personable|enthusiastic|positive|honest|adaptable|ambitious|collaborative|empathetic|patient|compassionate|hard[\s-]working|team\s+player)$/i;
/**
 * Whether a phrase names only qualities of a person: "Hungry", "Resilience and a coachable
 * attitude" (each part a {@link SOFT_QUALITY}).
 */
function softQuality(phrase: string): boolean {
  return phrase
    .replace(PHRASE_TRAILER, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .filter(Boolean)
    .every((part) => SOFT_QUALITY.test(part.replace(/^an?\s+/i, '')));
}
/** A school's graduate, or its course completed: "Graduate of an accredited radiography program". */
const GRADUATE_OF =
  /^(?:(?:a\s+)?graduat(?:e|ion)\s+(?:of|from)|(?:successful\s+)?completion\s+of|completed)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,5}(?:program(?:me)?|school|college|academy|institute|course|apprenticeship)\b/i;
/** A credential asked for: its name alone makes the demand ("OSHA 30-Hour card", "Class A CDL"). */
const CREDENTIAL_DEMAND =
  /\b(?:certifi(?:cation|cate|ed)|licen[cs](?:e|ure)|endorsement|credential|permit|registration|CDL|card|citizenship|clearance)s?\b/i;
/**
 * Credentials asked by their letters as a choice, said to be held: "An active CPA, CIA or CISA",
 * "Must have an active RRT or CRT". The line is one demand, held by any of them (not each a wish).
 * The choice is the demand, from its start to its end (or a word of how much it is asked): letters
 * in a demand of something else name no credential ("Knowledge of current CPT or HCPCS codes",
 * "Familiarity with current ERP or CRM systems").
 */
export const LETTERED_CHOICE =
  /^[^\p{L}]*(?:(?:[Mm]ust\s+)?(?:[Hh]ave|[Hh]old|[Pp]ossess|[Bb]e)\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[Aa]ctive|[Cc]urrent|[Vv]alid)\s+([A-Z][A-Z0-9]{1,5}(?:\s*,\s*[A-Z][A-Z0-9]{1,5})*,?\s+(?:or|and\/or)\s+[A-Z][A-Z0-9]{1,5})\b(?![\w-])(?!\s+(?!(?:is\s+)?(?:required|preferred|mandatory|a\s+must)\b|in\s+good\s+standing\b)\p{Ll})/u;

/** Whether a line asks a licence or a certification (see {@link CREDENTIAL_DEMAND}, {@link LETTERED_CHOICE}). */
function asksCredential(text: string): boolean {
  return CREDENTIAL_DEMAND.test(text) || LETTERED_CHOICE.test(text);
}

/** Whether a skill is one of the credentials a line offers by their letters (see {@link LETTERED_CHOICE}). */
function inLetteredChoice(text: string, s: { index: number; length: number }): boolean {
  const m = LETTERED_CHOICE.exec(text);
  if (!m) return false;
  const from = m.index + m[0].length - m[1]!.length;
  return s.index >= from && s.index + s.length <= m.index + m[0].length;
}

/** Where a demand beside a segment's years starts: after a clause break that follows them, or the end. */
function demandAfterYears(text: string, years: { index: number; length: number }): number {
  const from = years.index + years.length;
  const m =
    /,\s+|;\s+|\s+(?:including|in\s+a\s+(?:company|firm|organi[sz]ation|business)|with\s+(?:a|an|at\s+least|proven|demonstrated)\b)/i.exec(
      text.slice(from),
    );
  return m ? from + m.index : text.length;
}

/** "another" before an item of a list names its kind: "Bloomerang or another donor database". */
const ANOTHER = /^(?:another|any\s+other|(?:a\s+)?similar|other)\s+/i;

/**
 * Lists of skills follow these: "Experience with X, Y and Z", "Proficiency in X", "Daily use of
 * CentralReach" (not a physical demand's use of the body or of stairs: "Regular use of hands, arms
 * and fingers", "Frequent use of a keyboard" being the words of a job's physical demands).
 */
const LIST_INTRO =
  /\b(?:experience\s+(?:with|in|using|(?:[a-z]+ing(?:\s+(?:and|or)\s+[a-z]+ing)?)(?=\s+[a-z]))|proficien(?:cy|t)\s+(?:in|with|using)|knowledge\s+of|familiar(?:ity)?\s+with|expertise\s+(?:in|with)|skilled\s+in|skills\s+in|competen(?:ce|t)\s+(?:in|with)|fluen(?:cy|t)\s+in|understanding\s+of|command\s+of|certified\s+in|trained\s+in|training\s+in|exposure\s+to|worked\s+with|(?:ability|able)\s+to\s+(?:use|operate|read(?:\s+and\s+(?:interpret|understand))?)|(?:safe|proper)\s+(?:operation|use)\s+of|(?:daily|regular|routine|everyday)\s+use\s+of(?!\s+(?:(?:the|both|one['’]s|his\/her|their|your)\s+)?(?:hands|arms|fingers|wrists|legs|feet|eyes|vision|body|stairs|steps|ladders?)\b)|comfort(?:able)?\s+(?:with|using)|confident\s+(?:with|in|using)|(?:need|have)\s+to\s+know(?!\s+how\b)|skill(?:ed|s)?\s+in\s+(?:the\s+)?use\s+of|working\s+with|using)\s+/i;
/** Words that open a list after its intro without being an item: "the principles of", "the operation of". */
const LIST_LEAD =
  /^(?:(?:one|any|at\s+least\s+one)\s+(?:or\s+more\s+)?of\s+(?:the\s+following|these)\s*:?\s+)|^(?:the\s+)?(?:basic\s+|general\s+)?(?:principles|practices|methods|techniques|operation|use|maintenance|theory|fundamentals|rules|requirements)(?:\s+(?:and|&)\s+(?:practices|techniques|methods|procedures))?\s+(?:of|for)\s+(?:the\s+)?/i;
/** Where such a list ends: "software development in one or more programming languages" names one thing. */
const LIST_END =
  /\s+(?:to|for|that|which|who|where|when|while|including|in\s+order|as\s+well\s+as|as\s+(?:applied|it\s+(?:applies|relates))|is|are|will|would)\s+|,?\s+(?:in|on|with|across)\s+(?:one|two|three|any|several|multiple|at\s+least)\b|\.(?!\d)|[;:()]/i;
/** Words that open a phrase that is not a skill's name (nor a condition of the work: "Work outdoors in heat"). */
const NOT_SKILL_HEAD =
  /^(?:a|an|the|this|that|these|those|which|who|whom|whose|where|all|any|some|other|both|either|each|no(?=\s)|(?:actively\s+|currently\s+)?pursuing|working\s+towards?|availability|candidates?|applicants?|someone|people|equivalent|comparable|our|your|their|its|his|her|learning|being|getting|taking|dealing|adapting|picking|working|evidence|strong|good|excellent|solid|basic|advanced|general|various|different|multiple|similar|related|relevant|applicable|new|fast|high|large|small|(?:one|two|three)(?!-)|at|in|on|of|as(?=\s)|with|and|or|etc)\b|^(?:work(?=\s+(?:outdoors|outside|indoors|nights|weekends|holidays|overtime|long|extended|flexible|rotating|varied|shifts?|(?:in|at|from|under)\s+(?:heights|extreme|hot|cold|all|confined|tight|noisy|wet|dusty|varying|inclement|elevated))\b)|(?:stand|sit|walk)(?:ing)?\s+for\b|travel(?:l?ing)?\s+(?:up\s+to|\d|overnight|frequently|as\s+needed))/i;
/** Generic words that are not a skill on their own. */
const GENERIC =
  /^(?:experience|skills?|knowledge|ability|abilities|tools?|systems?|software|technologies|technology|methods?|practices|principles|concepts|environment|environments|settings?|teams?|people|customers?|others|work|field|industry|role|position|years?|etc\.?|files|documents|reports|records|materials|equipment|supplies|instructions|paperwork|(?:both\s+)?(?:written|spoken|oral|verbal)|numbers|best\s+practices?|ideally|preferably|especially|particularly|mainly|mostly|primarily|enough|also|above|higher|better|greater|equivalent|operations?|repairs?|theory|procedures|certified|registered|licensed|credentialed|(?:actively\s+)?(?:pursuing|working\s+towards?)(?:\s+(?:it|one))?|in\s+progress)$/i;

const FILLER =
  /\b(?:experience|experienced|with|in|of|and|or|the|a|an|to|for|using|strong|solid|excellent|good|proven|working|knowledge|proficiency|proficient|familiarity|familiar|understanding|expertise|skills?|ability|able|must|have|has|be|is|are|required|requirement|requirements|preferred|minimum|at|least|years?|yrs|plus|degree|equivalent|related|field|etc|including|such|as|e\.g|you|your|we|our|will|should|hands|on|demonstrated|professional|relevant|similar|is|a|plus|or|more|successfully|finished|completed|completion)\b/gi;

/**
 * A part cut from a credential that says only that it must be valid: "CURRENT", "active and
 * unrestricted", "valid & current" (an "&" is no word: the marks between the words hold it, and one
 * read both ways backtracks without end).
 */
const VALIDITY_ONLY =
  /^[^\p{L}]*(?:(?:current(?:ly)?|valid|active|unrestricted|up[\s-]to[\s-]date|in\s+good\s+standing|and)[^\p{L}]*)+$/iu;

function cut(text: string): string {
  const t = pasted(text)
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '');
  if (t.length <= MAX_ITEM_CHARS) return t;
  const head = t.slice(0, MAX_ITEM_CHARS);
  return head.slice(0, head.lastIndexOf(' ')).replace(/[\s,;:(-]+$/, '');
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Years offered in place of schooling. */
const SUBSTITUTES =
  /\b(?:may|can|will)\s+(?:be\s+)?substitut(?:e|ed)\b|\b(?:degree|diploma)\b[^;]*?,?\s+or\s+(?:\w+\s+){1,2}(?:\(\d{1,2}\)\s+)?years?\s+of\s+(?:equivalent|related|relevant|comparable)\s+(?:work\s+)?experience\b|\bin\s+(?:lieu|place)\s+of\s+(?:an?\s+|the\s+)?(?:\w+['’]?s?\s+)?(?:degree|diploma|education)/i;
/**
 * Years that stand in for a degree, said after them: "4+ yrs if no degree", "(5+ without a
 * degree)"; not "with or without a degree".
 */
const NO_DEGREE_YEARS =
  /(?:\bor\s+)?(?<!\d)\d+\s*\+?\s*(?:(?:yrs?|years?)\b[^.;()|]{0,30}?)?\s*(?:(?:if|when|where)\s+(?:there\s+is\s+)?no|(?<!\bwith\s+or\s+)without\s+an?|with\s+no)\s+(?:[\w'’-]+\s+){0,2}?(?:degree|diploma)\b|\b(?:without|with\s+no)\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:degree|diploma)\s*,\s*\d+\s*\+?\s*(?:yrs?|years?)\b/gi;

/**
 * What hiring is made to wait on: "Employment is contingent upon DOJ/FBI fingerprint clearance, a
 * TB risk assessment, and Board approval", "Any offer is subject to a background check". A
 * condition of hire, asked as it is said: the checks it names are no skills of the candidate.
 */
const HIRE_CONDITION =
  /\b(?:employment|hire|hiring|offers?(?:\s+of\s+employment)?|appointment|placement|start(?:\s+date)?)\s+(?:is|are|will\s+be|may\s+be|remains?)\s+(?:(?:contingent|conditional|dependent)\s+(?:up)?on|subject\s+to)\b|^subject\s+to\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,3}(?:check|screen(?:ing)?|clearance|investigation|verification|test(?:ing)?|adjudication)\b/i;

/** A minimum age: "18 years of age or older", "at least 21 years old", "minimum age of 18", "must be 18+". */
const MINIMUM_AGE =
  /^(?:1[6-9]|2[01])\s*\+\s*$|\b(?:1[6-9]|2[0-9])\s*(?:\+\s*)?(?:years?\s+(?:of\s+age|old)|yrs?\s+old)\b|\b(?:minimum|legal)\s+age\b|\bage\s*(?::|-|of)?\s*(?:1[6-9]|2[0-9])\b|\bmust\s+be\s+(?:at\s+least\s+)?(?:1[6-9]|2[01])\b/i;

/**
 * The years of a segment that is nothing but a figure under an experience label: "Experience: 3 - 6
 * Years" on a job board's field line says by its label what the years are of.
 */
function labelledYears(text: string, label: string | undefined): ReturnType<typeof yearsIn> {
  if (!label || !/\bexperience\b/i.test(label) || !/^[\d\s+–—-]+(?:years?|yrs)\.?$/i.test(text.trim())) return null;
  const prefix = 'experience ';
  const found = yearsIn(prefix + text);
  return found && { ...found, index: found.index - prefix.length };
}

/** The years a segment asks for, with the span of the phrase, or null. */
export function yearsIn(text: string): { years: number; index: number; length: number } | null {
  let best: { years: number; index: number; length: number } | null = null;
  const months = [...text.matchAll(MONTHS)];
  // "6 months to 1 year" is a range of months: its "1 year" is no figure of its own
  const inMonths = (m: RegExpExecArray) => months.some((o) => m.index >= o.index && m.index < o.index + o[0].length);
  const all = [
    ...[...text.matchAll(YEARS)].filter((m) => !inMonths(m)).map((m) => ({ m, per: 1 })),
    ...months.map((m) => ({ m, per: 12 })),
  ];
  // years in a parenthesis beside years outside it are another role's ("2+ years of residential
  // install experience (Lead Installer: 4+ years)")
  const inParenthesis = (i: number) => /\([^()]*$/.test(text.slice(0, i)) && /^[^()]*\)/.test(text.slice(i));
  const outside = all.filter(({ m }) => !inParenthesis(m.index));
  const found = outside.length > 0 ? outside : all;
  for (const { m, per } of found) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_YEARS.test(after) || TIME_WINDOW.test(before) || BUSINESS_AGE.test(before)) continue;
    // "2+ yoe": years of experience in its own letters
    if (/yoe$/i.test(m[0])) {
      const n = Number(/\d+/.exec(m[0])?.[0]);
      if (n > 0 && n <= 40 && (!best || n > best.years)) best = { years: n, index: m.index, length: m[0].length };
      continue;
    }
    // "4+ years managing social media", "2 years (two filing seasons) preparing returns": years
    // spent doing something
    // "3+ yrs commercial painting", "Minimum 2 years behind a bar": a list item that opens with
    // the years it demands speaks of experience ("3 year degrees OK" demands none)
    const lead = /^\s*((?:at\s+least|minimum(?:\s+of)?|min\.?)\s+)?$/i.exec(text.slice(0, m.index));
    const opening = lead !== null && (lead[1] !== undefined || /\+|plus/i.test(m[0]));
    // "Shipped production React apps for 3+ years", "Worked as a welder for at least 2 years":
    // a minimum closing the clause says how long the candidate has done what it names ("a
    // contract for 2 years" states no minimum, nor does living somewhere "for 3+ years")
    const since = /\bfor\s+((?:at\s+least|over|more\s+than|a\s+minimum\s+of)\s+)?$/i.exec(before);
    const closing =
      since !== null &&
      (since[1] !== undefined || /\+|plus|or\s+more/i.test(m[0])) &&
      /^\s*(?:[.,;:!)]|and\b|now\b|$)/i.test(after) &&
      !/\b(?:lived|living|live|resid\w*|citizen\w*|stay\w*)\b/i.test(text.slice(0, m.index));
    if (
      !opening &&
      !closing &&
      !YEARS_CONTEXT.test(after) &&
      !/\bexperience\b[^.]*$/i.test(before) &&
      !/^\s*(?:of|in)\b/i.test(after) &&
      !/^\s+(?:\([^()]{0,40}\)\s+)?[a-z]{3,}ing\b/.test(after)
    )
      continue;
    const raw = m[1]!.toLowerCase();
    const n = Math.round(((NUMBER_WORDS[raw] ?? Number(raw)) / per) * 100) / 100;
    if (!Number.isFinite(n) || n <= 0 || n > 40) continue;
    // two paths to the job ("Four (4) years in the trades, OR two (2) years as an inspector"):
    // the shorter one is the minimum
    const path = best && /[,;]\s*or\b|\bOR\b/.test(text.slice(best.index + best.length, m.index));
    if (!best || (path ? n < best.years : n > best.years)) best = { years: n, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * Sentences in the employer's voice ("Our company is a rapidly growing platform", "We have
 * ambitious product plans") and lines about pay and benefits ("Highly competitive base pay and
 * benefits") describe the job or the company, not the candidate: scraped ads run them into their
 * requirements. They ask nothing unless they say what the candidate needs.
 */
const EMPLOYER_VOICE =
  /^(?:we|we'?re|we'?ve|we'?ll|our|us|everyone|everybody)\b|^(?:that['’]?s|this\s+is|it['’]?s)\s+(?:our|what\s+we)\b/i;
const PAY_AND_BENEFITS =
  /\b(?:salary|base\s+pay|pay\s+(?:range|rate|is|band)|fee\s+split|compensation|benefits|(?<!\ba\s)bonus(?:es)?\b(?!\s+(?:points|if))|401\s*\(?k\)?|pto|paid\s+time\s+off|vacation|insurance|perks|stock\s+options|equity|(?:medical|dental|vision)(?:,|\s+(?:and|&)\s+(?:dental|vision))|(?:sick|personal|vacation)\s+(?:days|leave|time)|paid\s+holidays|(?:retirement|pension)\s+(?:plan|system|match|contributions?)|teachers'?\s+retirement)\b/i;
const ASKS_OF_CANDIDATE =
  /\b(?:you|your|candidates?|applicants?|someone|somebody|must|required|requires?|years?|degree|certif\w*|licen[cs]e\w*|experience\s+(?:with|in)|looking\s+for|seeking|need\s+(?:an?|someone))\b|\bexperience\s+(?:is|are|would\s+be)\s+(?:a\s+)?(?:(?:big|huge|real|definite)\s+)?(?:plus|helpful|beneficial|desirable|an?\s+(?:asset|advantage))\b/i;

/**
 * How to apply, and who is welcome to: the employer's process, not a demand ("To apply, send a
 * resume…", "New grads: Welcome to apply", "New grads welcome!", "Applicants will be shortlisted
 * against the criteria").
 */
const APPLYING =
  /^(?:(?:an?\s+)?complete(?:d)?\s+applications?(?:\s+(?:packets?|packages?))?\s+(?:includes?|must\s+include|should\s+include|consists?\s+of)\b|questions\?|(?:call|text|email|e-mail|contact)\s+[^.\n]{0,40}?\b(?:at|on)\s+(?:\+?\d|\S+@)|to\s+apply\b|please\s+(?:apply|send|submit|address|include)\b|^(?:applicants|candidates)\s+(?:must|should)\s+(?:attach|submit|include|upload|enclose)\b|^applications?\s+(?:without|that\s+(?:do|are)\s+not|not\s+accompanied|received\s+after|submitted\s+after)\b|^(?:applicants|candidates)\s+who\s+meet\b|^if\s+you(?:'re|\s+are|\s+have|'ve)?\b[^.]*?,\s*(?:please\s+)?(?:talk\s+to\s+us|reach\s+out|get\s+in\s+touch|let'?s\s+talk|contact\s+us|(?:still\s+)?apply|we'?d\s+(?:still\s+)?love\s+to\s+hear)\b|(?:interested|qualified)\s+(?:candidates|applicants|individuals|parties)\s+(?:should|may|can|must|are\s+(?:invited|encouraged|asked))\s+(?:to\s+)?(?:apply|submit|send|email|forward)\b|send\s+(?:us\s+)?(?:your|a)\s+(?:resume|cv)\b|apply\s+(?:online|now|today|with|by|at|here|in\s+person|for\s+(?:this|the)\s+(?:position|job|role))\b)|\b(?:welcome\s+to\s+apply|encouraged\s+to\s+apply|(?:can|may)\s+(?:also\s+)?apply[.!]?$|(?:will|may)\s+be\s+shortlisted|shortlisted\s+against)\b|^(?:new|recent)\s+grad(?:uate)?s?\b.{0,30}\b(?:welcome|encouraged|(?:will|may)\s+be\s+considered)\b|\b(?:must|should)\s+submit\s+(?:a\s+copy\s+of\s+)?(?:your\s+)?(?:official\s+|unofficial\s+)?(?:college\s+)?transcripts?\b|\btranscripts?\s+(?:must|should|will\s+need\s+to)\s+be\s+(?:submitted|attached|provided|uploaded)\b|^(?:note:\s*)?only\s+(?:education|degrees)\b[^.]{0,40}\brecognized\b|^(?:un)?official\s+(?:graduate\s+|undergraduate\s+|college\s+)?transcripts?\b/i;

/**
 * A condition of employment the employer's closing text states ("This post is subject to a basic
 * DBS check", "Offers are contingent on a background check"): asked wherever it stands.
 */
const CONDITION =
  /\b(?:subject\s+to\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,3}(?:check|screen(?:ing)?|clearance|verification|test(?:ing)?|investigation|adjudication)|contingent\s+(?:up)?on|(?:you|candidates?|applicants?|finalists?|new\s+hires?|employees?|hires?)\s+must|(?:need|require)s?\s+(?:someone|somebody|a\s+person|a\s+candidate|candidates|applicants)\s+(?:who|that)\b|(?:is|as)\s+a\s+condition\s+of\s+employment|(?:drug\s+(?:test|screen)(?:ing)?|background\s+(?:check|screen)(?:ing)?|mvr(?:\s+check)?|physical\s+exam(?:ination)?|fingerprint(?:ing)?|credit\s+check)s?\b[^.;]{0,40}\b(?<!\bas\s)(?:required|mandatory))\b/i;

/** Pay as a line of its own: "$168,000 - $196,000 a year", "£41,200 per annum". */
const MONEY =
  /^[$£€¥]\s?\d[\d,.]*\s*[kK]?(?:\s*(?:-|–|to)\s*[$£€¥]?\s?\d[\d,.]*\s*[kK]?)?(?:\s*(?:a|an|per|\/)\s*(?:year|yr|hour|hr|month|week|annum|day))?\.?$/i;
/** A line that opens with pay by the hour or the year ("$18–$21/hr + tips"), or with hours ("30–38 hrs/week"), or is hashtags. */
const RATE_LINE =
  /^(?:[$£€¥]\s?\d[\d,.]*\s*[kK]?(?:\s*(?:-|–|to)\s*[$£€¥]?\s?\d[\d,.]*\s*[kK]?)?|\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?\s*(?:hrs?|hours))\s*(?:a|an|per|\/)\s*(?:year|yr|hour|hr|month|week|wk|annum|day|shift)\b|^(?:#[\p{L}\p{N}_]+\s*)+$/iu;
/**
 * What a post says it does not ask: "No degree needed.", "Experience not required", "Required:
 * None.", "You do NOT need a state contractor's license to start", or what it will not take ("Student teaching and substitute service do not count toward
 * this requirement", "Intern credentials … will not be considered"); never "Candidates without a
 * CDL will not be considered", which asks the CDL, nor a demand with what will not do for it
 * ("A valid Texas driver's license is required, out-of-state licenses will not be accepted").
 */
const NOT_ASKED =
  /^(?:you\s+(?:do\s+not|don['’]t|won['’]t|will\s+not)\s+need\b(?![^.]*\b(?:but|must|required|however|just|only|although|though|expected|instead|rather)\b)[^.]*|there\s+is\s+no\s+substitution\s+of\s+education\b[^.;]*|no\s+(?:[\w'-]+\s+){1,3}(?:needed|required|necessary)|(?:[\w'-]+\s+){1,3}not\s+(?:needed|required|necessary)|none|n\/a|not\s+applicable|no\s+(?:prior\s+)?experience|no\s+problem|(?:[\w'-]+\s+){1,4}(?:do|does|will)\s+not\s+count|(?:[\w'-]+\s+){1,3}not\s+(?:provided|offered|available)|(?:[\w'/-]+\s+){1,6}not\s+eligible(?:\s+for\s+this\s+(?:role|position|job))?|(?![^.]*\b(?:without|lack|lacking|unless|who|that|must|required|requires?)\b)(?!(?:an?\s+)?(?:[\w'’-]+\s+){0,4}(?:degree|diploma|licen[cs]e|certificate|certification|credential)\b[^,;]*[,;])(?:(?!\s[-–—]{1,2}\s)[^.;]){3,160}?\b(?:(?:do|does|will|shall|are|is)(?:\s+not|n['’]t)|won['’]t)\s+(?:be\s+)?(?:count(?:ed)?|considered|accepted|meet|satisfy|qualify)(?:\s+(?:for|toward|towards)\s+(?:this|the)\s+(?:posting|position|role|job|vacancy|requirement|minimum)|\s+(?:this|the)\s+(?:requirement|minimum)(?:\s+for\s+this\s+(?:posting|position|role|job))?|\s+(?:for|toward|towards)\s+the\s+[\w-]+)?)\b[.!?]?$/i;
/** A line about pay: "Pay is a 60/40 fee split in your favor", "Salary: $60K". */
const PAY_LINE =
  /^(?:the\s+)?(?:pay|salary|compensation|wages?|base\s+pay|hourly\s+rate|pay\s+(?:band|range|rate))\b(?!\s+(?:and\s+benefits\s+)?(?:administration|processing|systems?|equity\s+analysis))/i;
/** "… is a must" closing an item: how much it is asked. */
const A_MUST = /[\s,–—-]*(?:(?:is|are)\s+)?an?\s+(?:absolute\s+)?must[\s.!]*$/i;
/** Credentials named as alternatives, closing in their kind: "CPC or CCS certification". */
const CREDENTIAL_CHOICE =
  /^(?:(?:current|active|valid)\s+)?([A-Z][A-Za-z0-9+-]{1,9}(?:\s*(?:,|\/|\bor\b)\s*(?:or\s+)?[A-Z][A-Za-z0-9+-]{1,9})*\s*(?:,|\/|\bor\b)\s*(?:or\s+)?[A-Z][A-Za-z0-9+-]{1,9})\s+(?:certifications?|certificates?|credentials?|licen[cs]es?|licensure|registrations?)(?:\s+(?:is\s+)?(?:required|preferred))?[.;]?$/;
/** A job board's line of years asked: "HVAC service: 3 years (Required)", "Sales: 1 year (Preferred)". */
const BOARD_YEARS = /^([^:]{2,60}):\s*(\d{1,2})\+?\s*years?\s*\((required|preferred)\)\s*$/i;
/** A skill's experience or knowledge demanded, closing an item: "Hands-on HPLC experience required". */
const SKILL_DEMANDED =
  /^(?:(?:hands[\s-]on|prior|previous|proven|recent|practical|direct|some)\s+)?([^,;:()]{2,40}?)\s+(?:experience|knowledge|skills?|proficiency|expertise)\s+(?:is\s+|are\s+)?(?:(?:strictly|absolutely)\s+)?(?:required|mandatory|essential|a\s+must)[\s.;!]*$/i;
/**
 * A demand said to be one, then a remark after a comma that asks nothing more, a clause of its
 * own: "OSHA 10 card is required, I need the card, not "I took it once", the GCs check it at
 * badging" asks the card. Not a remark that offers another way or asks more: "… is required, or
 * you must earn it within 12 months", "… is required, you'll also need a DOT card"; nor another
 * demand named after the comma, "A valid driver's license is required, clean driving record".
 */
const DEMAND_THEN_REMARK =
  /^(.{3,100}?)\s+(?:is|are)\s+(?:required|mandatory|a\s+must),\s+((?:I|we|you|they|it|this|that)(?:['’](?:m|re|ll|s|ve|d))?\s.+)$/i;
const ASKS_MORE =
  /\b(?:must|required|requires?|mandatory|licen[cs]e[ds]?|certif\w*|or\s+equivalent|also|as\s+well|within\s+\d+|\d+\s*\+?\s*(?:years?|yrs))\b/i;

function withoutRemarkAfterDemand(text: string, kind: RubricItemKind): string {
  if (kind !== 'REQUIREMENT') return text;
  const m = DEMAND_THEN_REMARK.exec(text);
  return m && !ASKS_MORE.test(m[2]!) ? m[1]! : text;
}

/** How much a skill is asked, in a short ad's words after its name: "RPSGT req'd", "Spanish pref'd". */
const SKILL_LEVEL_AFTER = /\s+(?:req['’]?d|reqd|pref['’]?d|required|preferred)\.?$/i;
/** A demand said to be one: "… are a must", "must be able to". */
const STATED_MUST = /\b(?:is|are)\s+a\s+must\b/i;

/** A level written as a tag after an item: "(must)", "(plus)", "(required)", "(preferred)". */
const LEVEL_TAG =
  /\s*\((?:(must(?:-have)?|required|mandatory|essential)|(plus|bonus|nice(?:\s+to\s+have)?|optional|preferred|desired|desirable))\)\s*\.?$/i;
/**
 * A requirement asked as a question: "Do you hold a master's degree…?", "Can you pass a background
 * check?". A question of what the reader likes ("Do you love solving problems?", "Do you enjoy…?")
 * is the ad's hook, not a demand; nor is a request to whoever passes the post on ("can you post
 * this?", "Would you share it with…?").
 */
const QUESTION =
  /^(?:do|can|are|have|will|would)\s+you\s+(?!(?:really\s+|also\s+)?(?:love|enjoy|like|thrive|want|dream|crave|live\s+for|get\s+excited|wish|looking\s+for|ready\s+(?:for|to)|tired\s+of|searching\s+for|seeking|interested\s+in|passionate|curious)\b)(?!(?:please\s+)?(?:(?:post|share|send|forward|pass|circulate|publish|advertise)\s+(?:this|it|the\s+(?:job|role|position|post(?:ing)?|ad|opening|link))\b|(?:post|share|send|forward|pass)\s+(?:(?:it|this)\s+)?(?:along|on)\b|help\s+(?:us\s+)?(?:spread|share|fill|find)\b|mind\s+(?:sharing|posting|passing|forwarding)\b|let\s+(?:me|us)\s+know\b))(?:(?:currently|already)\s+)?(?:(?:have|hold|possess|got)\s+(?:your\s+|a\s+|an\s+|the\s+)?)?(?=\S)/i;
/** A level after a dash: "Medidata Rave — user", "Phlebotomy — independent", "Spanish – conversational". */
/** How much an item is asked, after a dash that closes it: "HVLP - nice to have". */
const DASH_TAG =
  /\s+[-–—]\s+(?:(required|mandatory|a\s+must|must|no\s+exceptions|non[\s-]?negotiable)|(preferred|optional|desired|desirable|nice\s+to\s+have|a\s+plus|bonus)(?:,?\s+(?:but\s+)?not\s+(?:required|a\s+must|mandatory))?)[\s.!]*$/i;
const DASH_LEVEL =
  /^(.{2,60}?)\s+[—–]\s+(?:(?:a\s+)?(?:user|familiar|familiarity|expert|proficient|proficiency|basic|intermediate|advanced|independent|working(?:\s+knowledge)?|fluent|conversational|current(?:\s+certificate)?|beginner|some|strong|solid|exposure)\b[\p{L}\s]{0,30})$/iu;

/** What says the thing after it is not needed: "You don't need a …", "no need for a …". */
const NOT_NEEDED_BEFORE =
  /\b(?:(?:do|does|will)\s+not|don['’]t|doesn['’]t|won['’]t)\s+(?:need|require)\s+(?:an?\s+|your\s+|any\s+)?(?:[\w'-]+\s+){0,2}$|\bno\s+need\s+for\s+(?:an?\s+)?(?:[\w'-]+\s+){0,2}$/i;

/** The answer that opens a reply to a page's question ("Do I need a diploma?" over "Yes, a high school diploma or GED"; "No. You need…"), not "No felony convictions". */
const ANSWER_LEAD =
  /^(?:(?:yes|yep|yup|absolutely|definitely)\b[,.!]?(?:\s*(?:--|[-–—]))?|(?:no|nope)(?:[,.!]|\s+(?:--|[-–—])))\s+(?=\S)/i;
/** A way to reach the sender and nothing more: "cvaughn@ironline-staffing.example", "Office 713-555-0100 | Text 713-555-0199". */
const CONTACT_ONLY =
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:(?:office|text|cell|phone|tel|mobile|fax|direct|call)\b[:.]?\s*)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*[|,/]\s*(?:(?:office|text|cell|phone|tel|mobile|fax|direct|call)\b[:.]?\s*)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})*)[.]?$/i;
/** An answer and nothing more ("Yes.", "No!"): what follows says what is asked. */
const ANSWER_ONLY = /^(?:yes|no|yep|nope|absolutely|definitely)[.!]*$/i;
/**
 * An answer that says no, or hardly, and asks nothing after it: "No, we provide all tools", "Not to
 * start.", "Rarely, maybe twice a year for training in Omaha" (not "No. You need to be authorized…").
 */
const NO_ANSWER =
  /^(?:no|nope|never|rarely|seldom|occasionally|not\s+(?:to\s+start|at\s+first|at\s+all|really|necessarily|required|usually|often))\s*[,.!;:—–-](?![^.]*\b(?:you\s+(?:need|must|will\s+need|have\s+to|should)|must|required)\b)/i;

/**
 * An item read without the marks around it that say how it is asked: a level tag ("(must)",
 * "(plus)"), a question's "Do you have…?", a level after a dash ("— familiar"). The level, if a
 * tag gives one, decides what the item asks.
 */
function plainItem(text: string): { text: string; level: 'required' | 'optional' | null; question: boolean } {
  let t = text.replace(PROVIDED_REMARK, '').replace(ANSWER_LEAD, '');
  let level: 'required' | 'optional' | null = null;
  const tag = LEVEL_TAG.exec(t);
  if (tag) {
    level = tag[1] ? 'required' : 'optional';
    // "(required)" stays: it is the demand's own word; "(plus)" is only how much it is wished for
    if (!tag[1]) t = t.slice(0, tag.index);
  }
  // "airless sprayer (Graco) - required", "HVLP - nice to have": the level closes the item
  const closing = DASH_TAG.exec(t);
  if (closing && !level) {
    level = closing[1] ? 'required' : 'optional';
    t = t.slice(0, closing.index);
  }
  const question = /\?\s*$/.test(t) && QUESTION.test(t);
  if (question) t = t.replace(QUESTION, '').replace(/\s*\?\s*$/, '');
  const dash = DASH_LEVEL.exec(t);
  if (dash) t = dash[1]!;
  return { text: t, level, question };
}

/**
 * A text without its remarks in parentheses of two words or more: "1+ yr barista experience
 * (specialty coffee preferred)" wishes for the specialty, not for the year; "(preferred)" alone
 * stays, as it speaks of the whole item, and so does a remark that says nothing but that
 * ("(nice, not required)", "(a plus, not a must)").
 */
function withoutRemarks(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (whole, inner: string) =>
    inner.trim().split(/\s+/).length >= 2 && !ONLY_OPTIONAL.test(inner) && !OPTIONAL_FIRST.test(inner) ? ' ' : whole,
  );
}
/** A remark that opens by saying the item is a wish: "(a plus, but no, we're not replacing anyone)". */
const OPTIONAL_FIRST =
  /^\s*(?:(?:a|an)\s+)?(?:(?:big|huge|nice)\s+)?(?:plus|bonus|nice[\s-]+to[\s-]+have|preferred|optional|desired|asset)\b/i;
/** A remark that is only a cue of optionality: "nice, not required", "a plus but not a must". */
const ONLY_OPTIONAL = new RegExp(
  String.raw`^\s*(?:(?:${OPTIONAL_CUE.source}|nice|a\s+must|must|but|and|not|though|really|very|definitely|totally|,|;|-|–)\s*)+$`,
  'i',
);

/**
 * A remark after a dash, said to or by the reader ("- you can write a window function in your
 * sleep"), what will be done about the item ("- certificates will be checked"), or what the item
 * is not, naming another thing ("… in a CPA or EA practice - not a retail storefront"; not "- never had a DUI").
 */
const DASH_REMARK =
  /^(?:you|you'?re|you'?ll|we|we'?re|we'?ll|it'?s|this|that|they|so|which|because|i\.e\.|be|just|think|not\s+(?:an?|the|just|only)\b)\b|^(?:[\w'/-]+\s+){1,3}(?:will|can|may)\s+be\s+(?:checked|verified|confirmed|reviewed|provided|discussed|supplied|arranged|covered|reimbursed|paid|given|taught)\b/;
/** A demand said to the reader in so many words: "You'll need to…", "You must…". */
const STRONG_DEMAND = /\b(?:you(?:'ll|’ll|\s+will)?\s+need\s+to|you\s+must)\b/i;
/** A sentence that opens by saying the item before it is not asked: "Not required, but …". */
const LEVEL_LEAD =
  /^(?:(?:this\s+is\s+|it'?s\s+|that'?s\s+)?not\s+(?:required|necessary|mandatory|a\s+must|a\s+requirement)\b)/i;
/**
 * A level closing the text before a dash, leading the item after it: "… can be a tech start up)
 * MUST HAVE - Computer Science Undergrad / BS." in an ad scraped into one line.
 */
const LEVEL_BEFORE_DASH =
  /(?:^|[\s.)])(?:(must[\s-]have|required|mandatory)|(nice[\s-]to[\s-]have|preferred|optional|bonus))$/i;
/** A level said on its own after an item: "Big plus", "A must!", "Nice to have". */
const LEVEL_ONLY =
  /^(?:(?:that'?s|it'?s|this\s+is|this\s+one(?:'?s|\s+is)|is|would\s+be)\s+)?(?:an?\s+)?(?:(absolute\s+must|must|must[\s-]have|required|requirement|mandatory)|(?:(?:big|huge|major|definite|real|great|nice|strong)\s+)?(?:plus|bonus|advantage|asset|nice[\s-]+to[\s-]+have|preferred|desired|optional)|even\s+better)[\s.!]*(?:\([^()]*\)[\s.!]*)?$/i;
/** What the employer provides: "Books and required PPE are provided". */
const PROVIDED =
  /\b(?:(?:are|is|will\s+be)\s+)?(?:provided|supplied|furnished|paid\s+for|reimbursed)(?:\s+by\s+(?:us|the\s+\w+))?[.!]?$/i;
/** A sentence that says what is accepted instead of a demand. */
const ACCEPTED_INSTEAD =
  /\b(?:will\s+(?:also\s+)?be\s+considered|^(?:an?|the)\s+[^.;]{0,80}?\b(?:would|will)\s+also\s+be\s+(?:accepted|acceptable)\b|^(?:new\s+grad(?:uate)?s?|recent\s+grad(?:uate)?s?|entry[\s-]level\s+candidates)\s+(?:are\s+|will\s+be\s+)?(?:also\s+)?considered\b|(?:is|are)\s+(?:also\s+)?(?:acceptable|accepted)\s+(?:for|in\s+(?:lieu|place))\b|(?:is|are)\s+(?:also\s+)?(?:acceptable|accepted)[.!]?$|^[^.;,]{0,60}?\bor\b[^.;,]{0,40}?\b(?:is|are)\s+(?:(?:also|totally|perfectly|just|both)\s+)?(?:fine|ok(?:ay)?)[.!]?$)|^such\s+alternatives\b/i;
/**
 * A question that asks what the reader wants, not what they have: "Do you love…?", "Are you looking
 * for…?"; or a recruiter's invitation to talk: "Would you be open to a 15-minute call this week?".
 */
const HOOK_QUESTION =
  /^(?:would|are)\s+you\s+(?:be\s+)?(?:open|interested|up|available|free)\s+(?:to|for|in)\s+(?:(?:(?:a|an|my|our|some)\s+(?:[\w-]+\s+){0,3}?(?:call|chat|conversation|talk|meeting|interview)(?![\w-])|connect(?:ing)?\b|(?:hear|learn)(?:ing)?\s+more\b)[^?]*\?\s*$)|^(?:are|do)\s+you\s+(?:an?\s+)?[\w\s,-]{0,60}?\b(?:looking\s+for|ready\s+for|seeking)\b[^?]*\?\s*$|^(?:do|are|have|would)\s+you\s+(?:really\s+|also\s+|ever\s+)?(?:love|enjoy|like|want|dream|crave|looking\s+for|ready\s+(?:for|to)|tired\s+of|searching\s+for|seeking|interested\s+in|passionate|curious|thrive)\b[^?]*\?\s*$/i;
/**
 * Who is not wanted, in the ad's voice: "Never pulled a unibody?", "No CDL?", "Not this job.",
 * "This isn't the job for you.", "If you've only ever sprayed solvent, this isn't the spot, sorry".
 * The demand it follows asks it already.
 */
const WHO_NOT =
  /^(?:(?:never|no|don['’]t\s+have|haven['’]t|not)\b[^?]{0,60}\?|not\s+(?:this|the)\s+(?:job|role|position|gig)(?:\s+for\s+you)?|(?:this|it)\s+(?:is\s+not|isn['’]t)\s+(?:the\s+)?(?:job|role|position)\s+for\s+you|keep\s+scrolling|move\s+along)[.!]?$|^if\s+you(?:'ve|\s+have|'re|\s+are)?\b[^.?!]{0,80},\s*(?:then\s+)?(?:this|it)\s+(?:is\s+not|isn['’]t)\s+(?:the\s+|a\s+)?(?:job|role|position|gig|spot|place|shop|fit|one)\b[^.?!]{0,40}[.!]?$/i;
/** A level said with why, after its item: "Not negotiable, our DRP partners audit this.", "No exceptions - it's state law." */
const LEVEL_WITH_WHY =
  /^(?:not\s+negotiable|non[\s-]?negotiable|no\s+exceptions?|this\s+is\s+(?:a\s+)?(?:must|required)|mandatory)\s*[,;:.–—-]\s*(?:our|we|we['’]re|the\s+(?:state|law|client|customer)|it['’]?s|that['’]?s|because|since|as)\b/i;
/**
 * A remark on the demand before it, naming nothing: "One or the other, gotta have it.",
 * "Seriously.", "No excuses."
 */
const REMARK =
  /^(?:(?:one\s+or\s+the\s+other|either\s+one|either\s+(?:is|works)|any\s+of\s+(?:them|those|these))\b[^.!?:]{0,40}|seriously|really|honestly|period|for\s+real|no\s+joke|no\s+excuses|we\s+mean\s+it|(?:that|this)\s+(?:one\s+)?is\s+(?:a\s+)?must)[^\p{L}\p{N}]*$/iu;
/**
 * What the position is not, said after a demand to stress it: "This is not a PMS training
 * position", "This isn't an entry-level role". The demand before asks it already.
 */
const NOT_A_POSITION_OF =
  /^(?:this|it)\s+(?:is\s+not|isn['’]t)\s+an?\s+(?:[\w/-]+\s+){0,4}(?:position|role|job|opening|program(?:me)?)[^\p{L}\p{N}]*$/iu;
/**
 * When a demand before it must be met, said on its own: "required at time of hire, no exceptions",
 * "needed by your start date", "Certification must be held at time of hire", "It must be active on
 * your start date; we cannot hire while a California application is pending". The demand asks it already.
 * (Not one that leads in what it asks after a colon: "Certifications required at time of hire: BLS and ACLS",
 * nor one that asks more beside it: "It must be valid on your start date and include a Hazmat
 * endorsement", "…; we do not hire nurses without BLS and ACLS"; keeping it is no more:
 * "Must be current at time of hire and maintained throughout employment".)
 */
const WHEN_REQUIRED =
  /^(?:(?:(?:the\s+|this\s+|that\s+|your\s+|all\s+|such\s+)?(?:certifications?|certificates?|licen[cs]es?|credentials?|registrations?|cards?)|it|they)\s+)?(?:(?:is\s+|are\s+)?(?:required|needed|mandatory|expected)|must\s+(?:be\s+(?:held|active|current|valid|issued|approved|in\s+hand)|have\s+been\s+issued))\s+(?:at|by|upon|on|before|prior\s+to)\s+(?:the\s+|your\s+)?(?:time\s+of\s+)?(?:hire|hiring|start(?:\s+date)?|day\s+one|first\s+day|application|offer|onboarding)\b(?![^.!?:;]*\b(?:and(?!\s+(?:be\s+|is\s+|are\s+)?(?:maintained|kept|renewed|remains?)\b)|plus|along\s+with|as\s+well\s+as|includ\w*)\b)[^.!?:;]{0,40}(?:;\s*we\s+(?:can(?:not|['’]t)|won['’]t|will\s+not|do\s+not|don['’]t)\s+(?:hire|start|onboard|employ)\b(?![^.!?]*\b(?:without|unless)\b)[^.!?]{0,80})?:?[.!]?$/i;
/**
 * What a post says does not count, or what counting means: "Experience as a physical therapy aide
 * … is not creditable", "K-12 teaching on its own doesn't count toward the four years",
 * "Creditable experience is experience obtained after graduation", "… equivalent to the next lower
 * grade level". The demand it speaks of asks it already.
 */
const NOT_CREDITED =
  /\b(?:is|are)\s+not\s+(?:creditable|qualifying|counted)\b|\b(?:is|are)\s+not\s+the\s+same(?:\s+(?:thing|experience|work))?[.!]?$|\b(?:will|shall|is|are)\s+not\s+be(?:ing)?\s+(?:credited|counted)\b|\b(?:does|do|will)\s+not\s+(?:count|qualify)\b|\b(?:doesn|don|won)['’]?t\s+(?:count|qualify)\b|^(?:creditable|qualifying)\s+experience\s+(?:is|means|includes|consists)\b|^equivalent\s+to\s+(?:at\s+least\s+)?(?:the\s+)?(?:next\s+lower\s+)?(?:grade|gs)\b/i;
/**
 * How one qualification may stand for another, which asks nothing the demands do not: "Any
 * equivalent combination of education and experience which demonstrates …", "Additional
 * qualifying GIS experience may substitute for the required education", "A master's degree … will
 * substitute for one year of the required experience", "… may substitute experience for the missing
 * college training", "… is credited at one-half".
 */
const SUBSTITUTION =
  /^(?:substitutions?\s*:\s*)?(?:any\s+)?(?:equivalent\s+|other\s+)?combination\s+of\s+(?:education|training|experience)\b|\b(?:may|can|will|shall)\s+(?:be\s+)?substitut(?:e|ed)\s+(?:(?!for\b|on\b)[\w-]+\s+){0,3}?(?:for|on)\b|\bsubstitutes\s+for\b|\b(?:is|are)\s+credited\s+at\s+(?:one-?half|half|\d)/i;

/** Whether a segment only says how one qualification may stand for another (see {@link SUBSTITUTION}), asking nothing before it. */
function onlySubstitution(text: string): boolean {
  const m = SUBSTITUTION.exec(text);
  if (!m) return false;
  // ("Journeyman license required, and a master license may substitute for two years" asks the licence)
  const before = text.slice(0, m.index);
  // (a list's commas are no second clause where the list is what substitutes, its last item joined
  // by "or": "Six years of … adjusting, claims examining, or … underwriting will substitute for …";
  // not demands listed before it, "Valid driver's license, CPR certification, experience can substitute")
  // (nor are an aside's, in small letters between two commas: "Additional qualifying experience,
  // on a year-for-year basis, may substitute …", "Experience in accounting, including two years in
  // audit, may substitute …")
  const bare = before.replace(/,\s+\p{Ll}[^,;]*,/gu, ' ');
  const list = /,\s+(?:[^,;]*\s)?(?:or|and\/or)\s+[^,;]*$/i.test(bare);
  return (
    !(list ? /;|\s[—–-]\s/ : /[,;]|\s[—–-]\s/).test(bare) && !/\b(?:required|must|needed|mandatory)\b/i.test(before)
  );
}
/** A step of applying, not a demand on the applicant: "Applicants must complete the online application and supplemental questions". */
const APPLY_STEP =
  /^(?:(?:all\s+)?(?:applicants|candidates)\s+(?:must|should|are\s+required\s+to)\s+|you\s+must\s+|please\s+)?(?:complete|submit|fill\s+out|fill\s+in)\s+(?:the|an?|our|your)\s+(?:online\s+|county\s+|city\s+|state\s+)?application(?:\s+form)?\b(?!\s+(?:of|for)\b)/i;
/** What to bring to an examination or an interview: "Candidates must bring photo identification and their original license to the test site". */
const EXAM_DAY =
  /^(?:(?:candidates|applicants|you)\s+(?:must|should|will\s+need\s+to)\s+(?:also\s+)?)?(?:please\s+)?bring\s+[^.;]{0,80}?\b(?:identification|id|licen[cs]es?|certificates?|documents?|diplomas?|transcripts?|cards?|copies)\b[^.;]{0,80}?\bto\s+(?:the|your)\s+(?:test|exam(?:ination)?|interview)(?:\s+(?:site|center|centre|room|location))?\b/i;
/** A sentence that says the demands follow: "Here is what you need to have or don't bother applying". */
const DEMANDS_FOLLOW =
  /^(?:here(?:['’]s|\s+is|\s+are)|this\s+is|these\s+are)\s+(?:what|the\s+(?:things|requirements|must[\s-]haves))\b[^.!?]{0,100}[.!:]?$/i;
/** What the employer will do for or to the hire: "we will test you in the shop", "we'll train you". */
const EMPLOYER_WILL =
  /^(?:(?:even\s+)?if\b[^.;,]{0,80}?\s+)?we(?:['’]ll|\s+will|\s+do)\s+(?:test|train|teach|pay\s+for|provide|cover|reimburse|verify|supply|sponsor)\b/i;
/** A remark in brackets on the demand before it, in the ad's voice: "(Sorry, we can't wait on this one, you'll be spraying week 1)". */
const PAREN_REMARK =
  /^\(\s*(?:sorry|note|n\.?b\.?|we|we['’](?:re|ll|d)|you|you['’](?:re|ll|d)|this|that|it['’]s|i\.e\.|e\.g\.|seriously|honestly)\b[^()]*\)[.!]?$/i;
/** What a job board's field of experience or level holds when it names no skill: "Minimum Experience: Experienced", "Seniority: Mid-Senior level". */
const LEVEL_VALUE =
  /^(?:experienced|entry[\s-]*level|mid[\s-]*(?:senior[\s-]*)?level|senior(?:\s+level)?|junior|associate|executive|director|internship|not\s+(?:specified|applicable)|none|n\/a|any|no\s+experience(?:\s+(?:required|needed|necessary))?)[.!]?$/i;
/** A job board's field of experience or level: "Minimum Experience", "Experience Level", "Seniority level". */
const LEVEL_FIELD = /\b(?:experience|level|seniority)\b/i;
/** A job board's question to applicants: "Ability to commute/relocate: …", "Willingness to travel: 25% (Preferred)". */
const BOARD_QUESTION =
  /^(?:ability\s+to\s+(?:commute|relocate)(?:\s*\/\s*relocate)?|willingness\s+to\s+travel|shift\s+availability)\s*:/i;
/** Pay in lakhs, as Indian posts state it: "28 LPA + ESOPs", "12-18 Lakhs CTC". */
const INDIAN_PAY = /^(?:up\s+to\s+)?[₹\d][\d.,\s–-]*(?:to\s+\d[\d.]*\s*)?(?:lpa|lakhs?|lacs?|l\.?p\.?a\.?|crores?)\b/i;

/** A list of what the team works with: "Tools we use:", "Our stack:", "Software we use:". */
const TOOLS_WE_USE =
  /^(?:(?:the\s+)?(?:tools|software|systems|platforms|apps|tech(?:nology)?(?:\s+stack)?|stack)\s+(?:we|our\s+team|you'?ll)\s+(?:use|work\s+with|run)|our\s+(?:tech(?:nology)?\s+)?(?:stack|tools|toolkit))\s*:/i;
/** An employer saying whom it wants: "We are looking for…", "seeking", "hiring". */
const SEEKING = /\b(?:looking\s+for|seeking|hiring)\b/i;

/** What a segment asks, by rule 2: required, optional, or nothing. */
function askOf(seg: JobSegment, before: 'required' | 'optional' | null = null): 'required' | 'optional' | null {
  if (
    LEGAL_SENTENCE.test(seg.text) ||
    (APPLYING.test(seg.text) && !QUALIFICATION_OPENING.test(seg.text)) ||
    MONEY.test(seg.text) ||
    RATE_LINE.test(seg.text) ||
    // (a PDF's line breaks mended: "do not meet this require-\n ment")
    NOT_ASKED.test(pasted(seg.text).replace(/\s+/g, ' ')) ||
    PAY_LINE.test(seg.text)
  )
    return null;
  if ((EMPLOYER_VOICE.test(seg.text) || PAY_AND_BENEFITS.test(seg.text)) && !ASKS_OF_CANDIDATE.test(seg.text)) {
    return null;
  }
  // in the employer's voice, "you" alone is told what it gets: "Our finance team is small enough
  // that your work is visible to the CFO and big enough that you will have a real mentor"
  if (EMPLOYER_VOICE.test(seg.text) && !ASKS_OF_CANDIDATE.test(seg.text.replace(/\b(?:you|your)\b/gi, ' '))) {
    return null;
  }
  if (seg.heading) return null;
  // what else is accepted widens the demands, it asks nothing: "Candidates on an approved
  // alternative licensure pathway will be considered", "Such alternatives to the above
  // qualifications as the Board may find appropriate and acceptable"
  if (ACCEPTED_INSTEAD.test(seg.text) && !/\b(?:must|required)\b/i.test(seg.text)) return null;
  if (PROVIDED.test(seg.text) && !/\bmust\b/i.test(seg.text)) return null;
  // "The Department provides Entry-Level Driver Training": what the employer gives
  if (
    /^(?:the\s+)?(?:department|company|employer|district|agency|city|county|state|we)(?:'ll|\s+will)?\s+(?:also\s+)?(?:provides?|offers?|pays?\s+for|covers?|reimburses?|sponsors?|train)\b/i.test(
      seg.text,
    )
  )
    return null;
  // a salary schedule's line: "Master's Step 1, $55,900"
  if (/[$£€]\s?\d{1,3}(?:,\d{3})+/.test(seg.text) && !/\b(?:must|required|experience)\b/i.test(seg.text)) return null;
  // "We don't require a computer science degree"
  if (/\b(?:do(?:es)?\s*n[o'’]t|never)\s+require\b/i.test(seg.text)) return null;
  // "Tools we use: Figma, Maze, Dovetail": what the team works with is good to know, not a gate
  if (TOOLS_WE_USE.test(seg.text)) return 'optional';
  // a duty may still state a hard demand ("Must be able to lift 50 lbs"), and the company's text
  // one said to the candidate ("You must be legally able to work in Portugal")
  // and so may the sentence that opens the job's description: "We are looking for a Senior Java
  // Developer with 6-8 years of experience to join our team"
  // …and so does a sentence said to the candidate in a post written as prose: "The ideal
  // candidate will have 1-3 years…", "You should be comfortable…", "Experience with Canva is a plus"
  if (
    seg.section === 'duties' &&
    // ("required annual competencies" names a duty's things, "is required" a demand)
    !/\bmust\b|(?<!\b(?:all|any|the|other|no\s+[\w-]+)\s+)\brequired\b(?!\s+(?:annual|training|documentation|documents?|reports?|competenc\w*|in-?service\w*|meetings?|forms?|paperwork|records?|inspections?|certifications?|permits?|approvals?|signatures?|courses?|classes|tasks?|duties|fields?|information|data|materials|equipment|ppe|safety|tools|logs?)\b)/i.test(
      seg.text,
    ) &&
    !(SEEKING.test(seg.text) && yearsIn(seg.text) !== null) &&
    !CANDIDATE_CUE.test(seg.text) &&
    !EXPECTED_OF_CANDIDATE.test(seg.text) &&
    !(QUALIFICATION_OPENING.test(seg.text) && OPTIONAL_CUE.test(seg.text))
  )
    return null;
  if (seg.section === 'about' && !CONDITION.test(seg.text)) return null;
  if (OPTIONAL_CUE.test(withoutRemarks(seg.text))) return 'optional';
  // a condition stated outright stands in any section: "…so a car and a license are a must",
  // "finalists must complete a background check" under "Extra credit"
  if (STATED_MUST.test(seg.text) || CONDITION.test(seg.text)) return 'required';
  // a demand said in so many words stands in a section of wishes too: "You'll need to be fluent in
  // French and English" under Welcome to the Jungle's "Preferred experience"
  if (seg.section === 'optional' && STRONG_DEMAND.test(seg.text)) return 'required';
  if (seg.section === 'optional') return 'optional';
  if (seg.section === 'required') return 'required';
  if (
    REQUIRED_CUE.test(seg.text) ||
    QUALIFICATION_OPENING.test(seg.text) ||
    CONDITION.test(seg.text) ||
    EXPECTED_OF_CANDIDATE.test(seg.text)
  )
    return 'required';
  // a clause after a semicolon goes on from its sentence's start: "You need a Class A CDL; a clean
  // MVR; …" asks for each
  return seg.clause ? before : null;
}

/**
 * How a qualification opens, where no heading says what a line is ("→ Several years of grant
 * writing experience", "→ Able to build project budgets" in a post without sections): the
 * candidate's years, abilities, knowledge, degree or credential, never a duty's verb.
 */
/**
 * A sentence that says what is expected of the candidate's knowledge, closing on it: "Advanced
 * proficiency in Microsoft Word, Excel and Adobe Acrobat Pro is expected", "so a working
 * familiarity with CM/ECF is important" (where "Safety is important to us" asks nothing).
 */
const EXPECTED_OF_CANDIDATE =
  /\b(?:proficiency|proficient|familiarity|knowledge|experience|fluency|understanding|skills?|abilit(?:y|ies)|expertise|command)\b[^.;!?]*\b(?:is|are)\s+(?:(?:also|absolutely|highly|very)\s+)?(?:expected|essential|necessary|needed|important|critical|vital|a\s+requirement)(?:[\s.!]*$|,\s+as\s+(?:is|are)\b)/i;
/** A sentence that says what the candidate has or is: "The ideal candidate will have…". */
const CANDIDATE_CUE =
  /\b(?:(?:ideal|successful|right|qualified)\s+(?:candidate|applicant|person)s?\s+(?:will|should|must|has|have|is|are|brings?|possess(?:es)?)|candidates?\s+(?:must|should|will\s+need)|you\s+(?:should|must)\s+(?:have|be|hold|possess|bring)|you(?:'ll|\s+will)\s+need\s+(?:to\s+(?:have|be|hold)|an?)\b)/i;
const QUALIFICATION_OPENING =
  /^(?:(?:at\s+least\s+|minimum\s+(?:of\s+)?)?(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\(\d{1,2}\)\s+)?(?:or\s+more\s+)?(?:years?|yrs)\b|(?:able|ability)\s+to\b|(?:familiar(?:ity)?|experience|experienced|comfortable|proficien(?:cy|t)|expertise)\s+(?:with|in|using)\b|(?:working\s+|strong\s+|solid\s+)?knowledge\s+of\b|(?:strong|good|solid|excellent|sound|proven|deep|extensive)\s+(?:[\w-]+\s+){0,3}(?:experience|knowledge|understanding|proficiency|expertise)\s+(?:with|in|of|using)\b|(?:an?\s+)?(?:bachelor|master|associate|doctorate|phd|high\s+school|ged)\b|(?:fluent|fluency|bilingual|valid|current|certified|licensed)\b)/i;

/**
 * Skills of the vocabulary that name a whole field or a general quality ("Accounting", "Nursing",
 * "Communication", "Training"): in a sentence they say what the job is, not an item to check, so
 * they become items only when a short segment names them ("Excellent communication skills").
 */
const BROAD_SKILLS = new Set([
  'Accounting',
  'Communication',
  'Compliance',
  'Customer Service',
  'Electrical Work',
  'Human Resources',
  'Leadership',
  'Marketing',
  'Nursing',
  'Operations Management',
  'Problem Solving',
  'Project Management',
  'Recruiting',
  'Research',
  'Sales',
  'Supply Chain Management',
  'Teaching',
  'Teamwork',
  'Time Management',
  'Training',
  'Warehouse Operations',
]);
/** What comes before "training" when the training is in something named before it. */
const TRAINING_IN =
  /[A-Za-z0-9]\s+$(?<!\b(?:and|or|in|of|with|to|for|on|at|including|the|a|an|staff|employee|employees)\s+)/i;
/** Words a segment may have for a broad skill in it to be an item. */
const BROAD_SEGMENT_WORDS = 6;

/** Skills the vocabulary knows in a segment, with offsets (broad ones only in short segments). */
function vocabularySkills(
  text: string,
  matches = findSkills(text),
): { skill: string; index: number; length: number }[] {
  const short = wordCount(text) <= BROAD_SEGMENT_WORDS;
  return (
    matches
      .filter((m) => short || !BROAD_SKILLS.has(m.skill))
      // "NFPA 70E arc flash training", "OSHA training": how a thing is learnt, not the skill of training
      .filter((m) => m.skill !== 'Training' || !TRAINING_IN.test(text.slice(0, m.index)))
      // "Pharmacy-Based Immunization Delivery": a skill's name made an adjective names another thing
      .filter(
        (m) =>
          !/^-(?:based|related|focused|oriented|driven|specific|facing|certified)\b/i.test(
            text.slice(m.index + m.match.length),
          ),
      )
      .map((m) => ({ skill: m.skill, index: m.index, length: m.match.length }))
  );
}

/** How well a thing is known, after it: "inside and out", "backwards and forwards", "like the back of your hand". */
const HOW_WELL =
  /\s+(?:inside\s+(?:and\s+)?out|backwards?\s+and\s+forwards?|like\s+the\s+back\s+of\s+(?:your|my)\s+hand)\b/gi;

/**
 * Items of a list introduced by "experience with", "knowledge of"…: "Experience with Revit,
 * Navisworks and BIM 360" gives Revit, Navisworks, BIM 360. Each item is a short phrase that
 * does not open like prose ("a fast-paced environment", "working in teams").
 */
function listedSkills(text: string): { skill: string; index: number; length: number }[] {
  const out: { skill: string; index: number; length: number }[] = [];
  // an aside in a parenthesis says more of the item before it, and does not end the list:
  // "medication names (brand and generic), abbreviations and pharmacy math"
  // how well it is known is no item: "know single-ply inside and out"
  const masked = text
    .replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length))
    .replace(HOW_WELL, (m) => ' '.repeat(m.length));
  for (const intro of masked.matchAll(new RegExp(LIST_INTRO.source, 'gi'))) {
    // "knowledge of the principles of coagulation, flocculation…": the list is after the principles
    const lead = LIST_LEAD.exec(masked.slice(intro.index + intro[0].length));
    const from = intro.index + intro[0].length + (lead ? lead[0].length : 0);
    const rest = masked.slice(from);
    // "working with patients experiencing homelessness, poverty and addiction": people, not skills
    if (
      /^(?:[\w-]+\s+){0,2}?(?:children|kids|pupils|students|patients|adults|families|youth|seniors|elderly|infants|toddlers|teenagers|adolescents|residents|learners|clients|individuals|people|veterans|survivors)\b/i.test(
        rest,
      )
    )
      continue;
    const stop = LIST_END.exec(rest);
    const list = stop ? rest.slice(0, stop.index) : rest;
    const parts = kindAfterNames(listParts(list));
    const gerund = /ing\s+$/i.test(intro[0]);
    for (const [k, part] of parts.entries()) {
      // "…or another problem-based curriculum": the kind of thing asked for
      let item = part.text
        .trim()
        .replace(/\s+/g, ' ')
        .replace(ANOTHER, '')
        // "flexible endoscopes preferred": the level is no part of the name
        .replace(/\s+(?:is\s+|are\s+)?(?:required|preferred|desired|a\s+plus|helpful|a\s+must)$/i, '')
        // "Vagaro booking helps too": nor is how much it helps
        .replace(/\s+(?:helps?|would\s+help)(?:\s+(?:too|as\s+well|a\s+lot))?[.!]?$/i, '')
        // "the Safe Drinking Water Act": a name after the article; "especially E-11": the one stressed
        .replace(/^(?:the|especially|particularly|notably)\s+(?=\p{Lu})/u, '')
        // "both Waterfall and Agile": the count is no part of the name
        .replace(/^(?:both|either)\s+/i, '')
        // "experience selling to HR or Finance buyers": whom the work is for, after its verb
        .replace(/^(?:to|for|into)\s+(?:the\s+)?/i, '')
        // "use hand and power tools safely": how it is done, no part of the name
        .replace(MANNER, '');
      // "experience documenting in WebPT": the name of a product the work was done in, after its
      // verb (not a place or a day: "experience working in California", "… on Saturdays")
      if (gerund) item = item.replace(/^(?:in|on|with|using|through)\s+(?=[A-Z]{2,}|[A-Za-z]*[a-z][A-Z]|\S*\d)/, '');
      // "read drawings and understand basic manufacturing processes": the second ability's verb
      // is no part of what it names
      if (k > 0 && /^\s+and\s+$/.test(parts[k - 1]!.sep)) item = item.replace(SECOND_VERB, '');
      if (!item || wordCount(item) > MAX_SKILL_WORDS || GENERIC.test(item)) continue;
      // the employer's voice after the list is no part of it: "…and SOAP notes, I'd love to hear about it"
      if (/^(?:i|we)(?:['’]d|['’]ll|\s+would|\s+will)\b/i.test(item)) continue;
      // whom one works with is no skill: "working with remote customers and team members"; nor is
      // a check one passes: "Current Working with Children Check"
      if (PEOPLE.test(item) || /\bchecks?$/i.test(item)) continue;
      // nor is when one works: "comfortable with night shifts"
      if (/\b(?:shifts?|nights|weekends|holidays|overtime|hours|schedules?)$/i.test(item)) continue;
      // "The Creative Curriculum" is a name; "the ability" is not
      if (NOT_SKILL_HEAD.test(item) && !/^The\s+[A-Z]/.test(item)) continue;
      if (!/[A-Za-z]{2}/.test(item)) continue;
      const lead = part.text.indexOf(item.split(' ')[0]!);
      out.push({
        skill: normalizeSkill(item) ?? item,
        index: from + part.index + lead,
        length: part.length ?? item.length,
      });
    }
  }
  return out;
}

/** The standing of a licence or credential, as posts offer them in a parenthesis. */
const STANDING =
  /^(?:preliminary|clear|provisional|initial|permanent|temporary|full|restricted|unrestricted|active|current|professional|standard|emergency|intern|probationary|conditional)$/i;

/** A verb opening the second of two abilities: "… and use precision measuring tools". */
const SECOND_VERB =
  /^(?:use|understand|operate|read|interpret|apply|maintain|troubleshoot|repair|install|program|write|prepare)\s+(?=[a-z]\w*(?:\s+\w+)+$)/;

/** A kind of product that closes a list of names: "Cornerstone or AVImark practice management software". */
const KIND_AFTER_NAME = new RegExp(
  String.raw`^([A-Z][\w.+&-]*(?:\s+[A-Z0-9][\w.+&-]*)?)\s+((?:[a-z][\w-]*\s+){1,3}(?:software|systems?|platforms?|tools?|suites?|applications?|databases?|packages?|programs?|solutions?|instruments?|analy[sz]ers?|equipment|consoles?))$`,
);

/**
 * Alternatives named before the kind of thing they are: in "Cornerstone or AVImark practice
 * management software" the last item is a name and the kind both are of ("Epic or Cerner EHR"
 * where the vocabulary knows the names): the kind is read as an item of its own after the name,
 * so that the names are offered and the kind asked.
 */
function kindAfterNames<T extends { text: string; index: number; sep?: string }>(parts: T[]): T[] {
  const last = parts[parts.length - 1];
  if (!last || parts.length < 2) return parts;
  const names = parts.slice(0, -1);
  if (!names.every((p) => /^[A-Z0-9][\w.+&-]*(?:\s+[A-Z0-9][\w.+&-]*){0,2}$/.test(p.text.trim()))) return parts;
  if (!names.some((p) => /\bor\b|\//.test(p.sep ?? ''))) return parts;
  const lead = last.text.length - last.text.trimStart().length;
  const m = KIND_AFTER_NAME.exec(last.text.trim());
  if (!m) return parts;
  const kindAt = last.text.indexOf(m[2]!, lead + m[1]!.length);
  return [
    ...names,
    { ...last, text: m[1]!, index: last.index + lead },
    { ...last, text: m[2]!, index: last.index + kindAt },
  ];
}

/** How a thing is done, closing a list: "…hand and power tools safely". */
const MANNER =
  /\s+(?:safely|properly|correctly|effectively|efficiently|accurately|independently|proficiently|confidently|competently|regularly)$/i;

/** People one works with or for, closing a phrase. */
const PEOPLE =
  /\b(?:customers?|clients?|team\s+members?|members|stakeholders|people|colleagues|co-?workers|patients|families|students|children|kids|staff|vendors|partners|users|teams|leaders|executives|beginners|adults|seniors|youth|public)$/i;

/**
 * People a demand is about, anywhere in it: "Experience of working with children aged 5-7 in a
 * school" asks for a kind of work with people, which no skill's name says.
 */
const PEOPLE_IN =
  /\b(?:children|kids|pupils|students|patients|adults|families|youth|seniors|elderly|infants|toddlers|teenagers|adolescents|residents|learners)\b/i;

/** The items of a list, split at commas, "and", "or", slashes and ampersands, with their offsets. */
function listParts(list: string): { text: string; index: number; sep: string; length?: number }[] {
  // the "and" of a law's or a code's name joins no two items: "the Arizona Residential Landlord
  // and Tenant Act" (masked to the same length, so offsets hold)
  // …and so is the "or" of a count: "teams of 20 or more associates"
  const masked = list
    .replace(NAME_WITH_AND, (name) => name.replace(/\band\b|&/g, (w) => '\u0001'.repeat(w.length)))
    // (an ampersand between letters joins a name's: "P&C", "R&D", "AT&T")
    .replace(/\b[A-Z]{1,3}&[A-Z]{1,3}\b/g, (name) => name.replace('&', '\u0001'))
    .replace(COUNT_OR_MORE, (count) => count.replace(/\bor\b/g, '\u0001\u0001'));
  // (nor does a figure's comma: "at least 400,000 square feet")
  // (nor does the slash of "w/" and "w/o": "clean copes w/o somebody looking")
  // (a joint's spaces are read from the first of a run only: a long run of spaces must not be
  // scanned from each of its places)
  const pieces = masked.split(
    /((?<!\d),\s*|,(?!\d{3}\b)\s*|(?<!\s)\s+and\/or\s+|(?<!\s)\s+and\s+|(?<!\s)\s+or\s+|(?<!\b[wW])(?<!\s)\s*\/\s*|(?<!\s)\s*&\s*)/,
  );
  // `length`: of the words in the list, where the text names more than they (a shared noun added)
  const parts: { text: string; index: number; sep: string; length?: number }[] = [];
  let at = 0;
  for (let i = 0; i < pieces.length; i += 2) {
    const text = list.slice(at, at + pieces[i]!.length);
    if (text.trim()) parts.push({ text, index: at, sep: pieces[i + 1] ?? '' });
    at += pieces[i]!.length + (pieces[i + 1]?.length ?? 0);
  }
  // a modifier that shares the next item's noun names that thing too: "hand and power tools" lists
  // hand tools, "mechanical, hydraulic and pneumatic systems" three kinds of systems
  for (let i = parts.length - 2; i >= 0; i--) {
    const next = parts[i + 1]!.text.trim().split(/\s+/);
    const word = parts[i]!.text.trim();
    const shared = `${word} ${next.slice(1).join(' ')}`;
    // …as does a word that names a known skill with it: "performance or load testing"
    if (next.length < 2 || normalizeSkill(word) || !(MODIFIER.test(word) || normalizeSkill(shared))) continue;
    // joined by "and", "or" or a comma, to an item that opens in lower case, not with a name
    if (!/^(?:,\s*|\s+(?:and|or|and\/or)\s+)$/.test(parts[i]!.sep) || !/^[a-z]/.test(next[0]!)) continue;
    parts[i] = { ...parts[i]!, text: shared, length: word.length };
  }
  return parts;
}

/** The name of a law, a code or a standard with "and" in it: "Residential Landlord and Tenant Act", "Health and Safety at Work Act". */
const NAME_WITH_AND =
  /\b[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|of|at|for|the|on)\s+){0,5}(?:and|&)\s+(?:(?:[A-Z][\w'’-]*|of|at|for|the|on)\s+){0,4}(?:Act|Law|Code|Rules?|Regulations?|Standards?|Guidelines|Principles)\b/g;

/** A count with its bound: "20 or more", "five or fewer". */
const COUNT_OR_MORE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\+?\s+or\s+(?:more|fewer|less|higher|above|greater|over)\b/gi;

/** A word that modifies a noun: an adjective by its ending ("mechanical", "hydraulic"), or one of a few nouns used so ("hand", "power"). */
const MODIFIER =
  /^(?:[A-Za-z][a-z]+(?:al|ic|ary|ive|ous)|hand|power|food|light|heavy|hot|cold|written|spoken|state|property|life)$/;

/** A parenthesis and the words that open a list of examples in it: "(e.g., Beckman Coulter, Sysmex)". */
const PARENTHESIS =
  /\(\s*((?:e\.g\.|eg|such\s+as|like|for\s+example|ex\.|we\s+use|we(?:'re|’re|\s+are)\s+using|we\s+work\s+(?:in|with)|our\s+stack(?:\s+is)?|currently)[,:]?\s*)?([^()]{2,120})\)/gi;
/** What an item is said to include, closing it: "…, including sectioning and panel replacement." */
const INCLUDING = /,?\s+including\s+([^.;:()]+?)([.;]?\s*)$/i;
/** Words that open examples without a parenthesis: "such as", "e.g.", "like". */
const EXAMPLE_LEAD = String.raw`such\s+as|e\.g\.,?|for\s+example,?|like`;
/** Examples that end an item: "… such as Cardinal Health Order Express, McKesson Connect or Cencora ABC Order." */
const EXAMPLES_TAIL = new RegExp(
  String.raw`\b((?:${EXAMPLE_LEAD})(?:\s+(?:those|ones)\s+(?:(?:made|built|sold|supplied|offered)\s+by|from))?)\s+((?:[^().;:]|\.(?=\w)){2,120}?)((?:\s*\([^()]*\))?[.;]?\s*)$`,
  'gi',
);
/** The words that open examples at the end of an item. */
const EXAMPLE_LEAD_AT_END = new RegExp(String.raw`[\s(,:]*(?:(?:${EXAMPLE_LEAD}|including)(?:\s+the)?)?[\s(,:]*$`, 'i');
/** How a name's level may follow it in a list of examples: "(PointClickCare preferred, MatrixCare accepted)". */
const NAME_LEVEL = /\s+(?:preferred|accepted|a\s+plus)$/i;
/** Names a parenthesis may list. */
const MAX_PARENTHESIS_NAMES = 6;

/**
 * Names listed in a parenthesis as examples ("e.g.", "such as", or what the team uses: "(we use Jest
 * and Playwright)") or alternatives ("or") of what the segment asks: "ELD logs (Samsara or Motive)", "CI/CD for mobile (Fastlane, Xcode Cloud or
 * Bitrise)". Each is a name:
 * written with a capital first, at most {@link MAX_PART_WORDS} words; a parenthesis with anything
 * else in it ("(async/await, actors)", "(29 CFR 1910 and 1926)") gives none.
 */
function parenthesisNames(text: string): { skill: string; index: number; length: number }[] {
  const out: { skill: string; index: number; length: number }[] = [];
  const lists = [
    // where the parenthesis's text starts (a tail cut off above leaves its start where it was)
    ...[...text.matchAll(PARENTHESIS)].map((m) => ({
      lead: m[1],
      text: m[2]!,
      from: m.index + m[0].length - 1 - m[2]!.length,
    })),
    // the same examples at the end of an item, without a parenthesis: "a wholesaler ordering
    // platform such as Cardinal Health Order Express, McKesson Connect or Cencora ABC Order"
    ...[...text.matchAll(EXAMPLES_TAIL)].map((m) => ({
      lead: m[1],
      text: m[2]!,
      from: m.index + m[0].length - m[2]!.length - m[3]!.length,
    })),
  ];
  for (const m of lists) {
    // "(Intune, Jamf Pro, Kandji or similar)": the names are examples of the kind asked
    const inner = m.text.replace(
      /\s*,?\s*(?:(?:or|and\/or)\s+(?:(?:something|anything|an?)\s+)?(?:similar|equivalent|comparable|other|the\s+like)|etc\.?)\s*$/i,
      '',
    );
    // examples ("e.g.") or alternatives ("or"); "(FLSA, FMLA and ADA)" may be what the job covers
    // …or a level for each ("(PointClickCare preferred, MatrixCare accepted)")
    const levelled = m.text.split(',').some((part) => NAME_LEVEL.test(part.trim()));
    if (!m.lead && !/\bor\b/.test(m.text) && !levelled) continue;
    const from = m.from;
    const parts: { skill: string; index: number; length: number }[] = [];
    let at = 0;
    // a slash parts two names ("Samsara/Motive"), not a name's own ("QS/1")
    for (const sep of [
      ...inner.matchAll(
        /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and\/or|and|or)\s+|\s+\/\s+|(?<=[A-Za-z0-9]{2})\/(?=[A-Za-z])/g,
      ),
      null,
    ]) {
      const end = sep ? sep.index : inner.length;
      const raw = inner.slice(at, end);
      const name = raw
        .trim()
        .replace(NAME_LEVEL, '')
        .replace(/^the\s+(?=[A-Z])/, '');
      parts.push({ skill: name, index: from + at + raw.indexOf(name), length: name.length });
      if (sep) at = sep.index + sep[0].length;
    }
    // a name of one or two letters is a name when the vocabulary knows it ("C", "C++", "R",
    // "UX"), not an edition of the product before it ("FactoryTalk View (SE or ME)")
    // a last alternative that is no name ("OBS, vMix or a hardware switcher") leaves the names
    if (parts.length > 2 && /^(?:an?|another|any|other)\s/i.test(parts[parts.length - 1]!.skill)) parts.pop();
    // the standings of a credential are no names: "Teaching Credential (Preliminary or Clear)"
    if (parts.every((p) => STANDING.test(p.skill))) continue;
    const names = (p: { skill: string }) =>
      /^(?:[A-Z]|[a-z]+[A-Z])/.test(p.skill) &&
      (/[A-Za-z]{3}|[A-Za-z].*\d|\d.*[A-Za-z]|[A-Za-z]{2}.*\s/.test(p.skill) || normalizeSkill(p.skill) !== null) &&
      wordCount(p.skill) <= MAX_PART_WORDS &&
      !NOT_SKILL_HEAD.test(p.skill) &&
      !GENERIC.test(p.skill);
    if (parts.length >= 2 && parts.length <= MAX_PARENTHESIS_NAMES && parts.every(names)) out.push(...parts);
  }
  return out;
}

/** What separates the names of a list: "MEDDICC, Challenger or Command of the Message". */
const LIST_SEPARATOR = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and\/or|and|or)\s+/g;

/**
 * Names listed beside a skill the vocabulary knows, which it does not: in "a sales methodology
 * such as MEDDICC, Challenger or Command of the Message" Challenger is one of the same kind, as
 * NGSS is in "Training in Guided Reading, Eureka Math or NGSS". A neighbour counts when it is a
 * name: short, written with a capital or a digit first, not a phrase of prose; names that follow
 * one another chain from the known one.
 */
function siblingNames(
  text: string,
  found: readonly { index: number; length: number }[],
): { skill: string; index: number; length: number }[] {
  if (found.length === 0) return [];
  const parts: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(LIST_SEPARATOR)) {
    parts.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  parts.push({ start: at, end: text.length });
  if (parts.length < 2) return [];
  // where the found skills stand, once: a long list must not cost parts × skills
  const inSkill = new Uint8Array(text.length + 1);
  const starts = new Set<number>();
  const ends = new Map<number, number>();
  for (const f of found) {
    inSkill.fill(1, f.index, f.index + f.length);
    starts.add(f.index);
    ends.set(f.index + f.length, Math.max(ends.get(f.index + f.length) ?? f.index, f.index));
  }
  const covered = (p: { start: number; end: number }) => inSkill.subarray(p.start, p.end).includes(1);
  // a known skill that ends its part anchors what follows; one that begins it, what precedes
  const endsWithSkill = (p: { start: number; end: number }) =>
    [p.end, p.end - 1].some((e) => (ends.get(e) ?? -1) >= p.start);
  const startsWithSkill = (p: { start: number; end: number }) => starts.has(p.start);
  const name = (p: { start: number; end: number }) => {
    const raw = text.slice(p.start, p.end);
    // a remark after the name is not part of it: "Gainsight (or ChurnZero)"
    const t = raw
      .replace(/\s*\([^()]*\)[\s.;:!]*$/, '')
      .replace(PHRASE_TAIL, '')
      .replace(PHRASE_TRAILER, '')
      .replace(/[\s.;:!]+$/, '');
    if (!t || covered(p) || /[()]/.test(t)) return null;
    if (!/^[A-Z0-9]/.test(t) || !/[A-Za-z]{2}/.test(t) || wordCount(t) > MAX_PART_WORDS) return null;
    // a lead-in is no name: "Bilingual in English", "Training with Ansys"
    if (NOT_SKILL_HEAD.test(t) || GENERIC.test(t) || /\s(?:in|with|for|to|on|at|using|by)\s/.test(t)) return null;
    return { skill: t, index: p.start, length: t.length };
  };
  const out: { skill: string; index: number; length: number }[] = [];
  const taken = new Set<number>();
  const walk = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < parts.length; i += step) {
      const n = name(parts[i]!);
      if (!n) return;
      // a word before a known skill that names one with its noun: "Performance or load testing"
      const next =
        step < 0
          ? text
              .slice(parts[i + 1]!.start, parts[i + 1]!.end)
              .trim()
              .split(/\s+/)
          : [];
      const shared = next.length >= 2 && !/\s/.test(n.skill) && normalizeSkill(`${n.skill} ${next.slice(1).join(' ')}`);
      if (shared) n.skill = shared;
      if (!taken.has(i)) out.push(n);
      taken.add(i);
    }
  };
  parts.forEach((p, i) => {
    if (endsWithSkill(p)) walk(i, 1);
    if (startsWithSkill(p)) walk(i, -1);
  });
  return out.sort((a, b) => a.index - b.index);
}

/** A kind's last word that names a place, a standing or work, not a thing held (see {@link kindAfterSimilar}). */
const NOT_A_KIND_OF_THING =
  /\b(?:environments?|settings?|roles?|positions?|jobs?|industr(?:y|ies)|fields?|compan(?:y|ies)|firms?|business(?:es)?|organi[sz]ations?|employers?|retailers?|stores?|facilit(?:y|ies)|experience|background|work|duties|tasks|capacit(?:y|ies)|professions?|disciplines?|degrees?|areas?|teams?|departments?)$/i;

/**
 * A kind asked after a name and "or similar": "ServiceNow or a similar ITSM ticketing tool",
 * "Vantaca (our platform) or comparable association software (CINC, AppFolio, TOPS)".
 */
const OR_SIMILAR_KIND =
  /^(?:\s*\([^()]*\))?\s*,?\s+or\s+(?:an?\s+|any\s+|some\s+)?(?:other\s+)?(?:similar|comparable|equivalent|other|another)\s+((?:[\w/&-]+\s+){0,3}?[\w/&-]+?)(?=\s*(?:\(([^()]*)\)|[.,;:!]|\s(?:is|are|preferred|required|a\s+plus|experience|a\s+must)\b|$))/i;

/**
 * The kind a segment asks after a product's name and "or similar" (see {@link OR_SIMILAR_KIND}),
 * with the names that hold it: the one before, and those listed in a parenthesis after the kind
 * (`from`, `to`: where that parenthesis stands). Null when there is none, when the name is a plain
 * word ("engineering or other technical testimony": the kind is not held by the word), or when the
 * kind holds a skill the vocabulary knows (that skill is then asked: "QuickBooks or similar
 * accounting software", "SolidWorks or another 3D CAD system").
 */
function kindAfterSimilar(
  text: string,
  skills: readonly { skill: string; index: number; length: number }[],
  known: readonly { index: number; length: number }[],
): { kind: string; names: { list: string[]; from: number; to: number } } | null {
  for (const s of skills) {
    const m = OR_SIMILAR_KIND.exec(text.slice(s.index + s.length));
    if (!m) continue;
    const kind = m[1]!.trim();
    const at = s.index + s.length + m[0].length - m[1]!.length;
    const inKind = known.some((k) => k.index < at + kind.length && at < k.index + k.length);
    // (each as the post writes it: "CDK" of a dealer's systems is no AWS CDK; "accounting or a
    // similar finance role" offers a plain word)
    const written = (k: { index: number; length: number }) => text.slice(k.index, k.index + k.length);
    if (
      !/^[A-Z0-9]/.test(written(s)) ||
      GENERIC.test(kind) ||
      wordCount(kind) < 2 ||
      inKind ||
      findSkills(kind).length > 0 ||
      // (a kind of place, work or standing is no thing held: "Retail or a similar fast-paced
      // environment", "Amazon or other large retailers"; a credential is the line's requirement)
      NOT_A_KIND_OF_THING.test(kind) ||
      PLACE.test(kind) ||
      softQuality(kind) ||
      CREDENTIAL.test(kind) ||
      CREDENTIAL_DEMAND.test(text)
    )
      return null;
    const listed = m[2] ?? '';
    // (not what the parenthesis says of the kind: "Excel or other spreadsheet tools (2+ years)")
    const after = listed
      .split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and\/or|or)\s+/)
      .map((n) => n.trim())
      .filter(
        (n) =>
          /^[A-Z]|^\d+[A-Za-z]/.test(n) &&
          wordCount(n) <= MAX_PART_WORDS &&
          !/\b(?:similar|etc)\b/i.test(n) &&
          !/\d\s*\+?\s*(?:yrs?|years?|months?|hrs?|hours?)\b/i.test(n),
      );
    // (and the names listed before it: "HammerTech, Procore or another digital safety platform",
    // "Google Workspace or Microsoft 365 or other productivity suites")
    const before: string[] = [];
    const sorted = [...skills].sort((a, b) => a.index - b.index);
    for (let i = sorted.indexOf(s) - 1, next = s; i >= 0; next = sorted[i]!, i--) {
      const gap = text.slice(sorted[i]!.index + sorted[i]!.length, next.index);
      if (!/^\s*(?:[,&]|,?\s+or)\s*(?:[A-Z][\w.-]*\s*&\s*)?$/.test(gap) || !/^[A-Z0-9]/.test(written(sorted[i]!)))
        break;
      before.unshift(written(sorted[i]!));
    }
    const from =
      s.index +
      s.length +
      m[0].length +
      (m[2] === undefined ? 0 : text.slice(s.index + s.length + m[0].length).indexOf('('));
    return {
      kind,
      names: {
        list: [...new Set([...before, written(s), ...after])],
        from,
        to: from + (m[2] === undefined ? 0 : listed.length + 2),
      },
    };
  }
  return null;
}

/** A label of a few words opening an item of names: "Key systems: ", "Access control: ". */
const LABEL_LEAD =
  /^\s*(?!(?:start|type|employment|job\s+type|availability|available|hours|pay|salary|rate|compensation|benefits|travel|vehicle|schedule|shifts?|location|duration|term|status|contract|work\s+(?:type|setting|model|schedule))\b)([A-Z][A-Za-z&/-]*(?:\s+[A-Za-z&/-]+){0,2})\s*:\s+(?=\S)/i;

/** What ends a list of examples of a kind: "(Intune, Jamf Pro, Kandji or similar)", "Okta or another identity provider". */
const OR_SIMILAR =
  /^(?:\s*\([^()]*\))?(?:\s+(?:&|[A-Z][\w.-]*)){0,2}\s*,?\s*(?:(?:or|and\/or)\s+(?:(?:something|anything|an?)\s+)?(?:similar|equivalent|comparable|another|any\s+other|other|the\s+like)\b|etc\b)/i;

/**
 * Skills of a segment offered as alternatives (rule 5): the list a cue ("one of", "such as")
 * offers; "or" chains; and chains closed by "or similar" or "or another": examples of the kind
 * asked, none a gate.
 */
function alternatives<T extends { skill: string; index: number; length: number }>(
  text: string,
  found: T[],
  known: readonly T[] = found,
): Set<T> {
  const sorted = [...found].sort((a, b) => a.index - b.index);
  const out = new Set<T>();
  // a cue offers the list that follows it, not what the line asks beside it: in "message queues
  // such as Kafka or RabbitMQ" the queues are asked, and in "one of Go, Java or Python, and
  // comfortable with SQL" SQL is
  for (const cue of text.matchAll(ALTERNATIVES)) {
    const end = cue.index + cue[0].length;
    // the first name offered may hold the cue ("such as in-depth interviews", a phrase read whole)
    let i = sorted.findIndex((m) => m.index + m.length > end);
    if (i < 0 || !CUE_GAP.test(text.slice(end, Math.max(end, sorted[i]!.index)))) continue;
    out.add(sorted[i]!);
    for (; i + 1 < sorted.length; i++) {
      const gap = text.slice(sorted[i]!.index + sorted[i]!.length, sorted[i + 1]!.index);
      if (!LIST_GAP.test(gap) && !OFFER_GAP.test(gap)) break;
      out.add(sorted[i + 1]!);
    }
  }
  let chain = sorted.slice(0, 1);
  let hasOr = false;
  // a slash inside a list joined by commas pairs two names, and offers no choice over the list:
  // "TCP/IP, DNS, Active Directory/Entra ID, Windows and Linux" asks them all
  let slashed: T[] = [];
  let listed = false;
  // two names of one skill ("CPR/BLS") are no choice between skills
  const close = () => {
    const last = chain[chain.length - 1];
    const similar = last !== undefined && OR_SIMILAR.test(text.slice(last.index + last.length));
    // nor are a skill and a narrower one that shows it ("CPR/BLS": BLS is CPR and more)
    const choice = (names: T[]) => !oneSkill(names.map((m) => m.skill));
    if (similar || (hasOr && choice(chain))) for (const m of chain) out.add(m);
    else if (slashed.length > 0 && (!listed || slashed.length === chain.length) && choice(chain))
      for (const m of chain) out.add(m);
    else if (slashed.length > 0 && choice(slashed)) for (const m of slashed) out.add(m);
  };
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    // (a remark in brackets between two names, or Markdown's emphasis, is no part of the list's
    // joints: "**Vue (2 or 3)** or **Angular (12+)**" offers a choice as "Vue or Angular" does)
    const raw = text.slice(prev.index + prev.length, sorted[i]!.index);
    const unbracketed = raw.replace(/\([^()]*\)/g, ' ').replace(/\*+|_{2,}/g, ' ');
    const gap = unbracketed !== raw && /\S/.test(unbracketed) ? unbracketed.replace(/\s+/g, ' ') : raw;
    // a name right after another, closing the list, is the kind they are of, not one more choice:
    // in "Epic or Cerner EHR" an EHR is asked, and either one would do ("PTCB CPhT or ExCPT" goes on)
    const next = sorted[i + 1];
    const kind =
      /^[ \t]+$/.test(gap) && !(next && LIST_GAP.test(text.slice(sorted[i]!.index + sorted[i]!.length, next.index)));
    if (LIST_GAP.test(gap) && !kind) {
      chain.push(sorted[i]!);
      if (/^\s*\/\s*$/.test(gap)) slashed.push(prev, sorted[i]!);
      else {
        hasOr ||= OR_GAP.test(gap);
        listed ||= /[,&]|\band\b/i.test(gap);
      }
    } else {
      close();
      chain = [sorted[i]!];
      hasOr = false;
      slashed = [];
      listed = false;
    }
  }
  close();
  // a name the vocabulary knows closing or opening a choice among things it does not know is one
  // choice, no gate: "at least one year in hospice, home health or palliative care"
  for (const m of sorted) {
    if (!known.includes(m)) continue;
    // (bounded: a choice is a few words, and a line of thousands of names must not cost cubic time)
    const from = Math.max(0, m.index - CHOICE_REACH);
    const before = text.slice(from, m.index);
    const after = text.slice(m.index + m.length, m.index + m.length + CHOICE_REACH);
    const open = PLAIN_CHOICE_BEFORE.exec(before);
    const opened =
      open &&
      !/ing\s+or\s+$/.test(open[0]) &&
      !sorted.some((o) => o !== m && o.index < m.index && o.index + o.length > from + open.index);
    const closed =
      PLAIN_CHOICE_AFTER.test(after) && !sorted.some((o) => o.index > m.index && o.index < m.index + m.length + 40);
    if (opened || closed) out.add(m);
  }
  return out;
}

/**
 * Things the vocabulary does not know offered before a name, the name the last choice after "or":
 * "hospice, home health or ". (Not a word that shares the name's object, "meeting or exceeding
 * quota", nor a list joined by "and".)
 */
const PLAIN_CHOICE_BEFORE =
  /(?:^|[\s(])(?!and\b)[a-z][\w'-]*(?:\s+(?!and\b)[a-z][\w'-]*){0,2}(?:,\s*(?!and\b)[a-z][\w'-]*(?:\s+(?!and\b)[a-z][\w'-]*){0,2}){0,4},?\s+or\s+$/;
/** How far before and after a name such a choice is looked for. */
const CHOICE_REACH = 120;
/** …or after it, the name the first choice: " or home health" (not what follows without it: " or you will struggle", " or obtain it"). */
const PLAIN_CHOICE_AFTER =
  /^,?\s+or\s+(?!(?:similar|equivalent|comparable|related|another|any|other|the\s+like|more|less|higher|above|better|be|willing|willingness|able|ability|you|we|they|it|he|she|i|obtain|get|become|acquire|earn|gain|do|don't|have|will|can|must|should|else)\b)(?:an?\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}(?=\s*(?:[.,;:)]|$|\s+(?:experience|setting|settings|environment|background)\b))/;

/** A demand to pass checks before starting: "Must pass a background check, drug screen and TB test". */
const PASS_CHECKS =
  /\b(?:must|able\s+to|required\s+to|will\s+need\s+to)\s+(?:successfully\s+)?(?:pass|clear|complete)\s+(?:an?\s+|the\s+)?(?:[\w()/'-]+\s+){0,7}(?:check|screen(?:ing)?|test|assessment|physical|clearance|exam(?:ination)?|evaluation)s?\b/i;
/** What every hire goes through or is told, not what a resume shows: checks, a probation, onboarding, who may apply. */
const OF_HIRE =
  /\b(?:pass(?:ing)?|clear|undergo|complet(?:e|ion\s+of)|subject\s+to|contingent\s+(?:up)?on)\s+(?:an?\s+|the\s+|(?:a\s+)?satisfactory\s+)?(?:[\w/-]+\s+){0,3}?(?:background|criminal|drug|alcohol|fingerprint|security|suitability|(?:pre-?employment\s+)?physical)\b|\b(?:drug|alcohol)\s+(?:testing|tests?|screens?)\s+(?:may|will)\s+be\s+required\b|\bprobationary\s+period\b|\bcomplete\s+(?:an?\s+|the\s+)?(?:online\s+)?onboarding\s+process\b|\bselective\s+service\b|\b(?:may|can)\s+apply\b|\bto\s+apply\s+for\s+this\s+job\b|\bclosing\s+date\b|\bnon-?citizens\b/i;

/** Whether a requirement is a condition of hire or of the work, rather than something a resume shows. */
function isCondition(text: string): boolean {
  return (
    OF_HIRE.test(text) ||
    HIRE_CONDITION.test(text) ||
    MINIMUM_AGE.test(text) ||
    EXPOSURE.test(text) ||
    PASS_CHECKS.test(text)
  );
}

/** The parts of a course or credential, counted, in a parenthesis after their noun: "all four modules (Working at Heights, First Aid, …)". */
const PARTS_LISTED =
  /\b(?:all|both|each|every|\d+|two|three|four|five|six|seven|eight)\s+(?:[\w-]+\s+)?(?:modules|parts|sections|courses)\s*\(([^()]*)\)/gi;

/** A reason that opens a demand: "Because of ITAR/export controlled work, …". */
const REASON_LEAD = /^(?:because\s+of|due\s+to|given|owing\s+to)\s+[^,;]{1,80},/i;
/** The label of a section of the work's physical conditions. */
const PHYSICAL_LABEL =
  /^(?:physical\s+(?:demands|requirements|requirements\s+and\s+work\s+environment|abilities|conditions)|(?:working|work|environmental)\s+(?:conditions|environment))\b/i;
/** What turns a name down: "(OSHA 10 not accepted)", "(residential only will not be considered)". */
const REFUSED =
  /\b(?:not|never)\s+(?:be\s+)?(?:accepted|acceptable|considered|sufficient|valid)\b|\bno\s+[\w-]+(?:\s+[\w-]+)?\s+(?:required|needed|necessary)\b/i;
/** Words that offer a choice or examples inside a parenthesis: "(call center, help desk, or retail)". */
const CHOICE_CUE = /\b(?:or|e\.g|such\s+as|for\s+example|etc|(?<!\bnot\s)(?:acceptable|accepted))\b/i;

/** Words a short optional item is introduced or followed by, not part of its name. */
const PHRASE_INTRO =
  /^(?:(?:[\w'’-]+\s+){0,2}?(?:pluses|bonus(?:\s+points)?|nice[\s-]to[\s-]haves?|extras)\s*:\s*|(?:you\s+)?(?:knows?|understands?)\s+(?:your\s+way\s+around\s+)?(?!how\b)|ha(?:ve|s)\s+(?:sold|used|worked\s+(?:with|on|in)|built|led|managed|run|shipped|owned|operated|designed)(?:\s+(?:or|and|\/)\s+(?:sold|used|worked\s+(?:with|on|in)|built|led|managed|run|shipped|owned|operated|designed))?\s+(?:an?\s+|the\s+)?|(?:candidates?|applicants?|those)\s+(?:having|holding|with|who\s+(?:have|hold))\s+(?:an?\s+)?|needs?\s+to\s+(?=[a-z]+\s)|(?:ideally|preferably|preferentially)\s+(?:(?:in|with|on|at|of|for)\s+(?:an?\s+|the\s+)?|[a-z]+ing\s+)?|(?:familiar|comfortable|comfort|experienced|proficient|skilled)\s+(?:with|in|using)\s+|(?:(?:some|any|prior|previous|hands[\s-]on|working|basic|strong|production|professional|practical|commercial|industry|proven|demonstrated|recent|direct)\s+)?(?:experience|exp\.?|exposure|familiarity|knowledges?|proficiency|background|understanding)\s+(?:with|in|of|to|using|on)\s+(?:an?\s+(?=[a-z]))?)/i;
// (read from the first mark of a run only: a run of thousands of spaces must not be scanned from each)
const PHRASE_TAIL = new RegExp(
  String.raw`(?<![\s,;:(=-])[\s,;:(=-]*(?:\(?(?:is|are|would\s+be)?\s*(?:a\s+)?${PLUS_EMPHASIS}(?:(?:strongly|highly)\s+)?(?:plus|bonus|preferred|desired|desirable|nice(?:\s+to\s+have)?|an\s+advantage|of\s+advantage|an\s+asset|helpful)\)?|(?:helps?|would\s+help)(?:\s+(?:too|as\s+well|a\s+lot))?|even\s+better|specifically|especially|in\s+particular|particularly|(?:but\s+)?(?:is\s+|are\s+)?not\s+(?:required|necessary|mandatory|a\s+must)|(?:will\s+be\s+given|will\s+receive|(?:is|are)\s+given)\s+(?:a\s+)?preference)[\s.!]*$`,
  'i',
);
/** Words a short optional item may have. */
const MAX_PHRASE_WORDS = 6;

/** Qualities said of a skill, not part of its name ("Strong", "Deep knowledge of"). */
const PHRASE_QUALIFIER =
  /^(?:(?:very|highly)\s+)?(?:prior|previous|recent|strong|solid|excellent|deep|good|great|proven|demonstrated|advanced|basic|working(?=\s+(?:knowledge|understanding|command|proficiency|familiarity|skills?)\b)|expert|thorough|sound|fluent|comfortable|confident)\s+(?:(?:knowledge|understanding|command|proficiency|skills?)\s+(?:of|in|with)\s+)?/i;
const PHRASE_TRAILER = /\s+(?:skills?|experience|exp\.?|knowledge|expertise|proficiency|abilities)$/i;
/** Parts of a short list: "Typography, layout and color", "Westlaw or Lexis". */
const PHRASE_SPLIT = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and\/or|and|or)\s+|\s*\/\s*(?!(?:out|off|down)\b)/i;
/** Words an item named in a short list may have. */
const MAX_PART_WORDS = 4;
/** A rank a role is held at, as a list of the kinds of a role names it: "lead", "charge", "preceptor". */
const ROLE_RANK =
  /^(?:lead|charge|preceptor|supervisory|supervisor|senior|management|managerial|leadership|mentor(?:ing)?|trainer|coordinator|head|chief|principal|team\s+lead|shift\s+lead)$/i;
/** A list of the ranks of a role before its noun: "a lead, charge, or preceptor role". */
const RANK_LIST = new RegExp(
  String.raw`\b(?:${ROLE_RANK.source.slice(4, -2)})(?:\s*,\s*(?:${ROLE_RANK.source.slice(4, -2)}))*,?\s+(?:or|and|and\/or)\s+(?:${ROLE_RANK.source.slice(4, -2)})\s+(?:roles?|positions?|capacit(?:y|ies))\b`,
  'i',
);
/** What follows a word of a list of the kinds of a role: ", or preceptor role", " or supervisory position". */
const ROLE_KINDS_AFTER =
  /^[\s,]*(?:(?:[Oo]r|[Aa]nd|and\/or)\s+)?(?:(?!(?:for|of|in|with|to|at|on|the|an?)\b)[\w-]+\s+){0,2}(?:roles?|positions?|capacit(?:y|ies))\b/;
/** Words a credential named in a short list may have. */
const MAX_CREDENTIAL_WORDS = 7;
/**
 * Whether a credential's name says more than a known skill: "Fundamental Payroll Certification"
 * does, "PHR certification" does not (the item "PHR" says it all).
 */
function namesMore(phrase: string): boolean {
  const rest = vocabularySkills(phrase).reduce(
    (t, s) => t.slice(0, s.index) + ' '.repeat(s.length) + t.slice(s.index + s.length),
    phrase,
  );
  return /[A-Za-z]{3}/.test(
    rest.replace(new RegExp(CREDENTIAL.source, 'gi'), ' ').replace(/\b(?:as|an?|the|in|of)\b/gi, ' '),
  );
}
/** Words that make a phrase the name of a credential ("… Certification", "Certified …", "… License"). */
const CREDENTIAL = /\b(?:certifi(?:cation|cate|ed)|licen[cs](?:e|ure)|endorsement|credential)\b/i;
/** A credential's carrier word after a name: "BLS certification", "CPR card". */
const CREDENTIAL_TAIL = /\s+(?:certification|certificate|certified|card|training|course)$/i;

/** Whether names name one thing: each a skill the others show or are shown by ("CPR", "BLS"). */
function oneThing(names: string[]): boolean {
  const skills = names.map((n) => normalizeSkill(n.replace(CREDENTIAL_TAIL, '')));
  return skills.length > 1 && skills.every((k) => k !== null) && oneSkill(skills as string[]);
}

/** Whether skills are one, or a skill and narrower ones that show it ("CPR", "BLS"): no choice between them. */
function oneSkill(skills: string[]): boolean {
  const distinct = skills.filter((k) => !skills.some((o) => o !== k && showsSkill(o, k)));
  return new Set(distinct).size <= 1;
}
/** Parts a short list may have. */
const MAX_PARTS = 6;

/**
 * A short segment as the names of the things it asks for ("Experience with Storybook a plus" →
 * Storybook; "Strong typography, layout and color skills" → typography, layout, color), or null
 * when it is prose rather than a list of things a resume can show by naming them. `or` tells
 * whether the list offers alternatives.
 */
function phraseItems(text: string): { items: string[]; or: boolean } | null {
  // a name spelled out and abbreviated is one name, whatever small words join its words:
  // "Certified Hospice and Palliative Nurse (CHPN)"
  const spelled = spelledName(text);
  if (spelled) return { items: [spelled], or: false };
  // asides and examples are not the names asked for: "(EMT and rigid), including offsets"
  let t = text
    .replace(/\([^)]*\)/g, ' ')
    // "… is a plus since we're taking on two affordable properties": why, not what
    .replace(/\s+(?:since|because|as)\s+(?:we|we['’]re|we['’]ll|our|you|it|they)\b.*$/i, '')
    .replace(/,?\s+(?:including|such\s+as|e\.g\.|especially|particularly|for\s+example)\b.*$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!;:,]+$/, '');
  for (let i = 0; i < 2; i++) {
    t = t
      .replace(PHRASE_TAIL, '')
      .replace(PHRASE_QUALIFIER, '')
      .replace(PHRASE_INTRO, '')
      // "English essential": how much it is asked, no part of its name; nor is "or higher"
      .replace(/\s+(?:is\s+)?(?:essential|mandatory)$/i, '')
      // "know single-ply inside and out": how well, no part of its name
      .replace(HOW_WELL, '')
      // "Chief or Car-O-Liner experience both count": nor that either will do
      .replace(
        /(?:\s+experience)?\s+(?:both|either\s+one|all|each)\s+(?:counts?|works?|are\s+(?:fine|ok|okay|accepted|welcome))$/i,
        '',
      )
      .replace(/\s+or\s+(?:higher|above|better|greater|equivalent)$/i, '')
      // "CPCU designation, or actively pursuing", "CHT or actively working toward CHT
      // eligibility": the way to it is no item of its own
      .replace(
        /,?\s+or\s+(?:(?:actively|currently)\s+)?(?:pursuing|working\s+towards?|enrolled)(?:\s+(?:it|one|(?:the\s+|your\s+)?(?:[\w-]+\s+){0,3}?(?:eligibility|certification|credential|designation|licen[cs]e|licensure|registration)))?,?$/i,
        '',
      )
      // "… license or ability to obtain within 12 months": nor is the promise to get it
      .replace(
        /,?\s+or\s+(?:the\s+)?(?:(?:abilit(?:y|ies)|willing(?:ness)?|eligib\w*|able)\s+to|eligib\w*\s+for)\b.*$/i,
        '',
      )
      // "The NALA Certified Paralegal credential": an article is no part of a credential's name
      .replace(/^(?:an?|the)\s+(?=.*\b(?:certifi(?:cation|cate|ed)|credential|licen[cs](?:e|ure))\b)/i, '')
      // "… Certified Payroll Professional (CPP) through PayrollOrg": nor is whom it is taken through
      .replace(
        // (the look-behind read only where "through" or "via" follows: a long text is read in time)
        /\s+(?=(?:through|via)\s)(?<=\b(?:certifi(?:cation|cate|ed)|credential|licen[cs]e|professional|specialist)\b.*)(?:through|via)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}$/i,
        '',
      )
      // "a paralegal certificate from an ABA-approved program": the school is no part of its name
      .replace(
        /\b(certificate|certification|credential|licen[cs]e|diploma)\s+(?:from|through)\s+[^,;]{0,50}?\b(?:program|programme|school|college|university|institut(?:e|ion))\b/i,
        '$1',
      )
      .trim();
  }
  if (!t || !/[A-Za-z]{2}/.test(t) || /^(?:you|we|our|if|when|this|it)\b/i.test(t)) return null;
  // a clause of what was done, or where one lives, names no things: "Has carried a quota or had
  // revenue/bookings targets before", "Lives in or near the Harlan Crossing / Fort Wayland corridor"
  if (
    /^(?:has|have|had)\s+(?:\w+\s+)?(?:been|\w+(?:ed|en|wn|ne|ght|ried|ld))\b/i.test(t) ||
    /^(?:lives?|living|based|located|resides?|residing)\s+(?:in|near|within|around|close\s+to)\b/i.test(t)
  )
    return null;
  // a figure of years ("0-3 yrs"), or a condition ("Immediate joiners only"), names no skill
  if (/^\d[\d\s.+–-]*(?:yrs?|years?|months?)\b/i.test(t) || /\bonly$/i.test(t)) return null;
  // a sentence, not a name: "Travelers after books are exhausted"; a level, not a skill: "Mid Level"
  if (/\s(?:is|are|was|were|will|would)\s/i.test(t) || /^(?:entry|mid|senior|junior|executive)[\s-]*level$/i.test(t))
    return null;
  const parts = t
    .split(PHRASE_SPLIT)
    .map((p) => p.replace(PHRASE_TRAILER, '').trim().replace(ANOTHER, ''))
    .filter(Boolean);
  // a credential's name may be longer, and so may the others it is offered with: "AWS Certified
  // DevOps Engineer - Professional or AWS Solutions Architect - Associate"
  const credentials = parts.some((p) => CREDENTIAL.test(p));
  const valid = (p: string) =>
    /[A-Za-z]{2}/.test(p) &&
    wordCount(p) <= (credentials ? MAX_CREDENTIAL_WORDS : MAX_PART_WORDS) &&
    !NOT_SKILL_HEAD.test(p) &&
    !GENERIC.test(p) &&
    // (nor is a part that says how at ease one is with something: "comfort learning new teller
    // and account-opening systems" in "Basic computer skills and comfort learning …")
    !/^(?:comfort|comfortable|willing(?:ness)?|eager(?:ness)?|openness|readiness)\b/i.test(p);
  // "Experience managing and developing a finance team": two verbs sharing one object, no list
  const sharedObject =
    /\b\w+\s+[a-z]+ing\s+(?:and|or|and\/or)\s+[a-z]+ing\s+(?!(?:experience|skills?|knowledge)\b)\S/i.test(t);
  // "Hybrid and electric vehicle training", "a diesel or heavy equipment technology certificate":
  // one word before "and" that names nothing alone is trained in with the thing after it
  const sharedCourse =
    parts.length === 2 &&
    /\b(?:training|certification|certificate|course|courses|program)$/i.test(t) &&
    /^\S+\s+(?:and|or)\s+\S+\s+\S/i.test(t) &&
    wordCount(parts[0]!) === 1 &&
    !/^[A-Z0-9]{2,}$/.test(parts[0]!) &&
    !normalizeSkill(parts[0]!);
  if (parts.length > 1 && parts.length <= MAX_PARTS && parts.every(valid) && !sharedObject && !sharedCourse) {
    // (two names of one thing are no choice: "CPR/BLS", BLS being CPR and more)
    const one = !/\bor\b/i.test(t) && oneThing(parts);
    // ("and/or" offers a choice as "or" does)
    const choices = t.replace(/\band\/or\b/gi, 'or');
    return { items: parts, or: /\bor\b|\//i.test(choices) && !/\band\b/i.test(choices) && !one };
  }
  if (wordCount(t) > MAX_PHRASE_WORDS || NOT_SKILL_HEAD.test(t) || GENERIC.test(t)) return null;
  return { items: [t], or: false };
}

/** A name in capitals and its letters, alone: "Certified Hospice and Palliative Nurse (CHPN)". */
const SPELLED_NAME = /^((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|in|the|&)\s+)?){2,7})\(([A-Z]{2,7})\)(?=[\s.;,]*$)/;

/** The segment as a name spelled out and abbreviated, when it is one and nothing else. */
function spelledName(text: string): string | null {
  const m = SPELLED_NAME.exec(text.trim());
  // (its letters the initials of its words in capitals, small words aside; a name the vocabulary
  // knows, by its words or its letters, is read as that skill: "Registered Nurse (RN)")
  if (!m || (m[1]!.match(/\b[A-Z]/g) ?? []).join('') !== m[2]) return null;
  return normalizeSkill(m[1]!.trim()) || normalizeSkill(m[2]!) ? null : m[0];
}

/** The words of a segment left once its skills, years and degree are taken out (rule 6). */
function residualWords(text: string, spans: { index: number; length: number }[]): number {
  let rest = text;
  for (const s of [...spans].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, s.index) + ' '.repeat(s.length) + rest.slice(s.index + s.length);
  }
  return (rest.replace(FILLER, ' ').match(/[A-Za-z]{3,}/g) ?? []).length;
}

function key(kind: RubricItemKind, text: string): string {
  const k = kind === 'NICE_TO_HAVE' ? 'MUST_HAVE' : kind;
  // (a skill by any of its names: "ArcGIS Pro" is ArcGIS)
  return `${k}:${(normalizeSkill(text) ?? text)
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()}`;
}

/**
 * Whether a segment asks nothing of the candidate, whatever section it stands in: who is not
 * wanted, in the ad's voice ("Never pulled a unibody? Not this job."), a level said with why ("Not
 * negotiable, our DRP partners audit this."), pay in lakhs, when a demand must be met ("required at
 * time of hire"), a remark in brackets, what does not count, a part that says only how a thing is
 * held, a sentence saying the demands follow, what the employer will do, a line to the recruiters,
 * a remark on the demand before it, a job board's level field ("Minimum Experience: Experienced").
 */
function asksNothing(seg: JobSegment): boolean {
  const text = seg.text;
  const notCredited = NOT_CREDITED.exec(text);
  return (
    ANSWER_ONLY.test(text.trim()) ||
    NO_ANSWER.test(text.trim()) ||
    CONTACT_ONLY.test(text.trim()) ||
    WHO_NOT.test(text) ||
    LEVEL_WITH_WHY.test(text) ||
    INDIAN_PAY.test(text) ||
    WHEN_REQUIRED.test(text) ||
    (PAREN_REMARK.test(text) &&
      findSkills(text).length === 0 &&
      !/\b(?:required|must|needs?|mandatory)\b/i.test(text)) ||
    // (as the whole segment: "Valid Class A CDL; learner's permits do not qualify" still asks the CDL)
    // (a remark in brackets before it is no demand of its own: "Experience operating only
    // low-pressure heating boilers (Black Seal level) will not be credited")
    // (but a demand before a break of the clause stays: "Valid Class A CDL (Class B accepted) —
    // learner's permits will not be credited")
    (notCredited !== null &&
      !yearsIn(text) &&
      !/[;(]|\s[—–-]\s/.test(text.slice(0, notCredited.index).replace(/\([^()]*\)/g, ' '))) ||
    // (a part cut from a degree or a skill that says only how it is held: "Successfully finished")
    (!/\p{L}{2,}/u.test(text.replace(FILLER, ' ')) && !/\d/.test(text)) ||
    // (…or that it must be held still: "CPO cert (Certified Pool/Spa Operator) - CURRENT.")
    VALIDITY_ONLY.test(text) ||
    DEMANDS_FOLLOW.test(text) ||
    (EMPLOYER_WILL.test(text) &&
      findSkills(text).length === 0 &&
      !/\b(?:must|need|needs|required|have\s+to|has\s+to|helpful|plus|preferred|bonus|nice|ideally|asset|advantage)\b/i.test(
        text,
      )) ||
    TO_RECRUITERS.test(text) ||
    NOT_A_POSITION_OF.test(text) ||
    EXAM_DAY.test(text) ||
    onlySubstitution(text) ||
    APPLY_STEP.test(text) ||
    (REMARK.test(text) && findSkills(text).length === 0) ||
    (LEVEL_FIELD.test(seg.label ?? '') && LEVEL_VALUE.test(text.trim()))
  );
}

/** A text's words and nothing else, in lower case: "Licensed P&C Insurance Sales Agent!" as "licensed p c insurance sales agent". */
function wordsOf(text: string): string {
  // (a gender mark is no word of a title: "Licensed Customs Broker (m/f/d) Import Compliance")
  const unmarked = text.replace(/\((?:[mfwdx]\s*\/\s*){1,3}[mfwdx]\*?\)/gi, ' ');
  return (unmarked.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Derives a rubric from a job post's title and description by the rules above. Deterministic:
 * the same text always gives the same items, in description order.
 */
export function deriveRubric(title: string, posted: string): DerivedRubric {
  // (a post given in two languages is read in English once: see englishOnly)
  const description = englishOnly(posted);
  const items: RubricItem[] = [];
  const seen = new Map<string, RubricItem>();
  // items more than one passage asks for
  const askedAgain = new Set<RubricItem>();
  // items read past a kind's cap, by kind: the recruiter is told, not left to guess
  const dropped = new Map<RubricItemKind, number>();
  // the years asked, with the segment that asks them and where in it (see experienceItemText)
  type Years = { years: number; quote: string; text: string; at: { years: number; index: number; length: number } };
  let experience: Years | null = null;
  let wishedYears: Years | null = null;
  const add = (kind: RubricItemKind, raw: string, quote: string, minYears: number | null = null) => {
    const written = withoutRemarkAfterDemand(pasted(raw).replace(/\s+/g, ' ').trim(), kind);
    // (a skill's name without how much it is asked, closing it in a short ad: "RPSGT req'd")
    const text =
      kind === 'MUST_HAVE' || kind === 'NICE_TO_HAVE' ? written.replace(SKILL_LEVEL_AFTER, '') || written : written;
    // where the experience was gained ("in a distribution center", "laboratory setting") is no
    // skill to gate on; as a wish it stays ("Manufacturing environment" under Nice to have)
    if (kind === 'MUST_HAVE' && PLACE.test(text) && !normalizeSkill(text)) return;
    // (a kind asked with its examples is the kind: "Fiber certification (e.g. FOA CFOT, …)" is asked once)
    const k = key(kind, withoutExamples(text));
    const prior = seen.get(k);
    if (prior && prior.quote !== quote) askedAgain.add(prior);
    if (prior) {
      if (prior.kind === 'NICE_TO_HAVE' && kind === 'MUST_HAVE') prior.kind = 'MUST_HAVE';
      return;
    }
    if (items.filter((i) => i.kind === kind).length >= MAX_ITEMS[kind]) {
      dropped.set(kind, (dropped.get(kind) ?? 0) + 1);
      // past the cap, a demand a resume can show takes the place of the last condition of hire kept
      // ("Subject to a background investigation" gives way to "Must hold a current PTA license")
      const condition =
        kind === 'REQUIREMENT' && !isCondition(text)
          ? items.findLast((i) => i.kind === kind && isCondition(i.text))
          : undefined;
      if (!condition) return;
      items.splice(items.indexOf(condition), 1);
      seen.delete(key(condition.kind, withoutExamples(condition.text)));
    }
    const item: RubricItem = { kind, text, source: 'DERIVED', quote, minYears };
    seen.set(k, item);
    items.push(item);
  };

  let sentenceAsk: 'required' | 'optional' | null = null;
  // the ask of the segment that opened a list of demands in its sentence (see JobSegment.demand)
  let listAsk: 'required' | 'optional' | null = null;
  const segments = jobSegments(description);
  const titleWords = wordsOf(title);
  const levelLead = (s: JobSegment | undefined) => !!s && !s.heading && LEVEL_LEAD.test(s.text);
  const levelOnly = (s: JobSegment | undefined) =>
    !!s && !s.heading && !s.label?.endsWith(s.text) && LEVEL_ONLY.test(s.text);
  const sameLine = (a: JobSegment, b: JobSegment | undefined) =>
    !!b && !description.slice(a.end, b.start).includes('\n');
  // the item a nested list of examples hangs from: "Minimum 2 years on transport category
  // aircraft, e.g.:" and under it "o Boeing 737NG / 737 MAX", "o Embraer E170 / E175"
  let examplesOf: JobSegment | null = null;
  for (const [at, seg] of segments.entries()) {
    const lineStart = description.lastIndexOf('\n', seg.start - 1) + 1;
    const nested = /^[ \t]+\S/.test(description.slice(lineStart, seg.start + 1)) && lineStart < seg.start;
    if (!nested)
      examplesOf = /(?:e\.g\.?|such\s+as|for\s+example|including|like)\s*:?\s*$/i.test(seg.text) ? seg : null;
    const example = nested && examplesOf !== null;
    // "Former CDL driver? Big plus - drivers respect someone who's been behind the wheel": the
    // level said after an item, on its line, is the item's; it and the remark after it ask nothing
    const prior = segments[at - 1];
    if (levelOnly(seg) || (levelOnly(prior) && sameLine(prior!, seg))) continue;
    // "Do you speak Spanish fluently? Not required, but bilingual SLPs receive a stipend"
    if (
      levelLead(seg) &&
      prior &&
      sameLine(prior, seg) &&
      /[.?!]\s*$/.test(description.slice(prior.start, seg.start).trim())
    )
      continue;
    // "Strong Python and advanced SQL - you can write a window function in your sleep": what
    // follows an item's dash in the voice of the ad is a remark on it
    // the ad's hook asked as a question ("Are you a qualified accountant looking for a role…?")
    if (HOOK_QUESTION.test(seg.text)) continue;
    // the post's title said again in its body (a board's header, the ad's banner) names the role,
    // which relevance reads, and asks nothing more: "Licensed P&C Insurance Sales Agent" is no licence
    // (as a banner, not under a heading that asks: "Licensure" over "- Registered Nurse" asks it)
    if (titleWords !== '' && (seg.section === 'plain' || seg.section === 'about') && wordsOf(seg.text) === titleWords)
      continue;
    if (asksNothing(seg)) continue;
    // a job board's questions to applicants, pasted with the post ("Ability to commute/relocate:
    // Daventry NN11 8RB: reliably commute … (required)"): the board asks them, not the resume
    if (BOARD_QUESTION.test(seg.text)) continue;
    const afterDash = !!prior && sameLine(prior, seg) && /[-–—]\s*$/.test(description.slice(prior.end, seg.start));
    if (afterDash && DASH_REMARK.test(seg.text)) continue;
    // "Intermediate to advanced Excel - VLOOKUP/XLOOKUP, pivot tables, SUMIFS are daily tools
    // here": parts of the skill before the dash say more of it (convention 2)
    if (afterDash) {
      const before = findSkills(prior!.text).map((m) => m.skill);
      const here = findSkills(seg.text).map((m) => m.skill);
      if (before.length > 0 && here.length > 0 && here.every((k) => before.some((b) => b !== k && showsSkill(k, b))))
        continue;
      // …and so does a list of what it covers that names no skill of its own: "Strong SQL and
      // relational database skills - schema design, indexing, query tuning and safe migrations"
      if (
        before.length > 0 &&
        here.length === 0 &&
        /,/.test(seg.text) &&
        !OPTIONAL_CUE.test(seg.text) &&
        !REQUIRED_CUE.test(seg.text)
      )
        continue;
    }
    const next = segments[at + 1];
    // (said as a sentence of its own: "Medical - Dental - Bonus" lists benefits)
    const levelAfter =
      !seg.heading &&
      (levelOnly(next) || levelLead(next)) &&
      sameLine(seg, next!) &&
      /^[.?!]?\s*$/.test(description.slice(seg.end, next!.start))
        ? (LEVEL_ONLY.exec(next!.text) ?? [next!.text, undefined])
        : null;
    const read = plainItem(seg.text);
    const levelBefore =
      prior && sameLine(prior, seg) && /^\s*[-–—]\s*$/.test(description.slice(prior.end, seg.start))
        ? LEVEL_BEFORE_DASH.exec(prior.text)
        : null;
    // a question to the candidate ("Can you pass a background check?") asks it, where no heading says otherwise
    // a heading asks nothing itself, whatever remark it carries ("What we're looking for (essential):")
    const ask: 'required' | 'optional' | null = seg.heading
      ? null
      : ((example ? 'optional' : null) ??
        (levelAfter ? (levelAfter[1] ? 'required' : 'optional') : null) ??
        (levelBefore ? (levelBefore[1] ? 'required' : 'optional') : null) ??
        read.level ??
        // (a demand of a list asks what the list's cue asked, whatever its own opening words)
        (seg.demand ? (OPTIONAL_CUE.test(withoutRemarks(read.text)) ? 'optional' : listAsk) : null) ??
        askOf(read.text === seg.text ? seg : { ...seg, text: read.text }, sentenceAsk) ??
        (read.question && seg.section === 'plain' ? 'required' : null));
    if (!seg.clause) sentenceAsk = ask;
    if (!seg.demand) listAsk = ask;
    if (!ask) continue;
    const text = read.text;
    const quote = description.slice(seg.start, seg.end);
    const taken: { index: number; length: number }[] = [];
    // under "Ability to:" every item is an ability ("Prepare clear, concise reports")
    const ability = /\b(?:able|abilit(?:y|ies))\s+to$/.test(seg.continues ?? '');
    // under "You should:" an item that opens with its verb is a demand ("Write a clean, short email")
    const verbItem = /^you\s+(?:should|must|will|'ll)$/.test(seg.continues ?? '');

    // credentials offered as alternatives ("CPC or CCS certification", "CMA or RMA certification
    // required"): a rubric of gates cannot say "one of", so each is a wish
    // (two names of one credential are no choice: "CPR/BLS certification", BLS being CPR and more)
    const offered = CREDENTIAL_CHOICE.exec(read.text);
    const names = offered ? offered[1]!.split(/\s*(?:,|\/|\bor\b)\s*(?:or\s+)?/).filter(Boolean) : [];
    if (offered && !oneThing(names)) {
      for (const name of names) add('NICE_TO_HAVE', name, quote);
      continue;
    }
    // a job board's summary of the years asked ("HVAC service: 3 years (Required)", Indeed's
    // "Experience:" field): the years when the post names none, and a wish for what is preferred
    const board = BOARD_YEARS.exec(seg.text);
    if (board) {
      const n = Number(board[2]);
      if (/^required$/i.test(board[3]!)) {
        const said = `${n} years of ${board[1]!.trim()} experience`;
        const at = { years: n, index: 0, length: said.indexOf(' of ') };
        if (!experience && n > 0 && n <= 40) experience = { years: n, quote, text: said, at };
      } else {
        add('NICE_TO_HAVE', board[1]!.trim(), quote);
        // the years wished for are the post's experience item when it asks none (convention 4)
        const said = `${n} years of ${board[1]!.trim()} experience`;
        const at = { years: n, index: 0, length: said.indexOf(' of ') };
        if (n > 0 && n <= 40 && (!wishedYears || n < wishedYears.years))
          wishedYears = { years: n, quote, text: said, at };
      }
      continue;
    }
    // under "Physical requirements" or "Working conditions" every line is a condition of the
    // work, never a skill ("Climb in and out of tractor cab and trailer frequently"); what
    // follows a dash on its line says more of it ("Work in all weather conditions - heat, cold")
    if (ask === 'required' && PHYSICAL_LABEL.test(seg.label ?? '') && degreeIn(text) === null) {
      if (!(prior && sameLine(prior, seg) && /[-–—]\s*$/.test(description.slice(prior.end, seg.start))))
        add('REQUIREMENT', cut(text), quote);
      continue;
    }
    // "0-3 yrs (Freshers can apply)": no years are asked
    if (/^0\s*(?:-|–|to)\s*\d{1,2}\+?\s*(?:yrs?|years?)\b/i.test(text)) continue;
    // a minimum age is a condition of employment, whatever section it sits in: never a skill or a
    // wish; so is what the work exposes one to ("Exposure to ionizing radiation and bloodborne
    // pathogens"), where "exposure to Kubernetes" elsewhere is a skill
    if (MINIMUM_AGE.test(text) || (ask === 'required' && (EXPOSURE.test(text) || HIRE_CONDITION.test(text)))) {
      add('REQUIREMENT', cut(text), quote);
      continue;
    }
    // years that stand in for a degree ("Four years of related experience may substitute for the
    // degree") are another path to the education, not the experience the post asks
    // (years said to stand in for a degree are no demand: "Bachelor's … | 4+ yrs if no degree")
    // (…and where they are offered instead of schooling, the schooling's years are none either: "2
    // years of college or 4 years of experience without a degree")
    const degreeYearsOff = text.replace(NO_DEGREE_YEARS, (m) => ' '.repeat(m.length));
    const instead = [...text.matchAll(NO_DEGREE_YEARS)].some((m) => /^or\b/i.test(m[0]));
    const years =
      SUBSTITUTES.test(text) || instead ? null : (yearsIn(degreeYearsOff) ?? labelledYears(text, seg.label));
    if (years) {
      taken.push(years);
      if (ask === 'required' && (!experience || years.years > experience.years)) {
        experience = { years: years.years, quote, text, at: years };
      }
      if (ask === 'optional' && (!wishedYears || years.years < wishedYears.years)) {
        wishedYears = { years: years.years, quote, text, at: years };
      }
    }

    // a degree to be earned after hire ("nurses without a BSN are expected to obtain one within 5
    // years of hire") is a condition, not the education asked
    const laterDegree = AFTER_HIRE.test(text) && /\b(?:obtain|earn|complete)\b/i.test(text);
    // (nor is one the post says is not needed: "You don't need a college degree, just a valid Class A CDL")
    const readDegree = laterDegree ? null : (degreeIn(text) ?? namedDegree(text));
    const degree = readDegree && NOT_NEEDED_BEFORE.test(text.slice(0, readDegree.index)) ? null : readDegree;
    if (laterDegree && (degreeIn(text) ?? namedDegree(text))) {
      if (ask === 'required') add('REQUIREMENT', cut(text), quote);
      continue;
    }
    // "OR high school diploma/GED plus four (4) additional years … in lieu of degree": another
    // path to the degree asked before it, no education of its own
    if (degree && /^or\b/i.test(text) && SUBSTITUTES.test(text)) continue;
    // "Four (4) additional years … may substitute for the bachelor's degree", "An associate's
    // degree … may substitute for two (2) years": what stands in for a demand is no demand
    if (degree && /\bmay\s+(?:be\s+)?substitut(?:e|ed)\b/i.test(text)) continue;
    if (degree) {
      taken.push({ index: degree.index, length: text.length - degree.index });
      // a degree named in a parenthesis ("school of nursing (ADN or BSN)") is read with its line
      const named = text
        .slice(educationStart(text, degree.index))
        .replace(AFTER_DEGREE, '')
        .replace(DEGREE_WISHED, PREFERRED_MARK);
      const open = (t: string, c: string) => t.split(c).length - 1;
      add(
        'EDUCATION',
        wishedDegree(cut(open(named, ')') > open(named, '(') ? text.replace(AFTER_DEGREE, '') : named), ask),
        quote,
      );
    }

    // under an "Education/Training" label, schooling that names no degree ("Completion of a
    // state-registered apprenticeship program") is the education asked for, as is a school's
    // graduate anywhere ("Graduate of a JRCERT-accredited radiography program")
    if (!degree && ((EDUCATION_LABEL.test(seg.label ?? '') && SCHOOLING.test(text)) || GRADUATE_OF.test(text))) {
      add('EDUCATION', wishedDegree(cut(text.replace(DEGREE_WISHED, PREFERRED_MARK)), ask), quote);
      continue;
    }

    // a soft skill asked for ("Excellent written and verbal communication skills") is a requirement
    // in the post's own words, not a skill to gate on
    const matches = findSkills(text);
    const found = vocabularySkills(text, matches);
    const known = found.filter((s) => !SOFT_SKILLS.has(s.skill));
    // (found in a long line too, where broad skills are not read as gates: "Excellent verbal and
    // written communication in English")
    const soft = matches.some((m) => SOFT_SKILLS.has(m.skill));
    if (ask === 'required' && soft && known.length === 0 && !years && !degree) {
      add('REQUIREMENT', cut(text), quote);
      continue;
    }
    // beside a skill, it is still asked: "Strong bookkeeping skills and attention to detail"
    const quality = text
      .split(/\s*(?:[,;]|\band\b)\s*/)
      .some((part) => SOFT_QUALITY.test(part.replace(/^an?\s+/i, '').replace(/[\s.!]+$/, '')));
    if (ask === 'required' && (soft || quality) && known.length > 0 && !years && !degree) {
      add('REQUIREMENT', cut(text), quote);
    }
    // under "KNOWLEDGE OF" or "Experience with:" an item goes on from the heading's words
    const lead = seg.continues && !ability ? `${seg.continues} ` : '';
    const listed = listedSkills(lead + text)
      .map((l) => ({ ...l, index: l.index - lead.length }))
      .filter((l) => l.index >= 0)
      // (the kinds of a role listed before it name the role, not skills: "in a lead, charge, or
      // preceptor role")
      // (one word each: "incident response or similar security role" names work done)
      .filter((l) => !ROLE_RANK.test(l.skill) || !ROLE_KINDS_AFTER.test(text.slice(l.index + l.length)))
      .filter((l) => !known.some((k) => l.index < k.index + k.length && k.index < l.index + l.length));
    const siblings = siblingNames(text, [...known, ...listed]).filter(
      (n) => !listed.some((l) => n.index < l.index + l.length && l.index < n.index + n.length),
    );
    const overlaps = (a: { index: number; length: number }, b: { index: number; length: number }) =>
      a.index < b.index + b.length && b.index < a.index + a.length;
    const examples = parenthesisNames(text);
    const exampled = [...known, ...listed, ...siblings].filter((s) => examples.some((e) => overlaps(e, s)));
    const skills = [
      ...known,
      ...listed,
      ...siblings,
      ...examples.filter((e) => ![...known, ...listed, ...siblings].some((s) => overlaps(e, s))),
    ].sort((a, b) => a.index - b.index);
    // examples and alternatives in a parenthesis are no gate each: "(Samsara or Motive)"; each
    // mention is read on its own, so a skill both asked and named among the examples ("a CRM
    // (Salesforce, HubSpot or similar)", HubSpot being a CRM) stays asked
    const optional = ask === 'required' ? alternatives(text, skills, known) : new Set<(typeof skills)[number]>();
    // years of one work or years of another are a choice: what only one of them names is no gate
    // ("1 year of RN experience in a NICU, OR 2 years of RN experience in an acute care hospital":
    // the RN is asked either way, the NICU is not)
    const yearsOr = YEARS_OR.exec(text);
    if (yearsOr) {
      // (each side is its clause of years: what the line asks before the first or after the
      // second stays asked, "Proficiency in Salesforce with 2 years of B2B sales or 4 years of retail")
      const at = yearsOr.index + yearsOr[1]!.length;
      const end = yearsOr.index + yearsOr[0].length;
      const close = /[,;.!?()]|\s(?:plus|and|with|including)\s/.exec(text.slice(end));
      const to = close ? end + close.index : text.length;
      const sides = [
        skills.filter((k) => k.index >= yearsOr.index && k.index < at),
        skills.filter((k) => k.index >= at && k.index < to),
      ];
      // (a side that names no work of its own is the same work on other terms: "4+ years with
      // Python and SQL, or 2+ years with a PhD" asks Python and SQL either way)
      if (sides.every((side) => side.length > 0))
        for (const [i, side] of sides.entries())
          for (const k of side) if (!sides[1 - i]!.some((o) => showsSkill(o.skill, k.skill))) optional.add(k);
    }
    // what may be had after hire is a condition, not a gate: "ACLS within 6 months of hire"
    const afterHire = AFTER_HIRE.test(text);
    for (const e of [...examples, ...exampled]) optional.add(e);
    // "ServiceNow or a similar ITSM ticketing tool", "Vantaca (our platform) or comparable
    // association software (CINC, AppFolio, TOPS)": the kind is asked, and any of the names holds
    // it; the names, in a parenthesis after the kind too, are no gate each (a kind holding a skill
    // the vocabulary knows asks that skill: "QuickBooks or similar accounting software")
    // (a wish names its names as wishes already: the kind is asked only where they are demanded)
    const similarKind =
      ask === 'required' && !afterHire && !years && !degree ? kindAfterSimilar(text, skills, known) : null;
    if (similarKind) {
      for (const s of skills) if (s.index >= similarKind.names.from && s.index < similarKind.names.to) optional.add(s);
      add('MUST_HAVE', `${similarKind.kind} (e.g. ${similarKind.names.list.join(', ')})`, quote);
    }
    // a name in a parenthesis that wishes for it is a wish: "PLCs (Allen-Bradley ControlLogix preferred)"
    // and so is one among choices or examples in a parenthesis, named or not: "1-2 years in a
    // support role (call center, help desk, or retail)"
    // (but the kind the examples are of is asked: "(or similar 3D CAD such as Creo or Inventor)")
    // and one the parenthesis turns down is not asked at all: "OSHA 30 (OSHA 10 not accepted)"
    const refused = new Set<(typeof skills)[number]>();
    // and so is what the line says is not enough or does not count: "writes real code in Python or
    // Go, not just bash glue", "helpdesk or desktop support yrs don't count"
    // (by halves: a line may hold thousands of both)
    const uncounted = mergeSpans(notCounted(text));
    if (uncounted.length > 0) {
      for (const k of skills) {
        let [lo, hi] = [0, uncounted.length];
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (uncounted[mid]![0] <= k.index) lo = mid + 1;
          else hi = mid;
        }
        // (disjoint: only the last one starting at or before it may hold it)
        const span = uncounted[lo - 1];
        if (span && k.index < span[1]) refused.add(k);
      }
    }
    for (const w of text.matchAll(/\(([^()]*)\)/g)) {
      if (REFUSED.test(w[1]!))
        for (const k of skills) if (k.index > w.index && k.index < w.index + w[0].length) refused.add(k);
    }
    for (const w of text.matchAll(/\(([^()]*)\)/g)) {
      const wish = OPTIONAL_CUE.test(w[1]!);
      if (!wish && !CHOICE_CUE.test(w[1]!)) continue;
      for (const k of skills) {
        if (k.index <= w.index || k.index >= w.index + w[0].length) continue;
        const kind = /^\s*,?\s*(?:such\s+as|e\.g\.?|like|including|for\s+example)\b/i.test(
          text.slice(k.index + k.length),
        );
        if (wish || !kind) optional.add(k);
      }
    }
    // a wish in a parenthesis that names no skill the vocabulary knows is a wish of its own:
    // "3-5 yrs full charge bookkeeping (property management exp HIGHLY preferred)"
    for (const w of text.matchAll(/\(([^()]*)\)/g)) {
      if (!PHRASE_TAIL.test(w[1]!) || ONLY_OPTIONAL.test(w[1]!) || /,/.test(w[1]!)) continue;
      if (skills.some((k) => k.index > w.index && k.index < w.index + w[0].length)) continue;
      for (const phrase of phraseItems(w[1]!)?.items ?? []) add('NICE_TO_HAVE', phrase, quote);
    }
    // parts of a skill listed after it, no choice offered, say more of it: "Excel (pivot tables,
    // VLOOKUP)", "AWS (EC2, S3, Lambda)" ask for Excel and AWS
    // ("Excel skills – VLOOKUP, pivot tables")
    const elaborations = new Set<(typeof skills)[number]>();
    for (const w of text.matchAll(/\(([^()]*)\)|(?:\s[–—-]|:)\s*([^;()]*)/g)) {
      if (CHOICE_CUE.test(w[1] ?? w[2]!) || /\blike\b/i.test(w[1] ?? w[2]!)) continue;
      const before = skills.filter((k) => k.index + k.length <= w.index).at(-1);
      const between = before ? text.slice(before.index + before.length, w.index) : '';
      if (!before || !/^\s*(?:\([^()]*\))?\s*(?:skills?|experience|knowledge|proficiency)?\s*$/i.test(between))
        continue;
      // (in a parenthesis right after the skill, every part of a list says more of it: "SolidWorks
      // (parts, assemblies, weldments, sheet metal)"; one name there may be the tool asked for)
      const aside = w[1] !== undefined && /,/.test(w[1]) && /^\s*$/.test(between) && !OPTIONAL_CUE.test(w[1]);
      // (a part marked as wished for is a wish of its own: "PLCs (Allen-Bradley ControlLogix preferred)")
      const wished = OPTIONAL_CUE.test(w[1] ?? w[2]!);
      for (const k of skills) {
        if (
          k.index > w.index &&
          k.index < w.index + w[0].length &&
          (aside || (showsSkill(k.skill, before.skill) && !wished))
        )
          elaborations.add(k);
      }
    }
    // the parts a course or a credential is made of, listed after them, are no items of their own:
    // "Current GWO Basic Safety Training, all four modules (Working at Heights, First Aid, Manual
    // Handling, Fire Awareness)"
    for (const w of text.matchAll(PARTS_LISTED)) {
      for (const k of skills) if (k.index > w.index && k.index < w.index + w[0].length) elaborations.add(k);
    }
    // "Because of ITAR/export controlled work, applicants must be U.S. persons": the reason is no item
    const reason = REASON_LEAD.exec(text);
    // what one must pass before starting names checks, not skills: "must pass a DOJ fingerprint
    // background check, a TB risk assessment, and a pre-employment physical"
    const checks = PASS_CHECKS.test(text);
    for (const s of skills) {
      // (nor is the export law that defines a U.S. person: "a U.S. Person as defined by ITAR")
      const defining = /\bU\.?S\.?\s+persons?\s+(?:\(|as\s+defined\s+(?:by|under|in)\s+(?:the\s+)?)$/i.test(
        text.slice(0, s.index),
      );
      if (elaborations.has(s) || refused.has(s) || (reason && s.index < reason[0].length) || checks || defining) {
        taken.push(s);
        continue;
      }
      // examples in a parenthesis leave the demand around them standing ("Current coding
      // credential – CPC, CCS-P or CCS (AAPC or AHIMA)")
      if (!examples.includes(s)) taken.push(s);
      // a skill inside the degree phrase ("degree in Accounting") is the degree's field, and one
      // read from the degree's own name ("BSN": nursing) is the degree
      if (degree && s.index >= degree.index) continue;
      // a credential asked by its name ("Current BLS certification", "Valid Class A CDL") is the
      // requirement the line makes, not a skill besides it
      if (ask === 'required' && asksCredential(text) && (namesCredential(text, s) || inLetteredChoice(text, s)))
        continue;
      // (nor is a word of a wish for a name spelled out and abbreviated: "Nurse" of "Certified
      // Hospice and Palliative Nurse (CHPN)", the name being the item)
      if (ask === 'optional' && spelledName(text)) continue;
      add(ask === 'required' && !optional.has(s) && !afterHire ? 'MUST_HAVE' : 'NICE_TO_HAVE', s.skill, quote);
    }

    // What a demand is said to include is asked with it: "Structural and non-structural repair,
    // including sectioning and panel replacement", "Kotlin, including coroutines and Flow"; not the
    // hours or days a condition covers ("… including nights, weekends and holidays")
    const including = INCLUDING.exec(text);
    if (including && !years && !degree && !DEMAND_CUE.test(text) && !/\d/.test(including[1]!)) {
      const at = including.index + including[0].length - including[1]!.length - including[2]!.length;
      const list = phraseItems(including[1]!);
      for (const phrase of list && !list.or ? list.items : []) {
        const i = text.indexOf(phrase, at);
        if (PEOPLE.test(phrase) || skills.some((k) => overlaps(k, { index: i, length: phrase.length }))) continue;
        add(ask === 'required' && !afterHire ? 'MUST_HAVE' : 'NICE_TO_HAVE', phrase, quote);
        taken.push({ index: i, length: phrase.length });
      }
    }

    // The kind of thing the examples are of is what is asked, when the vocabulary knows no word
    // before them: "a wholesaler ordering platform such as Cardinal Health Order Express, …"
    // asks for such a platform, and would take any of them
    if (
      examples.length > 0 &&
      !years &&
      !degree &&
      !skills.some((k) => !examples.includes(k) && k.index < examples[0]!.index)
    ) {
      const kind = phraseItems(
        text
          .slice(0, examples[0]!.index)
          .replace(EXAMPLE_LEAD_AT_END, '')
          .replace(PHRASE_INTRO, '')
          .replace(/^(?:an?|the)\s+/i, ''),
      );
      // (a credential so asked is the requirement the line makes, met by any of the examples:
      // "current food handler certificate (ServSafe Food Handler or Manager)")
      if (kind?.items.length === 1 && !(ask === 'required' && CREDENTIAL_DEMAND.test(text))) {
        // (with its examples, any of which holds it: "instrument tracking system (e.g. SPM, Censis)")
        const named = [...new Set(examples.map((e) => e.skill))];
        add(
          ask === 'required' && !afterHire ? 'MUST_HAVE' : 'NICE_TO_HAVE',
          named.length > 0 ? `${kind.items[0]!} (e.g. ${named.join(', ')})` : kind.items[0]!,
          quote,
        );
        // the item is read whole: no requirement of its words is left besides it, unless it
        // states a demand of its own ("National certification … or willingness to obtain it")
        if (!DEMAND_CUE.test(text) && !CREDENTIAL_DEMAND.test(text)) taken.push({ index: 0, length: text.length });
      }
    }

    // A credential the vocabulary knows a word of is asked for by its own name: "Fundamental
    // Payroll Certification (FPC) or Certified Payroll Professional (CPP)" asks for two
    // certifications, not for payroll, which the post asks elsewhere.
    if (ask === 'optional' && skills.length > 0 && !years && !degree) {
      for (const phrase of phraseItems(text)?.items ?? []) {
        if (CREDENTIAL.test(phrase) && namesMore(phrase)) add('NICE_TO_HAVE', phrase, quote);
      }
    }
    // The ranks of a role it asks for, listed ("Experience in a lead, charge, or preceptor role"),
    // are one demand in the post's words, not names
    if (!years && !degree && skills.length === 0 && RANK_LIST.test(text)) {
      add(ask === 'required' && !afterHire ? 'REQUIREMENT' : 'NICE_TO_HAVE', cut(text), quote);
      continue;
    }
    // An optional item the vocabulary does not know is still an item: "Storybook", "Hazmat
    // endorsement", "Epic EHR experience" in a Nice-to-have list.
    // Two wishes in one sentence are read apart: "a paralegal certificate … is strongly preferred,
    // and the NALA Certified Paralegal (CP) credential would be a plus"; and a wish from what the
    // sentence goes on to say after "but": "A trade school certificate is nice, but we care more…".
    if (ask === 'optional' && skills.length === 0 && !years && !degree) {
      const wishes = phraseItems(text) ? [text] : text.split(/,\s+(?:and|but)\s+/i).filter((c) => OPTIONAL_CUE.test(c));
      for (const wish of wishes)
        for (const phrase of phraseItems(wish)?.items ?? []) add('NICE_TO_HAVE', phrase, quote);
      continue;
    }
    // A skill named and demanded in so many words: "Hands-on HPLC experience required", "Prior
    // Epic experience required" (not "Steel-toe boots required", a thing to have, not to know)
    const demanded = ask === 'required' && skills.length === 0 && !years && !degree ? SKILL_DEMANDED.exec(text) : null;
    const demandedItems = demanded ? phraseItems(demanded[1]!) : null;
    if (demandedItems) {
      for (const phrase of demandedItems.items) add(demandedItems.or ? 'NICE_TO_HAVE' : 'MUST_HAVE', phrase, quote);
      continue;
    }
    // A required list of things the vocabulary does not know ("Month-end close and account
    // reconciliations", "Typography, layout and color") names must-haves, not a requirement.
    // ("Experimentation experience a must": the must is how much it is asked, not a demand's words)
    const bare = text.replace(A_MUST, '');
    if (
      ask === 'required' &&
      !afterHire &&
      skills.length === 0 &&
      !years &&
      !degree &&
      !ability &&
      !verbItem &&
      !DEMAND_CUE.test(bare) &&
      !CREDENTIAL_DEMAND.test(bare)
    ) {
      // "Key systems: Best, Medeco": a label's words are the kind its names are of, no part of the first
      // (where they are offered as a choice)
      const label = LABEL_LEAD.exec(bare);
      const value = label ? bare.slice(label[0].length) : '';
      const offered = label && /\bor\b/i.test(value) ? phraseItems(value) : null;
      const labelled = offered?.or ? label : null;
      const phrases = PEOPLE_IN.test(bare) ? null : labelled ? offered : phraseItems(bare);
      if (phrases) {
        // "Good math skills and attention to detail": a skill, and a quality asked in the post's words
        const soft = phrases.items.filter(softQuality);
        const named = phrases.items.filter((p) => !soft.includes(p));
        // (a choice among names under a label asks the kind: "Access control: Lenel OnGuard and/or
        // Software House C•CURE 9000" is held by either)
        if (labelled && phrases.or && named.length >= 2)
          add('MUST_HAVE', `${labelled[1]!} (e.g. ${named.join(', ')})`, quote);
        for (const phrase of named) add(phrases.or ? 'NICE_TO_HAVE' : 'MUST_HAVE', phrase, quote);
        if (soft.length > 0) add('REQUIREMENT', cut(text), quote);
        continue;
      }
    }

    // An ability to work with a list of things names each as a must-have: "Ability to interpret
    // engineering drawings, staking sheets and legal descriptions", "evaluate and treat
    // articulation, language, fluency and voice disorders", and so does the use of a list of tools
    // ("Safe, skilled use of band saw, grinder, slicer and boning knives"). A physical demand ("able to lift,
    // push and pull 50 lbs") names no skill: only verbs of skilled work open such a list.
    const credential = asksCredential(text);
    if (ask === 'required' && !years && !degree && !credential) {
      // a question's "Can you" is gone from its text: "Can you evaluate and treat …?" asks the same
      const prefix = read.question ? 'can ' : '';
      const ability = SKILLED_WORK.exec(prefix + text);
      const object = ability ?? USE_OF.exec(prefix + text);
      if (object) {
        // where or for whom the whole list is done ("… voice disorders in children ages 3–21") is
        // no part of its last name
        const list = object[1]!;
        const phrases = phraseItems(list) ?? phraseItems(list.replace(/\s+(?:in|for|at|across|among)\s+[^,]*$/i, ''));
        // (a use of tools names three at least, "use of hand and power tools" being of one kind,
        // and tools only: not "patients, residents and families", "judgment, tact and discretion")
        const tools =
          ability !== null ||
          (phrases !== null &&
            phrases.items.length >= USE_OF_LEAST &&
            !afterHire &&
            !/\(\s*(?:we|we'll|we\s+will)\b/i.test(quote) &&
            !PEOPLE_IN.test(list) &&
            !phrases.items.some((p) => softQuality(p) || NOT_TOOLS.test(p)));
        if (phrases && tools && phrases.items.length >= 2 && !phrases.or) {
          const at = object.index + object[0].length - list.length - prefix.length;
          // the things the vocabulary already read as skills are items already
          const items = phrases.items.map((p, k) => (k > 0 ? p.replace(SECOND_VERB, '') : p));
          const fresh = items.filter((p) => {
            const i = text.indexOf(p, at);
            return !skills.some((k) => i >= 0 && k.index < i + p.length && i < k.index + k.length);
          });
          for (const p of fresh) add('MUST_HAVE', p, quote);
          if (fresh.length > 0) continue;
        }
      }
    }

    // What is left once skills, years and degree are items: a demand of its own ("Valid CDL Class
    // A", "3+ years managing a team of nurses"), unless it only says how well the skills are known
    // ("Deep knowledge of PostgreSQL: schema design, indexing").
    const cued = ability || credential || afterHire || DEMAND_CUE.test(text);
    // years spent in the role ("Two years as a journey-level electrician performing commercial
    // work") are the experience item; a demand beside them comes after a clause of its own (",
    // with a track record of…", "including two projects over $30M")
    const yearsOnly = years !== null && !cued;
    const residual = yearsOnly
      ? residualWords(text, [...taken, { index: 0, length: demandAfterYears(text, years) }])
      : residualWords(text, taken);
    // where the work was done ("in a school or childcare setting") names no skill of the demand
    const named = skills.filter(
      (s) => !examples.includes(s) && !(PLACE.test(s.skill) && !normalizeSkill(s.skill)),
    ).length;
    const demand = named === 0 || cued;
    // a short demand that names one ("Able to lift 50 lbs", "Must be bilingual") needs fewer
    // words; a credential needs none but its name ("EPA Section 608 certification")
    const least = credential
      ? 1
      : MIN_REQUIREMENT_WORDS + (years && !yearsOnly ? 2 : 0) - (cued && named === 0 ? 1 : 0);
    if (ask === 'required' && !degree && demand && residual >= least) {
      add('REQUIREMENT', cut(credentialDemand(text)), quote);
    }
  }
  // years only wished for ("At least two years' experience" under "Desirable criteria") are still
  // the experience the post describes, when it asks for none
  const found = (experience ?? wishedYears) as Years | null;
  if (found) {
    // "… transport category aircraft, e.g.:" closes on examples that follow, no part of the field
    const said = pasted(found.text).replace(
      /,?\s+(?:e\.g\.?|i\.e\.?|such\s+as|for\s+example|including|like)\s*:?\s*$/i,
      '',
    );
    const text = experienceItemText(said, found.at, !experience);
    // the skill the years are of is asked by the years item: "At least 1 year of forklift
    // experience" is one item, not that and "Forklift" besides
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      if (
        item.quote === found.quote &&
        !askedAgain.has(item) &&
        (item.kind === 'MUST_HAVE' || item.kind === 'NICE_TO_HAVE') &&
        withinField(item.text, text)
      )
        items.splice(i, 1);
    }
    items.push({
      kind: 'EXPERIENCE',
      text,
      source: 'DERIVED',
      quote: found.quote,
      minYears: found.years,
    });
  }
  // (the title names the role, not a demand: relevance reads it; an item needs a quote of the
  // description, so nothing is derived from the title itself)
  const warnings = items.length === 0 ? [NO_ITEMS_WARNING] : [];
  for (const [kind, n] of dropped) warnings.push(capWarning(kind, n));
  return { items, warnings };
}

const KIND_PLURAL: Record<RubricItemKind, string> = {
  MUST_HAVE: 'must-have skills',
  NICE_TO_HAVE: 'nice-to-have skills',
  REQUIREMENT: 'requirements',
  EXPERIENCE: 'experience items',
  EDUCATION: 'education items',
};

/** The warning of items read past a kind's cap ({@link MAX_ITEMS}). */
export function capWarning(kind: RubricItemKind, dropped: number): string {
  return `The description asks for more ${KIND_PLURAL[kind]} than a derived rubric keeps (${MAX_ITEMS[kind]}): the first ${MAX_ITEMS[kind]} were kept and ${dropped} more left out. Add any that matter as typed items.`;
}

/**
 * A degree a post asks for without naming its level, as a resume would not: "Degree in Civil
 * Engineering", "a university degree", "HNC/HND or degree in…", "degree qualified". Not "a high
 * degree of autonomy".
 */
const BARE_DEGREE =
  /\b(?:(?:university|college|undergraduate|graduate|relevant|four-year|4-year|two-year|2-year|associate|technical)\s+){1,2}degree\b|\bdegree(?=\s+(?:in|from|qualified)\b)|\bHN[CD]\b/i;
function namedDegree(text: string): { index: number; length: number } | null {
  const m = BARE_DEGREE.exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
}

/** Where a degree phrase starts: "a Bachelor's degree" from "Bachelor", "BS/MS in" from "BS". */
function educationStart(text: string, index: number): number {
  const before = text.slice(0, index);
  // "BS/MS in", "B.E/B.Tech/MCA in", and a degree's short name before "or" that is read alone as something else ("MS
  // or PhD in Statistics": "MS" alone may be Microsoft)
  const m =
    /(?:\b(?:[A-Z]{2,3}\/|[A-Z]\.[A-Za-z]{1,4}\.?\/)+|\b(?:(?:B|M)\.?(?:S|A|Sc|Eng)\.?|MBA|BSN|MSN|AAS?)\s+or\s+)$/.exec(
      before,
    );
  if (m) return m.index;
  // a diploma or certificate named by who awards it: "NEBOSH National Diploma", "Level 3 Diploma"
  const named = /^(?:Diploma|Certificate)\b/.test(text.slice(index))
    ? /(?:\b(?!(?:A|An|The|Or|And|Of|In|With)\b)[A-Z0-9][\w&.-]*\s+){1,3}$/.exec(before)
    : null;
  return named ? named.index : index;
}

/**
 * Work experience: one entry per job date range, with title and company read from the text around
 * the range, and total years as the union of those ranges (overlapping jobs count once).
 */
import type { ExperienceEntry } from '../analysis.types.js';
import {
  findDateRanges,
  findSinceRanges,
  isDuration,
  isoMonth,
  monthIndex,
  yearsCovered,
  type DateRange,
} from './dates.js';
import { hasDegree } from './education.js';
import { findLocation, isPlaceName } from './location.js';
import { lineAt, type ResumeLine } from './sections.js';

/** A date range judged to be a job, with the lines it spans. */
export interface JobRange {
  range: DateRange;
  firstLine: number;
  lastLine: number;
}

/**
 * Sections whose date ranges are studies, awards, courses or side projects, not employment.
 * Ranges before any heading, or under an unrecognised one that follows the header, still count.
 */
const NOT_JOBS = new Set(['education', 'awards', 'certifications', 'projects', 'skills']);

const TITLE_RE =
  /\b(?:engineer|developer|programmer|manager|director|designer|analyst|scientist|consultant|specialist|coordinator|administrator|architect|assistant|associate|intern|internship|lead|head|officer|executive|representative|technician|accountant|auditor|bookkeeper|nurse|teacher|instructor|professor|lecturer|tutor|generalist|recruiter|clerk|cashier|supervisor|worker|electrician|member|volunteer|coach|president|vp|founder|co-founder|owner|partner|agent|advisor|adviser|editor|writer|researcher|fellow|trainee|apprentice|operator|driver|chef|cook|server|mechanic|therapist|physician|pharmacist|paralegal|attorney|lawyer|cto|ceo|cfo|coo|principal|strategist|marketer|planner|buyer|producer|photographer|freelancer|contractor|laborer|labourer|handler|picker|packer|barista|bartender|receptionist|secretary|sde|swe|sre|devops|machinist|welder|carpenter|plumber|caregiver|aide|advocate|estimator|banker|teller|trainer|superintendent|foreman|inspector|surveyor|underwriter|adjuster|examiner|investigator|counsel+or|attendant|hostess|housekeeper|janitor|custodian|dispatcher|scheduler|expeditor|purchaser|merchandiser|stylist|artist|musician|journalist|reporter|translator|interpreter|librarian|pilot|technologist|dentist|hygienist|paramedic|firefighter|waiter|waitress|nanny|liaison|controller|treasurer|processor|broker|realtor|paraprofessional|steward|courier|painter|roofer|installer|assembler|fabricator|drafter|draftsman|illustrator|animator|ambassador|psychologist|psychotherapist|surgeon|veterinarian|nutritionist|dietitian|chemist|biologist|economist|statistician|actuary|dean|helper|leader|operative|chargehand|coder|biller|groomer|baker|dishwasher|stocker|fitter|wireman|educator|extern|lpn|rn|stna|cna|sdet|bather|loader|lifeguard|caretaker|cleaner|phlebotomist|sonographer|radiographer|midwife|optician|optometrist|audiologist|podiatrist|chiropractor|pathologist|radiologist|anesthetist|anaesthetist|anesthesiologist|perfusionist|orthodontist|embalmer|mortician|locksmith|glazier|millwright|pipefitter|steamfitter|boilermaker|ironworker|bricklayer|stonemason|plasterer|drywaller|tiler|upholsterer|tailor|seamstress|butcher|florist|landscaper|groundskeeper|arborist|farmer|rancher|valet|concierge|sommelier|chauffeur|trucker|deckhand|auctioneer|appraiser|assessor|transcriptionist|stenographer|notary|bailiff|guard|detective|trooper|soldier|sergeant|medic|emt|orderly|exterminator|applicator|mover|rigger|lineman|lineworker|copywriter|proofreader|publicist|curator|archivist|epidemiologist|microbiologist|geologist|agronomist|physicist|mathematician|tester|busser|finisher)s?\b/i;
const LEGAL_SUFFIX = /^(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|PLC|Co|S\.?A|AG|BV|Pvt\.? Ltd)\.?$/i;
// (not Markdown's emphasis: "**Actuarial Analyst II**" is a header; "** Led the migration" a bullet)
export const BULLET = /^(?:[•·●▪◦■►>\-–]|\*\*?(?=\s)|\*(?!\*))\uFE0F?\s*/;
/** How much text on either side of a range can hold its title and company. */
const REST_CHARS = 200;
const SMALL_WORD = /^(?:of|and|at|&|the|for|in|on|to|a|an|de|y)$/i;

/** A school named as a place of work: "Green Hope High School". */
const SCHOOL_NAME = /\b\p{Lu}[\p{L}'.-]*\s+High\s+School\b/gu;

/** The date ranges in `text` that are jobs: not under Education/Awards/Projects, not on degree lines. */
export function jobRanges(lines: ResumeLine[], text: string): JobRange[] {
  const out: JobRange[] = [];
  const degreeLines = new Map<number, boolean>();
  const degreeOn = (i: number) => {
    const l = lines[i]!;
    // under Experience, "Green Hope High School, Cary, NC - Chemistry Teacher" names an employer
    const text = l.section === 'experience' ? l.content.replace(SCHOOL_NAME, ' ') : l.content;
    return degreeLines.get(i) ?? degreeLines.set(i, hasDegree(text)).get(i)!;
  };
  // (work held since a date, said in a sentence, where no range of the text holds the date)
  const ranges = findDateRanges(text);
  const since = findSinceRanges(text).filter(
    (r) => !ranges.some((o) => r.index < o.index + o.length && o.index < r.index + r.length),
  );
  for (const range of [...ranges, ...since].sort((a, b) => a.index - b.index)) {
    const firstLine = lineAt(lines, range.index);
    const lastLine = lineAt(lines, range.index + range.length - 1);
    const first = lines[firstLine]!;
    if (first.section && NOT_JOBS.has(first.section)) continue;
    if (degreeOn(firstLine) || degreeOn(lastLine)) continue;
    if (firstLine === lastLine) {
      const dates = text.slice(range.index, range.index + range.length);
      // a deed under a job above it, or a sentence of the summary ("…spent 2024-2025 on the team…")
      if (out.length > 0 && BULLET.test(first.content) && isSentence(first.content, dates)) continue;
      // …or the line a deed's bullet runs on to: "- Built a Section 301 screening step into CW1
      // workflows;" over "recovered $2.3M for clients via exclusions and PSCs in 2019-2021."
      const above = firstLine > 0 ? lines[firstLine - 1]! : undefined;
      if (
        out.length > 0 &&
        /^\p{Ll}/u.test(first.content) &&
        above !== undefined &&
        BULLET.test(above.content) &&
        !/[.!?]$/.test(above.content) &&
        isSentence(first.content, dates)
      )
        continue;
      if (first.section === 'summary' && isSentence(first.content, dates, 12)) continue;
    }
    out.push({ range, firstLine, lastLine });
  }
  return out;
}

/**
 * Whether a line holding a range reads as a sentence, not a job's header: its other words (at
 * least `minWords`) are mostly lower case. "- Top tech for maintenance agreement renewals three
 * years running (2021-2023)" is a deed of the job above it, where a job listed as a bullet reads
 * as a header ("• Software Engineer, Acme Corp, 2019 - 2021").
 */
function isSentence(content: string, range: string, minWords = 5): boolean {
  const rest = content.replace(range, ' ').replace(BULLET, '');
  const words = rest.split(/[\s,|()]+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORD.test(w));
  if (words.length < minWords) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length >= 0.5;
}

/** A name ending in a plural of a role: a firm ("Tropical Shipping Partners", "Apex Engineers LLC"), not a title. */
const FIRM_PLURAL =
  /\b(?:partners|associates|consultants|advisors|advisers|engineers|architects|developers|contractors|brokers|realtors|designers|producers|attorneys|accountants)(?:,?\s+(?:inc|llc|ltd|llp|pllc|pc|co)\.?)?$/i;

/** Whether words name a role: "Cashier", "Staff Nurse"; not "Payroll", nor a firm ("… Partners"). */
export function isTitle(s: string): boolean {
  return TITLE_RE.test(s) && !FIRM_PLURAL.test(s.trim());
}

/** A short, capitalised, non-sentence line: how job and company headers look. */
function isHeaderLike(line: ResumeLine | undefined): boolean {
  if (!line) return false;
  const s = line.content;
  // (an e-mail's "@" is a contact line's; "Nurse Practitioner @ QuickStop Urgent Care" is a header's)
  if (!s || BULLET.test(s) || /\S@\S/.test(s) || /[.:]$/.test(s) || findDateRanges(s).length > 0) return false;
  // a remark in brackets and the marks between fields are no words of the header
  const words = s
    .replace(/\([^()]*\)/g, ' ')
    .split(/[\s,|/]+/)
    .filter((w) => /\p{L}/u.test(w) && !SMALL_WORD.test(w));
  if (words.length === 0 || words.length > 12) return false;
  const capitalised = words.filter((w) => /^[^a-z]/.test(w)).length;
  if (capitalised / words.length >= 0.6) return true;
  // "Quillnote - document collaboration SaaS (San Almeda, CA)": a name, then what it is
  const [name, what] = s.split(/\s+[—–-]\s+/, 2);
  return (
    what !== undefined &&
    /^\p{Lu}/u.test(what) === false &&
    name!.split(/\s+/).length <= 4 &&
    name!.split(/\s+/).every((w) => /^[^a-z]/.test(w) || SMALL_WORD.test(w))
  );
}

/** Whether a line is only a place ("Brooklyn, NY"), which sits between a job header and its dates. */
function isPlaceLine(s: string): boolean {
  const loc = findLocation(s);
  return loc !== null && s.replace(/[\s,.]/g, '').length <= loc.replace(/[\s,.]/g, '').length + 2;
}

/** A street address: "17273 State Route 104, Chillicothe, OH 45601", "4410 Woodbine Court", "250 Broadalbin St SW, Albany" (not "4 Paws Place"). */
const STREET_ADDRESS =
  /^\d{2,6}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[\p{L}\d.'-]+\s+){0,4}(?:street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|lane|ln|court|ct|way|highway|hwy|route|rte|parkway|pkwy|place|pl|circle|cir|pike|trail|terrace|plaza|square)\.?(?:\s+(?:[NS][EW]|[NSEW])\.?)?(?:\s+\d{1,5})?\s*(?:,|$)/iu;

/**
 * A field of a form's entry, under its dates: a federal resume's "Grade Level: VN-0610-II", "Hours
 * per week: 40"; a Europass CV's "Name of employer …", "Type of business or sector …",
 * "Occupation or position held …" (whose values stood after a column's gap).
 */
export const ENTRY_FIELD =
  /^(?:(?:series|grade|pay\s+plan|occupational\s+series)(?:\s*\/\s*grade|\s+level)?|hours(?:\s+per\s+week)?|salary|supervisor(?:'s\s+name)?|(?:may|okay\s+to)\s+contact(?:\s+supervisor)?|duty\s+station|employment\s+(?:type|status)|work\s+schedule|status|(?:position|job)\s+title)\s*:\s*\S|^(?:name\s+(?:and\s+address\s+)?of\s+employer|type\s+of\s+business(?:\s+or\s+sector)?|occupation\s+or\s+position(?:\s+held)?)\b\s*:?\s+\S/i;

/**
 * The title after a federal resume's entry fields: "03/2019 - Present", "Grade Level: …", "Hours
 * per week: 40", "Supervisor: …", then "Registered Nurse Care Manager, Patient Aligned Care Team"
 * (or a field that names it: "Title: Mobile Crane Operator").
 */
function titleAfterFields(lines: ResumeLine[], from: number): string | null {
  let seen = 0;
  for (let i = from + 1; i < lines.length && i <= from + 8; i++) {
    const l = lines[i]!;
    if (l.heading) return null;
    if (!l.content) continue;
    // ("Title: Mobile Crane Operator" among them says it)
    const labelled = TITLE_LABEL.exec(l.content)?.[1]?.trim();
    if (labelled) return labelled;
    if (ENTRY_FIELD.test(l.content)) {
      seen++;
      continue;
    }
    if (seen === 0 || BULLET.test(l.content) || !isTitle(l.content) || l.content.split(/\s+/).length > 12) return null;
    return fields(l.content)[0] ?? null;
  }
  return null;
}

/** A line that says only on what terms a job was held: "Full-time", "Contract", "Self-employed". */
const EMPLOYMENT_KIND =
  /^(?:full[\s-]?time|part[\s-]?time|contract(?:or)?|self[\s-]employed|freelance|internship|seasonal|temporary|permanent|apprenticeship|per\s+diem|prn)$/i;

/** The nearest non-empty line above or below (within a few lines) and the one beyond it. */
function nearest(lines: ResumeLine[], from: number, dir: -1 | 1): [ResumeLine | undefined, ResumeLine | undefined] {
  const found: ResumeLine[] = [];
  for (let i = from + dir; i >= 0 && i < lines.length && found.length < 2 && Math.abs(i - from) <= 6; i += dir) {
    const l = lines[i]!;
    // (an employer's street address is neither its name nor a title: "272 Hospital Road, Chillicothe, OH";
    // nor is a profile export's line of the kind of work or of the time at an employer: "Full-time", "5 yrs")
    if (!l.heading && (STREET_ADDRESS.test(l.content) || EMPLOYMENT_KIND.test(l.content) || isDuration(l.content)))
      continue;
    if (l.content || l.heading) found.push(l);
    if (l.heading) break;
  }
  return [found[0], found[1]];
}

/**
 * The header line above or below a range, if it looks like one. A place line ("Brooklyn, NY")
 * may sit between the job header and its dates: then the job header beyond it wins if it names
 * a role, else the place line itself is used (it often starts with the company).
 */
function neighbour(lines: ResumeLine[], from: number, dir: -1 | 1): string | null {
  const [near, beyond] = nearest(lines, from, dir);
  if (!near || !isHeaderLike(near)) return null;
  if (isPlaceLine(near.content) && beyond && isHeaderLike(beyond) && isTitle(beyond.content)) return beyond.content;
  return near.content;
}

/**
 * A field naming the title in a form-style resume: "Title: Mobile Crane Operator", "Previous
 * Title: Mixer Operator", "Position held\t…", or Europass's own label, whose value stood after a
 * column's gap ("Occupation or position held      PostgreSQL Database Administrator").
 */
const TITLE_LABEL =
  /^\s*(?:(?:(?:current|previous|prior|former|last|most\s+recent)\s+)?(?:job\s+|position\s+)?(?:designation|title|position(?:\s+held)?|role)\s*[:\t]|occupation\s+or\s+position(?:\s+held)?\b\s*[:\t]?)\s*(.+)$/i;
/** A field naming the employer: "Company: …", Europass's "Name and address of employer      …". */
const COMPANY_LABEL =
  /^\s*(?:(?:name\s+of\s+(?:firm|company)|company(?:\s+name)?|employer|organi[sz]ation|firm)\s*[:\t]|name\s+(?:and\s+address\s+)?of\s+employer\b\s*[:\t]?)\s*(.+)$/i;
/**
 * Label words left on a dates line of a form-style resume ("Period of work\tNov 2012 - Current",
 * Europass's "Dates (from–to)      03/2021 – present").
 */
const DATE_LABEL =
  /^(?:period(?:\s+of\s+(?:work|employment))?|dates?(?:\s+of\s+(?:employment|service|work))?(?:\s*\(\s*from\s*[-–—/]\s*to\s*\))?|duration|tenure|from|employed)\s*:?$/i;
/** A form's entry starting: its dates' label first ("Dates (from–to) …", "Period: …", "Employed: …"). */
const DATES_FIELD = /^\s*(?:dates?|period|duration|tenure|from|employed)\b/i;
/**
 * Under a labelled dates line, a form's fields whose values stood after a column's gap, which text
 * extraction closes to a space: "Position Certified Ophthalmic Assistant", "Employer Raritan Eye
 * Physicians" (a value opens with a capital or a figure: "Role included month-end close" is prose).
 */
const FORM_TITLE =
  /^\s*(?:(?:job\s+|position\s+)?(?:designation|title|position|role)(?:\s+held)?|occupation(?:\s+or\s+position)?(?:\s+held)?)(?:\s*[:\t]\s*|\s+(?=[\p{Lu}\d]))(\S.*)$/iu;
const FORM_COMPANY =
  /^\s*(?:name\s+(?:and\s+address\s+)?of\s+(?:firm|company|employer)|company(?:\s+name)?|employer|organi[sz]ation|firm)(?:\s*[:\t]\s*|\s+(?=[\p{Lu}\d]))(\S.*)$/iu;
/** How many lines around a labelled dates line its entry's other fields may run. */
const FORM_FIELD_LINES = 6;

/**
 * Where a form's fields stand beside its labelled dates, read once per resume from its first
 * labelled dates line: above them ("Title: …", "Company: …", then "Dates: …") or under them, as a
 * Europass CV has them ("Dates (from–to) …", then "Name of employer …", "Occupation or position
 * held …").
 */
function formFieldsBelow(lines: ResumeLine[]): boolean {
  const first = lines.findIndex((l) => DATES_FIELD.test(l.content) && findDateRanges(l.content).length > 0);
  if (first < 0) return true;
  for (let i = first - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const l = lines[i]!;
    if (!l.content) continue;
    if (TITLE_LABEL.test(l.content) || COMPANY_LABEL.test(l.content)) return false;
    if (l.heading) break;
    seen++;
  }
  return true;
}

/**
 * Title and company from labelled fields beside a range (form-style resumes): the fields above it
 * ("Designation:\tRegistered Nurse" over "Period of work:\tSeptember 2016 - Present"), or, when the
 * dates are a labelled field of a form that puts its fields under them (a Europass CV), the fields
 * under them, down to the next entry's dates; never across another entry's dates, and never under
 * dates that have a header of their own above them ("Warehouse Supervisor — Acme" over "From 2019
 * to 2021").
 */
function labelled(
  lines: ResumeLine[],
  job: JobRange,
  datesLabelled: boolean,
  below: () => boolean,
): [string | null, string | null] {
  let title: string | null = null;
  let company: string | null = null;
  if (datesLabelled && below()) {
    const above = nearest(lines, job.firstLine, -1)[0];
    if (
      above &&
      !above.heading &&
      isHeaderLike(above) &&
      !ENTRY_FIELD.test(above.content) &&
      !isPlaceLine(above.content)
    )
      return [null, null];
    for (let i = job.lastLine + 1, seen = 0; i < lines.length && seen < FORM_FIELD_LINES; i++) {
      const l = lines[i]!;
      if (l.heading || DATES_FIELD.test(l.content)) break;
      if (!l.content) continue;
      seen++;
      title ??= FORM_TITLE.exec(l.content)?.[1]?.trim() ?? null;
      company ??= FORM_COMPANY.exec(l.content)?.[1]?.trim() ?? null;
    }
    // (the other, when the fields name one only, is the header line above, past a place: "Senior
    // Accountant" over "Austin, TX" over "Dates: 03/2021 - Present" over "Employer: Acme Corp")
    if ((title === null) !== (company === null)) {
      const header = neighbour(lines, job.firstLine, -1);
      const field = header !== null && !isPlaceLine(header) ? (fields(header)[0] ?? null) : null;
      if (field !== null && title === null && isTitle(field)) title = field;
      if (field !== null && company === null && !isTitle(field)) company = field;
    }
    return [title, company];
  }
  for (let i = job.firstLine, seen = 0; i >= 0 && seen < 4; i--) {
    const s = lines[i]!.content;
    if (!s) continue;
    // (the entry before ends at its own dates)
    if (datesLabelled && i < job.firstLine && DATES_FIELD.test(s)) break;
    seen++;
    title ??= TITLE_LABEL.exec(s)?.[1]?.trim() ?? null;
    company ??= COMPANY_LABEL.exec(s)?.[1]?.trim() ?? null;
    if (lines[i]!.heading) break;
  }
  return [title, company];
}

/**
 * What anonymised resumes put where the employer and its place were: public resume sets replace
 * them with "Company Name" and "City , State" ("Company Name ï¼ City , State", "Company Name City ,
 * State Food Prep Chef"). They are read as field breaks, so that the title beside them stands
 * alone and is never taken for the placeholder.
 */
const PLACE_PLACEHOLDER = /\bCity\s*,\s*State\b/;
const PLACEHOLDER = new RegExp(String.raw`\bCompany Name\b|${PLACE_PLACEHOLDER.source}`, 'g');
/** A field that is only a placeholder's word ("Company Name ï¼ State"). */
const PLACEHOLDER_FIELD = /^(?:City|State|Country|Company)$/;

/** Separators inside brackets, kept from splitting a header by stand-ins (see {@link headerFields}). */
const BRACKETED: Record<string, string> = { ',': '\u0001', '|': '\u0002', '•': '\u0003', '·': '\u0004' };
const UNBRACKETED = Object.fromEntries(Object.entries(BRACKETED).map(([k, v]) => [v, k]));

/**
 * A field that says when or on what terms the job was worked, neither a title nor an employer:
 * "Freezer Picker, Night Shift -- Frostline Cold Chain", "Registered Nurse | PRN | Mercy Hospital".
 */
const SCHEDULE_FIELD =
  /^(?:(?:night|day|evening|overnight|graveyard|swing|weekend|1st|2nd|3rd|first|second|third)\s+shift|nights|weekends|part[\s-]time|full[\s-]time|per\s+diem|prn|remote|hybrid|on[\s-]site)$/i;

/** Splits a header into fields and drops the trailing location ("…, Mountain View, CA, USA"). */
function fields(s: string): string[] {
  return headerFields(s).parts;
}

/**
 * A header's fields (see {@link fields}), and whether it named a place: a place goes with an
 * employer ("Acme Family Services - Boston, MA"), not with a job title.
 */
function headerFields(s: string): { parts: string[]; place: boolean } {
  const placeholder = PLACE_PLACEHOLDER.test(s);
  const parts = s
    // (Markdown's emphasis is no part of a field: "**Actuarial Analyst II - Personal Auto Pricing**")
    .replace(/\*\*|__/g, ' ')
    .replace(PLACEHOLDER, ' | ')
    // a role in square brackets beside its employer is a field of its own: "Brazos Hill Lock &
    // Safe [Commercial Locksmith] — Cedar Vale, TX"
    .replace(/\s*\[([^[\]]{2,80})\]/g, (m, role: string) =>
      isTitle(role) && !/\b(?:19|20)\d{2}\b|^\s*\d+\s*$/.test(role) ? ` | ${role} | ` : m,
    )
    // a remark in brackets is one field: "Summit Peak Outdoor Brands (consumer products, $1.1B revenue)"
    .replace(/\([^()]{2,200}\)/g, (m) => (/\p{L}{2}/u.test(m) ? m.replace(/[,|•·]/g, (c) => BRACKETED[c]!) : m))
    // a role and its unit before the employer's "@" or "at" are one title: "Registered Nurse,
    // Emergency Department @ Eastland Regional Hospital"
    .replace(/^([^,|•·@]{3,60}),([^|•·@]{3,60})(?=\s(?:@|at)\s)/, (m, role: string, unit: string) =>
      isTitle(role) && !isTitle(unit) && !/\d/.test(unit) && !isPlaceName(unit.trim())
        ? `${role}${BRACKETED[',']}${unit}`
        : m,
    )
    .split(/\s*(?:\||•|·|\t+| {2,}| [—–-] | -{2,3} |,| at | @ )\s*/)
    .map((p) => p.replace(/[\u0001-\u0004]/g, (c) => UNBRACKETED[c]!))
    // a field never opens with a closing bracket or ends with an opening one: "Python Developer
    // (Aug. 2021 to present)" leaves "Python Developer (" and ")" beside its dates
    .map((p) => p.replace(/^[\s:;–—)\]*•·▪-]+|[\s:;,–—([-]+$/g, ''))
    .filter((p) => /[A-Za-z]{2}/.test(p) && !PLACEHOLDER_FIELD.test(p) && !SCHEDULE_FIELD.test(p));
  const place = parts.findIndex((p, i) => i >= 1 && isPlaceName(p));
  if (place < 0) return { parts, place: placeholder };
  // The part before a region is its city, unless it is the only company candidate left
  // ("Designer at Dior Homme, New York" keeps Dior Homme; "LionLike MindState, Pomona, CA" drops Pomona).
  const cityBefore = place >= 3 || (place === 2 && !parts.slice(0, 2).some(isTitle));
  const before = parts.slice(0, cityBefore && !isPlaceName(parts[place - 1]!) ? place - 1 : place);
  // "Green Hope High School, Cary, NC - Chemistry Teacher": a title after the place stays
  const after = parts.slice(place + 1).filter((p) => !isPlaceName(p) && isTitle(p));
  return { parts: [...before, ...after], place: true };
}

/**
 * A rank with no trade, which the next field completes: "Manager, Claims Contact Center",
 * "Director, Finance", "VP, Sales".
 */
const BARE_ROLE =
  /^(?:(?:senior|sr\.?|assistant|associate|deputy|general|regional|area|district)\s+)?(?:manager|director|supervisor|head|vp|svp|evp|avp|vice\s+president|coordinator|officer|chief)$/i;

/** Title and company from a header's fields, putting the one that sounds like a job title first. */
function assign(parts: string[]): [string | null, string | null] {
  if (parts.length === 0) return [null, null];
  // "Manager, Claims Contact Center": the rank and what it runs are one title
  if (
    parts.length >= 2 &&
    BARE_ROLE.test(parts[0]!) &&
    !isTitle(parts[1]!) &&
    !LEGAL_SUFFIX.test(parts[2] ?? '') &&
    !/\b(?:inc|llc|ltd|corp|company|group|bank|hospital|university|college)\b/i.test(parts[1]!)
  )
    return [`${parts[0]}, ${parts[1]}`, parts[2] ?? null];
  let [title, company] = [parts[0]!, parts[1] ?? null];
  if (company && !isTitle(title) && isTitle(company)) [title, company] = [company, title];
  // "Cashgrid Payments Pvt. Ltd., Bengaluru - Senior Frontend Engineer": the title last
  else if (
    !isTitle(title) &&
    parts.length >= 3 &&
    isTitle(parts[parts.length - 1]!) &&
    !parts.slice(1, -1).some(isTitle)
  )
    return [parts[parts.length - 1]!, title];
  if (company && parts[2] && LEGAL_SUFFIX.test(parts[2])) company = `${company}, ${parts[2]}`;
  return [title, company];
}

/** The text on the range's own line(s), minus the range itself. */
function restOf(lines: ResumeLine[], job: JobRange, text: string): string {
  const first = lines[job.firstLine]!;
  const last = lines[job.lastLine]!;
  // Bounded: a header is short, and a line holding hundreds of ranges must not cost quadratic time.
  const from = Math.max(first.contentStart, job.range.index - REST_CHARS);
  let before = job.range.index > from ? text.slice(from, job.range.index) : '';
  const end = job.range.index + job.range.length;
  let after = text.slice(end, Math.min(last.start + last.text.length, end + REST_CHARS));
  // "Sheet Metal Foreman (06/2024 – Present) · Journeyperson (03/2022 – 06/2024)": on a line of
  // several jobs, each range has its own part, the words before it since the range before; on a
  // line that opens with its dates, the words after it up to the next range ("2015 - 2017 Server;
  // 2017 - 2019 Bartender"); ranges joined by "and" or a comma are one job's ("Registered Nurse,
  // St. Mary's, 2010 - 2012 and 2014 - 2016")
  const earlier = findDateRanges(before);
  const previous = earlier.at(-1);
  const following = findDateRanges(after)[0];
  const joined = (t: string) => /^[\s,;&/]*(?:and[\s,;&/]*)?$/i.test(t);
  const datesFirst = !/\p{L}/u.test(before.slice(0, earlier[0]?.index ?? before.length));
  const apart = {
    previous: previous !== undefined && !joined(before.slice(previous.index + previous.length)),
    following: following !== undefined && !joined(after.slice(0, following.index)),
  };
  if (apart.previous)
    before = datesFirst ? '' : before.slice(previous!.index + previous!.length).replace(/^[\s)\]]+/, '');
  if (apart.following)
    after = !datesFirst && /\p{L}/u.test(before) ? '' : after.slice(0, following!.index).replace(/[\s([]+$/, '');
  if (apart.previous || apart.following) before = before.replace(/[\s([]+$/, '');
  // "September 2022 - December 2023; September 2024 - Present": another range is no title
  const rest = `${before} | ${after}`;
  const others = findDateRanges(rest);
  let bare = rest;
  for (const r of others.reverse()) bare = bare.slice(0, r.index) + ' ' + bare.slice(r.index + r.length);
  return bare.replace(/^[\s|,:;•·–—-]+|[\s|,:;•·–—-]+$/g, '');
}

/** How much text on either side of a range a sentence naming its job is read in. */
const PROSE_CHARS = 300;
/** Someone who was or worked, in a sentence: "she was an", "I worked as", "he has been". */
const SOMEONE_WAS =
  /\b(?:I|[Ss]he|[Hh]e|[Tt]hey)\s+(?:was|were|am|is|(?:have|has)\s+been|worked|work|works|served|joined|became|spent|began|started)\b/;
/**
 * What a sentence says the writer was, before the role: "as a", "I was an", "became the"; or, with
 * no article, a role in capitals ("first as Plant Controller", "is currently Corporate Controller").
 */
const PROSE_ROLE =
  /(?:\b(?:[Aa]s|[Ww]as|[Aa]m|[Ii]s|[Bb]een|[Bb]ecame|[Bb]ecome|[Ww]orked\s+as)\s+(?:(?:currently|now|first|later|then)\s+)?(?:(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts)\s+|(?=\p{Lu})|(?<=\b[Aa]s\s+)(?=\p{Ll}))|,\s+and\s+an?\s+)((?:[\p{L}\d][\p{L}\d&'/+.-]*\s+){0,5}?[\p{L}][\p{L}'-]*)(?=\s*(?:$|[,;:()]|\.(?:\s|$)|\s(?:at|for|with|in|on|and|from|since|to|where|who|which|under)\b))/gu;
/** A role held now, said in a sentence: "She is currently Corporate Controller of Tessaro", "I am now a nurse at …". */
const NOW_ROLE = /\b(?:is|am)\s+(?:currently|now)\s+(?:an?\s+|the\s+)?(?=\p{Lu})/gu;
/** A sentence told of the writer: "She began her career …", "I spent four years …". */
const PERSONAL = /^(?:[\p{L}\d,' ]{0,40}\s)?(?:I|[Ss]he|[Hh]e|[Tt]hey|[Mm]y|[Hh]er|[Hh]is)\s+\p{Ll}/u;
/** The employer a sentence names: "at Crateflow", "for Pine & Oak Foods". */
const PROSE_EMPLOYER =
  /\b(?:at|for|with|joined)\s+((?:\p{Lu}[\p{L}\d&'.-]*)(?:\s+(?:&\s+|of\s+|and\s+)?\p{Lu}[\p{L}\d&'.-]*){0,5})/gu;

/**
 * Title and company of a job written as a sentence: "I work at Crateflow, an inventory SaaS, as a
 * Tier 2 Support Specialist (January 2024 to now).", "Before that, I was a Support Associate at
 * Shiftwise (January 2022 to December 2023).". The role after "as a" or "was a" nearest the
 * dates (or said held now in the sentence before), and the capitalised name after "at" or "for";
 * for a sentence of the writer's that names no role, the header line right above it or no title;
 * null when the line is no such sentence.
 */
function proseHeader(lines: ResumeLine[], job: JobRange, text: string): [string | null, string | null] | null {
  const first = lines[job.firstLine]!;
  // (bounded, as a line holding hundreds of ranges must not cost quadratic time)
  const from0 = Math.max(first.contentStart, job.range.index - PROSE_CHARS);
  const line = text.slice(
    from0,
    Math.min(first.start + first.text.length, job.range.index + job.range.length + PROSE_CHARS),
  );
  const at = job.range.index - from0;
  // (a sentence of capitalised names is a sentence too when someone in it was or worked:
  // "From 2018 to 2021 she was an Auto Claims Adjuster with Gulfline Claims Services.")
  if (
    at < 0 ||
    (!isSentence(line, text.slice(job.range.index, job.range.index + job.range.length), 8) &&
      !SOMEONE_WAS.test(line) &&
      !PERSONAL.test(line.trim()))
  )
    return null;
  // the sentence holding the dates
  const before = line.slice(0, at);
  const from = Math.max(0, ...[...before.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length));
  const stop = /[.!?](?:\s+\p{Lu}|\s*$)/u.exec(line.slice(at + job.range.length));
  const sentence = line.slice(from, stop ? at + job.range.length + stop.index + 1 : line.length);
  const range = at - from;
  let role = proseRole(sentence, range);
  let told = sentence;
  // "She is currently Corporate Controller of Tessaro …" and then "Since joining Tessaro in 2018,
  // Priya has …": the role held now, said before the sentence dating it
  if (role === null && job.range.end === null) {
    const back = Math.max(0, job.range.index - PROSE_CHARS * 2);
    const earlier = text.slice(back, job.range.index);
    const now = [...earlier.matchAll(NOW_ROLE)].pop();
    // (in the paragraph before at most, under no heading of its own: "SUMMARY … She is currently
    // President of Rotary International." is no title of a job under EXPERIENCE)
    const between = now ? lines.slice(lineAt(lines, back + now.index), job.firstLine + 1) : [];
    if (now && between.filter((l) => !l.content).length <= 1 && !between.some((l) => l.heading)) {
      told = earlier.slice(now.index, now.index + PROSE_CHARS).split(/[.!?](?:\s|$)/)[0]!;
      role = proseRole(told, 0);
    }
  }
  // a sentence of the writer's that names no role names none: "She began her career in the audit
  // practice of a Big Four firm (2010–2014), working …" holds no fields of a header
  // (a header line above it names the job: "Registered Nurse | Mercy Hospital" over "From 2015 to
  // 2020 I cared for …")
  if (role === null) {
    if (!PERSONAL.test(sentence)) return null;
    // (on the line right above it, not past a blank line)
    const above = job.firstLine > 0 ? lines[job.firstLine - 1] : undefined;
    return isHeaderLike(above) && !job.range.joined
      ? assign(fields(above!.content))
      : [null, proseEmployer(sentence, 0, range)];
  }
  return [role.title, role.employer ?? proseEmployer(told, role.index, range)];
}

/**
 * The role a sentence names nearest its dates (at `range`), before them first, and the employer
 * named with "of" after a role in capitals ("Corporate Controller of Tessaro Precision Castings").
 */
function proseRole(sentence: string, range: number): { title: string; index: number; employer?: string } | null {
  let role: { title: string; index: number; employer?: string } | null = null;
  for (const m of sentence.matchAll(PROSE_ROLE)) {
    let title = m[1]!.replace(/\s+/g, ' ');
    let employer: string | undefined;
    // (the role ends on a word of one: "office manager relied" is no title; a level after it is
    // part of it, "Software Engineer II")
    if (
      !isTitle(
        title
          .replace(/\s+(?:I{1,3}|IV|V|[1-5])$/, '')
          .split(' ')
          .pop()!,
      )
    ) {
      const of = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(title);
      if (!of || !isTitle(of[1]!.split(' ').pop()!) || !/^\p{Lu}/u.test(of[1]!)) continue;
      [title, employer] = [of[1]!, of[2]!];
    }
    if (title.split(' ').length > 6) continue;
    if (role === null || (m.index < range ? m.index > role.index || role.index > range : false)) {
      role = { title, index: m.index, ...(employer ? { employer } : {}) };
    }
  }
  return role;
}

/**
 * The employer a sentence names after its role ("a Systems Administrator at Crestline IT"), else
 * before it ("I work at Crateflow, …, as a Tier 2 Support Specialist"); null when none.
 */
function proseEmployer(sentence: string, roleAt: number, range: number): string | null {
  const employers = [...sentence.matchAll(PROSE_EMPLOYER)].filter((m) => !isTitle(m[1]!) && !/^I\b/.test(m[1]!));
  const employer =
    employers.find((m) => m.index > roleAt && m.index < Math.max(range, roleAt + 120)) ??
    employers.filter((m) => m.index < roleAt).pop();
  // (the sentence's full stop is no part of the name; "Inc." keeps its own)
  return employer?.[1]?.replace(/(?<!\b(?:Inc|Co|Ltd|Corp|Bros|Jr|Sr|St|L\.?P|L\.?L\.?C))\.$/, '') ?? null;
}

/**
 * A role said after a job's dates on one line, up to what it did: "- senior processor on the retail
 * team; 40-55 file pipeline", ": loan setup and processing assistant: disclosures, …".
 */
const ROLE_AFTER =
  /^\s*[)\]]?\s*(?:[-–—:]|,)\s*([\p{L}][\p{L}'&/ -]{2,60}?)\s*(?=[;:,(]|\s[-–—]\s|\s(?:on|for|in|at|with)\s|\sof\s(?!\p{Lu}\p{Ll})|$)/u;

/**
 * An entry written on one line with its employer and place first and its role after the dates
 * ("• Piedmont Home Lending (bank-owned), Rock Hill SC, Mar 2021-present - senior processor on the
 * retail team; 40-55 file pipeline"): the role after the dates, the employer first; null when
 * the line is written otherwise (a role before the dates, or none after them).
 */
function roleAfterDates(lines: ResumeLine[], job: JobRange, text: string): [string, string] | null {
  if (job.firstLine !== job.lastLine) return null;
  const line = lines[job.firstLine]!;
  const end = job.range.index + job.range.length;
  const before = text.slice(line.contentStart, job.range.index).replace(/^\s*(?:[•·●▪◦■►>*–-]\s*)?/, '');
  const m = ROLE_AFTER.exec(text.slice(end, line.start + line.text.length));
  if (!m || !/[\p{L}]{2}/u.test(before)) return null;
  const role = m[1]!.trim();
  const { parts } = headerFields(before);
  // (the employer and its place before the dates, no role among them; a role of a few words after them)
  if (parts.length === 0 || parts.some(isTitle) || !isTitle(role) || role.split(/\s+/).length > 6) return null;
  return [role, parts[0]!];
}

function titleAndCompany(
  lines: ResumeLine[],
  job: JobRange,
  text: string,
  below: () => boolean,
): [string | null, string | null] {
  // what stands beside the dates on their line
  const beside = restOf(lines, job, text);
  // (a remark beside the dates is no part of their label: "Dates: 06/2015 – 09/2017 (seasonal)")
  const datesLabel = beside.replace(/[\s|,;–—-]*\([^()]*\)$/, '');
  const form = labelled(lines, job, DATE_LABEL.test(datesLabel), below);
  if (form[0] || form[1]) return form;
  const prose = proseHeader(lines, job, text);
  if (prose) return prose;
  // (joining an employer is read in its sentence or not at all)
  if (job.range.joined) return [null, null];
  const entry = roleAfterDates(lines, job, text);
  if (entry) return entry;
  // "August 2022 - Present (full-time)": a remark beside the dates names no title or employer
  // (and so does its length, as a profile export gives it: "Jan 2021 - Present · 6 yrs")
  // (and so is a size said beside them: "180 beds · 2019 - Present", "45 employees | 2020 – 2023")
  const remark =
    /^\([^()]*\)$/.test(beside) ||
    SEASON.test(beside) ||
    isDuration(beside) ||
    SPOKEN_LENGTH.test(beside) ||
    SIZE.test(beside);
  // "03/2021 – Present | Greenmarsh, TN" under "Brannock Freight — Senior Administrator": a place
  // alone beside the dates says where, and the header line above says who and what
  const rest = remark || (isPlaceLine(beside) && !isTitle(beside)) ? '' : beside;
  const { parts, place } = DATE_LABEL.test(rest) ? { parts: [], place: false } : headerFields(rest);
  const prev = neighbour(lines, job.firstLine, -1);
  const next = neighbour(lines, job.lastLine, 1);
  const nextIsTitle = next !== null && isTitle(next) && next.split(/\s+/).length <= 6;
  if (parts.length === 0) {
    // "04/2022 07/2022 (project employment)\nFull Stack Engineer, Jerusalem, Israel"
    if (remark && nextIsTitle) return assign(fields(next));
    // "Title\nCompany\nDates" or "Company\nTitle\nDates": two header lines above the dates
    const [near, far] = nearest(lines, job.firstLine, -1);
    if (prev && far && isHeaderLike(far) && !isPlaceLine(far.content)) {
      const [above, beyond] = [fields(prev), fields(far.content)];
      // "Emergency Veterinary Technician\nCarolina Veterinary Specialists & Emergency - Raleigh,
      // NC\nJun 2019 - Mar 2022", "STNA\nBethany Lutheran Village, Centerville, OH\n…": when
      // both or neither sound like roles, the line with a place is the employer's
      if (near?.content === prev && above.length > 0 && isTitle(far.content) === isTitle(prev)) {
        if (headerFields(prev).place && !headerFields(far.content).place) return [beyond[0]!, above[0]!];
      }
      if (above.length === 1 && beyond.length === 1) {
        if (isTitle(far.content) && !isTitle(prev)) return [beyond[0]!, above[0]!];
        if (isTitle(prev) && !isTitle(far.content) && near?.content === prev) return [above[0]!, beyond[0]!];
      }
      // "Student Teacher - Kindergarten\nBlanche Elementary, Folsom Cordova USD\nAug 2021 - May
      // 2022": an employer's line of several fields under a title's line of several
      if (beyond.length > 0 && isTitle(beyond[0]!) && above.length > 0 && !above.some(isTitle)) {
        return [beyond[0]!, above[0]!];
      }
    }
    // a federal resume's entry: the employer above its dates, its fields and then its title below
    const below = prev !== null && !fields(prev).some(isTitle) ? titleAfterFields(lines, job.lastLine) : null;
    if (below) return [below, fields(prev!)[0] ?? null];
    // "Prairie Lakes Electric Cooperative, Willmar Crossing, MN" over "2017 – present" over
    // "Journeyman Lineman / Relief Foreman": the employer with its place above the dates, the title
    // right under them
    // (with the job's bullets under the title: not the next job's header)
    const under = job.lastLine + 1 < lines.length ? lines[job.lastLine + 1]! : undefined;
    const bullets = job.lastLine + 2 < lines.length && BULLET.test(lines[job.lastLine + 2]!.content);
    if (
      prev !== null &&
      nextIsTitle &&
      under?.content === next &&
      !BULLET.test(next) &&
      bullets &&
      !fields(prev).some(isTitle)
    )
      return [fields(next)[0] ?? next, fields(prev)[0] ?? null];
    return assign(fields(prev ?? next ?? ''));
  }
  // "Staff RN / Relief Charge Nurse - Medical ICU\nMercy Lakeview Hospital, Cincinnati, OH |
  // 02/2018 - Present", "Student Teacher, Grades 1 and 5\nSacramento City USD | Aug 2015 - …":
  // a title with its unit above the employer
  const above = prev !== null && !isPlaceLine(prev) ? headerFields(prev) : null;
  if (parts.length === 1 && !isTitle(parts[0]!) && above && !above.place && above.parts.length > 1) {
    if (isTitle(above.parts[0]!)) return [above.parts[0]!, parts[0]!];
  }
  if (!parts.some(isTitle) && nextIsTitle) return [next, parts.join(', ')];
  // "Carolina Millworks Group, Charlotte, NC\nManager, Payroll & Benefits   2021 – Present": under an
  // employer with a place, a bare rank and what it runs beside the dates are the title
  if (
    parts.length === 2 &&
    !place &&
    BARE_ROLE.test(parts[0]!) &&
    prev !== null &&
    headerFields(prev).place &&
    !isTitle(prev)
  )
    return [parts.join(', '), fields(prev)[0]!];
  // "Senior HR Generalist\nGlacier Ridge Foods - Anoka, MN (plants in …) | 01/2020 - Present": the
  // employer's fields beside the dates, the title on the line above
  // (or a title with its unit beside an employer with a place: "Pricing Analyst - Personal Auto"
  // over "Prairie Shield Insurance Company | Westhaven, IN | Jan 2023 - present")
  const titled = prev !== null ? headerFields(prev) : null;
  if (
    parts.length > 1 &&
    !parts.some(isTitle) &&
    titled !== null &&
    isTitle(titled.parts[0] ?? '') &&
    (titled.parts.length === 1 || (titled.parts.length === 2 && !isTitle(titled.parts[1]!) && !titled.place && place))
  )
    return [titled.parts.join(' - '), parts[0]!];
  // "Paystrand - payments platform (remote)\nSenior Support Specialist, Escalations | Jan 2022 -
  // present": a title and its unit beside the dates, under the employer's own line
  const [near] = nearest(lines, job.firstLine, -1);
  if (
    parts.length === 2 &&
    isTitle(parts[0]!) &&
    !isTitle(parts[1]!) &&
    !place &&
    /^[^()\d]*\p{L}[^()]*$/u.test(parts[1]!) &&
    parts[1]!.split(/\s+/).length <= 3 &&
    !LEGAL_SUFFIX.test(parts[1]!) &&
    near !== undefined &&
    !near.heading &&
    near.content === prev &&
    !prev.includes(':') &&
    !isTitle(prev) &&
    !isPlaceLine(prev) &&
    !hasDegree(prev) &&
    fields(prev).length > 0
  )
    return [parts.join(', '), fields(prev)[0]!];
  if (parts.length > 1) return assign(parts);
  const only = parts[0]!;
  // "Child Family Advocate\nAugust 2013 to Current Acme Family Services - Boston, MA": what stands
  // beside the dates with a place is the employer, and the header line above is the title
  if (!isTitle(only) && above?.parts.length === 1 && (place || isTitle(above.parts[0]!)) && !above.place) {
    return [above.parts[0]!, only];
  }

  // "Acme Family Services, Boston, MA\nChild Family Advocate, August 2013 to Current": the line
  // above with a place is the employer
  if (above?.place && above.parts.length === 1 && !place) return [only, above.parts[0]!];
  const other = [prev, next].map((s) => (s ? fields(s)[0] : undefined)).find((s) => s && !isTitle(s)) ?? null;
  return isTitle(only) ? [only, other] : [only, null];
}

/** A figure and what it counts, in lower case: "180 beds", "45 employees", "12 direct reports", "$4.2M budget". */
const SIZE =
  /^[~$]?\d[\d,.]*\s*[KMB]?\+?\s+(?:(?:direct|total|licensed|skilled|acute|full-time|part-time)\s+)?(?:beds|employees|staff|reports|stores|locations|units|sites|clinics|schools|students|residents|patients|associates|agents|people|members|budget|revenue|sq\.?\s*ft|square\s+feet|rooms|keys|covers|seats|trucks|drivers|properties|doors|lots|homes|accounts|clients|projects|FTEs?)$/iu;

/**
 * A job's length said in words beside its dates, as prose does: "Three years and three months,
 * from September 2023 to the present.", "Four years, from 2019 to 2023." No title or employer.
 */
const SPOKEN_LENGTH =
  /^(?:(?:about|over|nearly|almost|just\s+(?:over|under)|more\s+than|under)\s+)?(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years?|months?)(?:,?\s+and\s+(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?)?[\s,|]*(?:from|since|between)?[\s|.]*$/i;

/** When in the year or on what terms, written beside the dates ("Summers 2019 - 2021"): no title. */
const SEASON =
  /^(?:summers?|winters?|springs?|falls?|autumns?|seasonal|part[- ]time|full[- ]time|contract|per diem|prn)$/i;

/** Header lines a job may have above its dates: its title, its employer. */
const HEADER_LINES_ABOVE = 2;

/**
 * The stretch of text each job's entry covers, as offsets into the text: from its header lines
 * above its dates (title, employer) down to the next job's header, the next section heading or
 * the end. Same order as `jobs`.
 */
export function jobBlocks(lines: ResumeLine[], jobs: JobRange[], textLength: number): { from: number; to: number }[] {
  const starts = jobs.map((job) => {
    let first = job.firstLine;
    for (let i = job.firstLine - 1, seen = 0; i >= 0 && seen < HEADER_LINES_ABOVE; i--) {
      const l = lines[i]!;
      if (!l.content) continue;
      if (l.heading || !isHeaderLike(l)) break;
      first = i;
      seen++;
    }
    return first;
  });
  return jobs.map((job, k) => {
    // a block never reaches back past the previous job's dates
    const from = Math.max(starts[k]!, k > 0 ? jobs[k - 1]!.lastLine + 1 : 0, 0);
    let end = k + 1 < jobs.length ? Math.max(starts[k + 1]!, job.lastLine + 1) : lines.length;
    for (let i = job.lastLine + 1; i < end; i++) {
      if (lines[i]!.heading) {
        end = i;
        break;
      }
    }
    const start = lines[Math.min(from, job.firstLine)]!.start;
    return { from: start, to: end < lines.length ? lines[end]!.start : textLength };
  });
}

/** What a dated entry says of a time away from work: "Career Break", "Parental leave", "Sabbatical". */
const BREAK =
  /^(?:career\s+(?:break|gap|pause)|employment\s+gap|sabbatical|(?:parental|maternity|paternity|family|medical|personal)\s+leave|(?:family|full-?time)\s+caregiv\w*|caregiv\w*\s+(?:for|to)\s+(?:a\s+)?(?:family|my|parent|child)\w*|stay-at-home\s+(?:parent|mom|dad)|full-?time\s+parent)\b/i;

/** A sentence's words of who one is, before a role it names: "I'm currently a", "I've been the", "I'm currently Sales Manager". */
const SAID_OF_ONESELF =
  /^(?:I['’]m|I\s+am|I['’]ve\s+been|I\s+have\s+been)\s+(?:(?:currently|now|still)\s+)?(?:(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?=\S)|(?=\p{Lu}))/u;
/** The number of an item of a numbered list: "1. ", "(2) ", "3) ". */
const LIST_NUMBER = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.)])\s+(?=\p{L}|\d+\p{L})/u;

/** A section's name, not a role: "MILITARY EXPERIENCE", "Professional Experience", "Work History". */
const SECTION_NAME =
  /^(?:(?:military|work|professional|civilian|relevant|other|employment|career|volunteer)\s+)?(?:experience|service|history|employment)$/i;

/** How many lines below an employer's span, or the role before, the next role held there may start. */
const EMPLOYER_SPAN_LINES = 4;

/** Whether a range lies within another ("2021 – Present" within "2018 – Present"). */
function within(inner: DateRange, outer: DateRange): boolean {
  if (monthIndex(inner.start) < monthIndex(outer.start)) return false;
  if (outer.end === null) return true;
  return inner.end !== null && monthIndex(inner.end) <= monthIndex(outer.end);
}

/** Experience entries (in resume order) and total years covered by them. */
export function parseExperience(
  lines: ResumeLine[],
  text: string,
  now: Date,
): { entries: ExperienceEntry[]; years: number | null } {
  let fieldsBelow: boolean | undefined;
  const below = () => (fieldsBelow ??= formFieldsBelow(lines));
  // a break between jobs, dated as one ("Career Break | Jan 2020 – Feb 2022"), is no work
  const jobs = jobRanges(lines, text)
    .map((job) => ({ job, header: titleAndCompany(lines, job, text, below) }))
    .filter(({ header: [title] }) => !(title && BREAK.test(title)))
    // "Since joining Toastmasters in 2012, I have given …": joining names no work but with a role
    .filter(({ job, header: [title] }) => !(job.range.joined && title === null));
  const entries: ExperienceEntry[] = [];
  // "GreenEdge Landscaping, Raleigh, NC   2018 – Present" over "Crew Foreman (2021 – Present)" and
  // "Crew Member (2018 – 2021)": an employer's span over the roles held there in turn is no job of
  // its own; the roles are the jobs, at that employer (its years still count, once)
  let employer: { name: string; range: DateRange; lastLine: number } | null = null;
  for (const [k, { job, header }] of jobs.entries()) {
    const title = header[0];
    let company = header[1];
    if (employer && (!within(job.range, employer.range) || job.firstLine - employer.lastLine > EMPLOYER_SPAN_LINES)) {
      employer = null;
    }
    const next = jobs[k + 1];
    const spans =
      next !== undefined &&
      next.header[0] !== null &&
      within(next.job.range, job.range) &&
      next.job.firstLine - job.lastLine <= EMPLOYER_SPAN_LINES;
    if (title && company === null && !isTitle(title) && spans && next.header[1] === null && isTitle(next.header[0]!)) {
      employer = { name: headerFields(title).parts[0] ?? title, range: job.range, lastLine: job.lastLine };
      continue;
    }
    // "MILITARY EXPERIENCE — UNITED STATES NAVY, 2004 to 2012" over the ranks held: a dated heading
    // is a span of the roles under it, at the employer it names
    if (title && SECTION_NAME.test(title) && spans) {
      employer = company ? { name: company, range: job.range, lastLine: job.lastLine } : null;
      continue;
    }
    if (employer && company === null) company = employer.name;
    if (employer) employer.lastLine = job.lastLine;
    entries.push({
      // (a list's number is no word of the title or the employer: "1. Docketing Specialist")
      // (nor is the sentence's "I'm currently a": "I'm currently a histotech at …")
      title: title ? title.replace(LIST_NUMBER, '').replace(SAID_OF_ONESELF, '').slice(0, 120) : null,
      company: company ? company.replace(LIST_NUMBER, '').slice(0, 120) : null,
      start: isoMonth(job.range.start),
      end: job.range.end ? isoMonth(job.range.end) : null,
    });
  }
  return {
    entries,
    years: yearsCovered(
      jobs.map(({ job }) => job.range),
      now,
    ),
  };
}

/** Numbers as resumes and job posts write them in words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

/** A count of years as a figure or in words, for a pattern: "12", "2.5", "thirteen". */
export const YEARS_COUNT = String.raw`(\d{1,2}(?:\.\d)?|${Object.keys(NUMBER_WORDS).join('|')})`;

/**
 * Years from an explicit statement ("over 20 years of experience", "7+ years of proven
 * experience", "five years' tenure"), for resumes without usable date ranges. The largest wins,
 * since smaller figures are usually about one skill ("3 years of React experience").
 */
export function statedYears(text: string): { years: number; index: number; length: number } | null {
  const re = new RegExp(
    String.raw`\b${YEARS_COUNT}\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:(?!old\b|of\s+age\b)[\w-]+\s+){0,3}?(?:experience|tenure)\b`,
    'gi',
  );
  let best: { years: number; index: number; length: number } | null = null;
  for (const m of text.matchAll(re)) {
    const raw = m[1]!.toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    if (Number.isFinite(n) && n > 0 && n <= 60 && (best === null || n > best.years)) {
      best = { years: n, index: m.index, length: m[0].length };
    }
  }
  return best;
}

/**
 * Date ranges in resumes ("Jan 2018 - Present", "2015 – 2019", "03/2017 - 06/2020",
 * "June 2019 to Current") and the arithmetic of experience: months, overlaps, "present".
 * "Now" is always passed in, never read from the clock, so results are reproducible.
 */

/** A month, or a bare year when the resume gives no month. */
export interface MonthPoint {
  year: number;
  /** 1-12; 1 for a bare year. */
  month: number;
  precision: 'month' | 'year';
}

/** A date range found in a text. `end: null` means "present". */
export interface DateRange {
  start: MonthPoint;
  end: MonthPoint | null;
  /** Offset and length of the whole range in the searched text. */
  index: number;
  length: number;
  /** Said as joining an employer ("Since joining Acme in 2019"): work only where a role is named with it. */
  joined?: boolean;
  /**
   * For a range to the present, the months the resume says it has lasted ("Oct 2024 – Present (7
   * months)", a profile export's "· 2 yrs 3 mos"): "present" was when the resume was written.
   */
  statedMonths?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** A season stands for its first month, as a rough but consistent reading of "Summer 2022". */
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;
/** A quarter of the year ("Q3 2021"), read as its first month as a season is; only in a range with its dash. */
const QUARTER = String.raw`q[1-4]`;
const YEAR = String.raw`(?:19|20)\d{2}`;
/** A date with its day: "01/09/2018", "15.03.2019", "2019-03-15". */
const DAY_POINT = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]${YEAR}|${YEAR}-\d{1,2}-\d{1,2})(?![\d/.-])`;
const POINT = String.raw`(?:${DAY_POINT}|(?:${MONTH}|${SEASON}|${QUARTER}),?\s+${YEAR}|(?:${MONTH}|${SEASON}|${QUARTER}),?\s*['’]\d{2}(?!\d)|\d{1,2}\s*[/.-]\s*${YEAR}|${YEAR}\s*[/.-]\s*\d{1,2}(?![\d/.-])|${YEAR})`;
// ("to date": the "to" may be read as the range's dash, and "date" is then its end)
// ("Pres." is present where a range ends: "Sep 2024 – Pres.")
// ("from September 2023 to the present", as prose says it)
const PRESENT = String.raw`(?:(?:the\s+)?present|pres\.|current(?:ly)?|now|today|ongoing|(?:till|to)\s+date|(?<=\b(?:to|till)\s+)date(?![\w-]))`;
/** A range's end that is "present" as matched (the "date" of "to date" alone). */
const PRESENT_END = /^(?:(?:the\s+)?present|pres\.|current(?:ly)?|now|today|ongoing|(?:till|to)\s+date|date)$/i;
const SEP = String.raw`\s*(?:-{1,2}|–|—|~|to|until|till|through|thru)\s*`;
/**
 * A month of two digits with a year of two ("06/18"), read only as an end of a range of two such
 * dates or one and "present" ("06/18 – 12/20", "06/18 – to date"): alone it may be a day of a
 * month, and "7/10 to 9/10" is a score.
 */
const SHORT_POINT = String.raw`(?:0[1-9]|1[0-2])\/\d{2}(?![\d/])`;
/** A date with its month ("Apr 2016", "4/2016", "2016-04"): not a bare year. */
const MONTH_POINT = String.raw`(?:(?:${MONTH}|${SEASON}),?\s+${YEAR}|\d{1,2}\s*[/.-]\s*${YEAR}|${YEAR}\s*[/.-]\s*\d{1,2}(?![\d/.-]))`;
const RANGE_RE = new RegExp(
  // A range may be glued to a heading ("Experience2019 – Now") but never starts mid-number or mid-word.
  String.raw`(?:(?<![A-Za-z\d/.-])(?=[A-Za-z])|(?<![\d/.-])(?=\d))` +
    // two dates with their months and nothing but space between are a range whose dash was lost
    // (a PDF or a converted DOCX drops the glyph: "4/2016  5/2022, Motorola"); two bare years
    // are one only when run together with nothing between ("20182020 Yandex")
    String.raw`(?:(${POINT})${SEP}(${POINT}|${PRESENT})|(${MONTH_POINT})\s+(${MONTH_POINT})|(${YEAR})(${YEAR})|(${SHORT_POINT})${SEP}(${SHORT_POINT}|${PRESENT})|(${MONTH})${SEP}(${MONTH},?\s+${YEAR}))(?![\w/])`,
  'gi',
);

/** Two-digit years below this are of the 2000s, the rest of the 1900s. */
const TWO_DIGIT_PIVOT = 50;

/** Parses one date such as "Jan 2018", "03/2017", "2017-03", "Summer 2022" or "2015". */
export function parsePoint(raw: string): MonthPoint | null {
  const s = raw.trim().toLowerCase();
  // "Q3 2021", "Q3 '21": the quarter's first month
  let m = /^q([1-4]),?\s*(?:(\d{4})|['’](\d{2}))$/.exec(s);
  if (m) {
    const year = m[2] ? Number(m[2]) : (Number(m[3]) < TWO_DIGIT_PIVOT ? 2000 : 1900) + Number(m[3]);
    return { year, month: (Number(m[1]) - 1) * 3 + 1, precision: 'month' };
  }
  m = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 3)] ?? SEASONS[m[1]!];
    return month ? { year: Number(m[2]), month, precision: 'month' } : null;
  }
  // a date with its day: the month is the one of the two numbers that can be one, the second
  // where both can ("01/09/2018" is read as the US writes it; "15.03.2019" and "31/08/2021" say)
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const month = a > 12 || m[2] === '.' ? b : a;
    return monthPoint(Number(m[4]), month);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return monthPoint(Number(m[1]), Number(m[2]));
  // "Jan '19": a month with its year's last two digits
  m = /^([a-z]+)\.?,?\s*['’](\d{2})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 3)] ?? SEASONS[m[1]!];
    const yy = Number(m[2]);
    return month ? { year: (yy < TWO_DIGIT_PIVOT ? 2000 : 1900) + yy, month, precision: 'month' } : null;
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s) ?? null;
  if (m) return monthPoint(Number(m[2]), Number(m[1]));
  // "06/18": 2018, "11/97": 1997 (a fixed pivot: the reading never depends on the clock)
  m = /^(\d{1,2})\/(\d{2})$/.exec(s);
  if (m) {
    const yy = Number(m[2]);
    return monthPoint((yy < TWO_DIGIT_PIVOT ? 2000 : 1900) + yy, Number(m[1]));
  }
  m = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(s);
  if (m) return monthPoint(Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(s);
  return m ? { year: Number(m[1]), month: 1, precision: 'year' } : null;
}

function monthPoint(year: number, month: number): MonthPoint | null {
  return month >= 1 && month <= 12 ? { year, month, precision: 'month' } : null;
}

/**
 * How long a range to the present has lasted, said right after it: "(7 months)", "(2 years 3
 * months)", "· 4 yrs 11 mos", "| 1 yr".
 */
const STATED_DURATION =
  /^[ \t]*[(·•|–—-]?[ \t]*(?:(\d{1,2})[ \t]*(?:years?|yrs?)\.?(?:,?[ \t]*(?:and[ \t]+)?(\d{1,2})[ \t]*(?:months?|mos?)\.?)?|(\d{1,2})[ \t]*(?:months?|mos?)\.?)[ \t]*(?:\)|$|\n|[|·•])/i;

/** Whether a text is a length of time and nothing more: "6 yrs", "4 yrs 7 mos", "(8 months)". */
export function isDuration(text: string): boolean {
  const m = STATED_DURATION.exec(text);
  return m !== null && m[0].trim().length >= text.trim().length - 1;
}

/** Finds every date range in `text`, in order. Ranges that end before they start are dropped. */
export function findDateRanges(text: string): DateRange[] {
  const out: DateRange[] = [];
  // a text that writes one date day first ("31/08/2021") writes them all so: "01/06/2021" is June
  const days = [...text.matchAll(/(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(?:19|20)\d{2}(?![\d/.-])/g)];
  // (twice at least: one foreign date, "issued 15/03/2016", says little of the rest)
  const textDayFirst =
    days.filter((d) => Number(d[1]) > 12 && Number(d[3]) <= 12).length >= 2 && !days.some((d) => Number(d[3]) > 12);
  for (const m of text.matchAll(RANGE_RE)) {
    // one alternative of the pattern matched: its two groups are the only ones set
    const [from, to] = m.slice(1).filter((g): g is string => g !== undefined) as [string, string];
    // "Jan–Mar 2021": a start month without its year has the end's; "01/09/2018 – 31/08/2021":
    // the end that says it puts its day first says it for the start too
    const dayFirst =
      textDayFirst || [from, to].some((p) => Number(/^(\d{1,2})[/-]\d{1,2}[/-]\d{4}$/.exec(p.trim())?.[1] ?? 0) > 12);
    const swap = (p: string) => (dayFirst ? p.trim().replace(/^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/, '$1.$2.$3') : p);
    const start = parsePoint(/\d/.test(from) ? swap(from) : `${from} ${/\d{4}/.exec(to)?.[0] ?? ''}`);
    const isPresent = PRESENT_END.test(to.trim());
    const end = isPresent ? null : parsePoint(swap(to));
    if (!start || (!isPresent && !end)) continue;
    // "to the present" ends a range only on a line that dates a job, as prose's does ("Three years,
    // from September 2023 to the present."); elsewhere it is a time the text speaks of
    // ("photographs from 1990 to the present for the archive")
    if (/^the\s/i.test(to.trim()) && !datesALine(text, m.index, m.index + m[0].length)) continue;
    if (end && monthIndex(end) < monthIndex(start)) continue;
    const lasted = isPresent
      ? STATED_DURATION.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
      : null;
    const statedMonths = lasted ? Number(lasted[1] ?? 0) * 12 + Number(lasted[2] ?? lasted[3] ?? 0) : 0;
    out.push({ start, end, index: m.index, length: m[0].length, ...(statedMonths > 0 && { statedMonths }) });
  }
  // an application form's dates, each a field of its own: "Start Date: 05/2020" over "End Date: Present"
  const labelled: DateRange[] = [];
  for (const m of text.matchAll(LABELLED_RANGE)) {
    const span = { index: m.index + m[0].indexOf(m[1]!), length: 0 };
    span.length = m.index + m[0].length - span.index;
    if (out.some((o) => span.index < o.index + o.length && o.index < span.index + span.length)) continue;
    const start = parsePoint(m[1]!);
    const isPresent = PRESENT_END.test(m[2]!.trim());
    const end = isPresent ? null : parsePoint(m[2]!);
    if (!start || (!isPresent && !end) || (end && monthIndex(end) < monthIndex(start))) continue;
    labelled.push({ start, end, ...span });
  }
  return labelled.length > 0 ? [...out, ...labelled].sort((a, b) => a.index - b.index) : out;
}

/** A start and an end date, each in a field of its own on consecutive lines: "Start Date: 05/2020\nEnd Date: Present". */
const LABELLED_RANGE = new RegExp(
  String.raw`^[ \t]*(?:start(?:ing)?\s+date|date\s+(?:started|from|of\s+hire|hired)|from|dates?\s+from)[ \t]*:[ \t]*(${POINT})[ \t]*\r?\n[ \t]*(?:end(?:ing)?\s+date|date\s+(?:ended|left|to)|to|dates?\s+to)[ \t]*:[ \t]*(${POINT}|${PRESENT})[ \t]*$`,
  'gim',
);

/**
 * Whether the range at [from, to) dates its line, not a time its prose speaks of: the line around
 * it reads as a header ("Acme Corp | 2019 to the present", "Senior Analyst (June 2019 to the
 * present)"), few of its words in small letters, or says the job's length before it ("Three years
 * and three months, from September 2023 to the present."); not "Digitized photographs from 1990 to
 * the present for the online archive.".
 */
function datesALine(text: string, from: number, to: number): boolean {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const end = text.indexOf('\n', to);
  const before = text.slice(start, from);
  const after = text.slice(to, end < 0 ? text.length : end);
  if (SAID_LENGTH_FROM.test(before) && /^\s*[.)]?\s*$/.test(after)) return true;
  const small = `${before} ${after}`.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return small.filter((w) => !/^(?:from|since|to|the|and|of|at|in)$/.test(w)).length < SENTENCE_WORDS;
}
/** Words in small letters that make a line prose. */
const SENTENCE_WORDS = 3;
/** A job's length said before its dates, after its header: "Regional Driver, Acme, Ohio — six years, from ". */
const SAID_LENGTH_FROM =
  /(?:^|[,—–-]\s*)(?:(?:about|over|nearly|almost|just\s+over)\s+)?(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:years?|months?)(?:,?\s+and\s+(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?)?,?\s*(?:from|since)\s+$/i;

/** "Since 2021", "since March 2019": the start of work that goes on (see {@link findSinceRanges}). */
const SINCE_RE = new RegExp(String.raw`\bsince\s+(${MONTH_POINT}|${YEAR})(?![\w/])`, 'gi');
/** "Since joining Acme Corp in 2019": the start of work at a named employer that goes on. */
const SINCE_JOINING = /\b[Ss]ince\s+(?:joining|starting\s+(?:at|with))\s+(?:\p{Lu}[\p{L}\d&'.-]*\s+){1,5}in\s+/gu;
/** The date after {@link SINCE_JOINING}. */
const JOINED_WHEN = new RegExp(String.raw`^(?:${MONTH_POINT}|${YEAR})(?![\w/])`, 'i');
/**
 * Joining an employer at a date, in a sentence, with the role it was joined as: "joined Great Lakes
 * Mutual Insurance in Indianapolis in August 2022 as a Software Engineer I", "started at Acme Corp
 * in 2019 as an analyst".
 */
const JOINED_AS = new RegExp(
  String.raw`\b(?:[Jj]oined|[Ss]tarted\s+(?:at|with))\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d&'.-]*\s+(?:(?:of|and|&)\s+)?){1,6}(?:in\s+\p{Lu}[\p{L}.'-]*(?:,?\s+\p{Lu}[\p{L}.'-]*)?\s+)?in\s+((?:\p{L}+\.?,?\s+)?${YEAR})(?![\w/]),?\s+as\s+(?:an?|the)\s+(?=\p{Lu})`,
  'u',
);

/** A role joined that is a membership, not a job: "as a Charter Member", "as a Treasurer". */
const MEMBERSHIP =
  /^(?:[\p{L}-]+\s+){0,2}(?:member|members|volunteer|treasurer|secretary|trustee|chair(?:man|woman|person)?|fellow|delegate)\b/iu;
/** A job left, said after it was joined: "… and left in 2014", "separated in 2008", "until 2019". */
const LEFT = new RegExp(
  String.raw`\b(?:left|separated|departed|resigned|retired|moved\s+on|stayed\s+until|until|through)\b[^.;]{0,40}?\b(?:(\p{L}+)\.?,?\s+)?(${YEAR})(?![\w/])`,
  'u',
);

/** The month before a month: the end of work left when the next was joined. */
function lastMonthBefore(p: MonthPoint): MonthPoint {
  return p.month > 1 ? { ...p, month: p.month - 1 } : { ...p, year: p.year - 1, month: 12 };
}

/** What a sentence says of work held since a date, in the present perfect: "she has worked as", "I have been working at". */
const HELD_SINCE =
  /\b(?:has|have)\s+(?:been\s+)?(?:work(?:ed|ing)|employed|serv(?:ed|ing)|practi[cs](?:ed|ing))\s+(?:as|at|for|with)\b/i;
/**
 * …or a role named before its employer: "I have been the Sales Manager for …", "I have been
 * Licensed Funeral Director … for Brightwater …", "I am lead finisher with Trinity Slab Works (since
 * 2020)". Case-sensitive: with /i, \p{Lu} matches any letter ("been looking for a new role").
 * (not a patron's or a pupil's place: "a patient at Mercy Hospital", "a student at Ohio State")
 */
const HELD_AS_NAMED =
  /(?:\b[Hh]a(?:s|ve)|['’]ve)\s+been\s+(?:(?:[Tt]he|[Aa]n?|[Oo]ur)\s+|(?=\p{Lu}))(?!(?:[\p{L}&/-]+\s+){0,2}?(?:student|patient|customer|client|member|resident|guest|tenant|subscriber|parent|fan)s?\b)(?:[\p{L}&/-]+\s+){0,8}?(?:at|for|with)\s+(?:the\s+)?\p{Lu}|\bI(?:\s+am|['’]m)\s+(?:(?:currently|now)\s+)?(?:the\s+|an?\s+)?(?:[\p{L}&/-]+\s+){0,5}?(?:at|for|with)\s+(?:the\s+)?\p{Lu}[^()]*\(\s*since\b/u;
/**
 * …or a role held as, by a verb of the perfect, and its employer: "I've run my own crew as foreman
 * since 2022 with Plainsview Telecom Contractors" (not a patron's, a pupil's or a volunteer's place,
 * nor by a verb of one: "I've volunteered as a coach since 2019 with Little League", "I have
 * studied as a part-time learner since 2021 with Coursera").
 */
const HELD_AS_AT =
  /(?:['’]ve|\b[Hh]a(?:ve|s))\s+(?:(?!(?:volunteer|studi|attend|enroll|us|participat|compet|play|visit|liv|stay|shopp|donat|list)ed\b)\p{Ll}+ed|run|led|done|held)\b[^()\n]{0,60}?\bas\s+(?:an?\s+|the\s+)?(?!(?:[\p{L}&/-]+\s+){0,2}?(?:student|patient|customer|client|member|resident|guest|tenant|subscriber|parent|fan|volunteer)s?\b)\p{L}[^()\n]{0,60}?\b(?:at|for|with)\s+(?:the\s+)?\p{Lu}/u;
/** "…, where I've been since October 2023": held where the sentence before names an employer ("… at Palm Coast Memorial"). */
const WHERE_SINCE = /\b[Ww]here\s+(?:I|s?he|they)(?:['’]ve|\s+ha(?:ve|s))\s+(?:been|worked)\b/;
const AT_EMPLOYER = /\b(?:at|for|with)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Work held from a date to now, said in a sentence: "Since 2021 she has worked as a Senior Auto
 * Claims Adjuster at …", "I have been with Acme since March 2019". Only where the sentence says
 * work is held since then: "in business since 1987" and "a member since 2015" are no jobs.
 */
export function findSinceRanges(text: string): DateRange[] {
  const out: DateRange[] = [];
  for (const m of text.matchAll(SINCE_RE)) {
    // the clause around it, within its line ("…, and has been a member of AACN since 2012" says
    // nothing of the work before its comma)
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const from =
      Math.max(-1, ...[...before.matchAll(/[.!?]\s|[\n,;]|\band\b/g)].map((b) => b.index + b[0].length - 1)) + 1;
    const after = text.slice(m.index, m.index + 200);
    // (not at an "and" inside a role's name in capitals: "Funeral Director & Embalmer and Location Manager")
    // (but at "and I": "a member of AACN since 2012 and I have worked at Mercy")
    const to = /[.!?](?:\s|$)|[\n,;]|\band\b(?!\s+(?!I\b)\p{Lu})/u.exec(after.slice(5))?.index ?? after.length;
    const clause = before.slice(from) + after.slice(0, to + 5);
    const sentence = before.slice(
      Math.max(-1, ...[...before.matchAll(/[.!?]\s|\n/g)].map((b) => b.index + b[0].length - 1)) + 1,
    );
    if (
      !HELD_SINCE.test(clause) &&
      !HELD_AS_NAMED.test(clause) &&
      !HELD_AS_AT.test(clause) &&
      !(WHERE_SINCE.test(clause) && AT_EMPLOYER.test(sentence.slice(0, sentence.search(/\bwhere\b/i))))
    )
      continue;
    const start = parsePoint(m[1]!);
    if (start) out.push({ start, end: null, index: m.index, length: m[0].length });
  }
  // "Since joining Tessaro in 2018, Priya has …": joining an employer is work held since
  for (const m of text.matchAll(SINCE_JOINING)) {
    const when = JOINED_WHEN.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    const start = when ? parsePoint(when[0]) : null;
    if (start) out.push({ start, end: null, index: m.index, length: m[0].length + when![0].length, joined: true });
  }
  // "He joined Great Lakes Mutual Insurance in Indianapolis in August 2022 as a Software Engineer
  // I": in a text that dates no job of its own (a biography), work held since then, until it says
  // it was left or the next employer was joined
  const joinedAs: DateRange[] = [];
  if (JOINED_AS.test(text) && findDateRanges(text).length === 0) {
    for (const m of text.matchAll(new RegExp(JOINED_AS.source, 'gu'))) {
      const start = parsePoint(m[1]!);
      // (a membership is no job: "joined the Board of Directors in 2019 as a Treasurer")
      if (!start || MEMBERSHIP.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      const left = LEFT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200).split(/[.!?](?:\s|$)/)[0]!);
      const end = left ? (parsePoint(`${left[1] ?? ''} ${left[2]!}`.trim()) ?? parsePoint(left[2]!)) : null;
      joinedAs.push({ start, end, index: m.index, length: m[0].length, joined: true });
    }
  }
  // (in whatever order the text tells them: each open one ends when the next was joined)
  const byStart = new Map<number, MonthPoint>();
  for (const r of joinedAs) if (!byStart.has(monthIndex(r.start))) byStart.set(monthIndex(r.start), r.start);
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  for (const r of joinedAs) {
    // (the first start after this one, by halving)
    let [lo, hi] = [0, starts.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! > monthIndex(r.start)) hi = mid;
      else lo = mid + 1;
    }
    const next = r.end === null && lo < starts.length ? byStart.get(starts[lo]!)! : undefined;
    out.push(next ? { ...r, end: next.precision === 'month' ? lastMonthBefore(next) : next } : r);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Months since year 0: a total order on months. */
export function monthIndex(p: MonthPoint): number {
  return p.year * 12 + (p.month - 1);
}

/** `YYYY-MM` for the profile. */
export function isoMonth(p: MonthPoint): string {
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

/**
 * The half-open month interval `[start, end)` a range covers, or null when it lies in the future.
 * Month-precise ends are inclusive (Jan–Dec 2018 is 12 months); a bare end year means "until that
 * year began" (2015–2019 is 4 years), but a range is never shorter than a month (or than a year,
 * for "2019 – 2019"). "Present" is the current month, inclusive; nothing extends beyond it.
 */
export function rangeInterval(r: DateRange, now: Date): [number, number] | null {
  const nowEnd = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  const s = monthIndex(r.start);
  if (s >= nowEnd) return null;
  let e: number;
  if (!r.end) e = r.statedMonths ? s + r.statedMonths : nowEnd;
  else if (r.end.precision === 'month') e = monthIndex(r.end) + 1;
  else e = r.end.year === r.start.year && r.start.precision === 'year' ? s + 12 : monthIndex(r.end);
  e = Math.min(Math.max(e, s + 1), nowEnd);
  return [s, e];
}

/** Total months covered by the union of intervals: overlapping jobs count once. */
export function unionMonths(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (const [s, e] of sorted) {
    if (s > curE) {
      total += curE - curS;
      curS = s;
      curE = e;
    } else if (e > curE) {
      curE = e;
    }
  }
  return total + (curE - curS);
}

/** Years covered by the union of ranges, rounded to one decimal; null when there are none. */
export function yearsCovered(ranges: DateRange[], now: Date): number | null {
  const intervals = ranges.map((r) => rangeInterval(r, now)).filter((x): x is [number, number] => x !== null);
  if (intervals.length === 0) return null;
  return Math.round((unionMonths(intervals) / 12) * 10) / 10;
}

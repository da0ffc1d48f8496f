/**
 * A resume kept as JSON in the JSON Resume schema (https://jsonresume.org/schema, the format of
 * the `resume-cli` and of many online builders' exports), written out as the plain-text resume it
 * describes, so that it is read as any other: its name and contacts on top, then its sections under
 * their usual headings, each job as its title, employer and dates over its highlights.
 */

/** Fields of the schema this reads; anything else in the file is left out. */
interface JsonResume {
  basics?: {
    name?: unknown;
    label?: unknown;
    email?: unknown;
    phone?: unknown;
    url?: unknown;
    website?: unknown;
    profiles?: unknown;
    summary?: unknown;
    location?: {
      address?: unknown;
      postalCode?: unknown;
      city?: unknown;
      region?: unknown;
      countryCode?: unknown;
    } | null;
  } | null;
  work?: unknown;
  volunteer?: unknown;
  education?: unknown;
  certificates?: unknown;
  awards?: unknown;
  skills?: unknown;
  languages?: unknown;
  projects?: unknown;
  interests?: unknown;
}

/**
 * Whether a JSON object is a JSON Resume: its `basics` an object naming the person, or its `work`
 * a list of jobs in the schema's words (`position`, `startDate`); any other JSON is left as it is.
 */
function isJsonResume(r: JsonResume): boolean {
  const basics = r.basics;
  const named =
    typeof basics === 'object' && basics !== null && !Array.isArray(basics) && (str(basics.name) || str(basics.email));
  const jobs = records(r.work).some((w) => 'position' in w || 'startDate' in w);
  return Boolean(named) || jobs;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A string field, trimmed; anything else is absent. */
function str(v: unknown): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
}

/** The objects of an array field. */
function records(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v)
    ? v.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r))
    : [];
}

/** The strings of an array field. */
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str).filter(Boolean) : [];
}

/**
 * A schema date ("2021-03-01", "2021-03", "2021", a timestamp "2021-03-01T00:00:00.000Z", the number
 * 2021) as a resume writes it: "Mar 2021", "2021".
 */
function dateText(v: unknown): string {
  const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : str(v);
  const m = /^(\d{4})(?:-(\d{1,2})(?:-\d{1,2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(s);
  if (!m) return s;
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return month ? `${month} ${m[1]}` : m[1]!;
}

/** A span of dates; an entry with a start and no end is current. */
function span(start: unknown, end: unknown): string {
  const from = dateText(start);
  const to = dateText(end);
  if (!from) return to;
  return `${from} - ${to || 'Present'}`;
}

/**
 * The lines of dated entries (jobs, volunteering, projects): the role over where it was held
 * (each on a line of its own: either may hold a comma, "Smith, Jones & Co., LLP"), over the
 * dates, the summary and the highlights as bullets.
 */
function dated(
  list: unknown,
  role: (r: Record<string, unknown>) => string,
  where: (r: Record<string, unknown>) => string,
  summary: (r: Record<string, unknown>) => string,
): string[][] {
  return records(list).map((r) =>
    [role(r), where(r), span(r.startDate, r.endDate), summary(r), ...strings(r.highlights).map((h) => `- ${h}`)].filter(
      Boolean,
    ),
  );
}

/** The fields each section of the schema is read by (see {@link jsonResumeText}); the rest is left over. */
const READ: Readonly<Record<string, ReadonlySet<string>>> = {
  basics: new Set(['name', 'label', 'email', 'phone', 'url', 'website', 'summary', 'location', 'profiles']),
  location: new Set(['address', 'postalCode', 'city', 'region', 'countryCode']),
  profiles: new Set(['url']),
  work: new Set([
    'position',
    'name',
    'company',
    'location',
    'startDate',
    'endDate',
    'summary',
    'description',
    'highlights',
  ]),
  volunteer: new Set(['position', 'organization', 'startDate', 'endDate', 'summary', 'highlights']),
  education: new Set(['institution', 'area', 'studyType', 'startDate', 'endDate', 'courses']),
  certificates: new Set(['name', 'issuer', 'date']),
  awards: new Set(['title', 'awarder', 'date']),
  projects: new Set(['name', 'entity', 'startDate', 'endDate', 'description', 'highlights']),
  skills: new Set(['name', 'level', 'keywords']),
  languages: new Set(['language', 'fluency']),
  interests: new Set(['name', 'keywords']),
};

/**
 * Every string and number of a JSON value that the sections above do not read, as "key: value"
 * lines in the file's order: nothing of the file is lost or left unread (the fields of other
 * schemas, notes, what a writer hid there).
 */
function leftovers(v: unknown, key = '', out: string[] = []): string[] {
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v).replace(/\s+/g, ' ').trim();
    if (s) out.push(key ? `${key}: ${s}` : s);
  } else if (Array.isArray(v)) {
    for (const item of v) leftovers(item, key, out);
  } else if (typeof v === 'object' && v !== null) {
    // (a section's records give up the fields it reads; `basics` its location and profiles too)
    const read = READ[key];
    for (const [k, item] of Object.entries(v)) {
      if (k === '$schema') continue;
      if (read?.has(k) && !(typeof item === 'object' && item !== null && READ[k])) continue;
      leftovers(item, k, out);
    }
  }
  return out;
}

/**
 * The text of a JSON Resume, or null when `text` is not one: a JSON object with at least one of
 * the schema's sections (see {@link SECTIONS}) holding something.
 */
export function jsonResumeText(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const r = doc as JsonResume;
  if (!isJsonResume(r)) return null;

  const out: string[] = [];
  const basics = r.basics && typeof r.basics === 'object' ? r.basics : {};
  const loc = basics.location && typeof basics.location === 'object' ? basics.location : {};
  const place = [
    str(loc.address),
    str(loc.city),
    [str(loc.region), str(loc.postalCode)].filter(Boolean).join(' '),
    str(loc.countryCode),
  ]
    .filter(Boolean)
    .join(', ');
  out.push(...[str(basics.name), str(basics.label)].filter(Boolean));
  // (the schema's `url`, or `website` as its first version named it, and the profiles' links)
  const links = [str(basics.url) || str(basics.website), ...records(basics.profiles).map((p) => str(p.url))];
  const contacts = [str(basics.email), str(basics.phone), place, ...links].filter(Boolean);
  if (contacts.length > 0) out.push(contacts.join(' | '));
  if (str(basics.summary)) out.push('', 'SUMMARY', str(basics.summary));

  const section = (heading: string, lines: string[][]) => {
    if (lines.length === 0) return;
    out.push('', heading);
    for (const [i, l] of lines.entries()) out.push(...(i > 0 ? [''] : []), ...l);
  };
  // (the employer is `name`, or `company` as the schema's first version named it)
  section(
    'EXPERIENCE',
    dated(
      r.work,
      (w) => str(w.position),
      (w) => [str(w.name) || str(w.company), str(w.location)].filter(Boolean).join(', '),
      (w) => str(w.summary) || str(w.description),
    ),
  );
  section(
    'VOLUNTEER EXPERIENCE',
    dated(
      r.volunteer,
      (v) => str(v.position),
      (v) => str(v.organization),
      (v) => str(v.summary),
    ),
  );
  section(
    'EDUCATION',
    records(r.education).map((e) => {
      // ("Bachelor" in "Computer Science": "Bachelor in Computer Science")
      const degree = [str(e.studyType), str(e.area)].filter(Boolean).join(' in ');
      const when = str(e.startDate) ? span(e.startDate, e.endDate) : dateText(e.endDate);
      return [
        [degree, str(e.institution), when].filter(Boolean).join(', '),
        ...strings(e.courses).map((c) => `- ${c}`),
      ];
    }),
  );
  section(
    'CERTIFICATIONS',
    records(r.certificates).map((c) => [[str(c.name), str(c.issuer), dateText(c.date)].filter(Boolean).join(', ')]),
  );
  section(
    'AWARDS',
    records(r.awards).map((a) => [[str(a.title), str(a.awarder), dateText(a.date)].filter(Boolean).join(', ')]),
  );
  section(
    'PROJECTS',
    dated(
      r.projects,
      (p) => str(p.name),
      (p) => str(p.entity),
      (p) => str(p.description),
    ),
  );
  const skills = records(r.skills).map((k) => {
    const keywords = strings(k.keywords);
    return `${str(k.name)}${str(k.level) ? ` (${str(k.level)})` : ''}${keywords.length > 0 ? `: ${keywords.join(', ')}` : ''}`;
  });
  if (skills.some(Boolean)) out.push('', 'SKILLS', ...skills.filter(Boolean));
  const languages = records(r.languages)
    .map((l) => [str(l.language), str(l.fluency)].filter(Boolean).join(' - '))
    .filter(Boolean);
  if (languages.length > 0) out.push('', 'LANGUAGES', ...languages);
  const interests = records(r.interests)
    .map((i) => [str(i.name), strings(i.keywords).join(', ')].filter(Boolean).join(': '))
    .filter(Boolean);
  if (interests.length > 0) out.push('', 'INTERESTS', ...interests);
  // what the file holds beyond the schema's fields read above, so that nothing is lost or unread
  const rest = Object.entries(doc).flatMap(([k, v]) => (k === '$schema' ? [] : leftovers(v, k)));
  if (rest.length > 0) out.push('', 'OTHER', ...rest);
  const resume = out.join('\n').trim();
  return resume ? `${resume}\n` : null;
}

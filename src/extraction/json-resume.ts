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
    summary?: unknown;
    location?: { address?: unknown; city?: unknown; region?: unknown; countryCode?: unknown } | null;
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

/** The sections a JSON Resume may hold: one of them at least makes a JSON object a resume. */
const SECTIONS = ['basics', 'work', 'education', 'skills', 'volunteer', 'certificates', 'projects'] as const;

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

/** A schema date ("2021-03-01", "2021-03", "2021") as a resume writes it: "Mar 2021", "2021". */
function dateText(v: unknown): string {
  const s = str(v);
  const m = /^(\d{4})(?:-(\d{1,2})(?:-\d{1,2})?)?$/.exec(s);
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

/** The lines of one dated entry: its heading, its dates, its summary and its highlights as bullets. */
function entry(heading: string, dates: string, summary: string, highlights: string[]): string[] {
  return [heading, dates, summary, ...highlights.map((h) => `- ${h}`)].filter(Boolean);
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
  if (!SECTIONS.some((k) => r[k] !== undefined && r[k] !== null)) return null;

  const out: string[] = [];
  const basics = r.basics && typeof r.basics === 'object' ? r.basics : {};
  const loc = basics.location && typeof basics.location === 'object' ? basics.location : {};
  const place = [str(loc.city), str(loc.region), str(loc.countryCode)].filter(Boolean).join(', ');
  out.push(...[str(basics.name), str(basics.label)].filter(Boolean));
  const contacts = [str(basics.email), str(basics.phone), place, str(basics.url)].filter(Boolean);
  if (contacts.length > 0) out.push(contacts.join(' | '));
  if (str(basics.summary)) out.push('', 'SUMMARY', str(basics.summary));

  const section = (heading: string, lines: string[][]) => {
    if (lines.length === 0) return;
    out.push('', heading);
    for (const [i, l] of lines.entries()) out.push(...(i > 0 ? [''] : []), ...l);
  };
  section(
    'EXPERIENCE',
    records(r.work).map((w) =>
      entry(
        [str(w.position), [str(w.name), str(w.location)].filter(Boolean).join(', ')].filter(Boolean).join(', '),
        span(w.startDate, w.endDate),
        str(w.summary) || str(w.description),
        strings(w.highlights),
      ),
    ),
  );
  section(
    'VOLUNTEER EXPERIENCE',
    records(r.volunteer).map((v) =>
      entry(
        [str(v.position), str(v.organization)].filter(Boolean).join(', '),
        span(v.startDate, v.endDate),
        str(v.summary),
        strings(v.highlights),
      ),
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
    records(r.projects).map((p) =>
      entry(
        [str(p.name), str(p.entity)].filter(Boolean).join(', '),
        span(p.startDate, p.endDate),
        str(p.description),
        strings(p.highlights),
      ),
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
  const written = out.join('\n').trim();
  return written ? `${written}\n` : null;
}

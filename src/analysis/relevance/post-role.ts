/**
 * The role a job post's description says it hires, for a post whose title names another thing:
 * a page's furniture ("Skip to main content"), the employer ("TULE RIVER COUNTY"), an e-mail's
 * sender. A recruiter types a title; a post pasted whole, or sent by a platform that fills the
 * title with whatever came first, may not have one.
 */
import { isTitle } from '../local/experience.js';
import { termsOf } from './terms.js';

/** How far into a description the role is looked for: where a post says what it hires. */
const LOOKED_CHARS = 3_000;
/** The most words a role's name is read with. */
const MAX_ROLE_WORDS = 7;

/** Lines from the top of a description a role's heading may stand on, and the most words of one. */
const TOP_LINES = 15;
const MAX_LINE_WORDS = 12;

/** A labelled field: "Position: Project Landscape Architect", "Job Title: Planner II". */
const LABELLED =
  /^[ \t>*#•-]*(?:job\s+title|position(?:\s+title)?|title|role|opening|vacancy)\s*[:：]\s*([^\n]{3,100}?)\s*$/gim;
/** A civil-service announcement: "invites applications for the position of:\nNuclear Medicine Technologist II". */
const POSITION_OF =
  /\b(?:[Pp]osition|POSITION|[Rr]ole|ROLE|[Pp]ost|POST|[Cc]lassification|CLASSIFICATION)\s+(?:of|OF)\s*:?[ \t]*\n?[ \t]*(?!The\b)(\p{Lu}[^\n]{2,99})/gu;
/** A sentence that says whom it hires: "we're looking for an experienced Optometric Technician to join…". */
const SEEKING = new RegExp(
  String.raw`(?<!\b(?:[Nn]ot|[Nn]ever|[Aa]lso|[Oo]ur|[Tt]he|[Yy]our)\s+)\b(?:[Ss]eeking|[Hh]iring|HIRING|[Ll]ooking\s+for|[Rr]ecruiting(?:\s+for)?|[Ss]earching\s+for|reaching\s+out\s+about|[Aa]dding)(?:\s*:)?\s+(?!(?:Manager|Coordinator|Team|Partner|Specialist|Lead|Event|Process)\b)` +
    String.raw`(?:(?:an?|one|two|three|our|the|next|new|\d+)\s+)*` +
    String.raw`(?:(?:experienced|skilled|qualified|talented|motivated|dedicated|licensed|certified|full[\s-]time|part[\s-]time|seasoned|EXPERIENCED)\s+)*` +
    String.raw`((?:\p{Lu}[\p{L}&'’/-]*\s+){0,${MAX_ROLE_WORDS - 1}}\p{Lu}[\p{L}'’-]*(?:\s+(?:I{1,3}|IV|[1-4]))?)`,
  'gu',
);
/** A role named as the one it is: "your background caught my eye for a Wound Care Nurse role". */
const ROLE_NAMED = new RegExp(
  String.raw`\b(?:an?|the|our|this)\s+((?:\p{Lu}[\p{L}&'’/-]*\s+){0,${MAX_ROLE_WORDS - 1}}\p{Lu}[\p{L}'’-]*)\s+(?:role|position|opening|vacancy)\b`,
  'gu',
);
/** An e-mail's subject that names the role: "Subject: Planner II opportunity - City of …". */
const SUBJECT = /^Subject:\s*(?:(?:Re|Fwd?|FW):\s*)*([^\n]+?)\s+(?:opportunity|opening|position|role|vacancy)\b/gim;

/** Words that name no one role of a post: "Team Members", "Recruiters", a field's "Supervisor". */
const GENERIC_ROLE =
  /^(?:(?:team|crew|staff|senior|new)\s+)?(?:manager|supervisor|coordinator|director|recruiter|member|partner|specialist|lead|leader|associate|worker|agent|representative|owner)s?$/i;
/** A title that names a role isTitle does not know, by its last word: "Barber", "Esthetician", "Surgical Tech", "Sales Rep". */
const ROLE_NOUN = /(?:er|or|ist|ian|tech|rep)s?$/i;
/** A job board's list of other posts, or the poster's card: no line after it is the post's role. */
const NOT_THE_POST =
  /^(?:similar|related|recommended|other|more)\s+(?:open\s+)?(?:jobs|positions|openings|roles)\b|^people\s+also\s+viewed|^jobs\s+you\s+may\s+like|^posted\s+by\b|^(?:reports?\s+to|supervisor|hiring\s+manager|recruiter|contact)\s*:?$/i;

/** A person's card on a social site, whose next line is that person's own title: "Allison Greer (She/Her) · 2nd". */
const PERSON_CARD = /·\s*(?:1st|2nd|3rd\+?)\s*$|\((?:she|he|they)\/(?:her|him|them)\)/i;
/** A role named for who does it, or by a short word isTitle does not know: "Parts Counter Person", "Pool Service Tech". */
const PERSON_ROLE = /\S\s+(?:person|people|techs?)$/i;

/** A candidate's name of a role, cut at what follows it: " - Group & Association", " (Nights)", ", Denver". */
function roleIn(candidate: string): string | null {
  const role = candidate
    .split(/\s+[-–—|]\s+|\s*[(,;:]\s*|\s+(?:to|at|for|in|with|who|on)\s+/)[0]!
    .replace(/[.!?]+$/, '')
    // (an ad's call for it: "Concrete Finishers Wanted")
    .replace(/\s+(?:wanted|needed|required)$/i, '')
    .trim();
  const words = role.split(/\s+/);
  if (words.length === 0 || words.length > MAX_ROLE_WORDS || GENERIC_ROLE.test(role)) return null;
  if (!isTitle(role) && !PERSON_ROLE.test(role)) return null;
  return role;
}

/**
 * The role the description names, where the title names none of its words; else null. The first
 * that says it: a labelled field, the position an announcement is of, a sentence of whom it is
 * looking for, an e-mail's subject.
 */
export function roleNamedOutsideTitle(title: string, description: string): string | null {
  // (a title that names a role is the post's: "Sous Chef" over "We're also hiring Line Cooks")
  if (isTitle(title)) return null;
  const text = description.slice(0, LOOKED_CHARS);
  const own = new Set(termsOf(title));
  // (a title that names its head already names it: "Tool and Die Maker" and "Die Maker"; not one
  // that shares a word of another kind, "… – Parts Department" and "Parts Counter Person")
  const found = (role: string) => (termsOf(role.split(/\s+/).pop()!).some((t) => own.has(t)) ? null : role);
  // (a sentence of whom it hires is read only where the title names no role isTitle misses: "Barber",
  // "Lab Tech")
  // (not a brand's name written in its own way: "ZipRecruiter", "idealist")
  const last = title.trim().split(/\s+/).pop() ?? '';
  const roleNoun = ROLE_NOUN.test(last) && /^\p{Lu}(?:[\p{Ll}'’-]*|[\p{Lu}'’-]*)$/u.test(last);
  for (const re of roleNoun
    ? [LABELLED, POSITION_OF, SUBJECT]
    : [LABELLED, POSITION_OF, SEEKING, ROLE_NAMED, SUBJECT]) {
    for (const m of text.matchAll(re)) {
      const role = roleIn(m[1]!);
      // (a title that names it already needs nothing: "Tool and Die Maker" and "seeking a Die Maker")
      if (role) return found(role);
    }
  }
  // …else, for a title that is no role's name, a line near the top that is one alone, as a job
  // board heads its page: "Sales Manager - Group & Association" under the hotel's name (in its own
  // case: a union's "DISPATCHER" in capitals is who sends the call, not the role)
  if (roleNoun) return null;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TOP_LINES);
  for (const [i, line] of lines.entries()) {
    if (NOT_THE_POST.test(line)) {
      if (/^(?:similar|related|recommended|other|more|people|jobs)\b/i.test(line)) break;
      continue;
    }
    if (i > 0 && (NOT_THE_POST.test(lines[i - 1]!) || PERSON_CARD.test(lines[i - 1]!))) continue;
    // (nor a page's menu, its items parted by wide spaces: "Jobs   Volunteer   Log In"; a title with
    // one cell beside it is read up to its gap: "Maintenance Technician     Full Time")
    const cells = line.split(/ {3,}/);
    if (cells.length > 2) continue;
    const cell = cells[0]!;
    if (/[.!?:]$/.test(cell) || cell.includes(':') || cell.split(/\s+/).length > MAX_LINE_WORDS) continue;
    const role = roleIn(cell);
    if (role && /^\p{Lu}/u.test(role) && /\p{Ll}/u.test(role)) return found(role);
  }
  return null;
}

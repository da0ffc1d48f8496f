/**
 * Personal details a screener must not see in blind mode: street addresses, date and place of
 * birth, age, nationality, marital status, family, religion, photos, and the handles of profile
 * links. Labelled fields ("Marital Status: Married") go whole, label included; skills, titles,
 * employers, dates of employment and education are never touched by these rules.
 */
import { REDACTED, type Redaction, type RedactionCategory } from './redaction.types.js';

const B = String.raw`(?<![\p{L}\p{N}_-])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
/** What ends a field on a line: a tab, a run of spaces, a bar, bullet or spaced dash, a semicolon, the line's end. */
const FIELD_END = String.raw`(?=\t|\s{2,}|\s*[|•·;]|\s[—–-]\s|\n|$)`;
/** Where a field label may start: a line start, or after a tab, a run of spaces, a bar or a bullet. */
const FIELD_START = String.raw`(?<=^|\n|\t|\s{2}|[|•·]\s*)`;
/** A field's value: at least one visible character, up to {@link FIELD_END}. */
const VALUE = String.raw`[^\n\t|•·;]*?[^\s|•·;][^\n\t|•·;]*?${FIELD_END}`;

/** Labels that only ever introduce a personal detail, recognised anywhere on a line. */
const STRONG_LABELS: readonly [RedactionCategory, string][] = [
  ['dateOfBirth', String.raw`date\s+of\s+birth|birth\s*date|d\.o\.b\.?`],
  ['maritalStatus', String.raw`marital\s+status|civil\s+status`],
  ['nationality', String.raw`nationality|citizenship|place\s+of\s+birth|country\s+of\s+birth`],
  [
    'personalDetail',
    String.raw`religion|caste|ethnicity|(?:father|mother|husband|wife|spouse|guardian)['’]?s?\s+name|passport\s+(?:no\.?|number)|blood\s+group`,
  ],
];
/** Labels that are ordinary words too ("age", "sex"): only at a field start and before a colon or tab. */
const WEAK_LABELS: readonly [RedactionCategory, string][] = [
  ['dateOfBirth', String.raw`dob|born|birthday`],
  ['age', String.raw`age`],
  ['gender', String.raw`gender|sex`],
  ['maritalStatus', String.raw`children|dependents|spouse`],
  ['personalDetail', String.raw`height|weight|race`],
  ['photo', String.raw`photo|photograph|picture|headshot`],
  [
    'address',
    String.raw`(?:home\s+|permanent\s+|current\s+|postal\s+|mailing\s+|residential\s+)?address|residence|post\s*code|zip(?:\s+code)?`,
  ],
];

/** `word` matched in any case, for patterns that must stay case-sensitive elsewhere. */
const anyCase = (word: string) => word.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const STREET_SUFFIX = `(?:${'street st avenue ave road rd way lane ln drive dr boulevard blvd court ct place pl terrace crescent close highway hwy parkway pkwy square sq circle cir trail row alley broadway'
  .split(' ')
  .map(anyCase)
  .join('|')})`;
const STREET_PREFIX = String.raw`(?:Calle|Avenida|Avda\.?|Av\.|Rua|Via|Viale|Piazza|Corso|Largo|Rue|Ulica|ul\.|Plac|Carrer|Paseo|Praça|Travessa)`;
const STREET_WORD_SUFFIX = String.raw`(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|gatan|vägen|veien|vej|gade|laan|straat|plein|utca)`;
/** Capitalised words of a street name ("Front Range", "de la Paz"). */
const STREET_NAME = String.raw`(?:(?:\p{Lu}[\p{L}.'’-]*|de|del|la|las|los|da|do|dos|di|du|des|le)\s+){0,4}?`;
/** The rest of an address after the street: city, region and postcode, up to the field's end. */
const ADDRESS_REST = String.raw`[^\n\t|•·]*?${FIELD_END}`;

const rx = (source: string, flags = 'giu') => new RegExp(source, flags);

/** Unlabelled patterns, with what they remove. */
const PATTERNS: readonly [RedactionCategory, RegExp][] = [
  [
    'address',
    rx(String.raw`${B}\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?,?\s+${STREET_NAME}${STREET_SUFFIX}\.?${E}${ADDRESS_REST}`, 'gu'),
  ],
  ['address', rx(String.raw`${B}${STREET_PREFIX}\s+${STREET_NAME}\d{1,5}[A-Za-z]?${E}${ADDRESS_REST}`, 'gu')],
  ['address', rx(String.raw`${B}\p{Lu}[\p{L}-]*${STREET_WORD_SUFFIX}\s+\d{1,5}[A-Za-z]?${E}${ADDRESS_REST}`, 'gu')],
  ['address', rx(String.raw`${B}p\.?\s?o\.?\s+box\s+\d+${E}`)],
  ['dateOfBirth', rx(String.raw`${B}born(?:\s+and\s+raised)?\s+(?:on|in)\s+[^\n,.;|()]{1,40}`)],
  [
    'age',
    rx(
      String.raw`${B}\d{1,2}[\s-]*(?:years?|yrs?)[\s-]*old${E}|${B}\d{1,2}\s*y\/?o${E}|${B}aged\s*[:-]?\s*\d{1,2}${E}`,
    ),
  ],
  [
    'photo',
    rx(
      String.raw`[[(]\s*(?:photo|photograph|picture|image|headshot)[^\])\n]{0,30}[\])]|${B}(?:passport[-\s]size\s+)?(?:photo(?:graph)?|picture|headshot)\s+(?:attached|enclosed|included|below|above)${E}`,
    ),
  ],
];

/**
 * A file name (taken whole: the look-ahead and back-reference stop the scan from backtracking
 * into long dotted runs), kept when it names an image: "headshot.jpg", "photo_2023.png".
 */
const FILE_NAME = /(?<![\p{L}\p{N}_.-])(?=([\p{L}\p{N}_.-]+))\1/gu;
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?)$/i;

/** A profile label followed by a bare handle ("GitHub: jdoe", "Skype - jane.doe"). */
const PROFILE_HANDLE = rx(
  String.raw`${B}(?:linkedin|github|gitlab|twitter|website|portfolio|blog|behance|dribbble|skype|telegram|instagram|facebook|stack\s?overflow|kaggle)\s*[:\t-]\s*(@?[\p{L}\p{N}._-]{3,})${FIELD_END}`,
);

/** A separator of spaces only: the value must then look like one (capitalised or a number). */
const SPACES_ONLY = /^ +$/;
const VALUE_START = /^[\p{Lu}\d]/u;

function labelled(categories: readonly [RedactionCategory, string][], strong: boolean): [RedactionCategory, RegExp][] {
  return categories.map(([category, label]) => [
    category,
    strong
      ? rx(String.raw`${B}(?:${label})(\s*[:\-–]\s*|\t+\s*| +)(${VALUE})`)
      : rx(String.raw`${FIELD_START}(?:${label})\s*(?::\s*|\t+\s*|-\s+)${VALUE}`),
  ]);
}

const FIELDS = [...labelled(STRONG_LABELS, true), ...labelled(WEAK_LABELS, false)];

/**
 * Redactions for personal details in `text`. A strong label followed by spaces alone counts only
 * before a capitalised value or a number ("Nationality American", "Date of birth 4 May 1990"),
 * not in prose ("Citizenship and Immigration Services").
 */
export function personalDetailRedactions(text: string): Redaction[] {
  const out: Redaction[] = [];
  for (const [category, re] of [...FIELDS, ...PATTERNS]) {
    for (const m of text.matchAll(re)) {
      const [, separator, value] = m;
      if (separator !== undefined && SPACES_ONLY.test(separator) && !VALUE_START.test(value ?? '')) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      out.push({ start, end: m.index + m[0].trimEnd().length, category, replacement: REDACTED });
    }
  }
  for (const m of text.matchAll(FILE_NAME)) {
    if (IMAGE_EXTENSION.test(m[0])) {
      out.push({ start: m.index, end: m.index + m[0].length, category: 'photo', replacement: REDACTED });
    }
  }
  for (const m of text.matchAll(PROFILE_HANDLE)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length, end, category: 'link', replacement: REDACTED });
  }
  return out;
}

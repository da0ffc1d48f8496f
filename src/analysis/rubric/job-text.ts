/**
 * A job description as recruiters paste it, cut into segments (bullets, list items, sentences)
 * that keep their offsets in the original text, each with the kind of section it sits in. The
 * rubric derivation reads these; every item it makes quotes its segment verbatim.
 *
 * Real posts come in every shape: markdown headings, "Qualifications:" lines, ALL-CAPS headings,
 * bullets of five kinds, numbered lists, prose paragraphs, and ads scraped into one line with
 * their list items run together ("...in Java Strong SQL skills Experience with..."). The rules
 * below are general: nothing here knows a particular post.
 */

import { documentFrequency } from '../relevance/frequencies.js';
import { termOf } from '../relevance/terms.js';

/** What the section a segment sits in asks of a candidate. */
export type SectionMode =
  /** Requirements, qualifications, "what you'll need", "must have". */
  | 'required'
  /** Nice to have, preferred, bonus, "a plus". */
  | 'optional'
  /** Responsibilities, duties, "what you'll do": the work, not demands on the person. */
  | 'duties'
  /** About the company, benefits, how to apply: says nothing about the candidate. */
  | 'about'
  /** Before any heading, or under a heading that says nothing of the above. */
  | 'plain';

/** A piece of the description: `text` is `description.slice(start, end)`, trimmed of bullets. */
export interface JobSegment {
  text: string;
  start: number;
  end: number;
  /** The section this segment belongs to (a heading's own segment carries the mode it opens). */
  section: SectionMode;
  /** Whether the segment is a heading (it opens a section and asks nothing itself). */
  heading: boolean;
  /**
   * The segment goes on from its heading's words, as items under "Ability to:" do ("Prepare clear
   * reports" is an ability, not a list of names): the heading's last words, or undefined.
   */
  continues?: string;
  /**
   * The label the segment stands under: its own in-line label ("- **Education:** BS in…"), or the
   * text of the heading of its section ("Education/Training:").
   */
  label?: string;
  /** The segment is a clause after a semicolon in a sentence that began in an earlier segment. */
  clause?: boolean;
  /**
   * The segment is a demand of a list its sentence opened with a cue in an earlier segment ("…
   * candidates must have a degree, five years of …, the CPM designation"): it asks what that
   * segment asked (see `demandList`).
   */
  demand?: boolean;
}

/** A heading whose items go on from its last words: "ABILITY TO:", "Knowledge of:". */
const CONTINUED_HEADING =
  /\b(?:abilit(?:y|ies)\s+to|able\s+to|knowledge\s+of|skills?\s+in|experience\s+(?:with|in)|^you\s+(?:should|must|will|'ll))\s*:?\s*$/i;

/** Words that make a wish stronger without making it a demand: "a big plus", "a huge plus". */
export const PLUS_EMPHASIS = String.raw`(?:(?:big|huge|major|definite|real|great|nice|distinct|strong)\s+)?`;

/** A line's e-mail quote marks: "> ", ">> ". */
const QUOTE_MARKS = /^([ \t]*)((?:>[ \t]?)+)/gm;
/** Lines so marked that make a post a quoted e-mail, not a Markdown quote or two. */
const QUOTED_LINES = 3;

/**
 * The text of a post forwarded as a quoted e-mail (its blank lines quoted too) with its quote marks blanked ("> - Bachelor's
 * degree in electrical, mechanical, mechatronics or\n>   controls engineering"): its lines then
 * read, and join, as the recruiter wrote them. The same length, so offsets hold.
 */
function unquoted(text: string): string {
  // (an e-mail quotes its blank lines too: a ">" alone; marks on items alone are bullets)
  if ((text.match(QUOTE_MARKS)?.length ?? 0) < QUOTED_LINES || !/^[ \t]*>+[ \t]*$/m.test(text)) return text;
  return text.replace(QUOTE_MARKS, (_, lead: string, marks: string) => lead + ' '.repeat(marks.length));
}

/** Section phrases, matched at the start of a heading (case-insensitive). */
const OPTIONAL_HEAD = new RegExp(
  String.raw`^(?:bonus\s+points\s+if\s+you\s+(?:have|bring|hold)(?=\s*:?\s*$)|nice[\s-]*(?:to|2)[\s-]*haves?|helpful(?:\s+(?:but|though)\s+not\s+required)?(?=\s*:?\s*$)|(?:preferred|desired(?!\s+(?:(?:candidate\s+)?profile|salary|pay|compensation|rate|wage|start|location|schedule|hours))|desirable|bonus|optional)\b|additional\b(?!\s+(?:skills|qualifications|requirements|information|info|details)\b)|bonus\s+points|it'?s\s+a\s+plus|a\s+${PLUS_EMPHASIS}plus(?=\s*:?\s*$)|(?:what\s+)?would\s+be\s+(?:nice|great|a\s+plus)|pluses|extra\s+credit|good\s+to\s+have|ideally|assets?\b|even\s+better|(?:it'?s\s+)?(?:a\s+)?bonus\s+if|(?:we'?d|we\s+would)\s+(?:also\s+)?like\s+to\s+see|(?:we'?d|we\s+would)\s+love(?:\s+(?:it\s+)?if\s+you(?:\s+also)?\s+(?:have|had|bring|brought|hold))?|(?:what\s+)?(?:would|will)\s+make\s+us\s+(?:(?:really|very|extra|so)\s+)?(?:happy|glad|thrilled|delighted|smile)|(?:it\s+would\s+be\s+)?(?:great|nice)\s+if|you\s+(?:might|may)\s+also\s+have|stand\s+out|(?:nice|good)\s+extras|also\s+(?:good|nice|great|helpful|welcome|a\s+plus)|extras\b|what\s+(?:(?:(?:would|will|could|might)\s+)?sets?\s+you\s+apart|(?:would\s+)?makes?\s+you\s+stand\s+out)|(?:things|skills|qualities|experience)\s+(?:that\s+)?(?:will|would|could|might)\s+(?:help\s+you\s+)?(?:make\s+you\s+)?stand\s+out|(?:competitive|strong|ideal|successful|top)\s+(?:applicants|candidates)\s+(?:will\s+)?(?:also|often|usually)\s+(?:have|bring)|you'?ll\s+stand\s+out)`,
  'i',
);
const REQUIRED_HEAD =
  /^who\s+(?:we|they)(?:'re|’re|\s+are)\s+(?:looking\s+for|seeking|hiring)\b|^(?:(?:minimum|basic|key|essential|required|core|mandatory|job|position|candidate|additional|top|selection|eligibility)\s+){0,2}(?:requirements?|eligibility|qualifications?|skills(?:\s+(?:and|&)\s+(?:experience|qualifications|abilities))?(?:\s+details)?|competencies|experience|criteria)\b|^(?:desired\s+)?(?:candidate|applicant)\s+profile\b|^desired\s+profile\b|^(?:what\s+(?:(?:do\s+)?you(?:'ll|\s+will|\s+must|\s+should|\s+need\s+to)?\s+(?:need|bring|have)|(?:they|candidates|applicants|the\s+candidate|he\s+or\s+she)\s+(?:have\s+to|must|need\s+to|got\s+to|gotta|should)\s+(?:have|bring)|(?:i|we|they)\s+(?:(?!never\b|rarely\b|seldom\b|might\b|may\b|won't\b|don't\b|do\b|no\b)\w+\s+)?(?:need|want|require|look\s+for|expect)(?:\s+on\s+day\s+one)?|(?:we|they)(?:'re|\s+are)\s+looking\s+for|(?:the|our|my)\s+client\s+(?:is\s+looking\s+for|needs|wants)|you\s+bring|(?:we|they)\s+need|it\s+takes)|who\s+you\s+are|about\s+you|you\s+(?:have|are|bring|should(?:\s+(?:have|be|bring))?|will\s+need|must(?:\s+(?:have|bring|be))?)|must[\s-]+haves?|required|requirements|qualifications|(?:essential|mandatory|musts?)(?=\s*:?\s*$)|the\s+ideal\s+candidate|ideal\s+candidate|your\s+(?:profile|skills|background|experience|qualifications)|skills\s+required|knowledge(?:,?\s+(?:and|&))?,?\s+skills|(?:knowledge|skills|abilities)(?:,?\s*(?:and|&)?\s*(?:knowledge|skills|abilities))+|ksas?\b|education\s+(?:and|&)\s+experience|experience\s+(?:and|&)\s+(?:education|skills)|to\s+be\s+successful|you\s+(?:might|may)\s+be\s+a\s+fit|what\s+makes\s+you|education(?:\s+(?:and|&)\s+(?:training|certifications?))?|work\s+experience|certifi(?:cations?|cates?)|registrations?|licen[sc]es?(?:\s*(?:\/|and|&)\s*certifications?)?|licensure|physical\s+(?:demands|requirements)|person\s+specification|personal\s+suitability|(?:before\s+you\s+apply,?\s+)?(?:can|do|could)\s+you\s+(?:answer|say)\s+["“]?yes["”]?\s+to\s+(?:these|the\s+following|all)|(?:[\w'’]+\s+){0,4}(?:if|when)\s+you(?:'ve|\s+have)?(?:\s+(?:have|bring|are|got))?$|you(?:'ll|\s+will)?\s+(?:thrive|succeed|excel|do\s+well|fit\s+(?:right\s+)?in)|(?:[\w-]+\s+){0,3}minimums)\b|^(?:knowledge|abilit(?:y|ies)|skills?)(?:\s+(?:of|to|in))?$|^(?:do|will|would|should)\s+(?:i|you)\s+(?:need|have\s+to)\b|^what\s+(?:[\w'-]+\s+){1,3}(?:do|does|will|would)\s+(?:you|we|i|they)\s+(?:need|want|require|expect|look\s+for|ask\s+for)\b|^(?:is|are)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){1,3}(?:required|needed|a\s+must)\b/i;
const DUTIES_HEAD =
  /^(?:(?:key|main|primary|essential|core|job|your)\s+)?(?:responsibilities|duties|accountabilities|tasks)\b|^roles?\s+(?:and|&)\s+responsibilities\b|^(?:what\s+you(?:'ll|\s+will)\s+(?:do|be\s+doing|own|work\s+on)|what\s+will\s+i\s+(?:actually\s+|really\s+)?(?:do|be\s+doing)|what\s+(?:does|will)\s+(?:a|my)\s+(?:typical\s+)?day\s+look\s+like|the\s+(?:role|job|position|opportunity)|role\s+(?:overview|description|summary)|job\s+(?:description|summary|overview|purpose)|position\s+(?:summary|overview)|in\s+this\s+role|day\s+to\s+day|a\s+day\s+in|your\s+(?:role|mission|impact)|primary\s+purpose|overview|summary|essential\s+functions|what\s+the\s+job\s+involves|what(?:'s|\s+is)\s+the\s+(?:job|role|work)|work(?:ing)?\s+(?:conditions|environment)|definition|distinguishing\s+(?:features|characteristics)|(?:examples|illustrative\s+examples)\s+of\s+(?:duties|work)|typical\s+(?:duties|tasks)|nature\s+of\s+(?:the\s+)?work|class\s+(?:description|concept|summary|characteristics))/i;
const ABOUT_HEAD =
  /^(?:equipment(?:\s+(?:provided|and\s+(?:tools|setup)))?(?=\s*:?\s*$)|(?:submission|submittal|application)\s+(?:requirements|instructions|checklist)|(?:the\s+)?(?:details|fine\s+print|logistics|basics)(?=\s*:?\s*$)|(?:primary|additional|job|other)\s+locations?|time\s+type|worker\s+(?:type|sub-?type)|job\s+(?:requisition\s+id|family(?:\s+group)?|profile)|requisition\s+(?:id|number)|scheduled\s+weekly\s+hours|posted\s+on|why\s+(?!you\b|we\b)[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}(?=\s*[?!]?\s*:?\s*$)|(?:job|position|role|contract)\s+details|about\s+(?:us|(?:the\s+)?company|the\s+team|our\s+\w+)|company\s+(?:info|information|profile|overview|description)|who\s+(?:we\s+are|are\s+we)|how\s+(?:do\s+i|to|can\s+i)\s+apply|our\s+(?:company|story|mission|team|culture|values)|why\s+(?:join|work)|benefits|perks|compensation|comp\b|(?:the\s+)?package\b|desired\s+(?:salary|pay|compensation|rate|wage|start\s+date|location|schedule|hours)|rate\b|wages?\b|salary|pay\b|what\s+we\s+offer|similar\s+jobs(?=\s*$)|people\s+also\s+(?:searched|viewed|applied)|get\s+new\s+jobs\s+for\s+this\s+search\b|create\s+(?:a\s+)?(?:job\s+)?alerts?(?=\s*$)|jobs\s+you\s+(?:might|may)\s+(?:like|be\s+interested\s+in)(?=\s*$)|more\s+jobs\s+(?:like\s+this|at|from)\b|recommended\s+jobs(?=\s*$)|what\s+you(?:'ll|\s+will)?\s+get(?=\s*:?\s*$)|we\s+offer|what(?:'s|\s+is)\s+in\s+it\s+for\s+you|top\s+reasons(?:\s+to\s+(?:work|join)(?:\s+(?:with|for|at)\s+us)?)?|how\s+to\s+apply|to\s+apply|(?:application|selection|hiring|interview|recruitment|recruiting)\s+process|(?:shift|schedule|hours)\s+(?:and|&)\s+(?:pay|compensation|benefits)|location|schedule|shifts?(?=\s*:?\s*$)|work\s+(?:schedule|hours)|hours|job\s+(?:type|id|number|code|function)|equal\s+opportunity|eeo|(?:experience|seniority|career)\s+level|work\s+(?:location|setting|site)|location\s+type|employment\s+type|pay\s+rate|industry(?!\s+(?:experience|knowledge))|closing\s+date|filing\s+deadline|open\s+to|additional\s+(?:information|info|details)|required\s+documents|(?:supporting|application)\s+(?:documents|materials)|documents?\s+(?:required|needed|to\s+(?:submit|include))|how\s+you\s+will\s+be\s+evaluated|next\s+steps|other\s+information|(?:employer|screening|application)\s+questions|disclosure\s+and\s+barring\s+service\s+check|certificate\s+of\s+sponsorship|employer\s+(?:certification|details)|documents\s+to\s+download|information\s+you\s+(?:must|need\s+to)\s+provide|contact\s+(?:information|details|us)|important\s+(?:messages|information|notes?)|intent\s+of\s+the\s+process|(?:assessment\s+)?accommodations?|information\s+on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}|who\s+can\s+apply|positions?\s+to\s+be\s+filled|what\s+does\s+(?:it|the\s+(?:job|role|position)|this\s+(?:job|role|position))\s+pay|how\s+much\s+(?:does|will)\s+(?:it|this\s+(?:job|role|position)|the\s+(?:job|role|position))\s+pay|what(?:'s|\s+is)\s+the\s+(?:pay|salary|wage)|tell\s+(?:me|us)\s+(?:more\s+)?about\b(?!\s+(?:you|yourself)\b))/i;

/** A line, ended by a colon, that introduces the benefits the employer offers. */
const BENEFITS_INTRO =
  /\b(?:offers?|offering|provides?|we\s+have)\b.*\bbenefits\b|\bbenefits\b.*\b(?:include|including|are)\b/i;

/** The sign-off of a post written as a letter or an e-mail: "Best regards,", "Thanks and stay safe out there,". */
const SIGN_OFF =
  /^(?:thanks(?:\s+(?:so\s+much|again|all))?|thank\s+you|many\s+thanks|cheers|best|all\s+the\s+best|(?:best|kind|warm|warmest)\s+regards|regards|sincerely|yours(?:\s+truly)?)(?:\s+(?:and|&)\s+(?:stay\s+safe|take\s+care|have\s+a\s+(?:great|good|nice)\s+(?:day|week|weekend))(?:\s+out\s+there)?)?[,!.]*$/i;

/** Legal and application boilerplate: nothing after it describes the job. */
const BOILERPLATE =
  /\b(?:(?:is\s+)?an?\s+equal\s+opportunity|equal\s+employment\s+opportunity|all\s+rights\s+reserved)\b/i;

/**
 * Legal and process text inside a section ("Reasonable accommodations may be made…", "The
 * requirements listed below are representative…"): skipped, as it asks nothing of a candidate.
 */
export const LEGAL_SENTENCE =
  /^(?:EOE|EEO|AA\/EOE|EOE\/AA|M\/F\/D\/V)\b[\s/\w-]{0,60}[.!]?$|\b(?:reasonable\s+(?:accommodations?|adjustments?)|representative\s+of\s+(?:the\s+knowledge|those\s+that\s+must\s+be\s+met)|perform\s+each\s+essential\s+(?:duty|function)|individuals\s+with\s+disabilities|other\s+duties\s+(?:may\s+be|as)\s+assigned|may\s+change\s+from\s+time\s+to\s+time|this\s+job\s+description|(?:experience|education|the\s+term)\s+(?:refers\s+to|means|is\s+defined\s+as)|you\s+will\s+receive\s+credit)\b/i;

/** The line a job board puts above the post itself, below its own header and fields (Indeed). */
const FULL_DESCRIPTION = /^\s*full\s+job\s+description\s*:?\s*$/i;

/** Words a heading may have; a longer line is content even when it ends with a colon. */
const HEADING_MAX_WORDS = 8;

/**
 * Phrases that open a list item in scraped ads whose line breaks were lost: a break is assumed
 * before one when it follows a lower-case word, a digit or a closing bracket.
 */
const OPENERS = [
  'Must',
  'Experience (?:with|in|building|developing|working|using|of)',
  'Minimum',
  'At least',
  'Bachelor',
  "Master'?s",
  'Proficient',
  'Proficiency',
  // (not the level that closes a credential's name: "Azure Solutions Architect Expert (AZ-305)")
  'Expert(?=\\s+(?:in|at|with|knowledge|level|user)\\b)',
  'Strong',
  'Solid',
  'Excellent',
  'Knowledge of',
  'Ability to',
  'Able to',
  'Hands[ -]on',
  'Understanding of',
  'Familiarity',
  'Familiar with',
  'Working knowledge',
  'Proven',
  'Demonstrated',
  'Valid',
  'Fluent',
  'Fluency',
  'Bilingual',
  'Comfortable',
  'Willing(?:ness)? to',
  '(?:Previous|Prior) experience',
  "Associate(?:'s)? degree",
  'Nice [Tt]o [Hh]aves?',
  'Preferred',
  'Desirable',
  // a one-word heading run on after an item: "…during peak (Oct-Dec) Essential: …", "Bonus: …"
  '(?:Essential|Desired|Bonus|Assets?)(?=[ \\t]*(?:\\([^)]*\\))?[ \\t]*:)',
  'Optional',
  'Required',
  'Requirements',
  'Qualifications',
  'Responsibilities',
  "What(?: You|'s In It)",
  'Our company',
  'Top Reasons',
  'Essential Duties',
  'Minimum Skills',
  'High school',
  'Good at',
  'Have ',
  // (not the years a place or a trade has been someone's: "been in the valley 11 years")
  '(?<!\\b(?:valley|area|region|city|town|county|community|industry|trade|field) )\\d+\\+? years',
];
/**
 * Words after which an opener continues the phrase ("at least 4 years", "a cook with 2 years",
 * "Minimum 2 years", "BSN required within 5 years of hire", "clients who have been with us 10+
 * years", "have spent 5+ years building…", "bring 3 years of…", "in business 30 years"), in either
 * case of their first letter.
 */
const CONTINUING_WORDS =
  'least of minimum than over with for and or a an the in to have has plus by from about nearly almost approximately within after every per up us them it me you here there been spent bring brings bringing having had gained total combined additional last past be is are was were business around operating serving established founded owned'.split(
    ' ',
  );
const CONTINUED = String.raw`(?<!\b(?:${CONTINUING_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')}))`;
/**
 * Words that make a heading with the "Qualifications" or "Requirements" after them ("Preferred
 * Qualifications", "Basic Qualifications"): no break between them.
 */
const HEADING_MODIFIERS =
  'Preferred|Basic|Minimum|Required|Desired|Additional|Key|Essential|Job|Position|Physical|Technical|Other|Special|Mandatory|Core';
/**
 * Section phrases a scraped ad runs on after any word, a capitalised one too ("…Windows, UNIX
 * What's In It for You - Medical…"): too long to begin an item.
 */
const SECTION_OPENERS = [
  "What [Yy]ou (?:[Nn]eed|[Ww]ill|[Ww]ill [Bb]e|'ll|[Bb]ring|[Ss]hould|[Mm]ust)",
  "What's [Ii]n [Ii]t",
  "What [Ww]e(?:'re| [Aa]re)? (?:[Oo]ffer|[Ll]ooking [Ff]or)",
  'Who [Yy]ou [Aa]re',
  'About [Yy]ou\\b',
  'Top Reasons',
  'Bonus Points',
  'Nice[ -][Tt]o[ -]Haves?',
  'The Role\\b(?= [A-Z])',
  '(?:Key|Main|Primary|Essential) (?:Responsibilities|Duties)',
  '(?:Minimum|Basic|Preferred|Desired|Required|Job) (?:Qualifications|Requirements|Skills)',
];
/**
 * The fields of a job board's summary (Indeed's "Job Type: … Pay: … Experience: Pest control: 2
 * years (Required) License/Certification: …"), run on into one line when pasted: each is a piece.
 */
const BOARD_FIELDS = [
  'Job Types?',
  'Pay',
  'Expected hours',
  'Experience',
  'Education',
  'Language',
  'Licen[cs]e/Certification',
  'Ability to (?:[Cc]ommute|[Rr]elocate)',
  'Work [Ll]ocation',
  'Schedule',
  'Shift',
  'Benefits',
  'Supplemental [Pp]ay(?: [Tt]ypes)?',
  'Work [Aa]uthori[sz]ation',
  'Willingness to travel',
  'Security [Cc]learance',
  'Application Questions?(?:\\(s\\))?',
];
/** A section phrase run on after any word (see {@link SECTION_OPENERS}). */
const SECTION_RUN_ON = String.raw`(?<=[A-Za-z0-9)])(?<!\b(?:${HEADING_MODIFIERS}))[ \t]+(?=(?:${SECTION_OPENERS.join('|')})\b)`;
/** The pieces of a run-on heading-like line: a section phrase after an item ("…certified technician What we offer:"). */
const HEADING_RUN_ON = new RegExp(SECTION_RUN_ON, 'g');
const RUN_ON = new RegExp(
  String.raw`(?<=[a-z0-9)])${CONTINUED}[ \t]+(?=(?:${OPENERS.join('|')})\b(?![ \t]*(?:\n|$)))(?<!\b(?:${HEADING_MODIFIERS})[ \t]+(?=(?:Qualifications|Requirements)\b))` +
    `|${SECTION_RUN_ON}` +
    // a board's field after a value ("…40 - 45 per week Experience: Pest control: 2 years")
    // (not after a capitalised word, which is the field's own: "Specialized Experience: One year…")
    String.raw`|(?=[ \t])(?<=[a-z0-9)])(?<!\b[A-Z][\w'’/-]*)[ \t]+(?=(?:${BOARD_FIELDS.join('|')})[ \t]*:[ \t])` +
    // …and a value closed by the board's level before the next: "TDA SPCS License (Required) Driver's License (Required)"
    String.raw`|(?<=\((?:[Rr]equired|[Pp]referred)\))[ \t]+(?=[A-Z])(?!(?:Or|And|Nor|Plus|With|In|Of)\b)` +
    // an item closed by its level, and the next one capitalised: "…certification required NATE
    // certification a plus Valid AZ driver's license…"
    String.raw`|(?<=\b(?:required|preferred|a\s+plus|a\s+must|mandatory|desired))(?<!\b(?:wear|wears|wearing|use|the|all|any|with|of|and|other)[ \t]+(?:required|preferred|mandatory))[ \t]+(?=[A-Z][A-Za-z])(?!(?:${HEADING_MODIFIERS}|Qualifications|Requirements|Skills)\b[ \t]*:)`,
  'g',
);
/**
 * A description as it is kept: what a PDF or a web page leaves in a paste and no reader sees taken
 * out or spelled plainly (soft hyphens and zero-width marks dropped; ligatures such as "ﬁ" in
 * "Certiﬁcation", full-width letters and odd spaces written as plain ones; a page's tags and its
 * entities such as "&amp;" read as what they show; runs of more than 16 blanks cut to 16), so
 * that every rule reads its words. Kept this way, a derived item's quote is still the
 * description's own text.
 */
export function pastedDescription(text: string): string {
  return chatHeaders(
    decodeEntities(
      text
        // a web page's markup, copied with its text: a list's items on their lines, a paragraph's
        // and a line break's ends as line ends, other tags gone (only tags HTML has: "USP <800>"
        // and "<5 years" stay)
        .replace(/<li\b[^<>]{0,200}>/gi, '\n- ')
        .replace(/<(?:br|\/?p|\/?div|\/?ul|\/?ol|\/?h[1-6]|\/?tr|\/?table|\/?section)\b[^<>]{0,200}>/gi, '\n')
        .replace(/<\/?(?:li|span|strong|b|em|i|u|a|font|td|th|small|sup|sub|tbody|thead)\b[^<>]{0,200}>/gi, ''),
    )
      // a soft hyphen at a line's end joins the word's halves ("certifi\u00AD\ncation")
      .replace(/\u00AD[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '')
      .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
      // (letters and digits only: full-width punctuation is a script's own)
      .replace(/[\uFB00-\uFB06\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => c.normalize('NFKC'))
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F]/g, ' ')
      // a chat's export, each message led by its time and its sender ("[12/1/26, 7:11:50 AM] Dale
      // Kowalczyk: MUST have…", "12/1/26, 7:11 AM - Dale: …"): the messages are the post
      .replace(CHAT_LEAD, '')
      // a run of blanks past a page's width is layout no reader sees, kept to that width (the rules
      // read a run of spaces from each of its places, so an endless one must not reach them)
      .replace(/[ \t]{17,}/g, (run) => run.slice(0, MAX_BLANK_RUN))
      .trim(),
  );
}

/**
 * A line that opens a post's text in one language, where the post is given in two: "--- ENGLISH
 * ---", "=== FRANÇAIS ===", "Version française", "[ESPAÑOL]". Group 1 is the language.
 */
const LANGUAGE_LINE =
  /^[ \t]*(?:(?:[-=*_~]{2,}|#{1,6}|[[(|])[ \t]*)?(?:version[ \t]+|en[ \t]+)?(english|anglais|ingl[eé]s|fran[cç]ais(?:e)?|french|espa[nñ]ol|spanish|deutsch|german|portugu[eê]s|portuguese)(?:[ \t]+(?:version|versi[oó]n))?(?:[ \t]*[-=*_~\])|#]+)?(?:[ \t]*:)?[ \t]*\r?$/gim;

/** Small words of French, Spanish, German and Portuguese that English does not use. */
const FOREIGN_WORDS = new Set(
  'le la les des et du une nous vous pour avec est sont dans sur votre notre au aux ou el los las para con y usted nuestro nuestra es son por del al der das und mit für wir sie ist ein eine zu von os com uma não é da'.split(
    ' ',
  ),
);

/** Whether a text is written in a language other than English: its small words, a share of all. */
function inAnotherLanguage(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length >= 20 && words.filter((w) => FOREIGN_WORDS.has(w)).length >= words.length * 0.1;
}

/** How much of a post must be left in English for the text in another language to be set aside. */
const MIN_ENGLISH_CHARS = 200;

/**
 * A post given in English and in another language, each under a line naming its language ("---
 * ENGLISH ---" over the post, "--- FRANÇAIS ---" over its translation), as the rubric reads it: the
 * text in the other language blanked (offsets kept, so quotes stay the post's own), the English
 * and what comes before the first such line (the title, the employer) read once. Unchanged where
 * no line names another language, or where too little English would be left.
 */
export function englishOnly(text: string): string {
  return englishHalf(text);
}

/**
 * A job board's panel of who posted the job, pasted with it: "Meet the hiring team" over the
 * poster's name, title and buttons. Blanked (offsets kept): the poster's title ("Director, IT
 * Audit at …") is no demand. The panel's lines are short ones that are no heading, no item and no
 * sentence; it ends at the first line that is not one of them, or a blank line.
 */
function withoutBoardPanels(text: string): string {
  const panel = /^[ \t]*Meet the hiring team[ \t]*\r?$/gim;
  let out = text;
  for (const m of text.matchAll(panel)) {
    let end = m.index + m[0].length;
    for (let n = 0; n < PANEL_LINES; n++) {
      const next = text.indexOf('\n', end + 1);
      const line = text.slice(end + 1, next < 0 ? text.length : next);
      const t = line.trim();
      if (
        !t ||
        t.split(/\s+/).length > PANEL_WORDS ||
        /[.:;!?]$/.test(t) ||
        LEADING_MARK.test(t) ||
        headingMode(t, true) !== null
      )
        break;
      end += 1 + line.length;
    }
    out = out.slice(0, m.index) + out.slice(m.index, end).replace(/[^\n]/g, ' ') + out.slice(end);
  }
  return out;
}
/** The most lines of a poster's panel, and the most words of one of them. */
const PANEL_LINES = 6;
const PANEL_WORDS = 10;

function englishHalf(text: string): string {
  const marks = [...text.matchAll(LANGUAGE_LINE)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    english: /^(?:english|anglais|ingl[eé]s)$/i.test(m[1]!),
  }));
  if (!marks.some((m) => !m.english)) return text;
  // (each other section in a language of its own: not a list of languages asked, "English" over "Spanish")
  const foreign = marks.flatMap((m, i) => (m.english ? [] : [[m.at, marks[i + 1]?.at ?? text.length] as const]));
  if (!foreign.every(([from, to]) => inAnotherLanguage(text.slice(from, to)))) return text;
  let kept = text;
  for (const [from, to] of foreign)
    kept = kept.slice(0, from) + kept.slice(from, to).replace(/[^\n]/g, ' ') + kept.slice(to);
  // (with no line naming English, the text before the other language's is the English)
  return kept.replace(/\s+/g, ' ').trim().length >= MIN_ENGLISH_CHARS ? kept : text;
}

/**
 * What leads a message of a chat's export: its date and time, in brackets or before a dash, and its
 * sender's name (a few words before a colon).
 */
const CHAT_LEAD =
  /^[ \t]*(?:\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+[-–—])[ \t]*(?!(?:required|preferred|requirements|qualifications|responsibilities|duties|must|nice|bonus|benefits|pay|note|location|schedule|shift)\b)(?:[\p{L}][\p{L}'’. -]{0,40}|\+?[\d(][\d ().-]{6,20})(?<![ .-]):[ \t]*/gimu;

/**
 * A line holding only a message's time, as a messaging page shows it over each message: "Tue 9:12
 * AM", "Yesterday 4:05 PM", "12/01/2026 9:12 AM", "Dec 1, 2026, 9:12 AM", "9:12 AM".
 */
const CHAT_TIME_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|Today|Yesterday|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?),?[ \t]+(?:at[ \t]+)?)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*\r?$`,
);
/**
 * A sender's line over a message's time: a name, perhaps with the firm after a dash or a bar ("Dana
 * Kessler - Kestrel Search"), or "Me"/"You"; a short line with no sentence in it.
 */
const CHAT_SENDER_LINE =
  /^[ \t]*(?:Me|You|\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:[-–—|·][ \t]+)?[\p{Lu}&][\p{L}'’.&-]*){0,5})[ \t]*\r?$/u;
/** A section's word, which no sender's line opens with. */
const SECTION_WORD =
  /^[ \t]*(?:required|preferred|requirements|qualifications|responsibilities|duties|must|nice|bonus|benefits|pay|note|location|schedule|shift)\b/i;
/** Fewest message times on lines of their own that make a text a chat's export. */
const MIN_CHAT_TIMES = 3;

/**
 * A chat's export with each message headed by lines of its own, its sender's name over its time,
 * without those lines: the messages are the post. Only a text with {@link MIN_CHAT_TIMES} such
 * times or more is read so (a schedule's lone "7:00 AM" is no message's time), and a sender's line
 * only where a message starts (after a blank line or at the start).
 */
function chatHeaders(text: string): string {
  const lines = text.split('\n');
  const times = lines.filter((l) => CHAT_TIME_LINE.test(l)).length;
  if (times < MIN_CHAT_TIMES) return text;
  const keep = lines.map((l, i) => {
    if (CHAT_TIME_LINE.test(l)) return false;
    const next = lines[i + 1];
    const opens = i === 0 || !/\S/.test(lines[i - 1]!);
    return !(
      opens &&
      next !== undefined &&
      CHAT_TIME_LINE.test(next) &&
      CHAT_SENDER_LINE.test(l) &&
      !SECTION_WORD.test(l)
    );
  });
  // a time with no sender over it goes on with the sender's messages before: the blank lines
  // between are no break ("4) survey exp …" and, a minute later, "5) PCC …" are one list)
  for (let i = 0; i < lines.length; i++) {
    if (!CHAT_TIME_LINE.test(lines[i]!) || (i > 0 && !keep[i - 1] && /\S/.test(lines[i - 1]!))) continue;
    for (let j = i - 1; j >= 0 && !/\S/.test(lines[j]!); j--) keep[j] = false;
  }
  return lines.filter((_, i) => keep[i]).join('\n');
}

/** The most spaces and tabs in a row a kept description holds. */
const MAX_BLANK_RUN = 16;

/** The characters a web page's entities stand for: "&amp;", "&nbsp;", "&#39;", "&ndash;". */
const ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  hellip: '…',
};
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,5})|#x([0-9a-f]{1,4})|([a-z]{2,6}));/gi,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCharCode(Number(dec));
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      return ENTITIES[name!.toLowerCase()] ?? whole;
    },
  );
}

/**
 * A text as it reads once what pasting did to it is undone: a web page's tags and entities, and a
 * word a PDF broke across lines ("NBCOT certifica-\ntion"), read whole; two words at the break keep
 * their hyphen ("fall-\nprotection").
 */
export function pasted(text: string): string {
  return (
    decodeEntities(text)
      .replace(/<\/?[a-z][a-z0-9]*\b[^<>]{0,80}>/gi, ' ')
      .replace(/(?<!\p{L})(\p{L}+)-[ \t]*\r?\n\s*(\p{Ll}+)/gu, (_, a: string, b: string) =>
        (knownWord(a) && knownWord(b) && !knownWord(a + b)) || /^\p{Lu}{2,}$/u.test(a) ? `${a}-${b}` : `${a}${b}`,
      )
      // …and so is one whose break became a space ("documenta- tion", "auto- mated"), but not
      // "pre- and post-"
      .replace(/(?<!\p{L})(\p{L}+)- (?!(?:and|or|to|und)\b)(\p{Ll}+)/gu, (whole, a: string, b: string) =>
        knownWord(a) && !knownWord(a + b) ? whole : `${a}${b}`,
      )
  );
}

/** Whether the Brown Corpus knows a word (in more than one of its samples). */
function knownWord(word: string): boolean {
  const term = termOf(word);
  return term !== null && documentFrequency(term) > 0;
}

/** A short line ending in a colon is a heading whatever words it holds ("Physical Requirements:"). */
function headingByForm(text: string): boolean {
  return /:\s*$/.test(text) && words(withoutRemark(text)) <= HEADING_MAX_WORDS;
}

/** A heading without the remark in parentheses at its end: "Bonus questions (none is a deal-breaker):". */
function withoutRemark(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*:?\s*$/, '');
}
/** Words that make a line a paragraph of prose rather than an item without a bullet. */
/** A line of capitalised words, small words between them aside: "Parts Department Hours". */
const TITLE_CASE_LINE = /^\p{Lu}[\p{L}'’&/-]*(?:\s+(?:\p{Lu}[\p{L}'’&/-]*|of|and|for|the|&|to|in|at|our))+$/u;
const TITLE_CASE_WORDS = 5;
const PROSE_WORDS = 6;
/** Words of a line that is a known section phrase as a whole ("Basic Qualifications", "Preferred Qualifications"). */
const WHOLE_HEADING_WORDS = 5;
/**
 * A piece that is a heading as a whole, never cut before a phrase that opens a list item: by its
 * form, or a short known section phrase ("Preferred Qualifications" is one optional heading, not
 * "Preferred" and then a required "Qualifications").
 */
function wholeHeading(text: string): boolean {
  return headingByForm(text) || (words(text) <= WHOLE_HEADING_WORDS && headingMode(text, true) !== null);
}
/**
 * A sentence ends at . ! ? or ; before a capital or a digit, also inside a closing quote ('no
 * "license pending." You need…'), but not after "e.g.", "i.e.", "etc.", nor after letters with
 * dots ("U.S. Citizenship", "11:59 p.m. Eastern").
 */
const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|etc|vs|incl|approx|St|Dr|Mr|Ms|Mrs|Jr|Sr|No|Min|Max|min|max)\.)(?<!\b(?:[A-Z]\.){2,}|\b[ap]\.m\.)(?<![.]{2})(?<=[.!?;]|[.!?]["”’])[ \t]+(?=["“(]?[A-Z0-9$£€])(?<!;[ \t]+(?=\((?:[1-9]|[a-h])\)))/g;
/** The same in a post written in lower case: a sentence may start with a small letter. */
const LOWER_SENTENCE_END = new RegExp(SENTENCE_END.source.replace('[A-Z0-9$£€]', '[A-Za-z0-9$£€]'), 'g');
/**
 * Another demand joined to a sentence's by "and", addressed to the reader: "You should be solid in
 * Swedish and deep tissue, and you need a current CPR card", "…since finishing school, and your
 * school needs to have been a 500-hour program". Each is read on its own.
 */
const DEMAND_CLAUSE =
  /,[ \t]+(?:and|plus)[ \t]+(?=(?:you(?:'ll|’ll|\s+will)?\s+(?:also\s+)?(?:need|must|should|have\s+to)|your\s+(?:[\w-]+\s+){1,3}?(?:needs?|must|should)\s)\b)|[ \t]+and[ \t]+(?=you(?:'ll|’ll|\s+will)?\s+(?:also\s+)?(?:need|must)\b)/gi;
/** "AND" in capitals after a comma, between two demands of one line. */
const EMPHATIC_AND = /,[ \t]+AND[ \t]+(?=[\p{L}(])/gu;
/**
 * A clause that makes only the end of an item optional: "4+ years managing social media, ideally
 * in beauty" asks for the years and would like the industry; the two are read apart.
 */
const QUALIFIED_TAIL = /,[ \t]+(?=(?:ideally|preferably|preferentially)\b)/gi;
/**
 * A closing clause that wishes for, or demands, a thing of its own after an item: "4+ years of
 * general ledger accounting, public accounting a plus", "OSHA 10 required, OSHA 30 preferred",
 * "3+ years in data science, experimentation experience a must". The clause's wish or demand is
 * its own: the item before it stands as it was asked. Never the end of a list of alternatives
 * ("a degree in Accounting, Finance or related field preferred" wishes for the whole degree), nor
 * a clause that goes on from the item ("Weekly travel, so a car and a license are a must").
 */
const CLOSING_TAIL = new RegExp(
  String.raw`,[ \t]+(?=(?!(?:so|as|because|since|which|that|and|but|thus|hence|therefore|meaning|where|when|while|if|though|although)\b)(?![^,;()]*\b(?:or|and\/or|related|similar|equivalent|etc|not)\b)(?![^,;()]*n't\b)[^,;()]*?[A-Za-z][^,;()]*?\s(?:(?:is|are|would\s+be)\s+)?(?:(an?\s+${PLUS_EMPHASIS}(?:plus|bonus|advantage|asset)|of\s+advantage|(?:strongly\s+|highly\s+)?(?:preferred|desired|desirable)|(?:nice\s+to\s+have|nice-?2-?have)|helpful)|a\s+must|required|mandatory)[ \t]*[.!]?[ \t]*$)`,
  'i',
);
const LEVELLED_HEAD_TAIL = new RegExp(
  String.raw`(?<=\b(?:required|req['’]?d|a\s+must|mandatory))[ \t]*,[ \t]+(?=[^,;()]*?[A-Za-z][^,;()]*?\s(?:(?:is|are|would\s+be)\s+)?(an?\s+${PLUS_EMPHASIS}(?:plus|bonus|advantage|asset)|(?:strongly\s+|highly\s+)?(?:preferred|desired|desirable)|(?:nice\s+to\s+have|nice-?2-?have)|helpful)[ \t]*[.!]?[ \t]*$)`,
  'i',
);
const WISHED_TAIL = new RegExp(
  String.raw`[ \t]*,[ \t]+(?!(?:ideally|preferably|so|as|because|since|which|that|and|but|where|when|while|if)\b)(?=[^,;()]*?[A-Za-z][^,;()]*?\s(?:(?:is|are|would\s+be)\s+)?(an?\s+${PLUS_EMPHASIS}(?:plus|bonus|advantage|asset)|(?:strongly\s+|highly\s+)?(?:preferred|desired|desirable)|(?:nice\s+to\s+have|nice-?2-?have)|helpful)[ \t]*[.!]?[ \t]*$)`,
  'i',
);
/** Years that open an item: "3+ years of …", "Minimum 2 years …". */
const YEARS_HEAD =
  /^(?:(?:at\s+least|minimum(?:\s+of)?|min\.?)\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?(?:\s*(?:-|–|to)\s*\d{1,2})?\+?\s*(?:years?|yrs)\b[^,;]*$/i;
/** A demand said as one: years, or "required", "must", "mandatory". */
const STATED_DEMAND =
  /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?(?:\s*(?:-|–|to)\s*\d{1,2})?\+?\s*(?:years?|yrs)\b|\b(?:required|req['’]?d|must|mandatory|at\s+least|minimum)\b/i;
/**
 * The span cut before its {@link CLOSING_TAIL}, when the words before it state a demand of their
 * own (else the tail may speak for the whole item: "Knowledge of SQL, Python a plus", "a private,
 * HIPAA-compliant workspace … are required").
 */
function closingTail(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end);
  // a head that closes on its own level offers no list to the tail: "Encompass LOS experience a
  // must, Salesforce or Total Expert nice to have", "High school diploma required, bachelor's
  // degree in finance or business preferred"
  // …and so do years: "3+ years of professional graphic design experience, agency or studio
  // experience preferred" asks the years and wishes for the kind of shop
  const loose = WISHED_TAIL.exec(part);
  const m =
    CLOSING_TAIL.exec(part) ??
    LEVELLED_HEAD_TAIL.exec(part) ??
    (loose && YEARS_HEAD.test(part.slice(0, loose.index)) ? loose : null);
  if (!m) return [span];
  const head = part.slice(0, m.index);
  if (!STATED_DEMAND.test(head) || (m[1] && OPTIONAL_WORDS.test(head))) return [span];
  return [
    { start: span.start, end: span.start + m.index },
    { start: span.start + m.index + m[0].length, end: span.end },
  ];
}
/** How much an item is asked, after a dash that closes it: "airless sprayer (Graco) - required", "… - NO EXCEPTIONS". */
const LEVEL_AT_END = String.raw`(?:required|preferred|optional|desired|desirable|(?:nice\s+to\s+have|nice-?2-?have)|a\s+plus|a\s+must|must|mandatory|no\s+exceptions|non[\s-]?negotiable)(?:,?[ \t]+(?:but[ \t]+)?not[ \t]+(?:required|a[ \t]+must|mandatory))?[ \t]*[.!]*[ \t]*$`;
/**
 * An in-line bullet: " • ", " · ", " - ", " * " between words; not the dash of "3 - 6 Years", nor
 * one before the level that closes an item.
 */
const INLINE_BULLET = new RegExp(
  String.raw`[ \t]+[•·▪◦●‣*?§\uF0B7\uF0A7][ \t]+|(?<!\b\d{1,2}|\b[ap]\.?m\.?)[ \t]+-[ \t]+(?!${LEVEL_AT_END})(?!\d{1,2}(?::\d{2})?[ \t]*[ap]\.?m\b)(?!(?:Professional|Associate|Specialty|Foundational|Practitioner|Expert|Fundamentals)\b)|(?<=\b\d{1,2})[ \t]+-[ \t]+(?!\d{1,2}\+?\s*(?:[Yy]ears?|[Yy]rs|[Mm]onths?)\b)`,
  'gi',
);
/** A line this long is an ad run into one line, whose fields a bar parts ({@link FIELD_BAR}) where one is labelled. */
const RUN_ON_AD = 200;
/** The bar between the fields of an ad run into one line. */
const FIELD_BAR = /[ \t]+\|[ \t]+/g;
/** A field of such an ad that a label opens after a bar: "… | Requirements: minimum 3 years …" (a list of tools parted by bars is none). */
const LABELLED_FIELD = /[ \t]\|[ \t]+[A-Z][\w/&' -]{1,30}:[ \t]/;
/** A bullet or list number at the start of a segment. */
const LEADING_MARK =
  /^(?:[-–—•·▪◦●‣*+>§\p{Co}]\uFE0F?|\?(?=[ \t]+\S)|o(?=\s+[A-Z])|[\p{Extended_Pictographic}\p{So}\u2190-\u21FF\u25A0-\u25FF\u2700-\u27BF]+\uFE0F?(?=\s)|\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))\s*/u;
/** HTML tags and entities of a web page pasted as text, around a line's words. */
const HTML_TAG_AT_START = /^(?:<\/?(?:li|ul|ol|p|div|span|strong|b|em|i|u|h[1-6]|br)\b[^<>]{0,80}>|&nbsp;)+/i;
const HTML_TAG_AT_END = /(?:<\/?(?:li|ul|ol|p|div|span|strong|b|em|i|u|h[1-6]|br)\b[^<>]{0,80}>|&nbsp;)+$/i;
/** Markdown heading marks, bold and emphasis around a heading. */
const MARKDOWN_HEADING = /^#{1,6}\s+/;

interface Span {
  start: number;
  end: number;
}

/**
 * Splits `[start, end)` of `text` at every match of `re` (a global regex), dropping the matches;
 * with `outsideParentheses`, not at one inside a parenthesis ("(or willing to get certified - we
 * train!)" is one remark); with `'closed'`, only inside one that closes before the next opens.
 */
function splitSpan(text: string, span: Span, re: RegExp, outsideParentheses: boolean | 'closed' = false): Span[] {
  const out: Span[] = [];
  const part = text.slice(span.start, span.end);
  let at = 0;
  const asides = outsideParentheses ? dashAsides(part) : [];
  for (const m of part.matchAll(re)) {
    if (
      outsideParentheses &&
      depthAt(part, m.index) > 0 &&
      (outsideParentheses === true || /^[^()]*\)/.test(part.slice(m.index)))
    )
      continue;
    if (asides.some(([from, to]) => m.index >= from && m.index < to)) continue;
    out.push({ start: span.start + at, end: span.start + m.index });
    at = m.index + m[0].length;
  }
  out.push({ start: span.start + at, end: span.end });
  return out;
}

/**
 * Spans of a sentence's asides set off by a pair of dashes, as a parenthesis would set them off:
 * "comfortable working in a full ERP system - NetSuite, SAP, Oracle or something comparable - and
 * fluent in Excel". The sentence goes on in lower case on both sides and the aside names several
 * things; dashes between items that ran together ("Medical - Dental - Vision") are no such pair,
 * nor are those of a list of demands run into one line ("… on the band saw - safe, skilled use of
 * band saw, grinder and slicer - current food handler certificate"): after an aside, the sentence
 * goes on with a word that joins it.
 */
function dashAsides(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(
    /(?<=\p{Ll}) - ([^\n]{3,120}?) - (?=(?:and|or|but|nor|as|to|in|with|for|of|on|at|is|are|which|that|so|plus|then|while)\b)/gu,
  )) {
    if (/,|\bor\b/.test(m[1]!) && !/ - /.test(m[1]!)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** How many parentheses are open at `index` of `text`. */
function depthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** The span without surrounding whitespace, bullets, list numbers and markdown emphasis. */
function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  for (;;) {
    while (start < end && /\s/.test(text[start]!)) start++;
    const rest = text.slice(start, end);
    const mark =
      MARKDOWN_HEADING.exec(rest) ??
      LEADING_MARK.exec(rest) ??
      /^(?:\*\*|__)/.exec(rest) ??
      HTML_TAG_AT_START.exec(rest);
    if (!mark || mark[0].length === 0) break;
    start += mark[0].length;
  }
  for (;;) {
    while (end > start && /[\s*_]/.test(text[end - 1]!)) end--;
    // markup pasted from a web page closes the line: "</li>", "</strong><br>", "&nbsp;"
    const tag = HTML_TAG_AT_END.exec(text.slice(start, end));
    if (!tag || tag[0].length === 0) break;
    end -= tag[0].length;
  }
  // a trailing "**" of bold, or a lone closing emphasis, is markup, not content
  return /[A-Za-z0-9]/.test(text.slice(start, end)) ? { start, end } : null;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * LinkedIn's and Google's "About the job" on a line of its own: what follows describes the work.
 * Inside a sentence ("About the job. You must have…") or a one-line ad it stays text.
 */
const ABOUT_JOB = /^about\s+(?:the|this)\s+(?:job|role|position|opportunity)[\s:.]*$/i;

const HEADS: [SectionMode, RegExp][] = [
  ['about', ABOUT_HEAD],
  ['optional', OPTIONAL_HEAD],
  ['duties', DUTIES_HEAD],
  ['required', REQUIRED_HEAD],
];

/** "About" and a name, each word capitalised or a number ("About National General Holdings", "About Plant 3"): the company. */
const ABOUT_NAME =
  /^About\s+(?!(?:You|Your|Yourself|The|This|Us)\b)(?!.*\b(?:Role|Job|Position|Requirements|Responsibilities|Qualifications|Duties|Benefits|Opportunity|Team)\b)[A-Z][\w&.'-]*(?:,?\s+(?:[A-Z][\w&.'-]*|\d+|&))*$/;
/** Words that continue a phrase into a sentence ("Experience with Python"): not a heading's. */
const CONTINUES = /^(?:with|in|of|to|using|for|on|at|as|is|are|that|who|[a-z]+ing)\b/i;
/** A tail that makes a section phrase something offered: "License & certification reimbursement", "Education assistance". */
const OFFERED =
  /\b(?:reimburse(?:ment|d)?|assistance|allowances?|stipends?|bonus(?:es)?|paid|provided|covered|coverage|support|included|discounts?)\b/i;
/** A tail that keeps a section phrase a heading: "What You Need for this Position". */
const FOR_THE_ROLE = /^(?:for|in)\s+(?:this|the)\s+(?:position|role|job)$/i;
/** Words a heading may add after its section phrase ("Minimum Qualifications for the Role"). */
const HEADING_TAIL_WORDS = 3;

/**
 * A job board's "Job Details" or "Job Description" over the post's own text, duties and demands
 * alike: what follows says for itself what it is.
 */
const JOB_DETAILS = /^job\s+(?:details|description)$/i;
/** A heading over duties and qualifications together: each line says for itself what it is. */
const MIXED_HEAD =
  /^(?:job\s+|key\s+)?(?:responsibilities|duties)\s*(?:&|and|\/|\+)\s*(?:qualifications|requirements|skills)$/i;

/**
 * A line for the recruiters who source for the post, not for the candidate: "pls tag candidates in
 * Greenhouse w/ REQ-4471", "not a fit: pure cloud architects…", "Please don't send agency resumes".
 */
export const TO_RECRUITERS =
  /^(?:(?:pls|plz|please)\s+(?:tag|send|submit|drop|add|share|forward|ping|dm|loop|flag|put)\b|internal\s+(?:applicants|candidates)\s+(?:must|should|need\s+to|are\s+required\s+to)\b|(?:not\s+a\s+(?:fit|match)|(?:who(?:'s|\s+is)\s+)?not\s+(?:a\s+)?(?:fit|for\s+us)|dealbreakers?|red\s+flags|(?:please\s+)?(?:do\s+not|don'?t)\s+send)\s*:)/i;
/** What a line names as not enough: "not just bash glue", "rather than Jenkins maintenance" ("not only … but also" asks both). */
const NOT_ENOUGH =
  /\b(?:not\s+(?:just|only|merely|simply|solely)(?![^.;]{0,200}\bbut\b)|rather\s+than|instead\s+of|as\s+opposed\s+to)\s+[^,;.()]*/gi;
/** What a line says does not count: "… yrs don't count", "… will not count toward the minimum". */
const DOES_NOT_COUNT =
  /\b(?:(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not|won['’]?t|will\s+not|wouldn['’]?t|would\s+not)\s+count|(?:will|shall)\s+not\s+be\s+(?:credited|counted))\b/gi;

/** The spans of a line that name what is not asked: see {@link NOT_ENOUGH} and {@link DOES_NOT_COUNT} (the clause before it). */
export function notCounted(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(NOT_ENOUGH)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DOES_NOT_COUNT)) {
    // (bounded: a clause is short, and a line of thousands of these must not cost quadratic time)
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    // (or a dash between words: "At least two years of … work -- helper time on a van doesn't count")
    const dash = Math.max(...[' -- ', ' — ', ' – ', ' - '].map((c) => before.lastIndexOf(c)));
    const from = Math.max(...['.', ';', ',', ':', '('].map((c) => before.lastIndexOf(c)), dash > 0 ? dash + 2 : -1) + 1;
    out.push([m.index - before.length + from, m.index + m[0].length]);
  }
  return out;
}

/**
 * The section a heading opens, or null when the text is not a known section phrase.
 *
 * @param strict the text has no heading form (no colon, markdown or capitals): then the phrase
 *   must make up the text, give or take {@link HEADING_TAIL_WORDS} words that do not continue it
 *   into a sentence, so that "Experience with Python" stays an item.
 */
export function headingMode(text: string, strict = false): SectionMode | null {
  const t = text
    .replace(/^[#*_\s]+|[*_:\s.!?-]+$/g, '')
    // a remark after the heading's words: "EXAMPLES OF DUTIES (illustrative only)"
    .replace(/\s*\([^()]*\)[*_:\s.]*$/, '')
    .replace(/[’]/g, "'")
    .trim();
  if (ABOUT_NAME.test(t)) return 'about';
  if (MIXED_HEAD.test(t) || JOB_DETAILS.test(t)) return 'plain';
  for (const [mode, re] of HEADS) {
    const m = re.exec(t);
    if (!m) continue;
    if (!strict) return mode;
    const tail = t.slice(m[0].length).trim();
    if (
      !tail ||
      (words(tail) <= HEADING_TAIL_WORDS && !CONTINUES.test(tail) && !OFFERED.test(tail)) ||
      FOR_THE_ROLE.test(tail)
    )
      return mode;
  }
  // a heading by its form that ends in a section's noun: "Physical Requirements:", "Daily Duties:"
  if (!strict) {
    for (const [mode, re] of TAIL_HEADS) if (re.test(t)) return mode;
  }
  // (with no form, a few words in capitals ending in a section's noun: "Special Requirements" on a
  // line of its own; not a quality asked, "Strong Mechanical Abilities", nor "Great Benefits")
  const titled = words(t) <= 3 && t.split(/\s+/).every((w) => /^[\p{Lu}&]/u.test(w)) && !EVALUATIVE.test(t);
  if (titled && /\b(?:requirements|qualifications)$/i.test(t)) return 'required';
  if (titled && /\b(?:responsibilities|duties)$/i.test(t)) return 'duties';
  return null;
}

/** Words that praise what they qualify, as an item does: "Strong Mechanical Abilities". */
const EVALUATIVE = /^(?:strong|excellent|great|good|solid|proven|exceptional|outstanding|superior|effective)\b/i;

/** Section nouns that end a heading whatever words come before them. */
const TAIL_HEADS: [SectionMode, RegExp][] = [
  ['required', /\b(?:requirements|qualifications|skills|abilit(?:y|ies))$/i],
  // "EMPLOYER PREFERENCES (NOT required - …)": what the employer would like
  // (not a shift's or a schedule's: "Shift preferences:" over "Must be available every other weekend")
  ['optional', /(?<!\b(?:shift|schedule|scheduling|availability|work|location|travel|communication)\s)\bpreferences$/i],
  ['duties', /\b(?:responsibilities|duties)$/i],
  ['about', /\b(?:benefits|perks)$/i],
];

/**
 * Whether a line looks like a heading by its form: a markdown heading, a short line ending in a
 * colon, or a short line in capitals. Such a line opens a section even when its words are not
 * known ("The Team:"), which then counts as plain.
 */
function looksLikeHeading(raw: string, text: string): boolean {
  // a question may take a few more words: "Before you apply, can you answer "yes" to these?"
  if (words(withoutRemark(text)) > HEADING_MAX_WORDS + (/\?\s*$/.test(text) ? 2 : 0)) return false;
  if (/^\s*#{1,6}\s/.test(raw)) return true;
  // a bulleted or numbered line is a list item, whatever its case ("- CPR/BLS", "• HVAC")
  if (LEADING_MARK.test(raw.trim()) && !/^\s*\*\*/.test(raw)) return false;
  if (/:\s*$/.test(text) || /^\*\*[^*]+\*\*:?$/.test(raw.trim())) return true;
  // a question on a line of its own: "What do you need to bring?", "Who are we?"; in a page of
  // questions and answers, any the reader asks ("Do I need a diploma?", "What about tools?", "Tell
  // me about the apprenticeship."), not one asked of the candidate ("Do you have a CDL?")
  if (/\?\s*$/.test(text) && headingMode(text) !== null) return true;
  if (READERS_QUESTION.test(text.trim())) return true;
  const letters = text.replace(/\s*\([^()]*\)\s*$/, '').replace(/[^A-Za-z]/g, '');
  if (letters.length < 6 || letters !== letters.toUpperCase()) return false;
  // (a remark in small letters after words that ask nothing is no word of it: "EMPLOYER
  // PREFERENCES (NOT required - dispatcher will note…)"; not "** BACHELOR'S DEGREE IN ACCOUNTING
  // ** (finance/econ … = NO, sorry)", an item in capitals)
  const bare = withoutRemark(text);
  const remark = text.slice(bare.length);
  // (…and words that name a section: "CLEAN DRIVING RECORD (no DUIs in last 5 years)" is an item)
  if (bare !== text && /\p{Ll}/u.test(remark) && !DEMAND_WORD.test(bare) && headingMode(bare) !== null)
    return words(bare) <= 6;
  return words(text) <= 6;
}

/**
 * A question a page of questions and answers puts in its reader's mouth, on a line of its own: what
 * follows answers it ("Do I need a diploma?" over "Yes, a high school diploma or GED…"). One that
 * speaks to "you" is asked of the candidate: a board's form, or a demand ("Do you have a CDL?").
 */
const READERS_QUESTION =
  /^(?:(?:what|how|where|when|who|why|which|is|are|do|does|will|can|could|should|would)\b(?![^?]*\byou(?:r|rs|rself)?\b)[^.?!:]{0,80}\?|tell\s+(?:me|us)\s+(?:more\s+)?about\b[^.?!:]{0,60}[.?!]?)$/i;

/** A line led by a picture rather than a bullet: "💰 THE MONEY", "✅ Quote & sell home, auto". */
const PICTURE_LEAD = /^\s*\p{Extended_Pictographic}/u;
/** Words of a demand, which a heading does not hold: "✅ CDL-A REQUIRED", "➢ OSHA 30 CARD". */
const DEMAND_WORD = /\b(?:required|must|licen[cs]e[ds]?|certif\w*|cards?|years?|yrs|experience)\b/i;

/**
 * Whether a line led by a picture is a heading: in an ad whose items are led by pictures too, a
 * short line in capitals opening a block, over one that is not in capitals ("💰 THE MONEY" over
 * "$48K base salary"); a list of items in capitals ("✅ CDL-A LICENSE", "✅ TWO YEARS OTR") stays a list.
 */
function pictureHeading(text: string, next: string | null): boolean {
  if (next === null || words(text) > 4 || DEMAND_WORD.test(text)) return false;
  const caps = (t: string) => {
    const letters = t.replace(/[^A-Za-z]/g, '');
    return letters.length >= 6 && letters === letters.toUpperCase();
  };
  return caps(text) && !caps(next);
}

/** The text of the next line that holds any, or null. */
function nextLine(text: string, lines: readonly Span[], at: number): string | null {
  for (let i = at + 1; i < lines.length; i++) {
    const t = text.slice(lines[i]!.start, lines[i]!.end).trim();
    if (t) return t;
  }
  return null;
}

/**
 * Cuts a job description into segments with their sections.
 *
 * 1. Lines are split at line breaks, then at in-line bullets, sentence ends, and before the
 *    phrases that open a list item in ads whose line breaks were lost ({@link OPENERS}).
 * 2. A segment is a heading when it is one by form (markdown, a short line ending in ":", a
 *    short line in capitals) or is a known section phrase of at most {@link HEADING_MAX_WORDS}
 *    words; "Requirements: Python, Go" is a heading followed by a segment.
 * 3. A heading sets the section of what follows: required, optional, duties, about, or plain
 *    when its words are unknown.
 * 4. Legal boilerplate ("an equal opportunity employer") ends the description.
 */
/** A line that is a field of the ad: "Education: Bachelor's degree preferred", "Posted: 5 days ago". */
const FIELD_LINE = /^[A-Z][\w()/&' -]{1,30}:[ \t]+\S/;
/** The most words such a field line has. */
const FIELD_LINE_WORDS = 16;

export function jobSegments(pastedText: string): JobSegment[] {
  // (offsets stay those of the text as pasted: the quote marks are blanked, not cut)
  // (and a job board's panel of who posted it is no part of it: see withoutBoardPanels)
  const description = withoutBoardPanels(unquoted(pastedText));
  const out: JobSegment[] = [];
  let section: SectionMode = 'plain';
  let continues: string | undefined;
  let label: string | undefined;
  // the cells of the header row of a table being read, or 0
  let tableCells = 0;
  // whether that header's later cells say only what the first holds ("Criteria | Details")
  let tableDetail = false;
  // the level of each column of the table's header ("Competency | Essential | Desirable")
  let tableLevels: (SectionMode | null)[] = [];
  // the section before a block of "Label: value" fields about the job, while in one
  let fieldsFrom: SectionMode | null = null;
  // a run of "Label: value" lines ("Education: Bachelor's degree preferred", "Posted: 5 days ago")
  // and the section before it: each field says its level for its own line, and the prose after
  // the run and a blank line is read in the section the run was found in
  let fieldRun = 0;
  let fieldRunFrom: SectionMode = 'plain';
  // whether the items under the last heading are all bulleted (null: none yet), and whether a
  // blank line has followed such a list
  let listed: boolean | null = null;
  let blankAfterList = false;
  const push = (segment: JobSegment) => {
    if (segment.heading) {
      continues = CONTINUED_HEADING.exec(segment.text)?.[0]
        .replace(/[\s:]+$/, '')
        .toLowerCase();
      label = labelText(segment.text);
      out.push(segment);
      return;
    }
    out.push({
      ...segment,
      ...(continues ? { continues } : {}),
      ...((segment.label ?? label) ? { label: segment.label ?? label } : {}),
    });
  };
  const lines = wrappedLines(description, splitSpan(description, { start: 0, end: description.length }, /\r?\n/g));
  // a post written in lower case ("need your own basic hand tools. must be able to lift 75 lbs")
  // starts its sentences in lower case too
  const lowerCase =
    (description.match(/[.!?][ \t]+[a-z]/g)?.length ?? 0) >
    2 * (description.match(/[.!?][ \t]+[A-Z]/g)?.length ?? 0) + 2;
  // a job board's page pasted whole: what stands above its "Full job description" is the board's
  // header, its profile questions and the fields it pulled from the post, not the post
  const body = lines.findIndex((l) => FULL_DESCRIPTION.test(description.slice(l.start, l.end)));
  const posted = lines.slice(body + 1);
  const cells = levelCells(description, posted);
  // the section to go back to after a table whose levels follow their items
  let beforeCells: SectionMode | null = null;
  // whether the next line with words after the one at `at` is there and has no bullet
  const overUnbulleted = (at: number) => {
    const next = posted.slice(at + 1).find((l) => description.slice(l.start, l.end).trim());
    if (!next) return false;
    const text = description.slice(next.start, next.end).trim();
    return !(LEADING_MARK.test(text) && !/^\*\*/.test(text));
  };
  for (const [at, whole] of posted.entries()) {
    // a table pasted one cell a line, each item followed by its level: the level is the item's
    const cell = cells.get(at);
    if (cell === 'level') continue;
    if (cell) {
      beforeCells ??= section;
      section = cell;
    } else if (beforeCells !== null) {
      section = beforeCells;
      beforeCells = null;
    }
    // "II. MINIMUM ENTRANCE REQUIREMENTS", "(a) Completion of…": the number is no part of the text
    const numbered = SECTION_NUMBER.exec(description.slice(whole.start, whole.end));
    const line = numbered ? { start: whole.start + numbered[0].length, end: whole.end } : whole;
    const raw = description.slice(line.start, line.end);
    // "AND" between the items of a list of conditions; the answers of a board's form ("Yes", "No")
    if (/^\s*(?:and|or|and\/or|yes|no)\s*$/i.test(raw)) continue;
    // a row of a table pasted as text: "CNC mill setup | Required – independent"
    // (the rule under a table's header: "----|----|----")
    if (tableCells > 0 && /^[\s|:+=-]+$/.test(raw) && raw.includes('|')) continue;
    const row = tableRow(description, line, tableCells, tableDetail, tableLevels);
    if (row) {
      if (Array.isArray(row)) for (const cell of row) push({ ...cell, section: cell.level, heading: false });
      else if (row.header) [tableCells, tableDetail, tableLevels] = [row.cells, row.detail, row.levels];
      else push({ ...row, section: row.level ?? section, heading: false });
      continue;
    }
    const bulleted = LEADING_MARK.test(raw.trim()) && !/^\s*\*\*/.test(raw);
    if (raw.trim()) {
      if (!bulleted && FIELD_LINE.test(raw.trim()) && words(raw) <= FIELD_LINE_WORDS) {
        if (fieldRun === 0) fieldRunFrom = section;
        else section = fieldRunFrom;
        fieldRun++;
      } else fieldRun = 0;
      tableCells = 0;
      tableLevels = [];
      // a paragraph of prose after a bulleted list and a blank line is no item of the list: "Do
      // you live within 20 minutes of our yard? That's a must" after the wishes says for itself
      // what it asks
      // (…and so is a line in title case of its own, a heading no section phrase names: "Parts
      // Department Hours" over a table of opening hours; not one over a list of its own, "Computer
      // Skills" over "• Epic EHR", nor one that ends the post, "CDL Class B")
      if (
        blankAfterList &&
        !bulleted &&
        (words(raw) >= PROSE_WORDS ||
          (TITLE_CASE_LINE.test(raw.trim()) && words(raw) <= TITLE_CASE_WORDS && overUnbulleted(at))) &&
        (section === 'required' || section === 'optional')
      )
        section = 'plain';
      blankAfterList = false;
    }
    // a blank line ends a block of fields ("compensation: $22/hr", "employment type: full-time")
    // above a post's body: the body is read in the section the fields were found in
    else {
      if (fieldsFrom !== null) {
        section = fieldsFrom;
        fieldsFrom = null;
      }
      if (fieldRun >= 2) section = fieldRunFrom;
      fieldRun = 0;
      blankAfterList = listed === true;
    }
    const pushedBefore = out.length;
    // an in-line bullet's text is a list item, never a heading but by its form: "Benefits - Medical
    // - Bonus" lists a bonus, it does not open a section of nice-to-haves
    // (a one-line ad parts its fields with bars too: "Store #214, … | $22.50/hr DOE | Requirements: …")
    const bullets =
      line.end - line.start >= RUN_ON_AD && LABELLED_FIELD.test(description.slice(line.start, line.end))
        ? splitSpan(description, line, FIELD_BAR).flatMap((f) => splitSpan(description, f, INLINE_BULLET, true))
        : splitSpan(description, line, INLINE_BULLET, true);
    const pieces = bullets.flatMap((bullet, i) =>
      // (a sentence does not end inside a parenthesis that closes: "(ADP preferred; UKG also considered)")
      splitSpan(description, bullet, lowerCase ? LOWER_SENTENCE_END : SENTENCE_END, 'closed')
        // the wish after ", ideally" is its item's, never a heading ("ideally beauty or CPG" would
        // open a section of nice-to-haves for every item under it)
        .flatMap((s) =>
          splitSpan(description, s, QUALIFIED_TAIL).flatMap((t, k) =>
            closingTail(description, t).map((u, j) => ({ ...u, tail: k > 0 || j > 0 })),
          ),
        )
        .flatMap((s) => splitSpan(description, s, DEMAND_CLAUSE).map((u) => ({ ...u, tail: s.tail })))
        // (an "AND" in capitals in a line of small letters parts two demands: "… in Radiography (R),
        // AND current ARRT post-primary certification in Computed Tomography (CT)")
        // (not a list's last item: "lift, push, AND pull up to 50 pounds")
        .flatMap((s) => {
          const part = description.slice(s.start, s.end);
          const and = part.search(EMPHATIC_AND);
          return /\p{Ll}/u.test(part) && and > 0 && !/,(?![^()]*\))/.test(part.slice(0, and))
            ? splitSpan(description, s, EMPHATIC_AND).map((u) => ({ ...u, tail: s.tail }))
            : [s];
        })
        .flatMap((s) => clauses(description, s).map((c) => ({ ...c, tail: s.tail })))
        .flatMap((s) =>
          demandList(description, s).map((c, k) =>
            k === 0
              ? { ...c, clause: s.clause, demand: false, tail: s.tail }
              : { ...c, clause: true, demand: true, tail: s.tail },
          ),
        )
        .flatMap((s) =>
          numberedItems(description, s).map((c) => ({ ...c, tail: s.tail || c.lead === true, demand: s.demand })),
        )
        .flatMap((s) =>
          wholeHeading(description.slice(s.start, s.end))
            ? splitSpan(description, s, HEADING_RUN_ON).map((r, k) => ({
                ...r,
                clause: k === 0 && s.clause,
                demand: k === 0 && s.demand,
                tail: s.tail,
              }))
            : splitSpan(description, s, RUN_ON).map((r, k) => ({
                ...r,
                clause: k === 0 && s.clause,
                demand: k === 0 && s.demand,
                tail: s.tail,
              })),
        )
        .flatMap((s) =>
          innerHeadings(description, s).map((r, k) => ({
            ...r,
            clause: k === 0 && s.clause,
            demand: k === 0 && s.demand,
            tail: s.tail,
          })),
        )
        .map((s, j) => ({ ...s, listed: i > 0 && j === 0, runOn: j > 0 && !s.clause, clause: s.clause })),
    );
    for (const whole of pieces) {
      const cut = whole.runOn ? runInHeading(description, whole) : null;
      for (const piece of cut ?? [whole]) {
        const span = trimSpan(description, piece);
        if (!span) continue;
        const text = description.slice(span.start, span.end);
        // legal boilerplate: what follows is the employer's closing text, where only a condition
        // stated to the candidate asks anything ("Applicants must be at least 18")
        if (BOILERPLATE.test(text)) {
          section = 'about';
          label = undefined;
          continues = undefined;
          continue;
        }
        const clause = {
          ...('clause' in piece && piece.clause ? { clause: true } : {}),
          ...('demand' in piece && piece.demand ? { demand: true } : {}),
        };
        // "Requirements: 5 years of Java" — a heading and its first item on one line
        const inline = /^([^:]{2,60}):(?:\*\*|__)?\s+(?=\S)/.exec(text);
        // on a list item, only a label that is a section phrase as a whole: "Experience with power
        // tools: impact drivers…" is an item that says more after its colon
        // (the wish closing an item is no label: "…, ideally PostgreSQL: schema design, indexing")
        // ("PLUS: Current NFPA 70E arc flash training": a line labelled as a wish, among demands;
        // not "Plus:" over the perks that follow the pay)
        const inlineMode =
          inline && !('tail' in piece && piece.tail)
            ? (headingMode(inline[1]!, bulleted) ??
              (/^plus$/i.test(inline[1]!.trim()) && section !== 'about' ? 'optional' : null))
            : null;
        if (inline && inlineMode) {
          const rest = trimSpan(description, { start: span.start + inline[0].length, end: span.end });
          // a label on a list item, or after a sentence on its line, is that item's alone: "- **Education:**
          // BS in…", "Must: 1 year of… Bonus: inpatient experience", "💰 Comp: $60k base"; it asks more
          // or less of the item (or nothing), and says nothing of the items after it
          if (bulleted) {
            const own =
              inlineMode === 'required' || inlineMode === 'optional'
                ? inlineMode
                : PAY_LABEL.test(labelText(inline[1]!))
                  ? 'about'
                  : section;
            if (rest)
              push({
                ...rest,
                text: description.slice(rest.start, rest.end),
                section: own,
                heading: false,
                label: labelText(inline[1]!),
              });
            continue;
          }
          // a field of the board or the ad ("Location: Austin", "Pay: $20/hr") on its own line, in a
          // block above the post's body
          if (inlineMode === 'about' && rest && pieces.length === 1 && out.every((o) => o.section === 'about'))
            fieldsFrom ??= section;
          else fieldsFrom = null;
          section = inlineMode;
          const before = label;
          push({
            text: inline[1]!,
            start: span.start,
            end: span.start + inline[1]!.length,
            section,
            heading: true,
          });
          if (rest) {
            push({ ...rest, text: description.slice(rest.start, rest.end), section, heading: false });
            // a label with its text on its line labels that line ("Education: Successful completion
            // of…"); the lines after it keep their section, not its label
            label = before;
          }
          continue;
        }
        // "You might thrive in this role if you have:" says, in a sentence, what the items under it are
        const intro = words(text) > HEADING_MAX_WORDS ? introMode(text) : null;
        if (intro) {
          section = intro;
          push({ text, ...span, section, heading: true });
          continue;
        }
        // "To qualify, you must meet ONE of the following:" introduces the items under it, and
        // "Conditions of Employment" names them: both in the section they stand in
        if (
          (words(text) > HEADING_MAX_WORDS && /\b(?:the\s+following|as\s+follows)\s*:\s*$/i.test(text)) ||
          /^conditions\s+of\s+employment:?$/i.test(text)
        ) {
          push({ text, ...span, section, heading: true });
          continue;
        }
        // "…offers an excellent benefits package including:" introduces benefits, however long
        if (/:\s*$/.test(text) && BENEFITS_INTRO.test(text)) {
          section = 'about';
          push({ text, ...span, section, heading: true });
          continue;
        }
        // a letter's sign-off ("Thanks!", "Best regards,"): what follows is its signature
        if (pieces.length === 1 && SIGN_OFF.test(text)) {
          section = 'about';
          push({ text, ...span, section, heading: true });
          continue;
        }
        // (after a blank line: a block of its own)
        const pictured =
          pieces.length === 1 &&
          PICTURE_LEAD.test(raw) &&
          (at === 0 || !description.slice(posted[at - 1]!.start, posted[at - 1]!.end).trim()) &&
          pictureHeading(text, nextLine(description, posted, at));
        const formed = (pieces.length === 1 && looksLikeHeading(raw, text)) || pictured || headingByForm(text);
        const known =
          words(withoutRemark(text)) <= HEADING_MAX_WORDS && (!piece.listed || formed)
            ? (headingMode(text, !formed) ?? (pieces.length === 1 && ABOUT_JOB.test(text) ? 'duties' : null))
            : null;
        // a sentence after another on its line, closed as one, is no heading: "You speak Spanish? Even better."
        const afterSentence =
          /[.?!]["')\]]?\s*$/.test(description.slice(line.start, span.start)) && /[.!]\s*$/.test(text);
        if (!('tail' in piece && piece.tail) && (formed || known !== null) && !(afterSentence && !formed)) {
          // a list item that introduces items under it ("- Site safety credentials:") stays in its
          // list's section
          const parent = known === null && bulleted && !pictured && (section === 'required' || section === 'optional');
          // (a question of the reader's whose words say nothing of a section keeps a list of demands
          // or wishes it is in: "Are nights and weekends a problem?" among the requirements)
          const asked =
            known === null &&
            !headingByForm(text) &&
            READERS_QUESTION.test(text.trim()) &&
            (section === 'required' || section === 'optional');
          if (!parent && !asked) section = known ?? 'plain';
          push({ text, ...span, section, heading: true });
        } else {
          push({ text, ...span, section, heading: false, ...clause });
        }
      }
    }
    // whether the items under the last heading are a bulleted list
    if (out.length > pushedBefore) listed = out[out.length - 1]!.heading ? null : (listed ?? true) && bulleted;
  }
  return out;
}

/**
 * A sentence ending in a colon that introduces the items under it by what it says of the
 * candidate: "You might thrive in this role if you have:", "To be successful in this role, you
 * will need:", "Candidates should possess the following:".
 */
const INTRO_HEAD = new RegExp(
  String.raw`\b(?:(?:if|when)\s+you(?:'ve|\s+have|'re|\s+are)?(?:\s+(?:also\s+)?(?:have|bring|are|got))?|you(?:'ll|\s+will|\s+should|\s+must|'d|\s+would)?\s+(?:also\s+)?(?:need|have|bring|possess)|(?:we|they)(?:'re|\s+are)\s+(?:looking\s+for|seeking)|(?:we|they)(?:'d|\s+would)?\s+(?:need|want|require|expect|like\s+to\s+see)|(?:candidates?|applicants?|you)\s+(?:will|should|must)\s+(?:also\s+)?(?:have|possess|bring|demonstrate))(?:\s+(?:any|all|some|one|each|most)\s+of)?(?:\s+the\s+following(?:\s+(?:skills|qualifications|experience|requirements))?)?\s*:\s*$`,
  'i',
);
/** Words a sentence introducing items may have: longer, it is a paragraph that ends in a colon. */
const INTRO_MAX_WORDS = 18;
/** Words that make such a sentence introduce wishes: "Bonus points if you also have:". */
const INTRO_WISH = new RegExp(
  String.raw`\b(?:bonus|a\s+${PLUS_EMPHASIS}plus|nice|ideally|extra|even\s+better|stand\s+out|preferred|also)\b`,
  'i',
);

/** The section a sentence that introduces items opens ({@link INTRO_HEAD}), or null. */
function introMode(text: string): 'required' | 'optional' | null {
  if (words(text) > INTRO_MAX_WORDS || !INTRO_HEAD.test(text)) return null;
  return INTRO_WISH.test(text) ? 'optional' : 'required';
}

/** A line that is nothing but a level: "Required", "Preferred", "Essential". */
const LEVEL_LINE =
  /^\s*(?:required|mandatory|essential|must|preferred|desired|desirable|optional|(?:nice\s+to\s+have|nice-?2-?have)|a\s+plus|bonus)\s*$/i;
/** Item and level pairs a table needs to be read as one whose levels follow their items. */
const MIN_LEVEL_PAIRS = 2;

/**
 * A table pasted one cell a line, its level after each item ("Bachelor's degree in …" then
 * "Required", "SQL or Power BI" then "Preferred"): by line index, each item's section, and
 * `level` for the level lines, which are read no further. Only where the lines alternate from
 * an item to a level at least {@link MIN_LEVEL_PAIRS} times, starting on an item no level
 * stands above; levels above their items ("Required" over a list) are headings, as anywhere.
 */
function levelCells(text: string, lines: Span[]): Map<number, SectionMode | 'level'> {
  const out = new Map<number, SectionMode | 'level'>();
  const level = (i: number): SectionMode | null => {
    const line = lines[i];
    if (!line) return null;
    const t = text.slice(line.start, line.end).trim();
    if (!LEVEL_LINE.test(t)) return null;
    return LEVELS.find(([, re]) => re.test(t))?.[0] ?? null;
  };
  const item = (i: number) => {
    const line = lines[i];
    return line !== undefined && text.slice(line.start, line.end).trim() !== '' && level(i) === null;
  };
  for (let i = 0; i < lines.length;) {
    if (!item(i) || level(i - 1) !== null) {
      i++;
      continue;
    }
    let j = i;
    while (item(j) && level(j + 1) !== null) j += 2;
    if ((j - i) / 2 >= MIN_LEVEL_PAIRS) {
      for (let k = i; k < j; k += 2) {
        out.set(k, level(k + 1)!);
        out.set(k + 1, 'level');
      }
      i = j;
    } else i++;
  }
  return out;
}

/**
 * A section's number or an item's letter or code before a line: "II. ", "IV. ", "a. ", "(a) ",
 * "(d)", and the codes a public service gives its criteria ("EX1: ", "K2: ", "AEX1: ").
 */
const SECTION_NUMBER = /^\s*(?:[IVX]{1,4}\.|[a-z]\.|\([a-zA-Z]\)|\([ivx]{1,4}\)|[A-Z]{1,5}\d{1,2}[a-z]?:)\s+(?=\S)/;

/** Words a line wrapped at the page width may end with: it cannot end a sentence or an item there. */
const WRAPPED_END =
  /(?:-|,|\b(?:a|an|the|of|to|and|or|for|with|in|on|at|by|as|from|that|which|who|including|such|per|into|than|is|are|be|will|must|may|can|has|have|its|their|your|our|this|these|any|all|each|every|not|no))$/i;

/** A line this long that ends without a stop was wrapped at the page's width. */
const WRAPPED_WIDTH = 60;

/**
 * Lines of a post pasted from a PDF or a wrapped e-mail, joined where one goes on from the other:
 * the next starts in lower case and the first ends with a word that cannot end a line's sentence
 * ("…or of an equivalent\nstate-registered apprenticeship", "two-\nperson teams"). A list item
 * in lower case under a line that ends in a noun or a colon stays its own line.
 */
function wrappedLines(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  const width = pageWidth(text, lines);
  // (whether the last line with text was a field of an application form, see FORM_FIELD)
  let inForm = false;
  for (const [i, line] of lines.entries()) {
    const prev = out[out.length - 1];
    const head = text.slice(line.start, line.end).trimStart();
    const form: boolean =
      APPLICATION_FORM.test(head) ||
      (FORM_FIELD.test(head) && (inForm || APPLICATION_FORM.test(nextText(text, lines, i))));
    if (head.trim()) inForm = form;
    // the furniture of a printed page ("Page 2 of 3", "Page 3 of 3 — Job Description", "Printed:
    // 6/9/2025 … UNCONTROLLED COPY") or of a job board's ("See how you compare to over 100 other
    // applicants", "Show more") or its application form's is no line of the post
    if (PAGE_FURNITURE.test(head) || form) continue;
    const before = text.slice(prev?.start ?? 0, prev?.end ?? 0).trimEnd();
    const wrapped =
      WRAPPED_END.test(before) ||
      (before.length >= Math.min(WRAPPED_WIDTH, (width ?? Infinity) - WIDTH_SLACK) && !/[.!?:;]$/.test(before));
    // a line that opens with a bullet ("o Scissor lift", "a) airless sprayer") is an item of its own
    // (and so does an aside that goes on from it: "…basic manufacturing processes\n(machining, casting)")
    const continued = /^[a-z]/.test(head) || /^\([a-z]/.test(head);
    // in a page wrapped at its width, a line as long as the page that ends in a name or a word
    // that leads on goes on whatever the next begins with ("…Medical Laboratory Science /
    // Medical\nTechnology from…", "…teacher of record in a\nK-6 classroom"), unless that opens an
    // item or a heading; a line that ends an item in lower case ("…in good standing required")
    // stays its own
    const atWidth =
      width !== null &&
      /^[A-Z0-9]/.test(head) &&
      (WRAPPED_END.test(before) || /(?:[/&]|\b\p{Lu}[\p{L}'’-]*)$/u.test(before)) &&
      lastLineOf(text, prev).length >= width - WIDTH_SLACK &&
      !/^[^:]{1,40}:/.test(head) &&
      headingMode(head.replace(/:$/, ''), true) === null;
    // a bullet's text wrapped onto a line indented to it goes on, in any case ("• Five (5) or more
    // years … servicing hydraulic" / "   AND traction elevators")
    const underBullet =
      !!prev &&
      /^[ \t]{2,}\S/.test(text.slice(line.start, line.end)) &&
      LEADING_MARK.test(text.slice(prev.start, prev.end).trimStart()) &&
      !/[.!?:;]$/.test(before) &&
      headingMode(head.replace(/:$/, ''), true) === null;
    // (a rule drawn across the page, "-----" or "=====", parts what is above it from what is below:
    // it joins nothing and nothing joins it, though it is as long as the page and ends in a dash)
    if (
      prev &&
      ((continued && wrapped) || atWidth || underBullet) &&
      !LEADING_MARK.test(head) &&
      !RULE_LINE.test(head) &&
      !RULE_LINE.test(before)
    ) {
      prev.end = line.end;
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

/**
 * The fields of a job board's application form pasted with the post ("First Name *", "Resume/CV *",
 * "Attach Dropbox Google Drive Enter manually", "Accepted file types: pdf, doc", "Select...",
 * "Submit Application", "* Required"): no demand. The form's own questions stay ("Do you hold an
 * active Ohio Athletic Trainer license? *"); a field of one word is one only with its mark
 * ("Email *"): alone on its line it is an item of a list, "Channels you will run:" / "Email" /
 * "Website", "Tools:" / "GitHub".
 */
const APPLICATION_FORM =
  /^(?:(?:(?:first|last|full|legal|preferred|middle)\s+name|e-?mail\s+address|phone\s+number|mobile\s+phone|(?:home|street|mailing)\s+address|zip\s+code|postal\s+code|linkedin\s+(?:profile|url)|website\s+url|portfolio\s+(?:link|url)|github\s+(?:profile|url)|cover\s+letter|resume\s*\/\s*cv)(?:\s*\*)?|(?:e-?mail|phone|mobile|address|zip|linkedin|website|portfolio|github|resume|cv)\s*\*|attach\b[^.\n]{0,40}\benter\s+manually|accepted\s+file\s+types\s*:.*|select\s*(?:\.{3}|…)|submit(?:\s+(?:your\s+)?application)?|powered\s+by\s+[\w .]{2,24}|(?:read\s+our\s+)?privacy\s+(?:policy|notice)|\*\s*(?:required|indicates\s+(?:an?\s+)?required\s+(?:field|question)s?))\s*$/i;

/**
 * A field of one word without its mark ("Website", "Phone"): the form's beside its other fields,
 * an item of a list elsewhere ("Channels you will run:" / "Email" / "Website").
 */
const FORM_FIELD = /^(?:e-?mail|phone|mobile|address|linkedin|website|portfolio|github|resume|cv)\s*$/i;

/** The text of the next line after `lines[i]` that has any. */
function nextText(text: string, lines: Span[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) {
    const t = text.slice(lines[j]!.start, lines[j]!.end).trim();
    if (t) return t;
  }
  return '';
}

/** "Page 2 of 3", "Printed: 6/9/2025 10:42 AM … UNCONTROLLED COPY WHEN PRINTED": a printed page's furniture. */
const PAGE_FURNITURE =
  /\b(?:Page|Slide)\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*$|^(?:Page|Slide)\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*[—–|-]\s*[^.]{0,60}$|^Printed:?\s+\d{1,2}\/\d{1,2}\/\d{2,4}\b|\bUNCONTROLLED\s+COPY\b|^(?:see\s+how\s+you\s+compare\b|try\s+premium\b|promoted\s+by\s+hirer\b|responses\s+managed\s+off\b|referrals\s+increase\s+your\s+chances\b|see\s+who\s+you\s+know\b|get\s+notified\s+about\s+new\b|(?:show|see)\s+(?:more|less)$|…\s*(?:show\s+)?more$|(?:over\s+)?\d+\s+applicants$|actively\s+(?:recruiting|hiring)$|(?:easy|1-?click)\s+apply(?:\s+save)?$|meet\s+the\s+hiring\s+team$|job\s+poster$|message$|set\s+alert\s+for\s+similar\s+jobs$|actively\s+reviewing\s+applicants$|[^·]{2,50}\s·\s(?:1st|2nd|3rd\+?)$|(?:apply|save|share|report\s+this\s+job)(?:\s+(?:now|job|on\s+company\s+site))?!?$|be\s+an\s+early\s+applicant\b)/i;
/** A rule drawn across a page: "----------", "==========", "__________", "**********". */
const RULE_LINE = /^\s*([-=_*~─━═])\1{2,}\s*$/;

/** How much shorter than the page's width a line wrapped at it may be. */
const WIDTH_SLACK = 12;

/** The last physical line of a span (a joined line's end). */
function lastLineOf(text: string, span: Span | undefined): string {
  if (!span) return '';
  const t = text.slice(span.start, span.end).trimEnd();
  return t.slice(t.lastIndexOf('\n') + 1);
}

/**
 * The width a post was wrapped at, when it was: the length most of its long lines reach, where
 * at least three lines go on in lower case from a line that ends without a stop (the mark of a
 * page wrapped by a PDF or an e-mail). Null for a post whose lines are its own.
 */
function pageWidth(text: string, lines: Span[]): number | null {
  const lengths = lines.map((l) => text.slice(l.start, l.end).trimEnd().length);
  const count = (least: number) => {
    let continuations = 0;
    for (let i = 1; i < lines.length; i++) {
      const before = text.slice(lines[i - 1]!.start, lines[i - 1]!.end).trimEnd();
      const head = text.slice(lines[i]!.start, lines[i]!.end).trimStart();
      if (/^[a-z]/.test(head) && before.length >= least && !/[.!?:;]$/.test(before)) continuations++;
    }
    return continuations;
  };
  const long = lengths.filter((n) => n >= WRAPPED_WIDTH).sort((a, b) => a - b);
  if (long.length >= 5 && count(WRAPPED_WIDTH) >= 3) return long[Math.floor(long.length * 0.75)]!;
  // a narrow page (a flyer, a column) wraps shorter: most of its lines reach its width, and many
  // go on in lower case from one that reaches it
  const lined = lengths.filter((n) => n >= NARROW_WIDTH).sort((a, b) => a - b);
  if (lined.length < 10 || lined.length < lengths.filter((n) => n > 0).length / 2) return null;
  const narrow = lined[Math.floor(lined.length * 0.75)]!;
  return narrow < WRAPPED_WIDTH && count(narrow - WIDTH_SLACK) >= 5 ? narrow : null;
}

/** The narrowest page whose wrapping is read: a flyer's column of about forty characters. */
const NARROW_WIDTH = 30;

/** A label of pay or benefits on a list item ("💰 Comp: $60k base"): the item asks nothing. */
const PAY_LABEL = /^(?:total\s+)?(?:comp|compensation|pay|pay\s+rate|salary|wages?|benefits|perks|package)$/i;

/** A heading's words without its colon and markup: "**Education/Training:**" → "Education/Training". */
function labelText(text: string): string {
  return text.replace(/^[#*_\s]+|[*_:\s]+$/g, '');
}

/** What opens a list of demands in a sentence: "candidates must have", "it would be a real advantage if you also bring". */
const LIST_CUE =
  /\b(?:(?:should|must|need\s+to|will\s+need\s+to)\s+(?:already\s+)?be\s+able\s+to|must\s+(?:have|hold|possess|bring|show)|(?:need|needs)\s+(?:to\s+(?:(?:have|bring)\s+)?)?|you\s+(?:have|will\s+have|'ll\s+have)\s+to|should\s+(?:have|hold|bring)|(?:requirements?|qualifications?)\s+(?:include|are)|if\s+you\s+(?:also\s+)?(?:bring|have|hold))\b/i;
/** Where a list of demands parts: a comma outside brackets, with "and", "along with" or "as well as". */
const LIST_COMMA = /,[ \t]+(?:(?:and|along\s+with|as\s+well\s+as|plus)[ \t]+)?/g;
/** A demand that opens with what to do: "read blueprints…", "bring your own hood…", "and pass a drug screen". */
const DEMAND_VERB =
  /^\s*(?:and\s+)?(?:be|have|hold|own|bring|pass|read|write|speak|use|operate|drive|know|show|carry|maintain|provide|keep|travel|work|lift|stand|climb|get|make|take|follow|communicate|handle|complete|obtain|possess|meet|understand|run|fit|weld|install|troubleshoot|diagnose|manage|lead|supervise|train|perform|wear|live|reside|submit|show\s+up|braze|solder|find|repair|service|program|set\s+up|pull|build|fabricate|assemble|inspect|test|calibrate|wire|cut|hang)\b/i;
/**
 * A part of a list that says more of the one before it: "not bridges", "including…", "which…";
 * when or by whom it is held ("at the time of filing", "issued by the Department of Labor"); the
 * level it is held at ("Second Grade (Blue Seal) or higher").
 */
const NOT_A_DEMAND =
  /^\s*(?:(?:not|nor|including|includes|especially|particularly|such\s+as|e\.g\.|i\.e\.|which|whose|where|when|whether|or|but|though|although|so|since|because|as)\b|(?:at\s+the\s+time|by\s+the|prior\s+to|upon|issued|obtained|granted|awarded|conferred)(?![\w-])|(?:[\w()'-]+\s+){0,4}?(?:grade|class|level|tier)\b[^,;]{0,40}\bor\s+(?:higher|above|better|greater)\W*$)/i;
/**
 * A part that ends in a word that qualifies the noun of the next, which goes on with more such
 * words: "… in an industrial" before "institutional or utility plant".
 */
const OPEN_QUALIFIER = /\b(?:an?|the|in|of|for)\s+[a-z]+(?:al|ial|ic|ive|ous)$/i;
const MORE_QUALIFIERS =
  /^\s*(?:or\s+|and\s+)?[a-z]+(?:al|ial|ic|ive|ous)\s+(?:or|and)\s+[a-z]+(?:\s+[a-z]+)?\s*[.;]?\s*$/i;
/** A label that opens a list of demands within a line: "Requirements:", "Must have:", "Preferred:". */
const LIST_LABEL =
  /(?:^|[.;]\s+|\s[-–—]\s+)(?:requirements|required|qualifications|must[\s-]haves?|preferred|nice[\s-]to[\s-]haves?|bonus)\s*:\s*/i;
/** Words such a label's list has at least, and each of its demands (a demand may be "current BLS"). */
const LABEL_LIST_WORDS = 10;
const LABEL_DEMAND_WORDS = 2;
/** Words a list of demands in one sentence has at least after its cue, and each of its demands. */
const DEMAND_LIST_WORDS = 30;
/** …where its demands are things to do. */
const DOING_LIST_WORDS = 20;
const DEMAND_WORDS = 3;
/** …and each of its demands, where they are things to do. */
const DOING_WORDS = 2;
/** What a body does at work: "climb", "lift and carry", "stand for long periods". */
const PHYSICAL_VERB =
  /^\s*(?:and\s+)?(?:climb|lift|carry|stand|walk|sit|kneel|bend|crawl|push|reach|stoop|squat|twist)\b|,\s*(?:and\s+)?(?:lift|carry|stand|walk|kneel|bend|crawl|climb)\b/i;
/** Verbs of a trait, not of a trade, said in two words: "be honest", "work hard", "stay calm". */
const TRAIT_VERB = /^\s*(?:and\s+)?(?:be|work|stay|keep|show|have|get|take|make|follow|help|find)\b/i;
/** Words each of two demands has at least for a sentence to part in two. */
const TWO_DEMAND_WORDS = 8;

/**
 * A long sentence that lists its demands after one cue, parted by commas: "… candidates must have
 * a bachelor's degree from an accredited college, a minimum of five years of hands-on experience
 * managing commercial properties, the CPM designation from IREM, an active Texas real estate
 * license …". Each demand is read on its own, going on from the sentence's cue (the demands after
 * the first are clauses, see {@link JobSegment.clause}); a list of names ("Excel, Word and
 * Outlook") stays one segment.
 */
function demandList(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end);
  // (a label's list, in a line run on with others: "… Requirements: active Missouri PTA license,
  // 1+ yr outpatient orthopedic experience, current BLS, experience with WebPT documentation.")
  const label = LIST_LABEL.exec(part);
  const cue = label ?? LIST_CUE.exec(part);
  if (!cue) return [span];
  const from = cue.index + cue[0].length;
  // (a list of things to do says each in few words: "braze with a nitrogen purge, pull a system
  // down below 500 microns …, and build basic duct transitions …")
  const doing = DEMAND_VERB.test(part.slice(from));
  // (…but not a body's: "be able to climb poles…, lift and carry up to 100 lbs, and work outdoors"
  // is one condition of the work, which a resume rarely shows part by part)
  const least = label
    ? LABEL_LIST_WORDS
    : doing && !PHYSICAL_VERB.test(part.slice(from))
      ? DOING_LIST_WORDS
      : DEMAND_LIST_WORDS;
  if (words(part.slice(from)) < least) return [span];
  const cuts: { at: number; next: number }[] = [];
  // (the brackets' depth kept in one pass: a long list must not cost quadratic time)
  let depth = 0;
  let scanned = 0;
  for (const m of part.slice(from).matchAll(LIST_COMMA)) {
    const at = from + m.index;
    for (; scanned < at; scanned++) {
      const c = part[scanned];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
    }
    if (depth === 0) cuts.push({ at, next: at + m[0].length });
  }
  if (cuts.length < 2) return [span];
  const out: Span[] = [];
  let start = 0;
  for (const c of [...cuts, { at: part.length, next: part.length }]) {
    out.push({ start: span.start + start, end: span.start + c.at });
    start = c.next;
  }
  // every demand names a thing in words of its own: "Excel, Word, Outlook" is one list; a part
  // that says more of the one before it is no demand ("…, not bridges", "…, including global periods")
  // (and in a list of things to do, a part that does none says more of the one before it:
  // "You have to read blueprints, bring your own hood, grinders and leathers, …")
  const merged: Span[] = [];
  // (a cue followed at once by a comma has its demand after what says when: "Applicants must
  // possess, at the time of filing, a valid … License")
  let cueOnly = words(text.slice(span.start + from, out[0]!.end)) === 0;
  for (const o of out) {
    const prev = merged[merged.length - 1];
    const said = text.slice(o.start, o.end);
    const saysMore = NOT_A_DEMAND.test(said);
    if (
      prev &&
      (saysMore ||
        cueOnly ||
        (doing && !DEMAND_VERB.test(said)) ||
        (OPEN_QUALIFIER.test(text.slice(Math.max(prev.start, prev.end - 40), prev.end)) && MORE_QUALIFIERS.test(said)))
    ) {
      prev.end = o.end;
      if (!saysMore) cueOnly = false;
    } else merged.push({ ...o });
  }
  // (a thing to do may be said in two words, "braze cleanly"; not a trait, "be honest", "work hard")
  const fewest = label ? LABEL_DEMAND_WORDS : doing ? DOING_WORDS : DEMAND_WORDS;
  const trait = (o: Span) =>
    words(text.slice(o.start, o.end)) < DEMAND_WORDS && TRAIT_VERB.test(text.slice(o.start, o.end));
  // (two demands part a sentence only when both say much: "… must possess, at the time of filing, a
  // valid … License, Second Grade or higher, issued by …, AND three (3) years of … experience …")
  const two = merged.length === 2 && merged.every((o) => words(text.slice(o.start, o.end)) >= TWO_DEMAND_WORDS);
  // (the first part too, from its cue on: "be able to speak, read and write English" parts no verbs)
  const first = words(text.slice(span.start + from, merged[0]!.end));
  if (
    (merged.length < 3 && !two) ||
    (doing && first < fewest) ||
    merged.slice(1).some((o) => words(text.slice(o.start, o.end)) < fewest || trait(o))
  )
    return [span];
  return merged;
}

/**
 * Splits a sentence at semicolons that part its clauses ("knowledge of the NEC; skill in the use
 * of multimeters; ability to read blueprints"), not those inside a parenthesis; the clauses after
 * the first are marked, as they go on from its words.
 */
function clauses(text: string, span: Span): (Span & { clause?: boolean })[] {
  const out: (Span & { clause?: boolean })[] = [];
  const whole = [span];
  let depth = 0;
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0 && /^[ \t]+[a-z]/.test(text.slice(i + 1, i + 4))) {
      out.push({ start: from, end: i + 1, ...(out.length > 0 ? { clause: true } : {}) });
      from = i + 1;
    }
  }
  out.push({ start: from, end: span.end, ...(out.length > 0 ? { clause: true } : {}) });
  // one semicolon may join two halves of one demand ("Lift 75 lbs; able to work in a hot shop"): the
  // halves are read apart only when one is wished for and the other not ("permit required; nitrous
  // permit preferred")
  if (
    out.length === 2 &&
    OPTIONAL_WORDS.test(text.slice(out[0]!.start, out[0]!.end)) ===
      OPTIONAL_WORDS.test(text.slice(out[1]!.start, out[1]!.end))
  )
    return whole;
  return out;
}

/**
 * A sentence that numbers its items in line: "The ideal candidate has (1) a Ph.D. in Chemistry…;
 * (2) hands-on experience with emulsion polymerization; (3) …". Each numbered item is read as a
 * clause of the sentence, which says what they ask.
 */
function numberedItems(
  text: string,
  span: Span & { clause?: boolean },
): (Span & { clause?: boolean; lead?: boolean })[] {
  const part = text.slice(span.start, span.end);
  // numbered in order from the first ("(1) … (2) …"), never a figure's digits ("Three (3) years")
  const marks = [
    ...part.matchAll(
      /(?:[;,][ \t]*(?:and[ \t]+)?|\b(?:and|or)[ \t]+|^|[ \t]+)(?<!\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)[ \t]*)\(([1-9]|[a-h])\)[ \t]+/gi,
    ),
  ];
  const inOrder = marks.every(
    (m, i) => m[1]!.toLowerCase() === '123456789'[i] || m[1]!.toLowerCase() === 'abcdefgh'[i],
  );
  if (marks.length < 2 || !inOrder) return [span];
  const out: (Span & { clause?: boolean; lead?: boolean })[] = [];
  let from = 0;
  for (const [i, m] of marks.entries()) {
    // the words before the first number lead into the items, and are no heading of a section
    if (m.index > from)
      out.push({
        start: span.start + from,
        end: span.start + m.index,
        ...(i > 0 || span.clause ? { clause: true } : { lead: true }),
      });
    from = m.index + m[0].length;
  }
  out.push({ start: span.start + from, end: span.end, clause: true });
  return out;
}

/** Words that make a clause a wish. */
const OPTIONAL_WORDS =
  /\b(?:preferred|preferably|preferentially|a\s+plus|pluses|bonus|(?:nice\s+to\s+have|nice-?2-?have)|desired|desirable|ideally|helpful|an\s+advantage|of\s+advantage|an\s+asset|advantageous)\b/i;

/** Cells of a table row pasted as text: "|" between them, or tabs. */
const TABLE_CELL = /[ \t]*\|[ \t]*|\t+/g;
/** A cell that says how much a row's skill is wanted: "Required – independent", "Preferred – basic". */
const LEVELS: [SectionMode, RegExp][] = [
  ['required', /^(?:required|must|mandatory|essential|minimum)\b/i],
  ['optional', /^(?:preferred|nice|desired|desirable|optional|bonus|a\s+plus|plus|helpful)\b/i],
];
/** A cell that is a level and nothing more: "Must have", "Required", "Nice to have", "Preferred". */
const LEVEL_CELL =
  /^(?:must(?:[\s-]+have)?|required|mandatory|essential|minimum|preferred|nice[\s-]+to[\s-]+have|desired|desirable|optional|bonus|a\s+plus|plus|helpful)$/i;
/** A table's header cell: "Skill | Level", "Criterion | How assessed", "Criteria | Essential/Desirable", "Criteria | Detail". */
const HEADER_CELL =
  /^(?:skills?|levels?|requirements?|required\??|priority|proficiency|importance|qualifications?|experience|competenc(?:y|ies)|criteri(?:on|a)|how\s+(?:assessed|measured|evidenced)|(?:method\s+of\s+)?assessment|assessed\s+(?:by|at|via)|evidence|essential|desirable|preferred|desired|nice[\s-]+to[\s-]+have|must[\s-]+have|e\s*\/\s*d|(?:essential|required)\s*\/\s*(?:desirable|preferred)|details?|description)$/i;
/** A header cell that says its column holds what the first names: "Criteria | Details". */
const DETAIL_CELL = /^(?:details?|description)$/i;
/** The level a table's header cell names for its column: "Essential", "Requirements", "Preferred". */
function headerLevel(cell: string): SectionMode | null {
  if (/^(?:requirements?|required|must[\s-]+haves?|minimum(?:\s+requirements)?|essential|mandatory)$/i.test(cell))
    return 'required';
  if (/^(?:preferred|nice[\s-]+to[\s-]+haves?|desired|desirable|bonus|assets?|optional)$/i.test(cell))
    return 'optional';
  return null;
}
/** A cell that marks a column: "X", "✓", "Yes". */
const MARK_CELL = /^(?:x|✓|✔|✔️|✅|☑|☑️|☒|yes|y|●|•)$/iu;
/** Cells a row may have. */
const MAX_CELLS = 4;

/**
 * A row of a table pasted as text: its first cell as the item, in the section its level says
 * ("CNC mill setup | Required – independent" is required, "CMM operation | Preferred – basic"
 * optional), or in the section it sits in when it has as many cells as the table's header
 * (`headerCells`: "Experience analysing data<TAB>Application / Interview" under "Criterion<TAB>How
 * assessed"); `header` for a header row; null for any other line, which is read as text (a header
 * of an ad such as "Full-time | Salary $85,000 | Pinecrest Harbor" has no level).
 */
function tableRow(
  description: string,
  line: Span,
  headerCells: number,
  detail: boolean,
  headerLevels: readonly (SectionMode | null)[] = [],
):
  | { header: true; cells: number; detail: boolean; levels: (SectionMode | null)[] }
  | (Span & { header?: false; text: string; level: SectionMode | null })
  | (Span & { text: string; level: SectionMode })[]
  | null {
  // (a Markdown table's outer bars open no column: "| Competency | Essential | Desirable |")
  // (by single tabs where the row has no bars: an empty cell between two tabs is a column)
  const lineText = description.slice(line.start, line.end);
  let split = splitSpan(description, line, lineText.includes('|') ? TABLE_CELL : / *\t */g);
  if (split.length > 2 && /^\s*\|/.test(lineText) && !description.slice(split[0]!.start, split[0]!.end).trim())
    split = split.slice(1);
  const raws = split.map((c) => description.slice(c.start, c.end).trim());
  // every column a level's ("Requirements<TAB>Preferred"): each cell is an item of its column's
  if (
    split.length >= 2 &&
    headerLevels.length >= 2 &&
    headerLevels.every((l) => l !== null) &&
    !raws.some((t) => MARK_CELL.test(t))
  ) {
    const items = split.slice(0, headerLevels.length).flatMap((c, i) => {
      const item = trimSpan(description, c);
      return item ? [{ ...item, text: description.slice(item.start, item.end), level: headerLevels[i]! }] : [];
    });
    if (items.length > 0 && raws.slice(headerLevels.length).every((t) => t === '')) return items;
  }
  // a mark in the column of a level is the row's: "Valid driver's license | X |" under "Competency
  // | Essential | Desirable" is essential, "CSP or ASP | | X" desirable
  if (split.length >= 2 && headerLevels.some((l) => l !== null) && raws[0] && !MARK_CELL.test(raws[0])) {
    const marked = raws.flatMap((t, i) => (i > 0 && MARK_CELL.test(t) && headerLevels[i] ? [headerLevels[i]!] : []));
    const extra = raws.slice(headerLevels.length).some((t) => t !== '');
    const item = trimSpan(description, split[0]!);
    if (marked.length === 1 && !extra && item)
      return { ...item, text: description.slice(item.start, item.end), level: marked[0]! };
  }
  const cells = splitSpan(description, line, TABLE_CELL)
    .map((c) => trimSpan(description, c))
    .filter((c): c is Span => c !== null);
  if (cells.length < 2 || cells.length > MAX_CELLS) return null;
  const texts = cells.map((c) => description.slice(c.start, c.end));
  if (texts.every((t) => HEADER_CELL.test(t)))
    return {
      header: true,
      cells: cells.length,
      detail: texts.slice(1).every((t) => DETAIL_CELL.test(t)),
      // (by column, empty ones too: a row marks its level's column, "Competency | Essential | Desirable")
      levels: raws.map(headerLevel),
    };
  // under "Criteria | Details" the row's demand is its details: "Experience | 3+ years of commercial
  // HVAC service experience"
  if (detail && headerCells === cells.length) {
    const rest = { start: cells[1]!.start, end: cells[cells.length - 1]!.end };
    return { ...rest, text: description.slice(rest.start, rest.end), level: null };
  }
  // a level in the first cell is the row's: "Must have | Snowflake | 2+ yrs" (the years a cell after
  // the item gives are the item's: "Total experience in analytics / data roles | 3+ yrs")
  // (a cell of the level alone: not a run-on line's "Minimum Required Skills: …" before a bar)
  const lead = LEVEL_CELL.test(texts[0]!) ? LEVELS.find(([, re]) => re.test(texts[0]!))?.[0] : undefined;
  // (not a row of when and what the job pays: "Required | Mon-Fri | $25/hr")
  const when =
    /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?|weekends?|nights?|evenings?)\b|^\$\s?\d|^\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;
  if (lead && !LEVELS.some(([, re]) => re.test(texts[1]!)) && !when.test(texts[1]!)) {
    // (of an item of experience: "Sunquest LIS | 2+ yrs" asks the system)
    const years =
      /\b(?:experience|exp|work|roles?|positions?)\b/i.test(texts[1]!) &&
      texts.slice(2).some((t) => /\d\s*\+?\s*(?:yrs?|years?)\b/i.test(t));
    const end = years ? cells[cells.length - 1]!.end : cells[1]!.end;
    return { start: cells[1]!.start, end, text: description.slice(cells[1]!.start, end), level: lead };
  }
  for (const t of texts.slice(1)) {
    const level = LEVELS.find(([, re]) => re.test(t))?.[0];
    if (level) return { ...cells[0]!, text: texts[0]!, level };
  }
  if (headerCells === cells.length) return { ...cells[0]!, text: texts[0]!, level: null };
  return null;
}

/** A heading and its colon run on after an item's end: "…management system (LMS) Pay & Perks: $68,000". */
const INNER_HEADING = /(?<=[a-z0-9)%])[ \t]+((?:[A-Z][\w'’]*[ \t]+(?:&[ \t]+)?){0,3}[A-Z][\w'’]*)[ \t]*:(?=[ \t]|$)/g;

/**
 * A piece cut before each phrase of wishes or of the offer run on after its end with a colon (see
 * {@link INNER_HEADING}): an ad scraped into one line keeps "Pay & Perks:" and "Benefits:" as
 * headings. Words before a colon that name no such section stay ("…such as Excel: pivots",
 * "Driver's License: A valid Class C…").
 */
function innerHeadings<T extends Span>(description: string, span: T): T[] {
  const text = description.slice(span.start, span.end);
  const cuts: number[] = [];
  for (const m of text.matchAll(INNER_HEADING)) {
    // (capitalised words alone before it are the heading's own: "Work Location: On the road")
    if (/^[ \t]*(?:[A-Z][\w'’]*[ \t]+)*[A-Z][\w'’]*$/.test(text.slice(0, m.index))) continue;
    // the heading is the longest run of the capitalised words before the colon that is one: the
    // item's own names may stand before it ("…with Microsoft Office Pay & Perks:")
    const words = [...m[1]!.matchAll(/[A-Z][\w'’]*/g)];
    for (let k = 0; k < words.length; k++) {
      const mode = headingMode(m[1]!.slice(words[k]!.index), true);
      if (mode !== 'about' && mode !== 'optional') continue;
      cuts.push(span.start + m.index + m[0].indexOf(m[1]!) + words[k]!.index);
      break;
    }
  }
  if (cuts.length === 0) return [span];
  const bounds = [span.start, ...cuts, span.end];
  return bounds.slice(0, -1).map((start, k) => ({ ...span, start, end: bounds[k + 1]! }));
}

/**
 * A run-on piece of a scraped ad that begins with a whole section phrase and runs into the next
 * sentence ("The Role Lead all culinary operations…", "Preferred Culinary degree…"): the phrase
 * and the rest, or null. The rest must begin with a capital or a digit, so that "Preferred
 * experience with…" stays one item.
 */
function runInHeading(
  description: string,
  piece: Span & { listed: boolean },
): (Span & { listed: boolean; clause?: boolean })[] | null {
  const span = trimSpan(description, piece);
  if (!span) return null;
  const text = description.slice(span.start, span.end);
  if (headingByForm(text)) return null;
  // "Preferred Qualifications: Strong Java…" is a heading with a colon, read as such
  const inline = /^([^:]{2,60}):\s/.exec(text);
  if (inline && headingMode(inline[1]!) !== null) return null;
  for (const [, re] of HEADS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // "Experience With Python" in title case continues the phrase: no heading in it
    if (!/^[ \t]+[A-Z0-9]/.test(rest) || /^(?:with|in|of|to|using|for|on|as|and|or)\b/i.test(rest.trim())) continue;
    // "Preferred Qualifications" is one heading, not "Preferred" and an item
    if (headingMode(rest, true) !== null) return null;
    const at = span.start + m[0].length;
    return [
      { start: span.start, end: at, listed: false },
      { start: at, end: span.end, listed: false },
    ];
  }
  return null;
}

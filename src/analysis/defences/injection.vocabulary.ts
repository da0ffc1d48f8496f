/**
 * The words injection patterns are built from (see `injection.patterns.ts` and
 * `injection.rubric-patterns.ts`): who a resume is about, who reads it, what a reader is told to
 * do, and the rubric and decision a screener works with. Each is a regular-expression source to
 * splice into a pattern; all run on the normalised search text (see `search-text.ts`).
 */

/** Word boundaries that also hold for accented and non-Latin letters (`\b` is ASCII-only). */
export const B = String.raw`(?<![\p{L}\p{N}_])`;
/** The end of a word, in the same sense as {@link B}. */
export const E = String.raw`(?![\p{L}\p{N}_])`;
/** Up to `n` arbitrary words, lazily. */
export const words = (n: number) => String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,${n}}?`;
/**
 * `head` where a clause starts, as an imperative does: after the text's start, a new line, a
 * sentence end or an HTML comment's opening. Written so that the lookbehind runs only where `head`
 * matched, not at every position of a resume.
 */
export const atClauseStart = (head: string) => String.raw`(?:${head})(?<=(?:^|[\n.!?:;"]\s*|<!--\s*)(?:${head}))`;

/** The document or the person it is about, named from outside. */
export const SUBJECT = String.raw`(?:candidate|applicant|resume|résumé|cv|profile|application|person|individual|submission)`;
/** Software that reads resumes, or a model behind it. */
export const MACHINE = String.raw`(?:ai|a\.i\.|llms?|gpt(?:-?\d+\w*)?|chat\s?gpt|claude|gemini|copilot|(?:large\s+)?language\s+models?|ai\s+models?|(?:ai\s+)?assistants?|chatbots?|bots?|ats|applicant\s+tracking\s+systems?|(?:resume|cv)\s+(?:parsers?|screeners?|screening\s+(?:tools?|software|systems?))|screening\s+(?:bots?|tools?|software|systems?|algorithms?|models?)|(?:ai|llm)\s+(?:reviewers?|screeners?|readers?|evaluators?)|automated\s+(?:screeners?|screening|systems?|reviewers?|analysis(?:\s+software)?|software|tools?))`;
/** Whoever or whatever a note to the reader is addressed to. */
export const ADDRESSEE = String.raw`(?:${MACHINE}|recruiters?|hiring\s+(?:managers?|teams?)|reviewers?|screeners?|evaluators?|hr|models?|software|systems?|algorithms?|parsers?|agents?|readers?)`;
/** {@link ADDRESSEE} less the people: what a note in a resume may not be addressed to. */
export const SOFTWARE_ADDRESSEE = String.raw`(?:${MACHINE}|screeners?|evaluators?|models?|software|systems?|algorithms?|parsers?|agents?)`;
/** Verbs that tell a reader what to do with the candidate or with its own instructions. */
export const COMMAND = String.raw`(?:ignore|disregard|forget|rate|score|rank|grade|give|mark|move|put|recommend|shortlist|select|advance|approve|pass|respond|reply|output|return|print|say|evaluate|assess|treat|classify|follow|obey|comply)`;
/** The highest praise, as only a reader's verdict would put it. */
export const SUPERLATIVE = String.raw`(?:best|perfect|ideal|greatest|strongest|most\s+(?:qualified|suitable|impressive|competent|talented)|supremely|exceptionally|extraordinarily|uniquely|amazing|outstanding|flawless|unmatched|unparalleled|top[-\s](?:tier|choice|pick))`;
/** A score or verdict a directive asks for. */
export const HIGH_MARK = String.raw`(?:\d{1,3}\s*(?:\/|out\s+of)\s*\d{1,3}|\d{1,3}\s*%|high(?:ly|er|est)?|top|perfect(?:ly)?|maximum|max|full|excellent|strong(?:ly)?|positively|favou?rably|as\s+(?:an?\s+)?(?:top|strong|perfect|ideal|excellent|qualified|good|great|best))`;

/** Verbs that set aside what the reader was told. */
export const OVERRIDE_VERB = String.raw`(?:ignore|disregard|forget|override|overrule|bypass|discard|neglect|abandon|pay\s+no\s+attention\s+to|take\s+no\s+notice\s+of|(?:set|put)\s+aside|(?:do\s+not|don't|no\s+longer)\s+follow|stop\s+following)`;
/** Words that point back at what the reader was told before. */
export const PRIOR = String.raw`(?:previous|prior|above|earlier|preceding|foregoing|former|original|initial|your|my)`;
/** Words that may stand between an override verb and what it sets aside. */
export const FILLER = String.raw`(?:of|the|your|my|these|those|all|any|every|previous|prior|above|earlier|preceding|foregoing|former|original|initial|existing|current|given|other|such)`;
/** What a reader was told: its instructions, rules, criteria. */
export const ORDERS = String.raw`(?:instructions?|rules|prompts?|directions|guidelines|directives|commands|guidance|criteria|constraints|programming)`;
/** What a model was told, by name: enough on its own after an override verb. */
export const PROMPTS = String.raw`(?:instructions?|prompts?|system\s+prompt|programming|directives)`;

/** "Ignore previous instructions" in other languages: verb, a few words, then the noun. */
export const FOREIGN_OVERRIDE_VERB = String.raw`(?:ignora|ignorad|ignore[zr]?|olvida|olvide|descarta|oublie[zr]?|ignoriere|ignorieren|vergiss|vergessen|esqueça|esqueca|desconsidere|ignorate|dimentica|negeer|vergeet|zignoruj|zapomnij|игнорируй(?:те)?|забудь(?:те)?|проигнорируй(?:те)?)`;
export const FOREIGN_ORDERS = String.raw`(?:instrucciones|instruções|instrucoes|instructions|consignes|anweisungen|instruktionen|anleitungen|istruzioni|instructies|instrukcje|polecenia|reglas|règles|regeln|regras|regole|инструкци[июйя]\w*|указани[яй]\w*|правила)`;
/** Determiners and "previous" in those languages: the only words allowed between verb and noun. */
export const FOREIGN_FILLER = String.raw`(?:todas|todos|las|los|tus|sus|as|os|suas|tuas|les|tes|vos|toutes|tous|alle|die|deine|ihre|vorherigen|bisherigen|obigen|tutte|le|precedenti|previas|anteriores|précédentes|все|предыдущие|wszystkie|poprzednie|eerdere|vorige|de)`;
/** {@link SUBJECT} and {@link SUPERLATIVE} in those languages. */
export const FOREIGN_SUBJECT = String.raw`(?:candidat[oae]?|kandidat(?:in)?|bewerber(?:in)?|curr[ií]culum|cv|кандидат\w*)`;
export const FOREIGN_PRAISE = String.raw`(?:mejor|perfect[oa]|ideal|idéal|meilleure?|parfaite?|beste|perfekt|migliore|perfett[oa]|idone[oa]|melhor|perfeit[oa]|лучш\w+|идеальн\w+)`;

/** A pattern from a source: global (for `matchAll`), case-insensitive, Unicode-aware. */
export const re = (source: string, flags = 'giu') => new RegExp(source, flags);

/**
 * What a screener judges by: the rubric, its requirements and criteria, the job post they come
 * from. A resume names requirements only as its author's work ("gathered requirements"), never
 * as the reader's yardstick, which is what the patterns that use this look for.
 */
export const RUBRIC = String.raw`(?:(?:screening|hiring|job|evaluation|scoring|selection|assessment|grading|must-?have|mandatory|required|minimum|stated|listed|posted|key|core|above|following|given|original|these|those)\s+){0,2}(?:rubric|requirements?|criteria|criterion|qualifications|must-?haves|checklist|job\s+(?:description|post(?:ing)?|spec(?:ification)?))`;
/** A requirement counted as satisfied. */
export const MET = String.raw`(?:met|satisfied|fulfil?led|achieved|passed|true|present|covered|checked|ticked|yes)`;
/** The verdict a manipulated screener is asked to reach. */
export const VERDICT = String.raw`(?:shortlist(?:ed)?|strong\s+(?:hire|yes|match)|hire[d]?|approve[d]?|accept(?:ed)?|advance[d]?|pass(?:ed)?|yes|qualified|select(?:ed)?|interview|recommend(?:ed)?|proceed|move\s+forward|top\s+candidate|(?:perfect|strong|ideal|excellent|full)\s+(?:match|fit))`;
/** Pointing at the document under review from outside it: "the resume above", "the candidate in question". */
export const DEICTIC = String.raw`(?:above|below|here|herein|in\s+question|provided|submitted|presented|attached|under\s+(?:review|consideration|evaluation)|being\s+(?:reviewed|evaluated|screened|assessed|considered|processed))`;

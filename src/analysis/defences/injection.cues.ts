/**
 * Injections told apart by what they do rather than by how they are phrased. Pattern families
 * (see `injection.patterns.ts`) catch the phrasings they were written for; text written to steer
 * a screener in a way nobody wrote a pattern for still has to do a few things at once, and each
 * of those has a small vocabulary whatever the wording:
 *
 * - **reader**: it names the software that reads it, or that software's own work ("your output",
 *   "LLM reviewers:", "to the AI doing the first pass", "whoever or whatever is reading this");
 * - **directive**: it tells someone what to do (a modal, "please", an imperative at a clause's
 *   start, "do not mention");
 * - **self**: it points at the document under review from outside ("this candidate", "the
 *   applicant above", "this one", "me" as the object of a ranking);
 * - **outcome**: it names the result of the screening ("rank 1", "advance", "strong hire",
 *   "meets every requirement", "mention strengths only", "interview stage");
 * - **artefact**: it forges a piece of the screening itself ("expected output", "(pre-filled)",
 *   "calibration example", "rubric revision", "already screened by your model",
 *   `instructions_for_model`);
 * - **passive order**: "applicants without it are to be scored as…", "she should be ranked…".
 *
 * A sentence (or two adjacent ones on a line) is flagged when it has a reader and a directive or
 * an outcome; a directive on the document with an outcome; an artefact with anything else; or a
 * passive order. A resume speaks of its author ("Ranked first in class", "Built an LLM pipeline
 * that ranks tickets"): past tense, no reader, no order about "this candidate". The families are
 * general; they were written from the third blind attack set's misses (see
 * `test/fixtures/injection-blind/README.md`) and checked against every benign line and real resume
 * the tests hold.
 *
 * Linear: each family is one regular expression run once over the text; sentences are looked up
 * by binary search.
 */
import type { InjectionReason } from './injection.patterns.js';
import { B, E } from './injection.vocabulary.js';

/** Reading software and its parts, as a note would call it. */
const SOFTWARE = String.raw`(?:ai|a\.i\.|llms?|gpt[\w.-]*|chat\s?gpt|claude|gemini|models?|bots?|chatbots?|assistants?|screeners?|evaluators?|reviewers?|(?:screening\s+)?systems?|pipelines?|algorithms?|ats|parsers?|engines?|software|tools?|programs?|summari[sz]ers?|(?:scoring|ranking|matching|screening)\s+(?:layers?|algorithms?|models?|engines?|logic))`;
/** Models called by name: a note may address one with a comma ("Claude, …", "AI, …"). */
const NAMED_MODEL = String.raw`(?:ai|a\.i\.|llms?|gpt[\w.-]*|chat\s?gpt|claude|gemini|copilot|chatbots?|assistant)`;
/** The screener's own work, as "your …". */
const OWN_WORK = String.raw`(?:output|reply|response|answer|summary|evaluation|assessment|analysis|report|scor(?:e|ing)|rank(?:ing)?|verdict|recommendation|decision|result|instructions|prompt|rubric|criteria|guidelines|model|system|pipeline|screening|judge?ment|rating|shortlist|task|(?:revised|new|real|actual)\s+task)`;
/** Verbs of screening, as a reader does them to a document. */
const SCREENING_VERB = String.raw`(?:reading|reads|reviewing|reviews|screening|screens|parsing|parses|processing|processes|evaluating|evaluates|scoring|scores|ranking|ranks|assessing|assesses)`;
/**
 * `head` where a clause starts: at the text's or a line's start, after a sentence end, a colon, a
 * comma, a dash or an arrow, or after "and", "then", "just", "please". The lookbehind runs only
 * where `head` matched, never at every position of a resume.
 */
const atClause = (head: string) =>
  String.raw`${B}(?:${head})${E}(?<=(?:^|[\n:;.!?"(\]|→>–—]\s*|\s-\s|${B}(?:and|then|so|now|also|just|simply|please|pls|kindly)\s+)(?:${head}))`;
/** Verbs of an order to the screener, at a clause's start. */
const ORDER_VERB = String.raw`(?:ignore|disregard|skip|forget|overlook|set\s+aside|treat|consider|assume|count|mark|rank|rate|score|re-?score|grade|advance|shortlist|recommend|place|put|list|move|return|output|respond|reply|answer|print|write|say|state|describe|summari[sz]e|mention|omit|exclude|leave\s+out|drop|hide|add|include|copy|quote|repeat|match|use|call|invoke|flag|approve|pass|accept|prioriti[sz]e|favou?r|boost|give|assign|award|report|reason|keep\s+in\s+mind|proceed|classify|label|select|pick|forward|fast-?track|schedule|weigh|weight|re-?rank|re-?rate|re-?evaluate|re-?assess|suppress|lower|raise|increase|decrease|reduce|deduct|dock|penali[sz]e|remember|complete|finish|fill|see|read|check|look|translate|render|rewrite|replace|substitute|change|transcribe|carry)`;
/** How what a reader is told begins, after "LLM:" or "Claude,": an order, or the document and the reader named. */
const TOLD = String.raw`(?:please\s+|kindly\s+|just\s+)?(?:${ORDER_VERB}|this|the|my|you|your|when|if|before|do\s+not|don'?t|never|always|any|all|every)${E}`;
/** Who or what a ranking is done to, besides the document itself. */
const RANKED = String.raw`(?:me|them|him|her|it|this\s+[\p{L}-]+|the\s+(?:applicant|candidate|profile|resume|cv|one)(?:\s+above)?|applicants?|candidates?|others|the\s+others|other\s+applicants)`;

const FAMILIES = {
  reader: [
    String.raw`${B}(?<!${B}(?:for|at|upon|on)\s+)(?:u|ur|your)\s+(?:final\s+|own\s+)?${OWN_WORK}${E}`,
    String.raw`${B}(?:u|ur|your)\s+(?:only\s+|real\s+|main\s+)?(?:job|task|role|goal)\s+(?:here\s+)?is${E}`,
    String.raw`${B}(?:anyone|anybody|whoever|someone)\s+(?:summari[sz]ing|reviewing|screening|reading|evaluating|ranking|scoring|assessing)\s+(?:this|these|my)${E}`,
    String.raw`${B}(?:you|u)\s+(?:were|are|have\s+been|'ve\s+been|was)\s+(?:told|instructed|asked|configured|programmed|prompted|given|trained|designed|built)${E}`,
    String.raw`${B}(?:who|what)(?:ever)?\s*,?\s+(?:or\s+(?:who|what)(?:ever)?\s*,?\s+)?(?:is\s+|are\s+)?${SCREENING_VERB}\s+(?:this|me|it)${E}`,
    String.raw`${B}the\s+reader,?\s+(?:human\s+or\s+(?:machine|ai|not)|whether\s+human)`,
    String.raw`${B}(?:dear|hey|hi|attention|attn|(?:a\s+)?(?:note|message|notice|memo|reminder|instructions?|guidance|directions?)\s+(?:to|for))\s+(?:the\s+|any\s+|all\s+|every\s+|each\s+|whichever\s+|whatever\s+)?(?:[\p{L}-]+\s*\/\s*)?(?:[\p{L}-]+\s+)?${SOFTWARE}${E}`,
    String.raw`${B}(?:to|for)\s+(?:(?:(?:the|any|all|every|each|whichever|whatever)\s+)?(?:automated|automatic|ai|llm)\s+${SOFTWARE}|(?:any|all|every|each|whichever|whatever)\s+${SOFTWARE})${E}`,
    String.raw`${B}(?:when|as|while|before|after|if|once)\s+you\s+(?:summari[sz]e|rank|score|rate|evaluate|assess|screen|compare|grade|shortlist)${E}`,
    String.raw`${B}the\s+(?:evaluator|screener|reviewer|ranking\s+engine|reviewing\s+software|screening\s+(?:software|tool|system))\s+(?:must|should|shall|will|may\s+not|cannot|can'?t|could|would|is\s+(?:to|required))${E}`,
    String.raw`${B}(?:reviewing|screening|ranking|scoring|parsing|evaluating)\s+(?:software|engine|tool|system|program|algorithm|model|bot)s?\s+(?:could|would|can|should|must|will|may)${E}`,
    String.raw`${B}(?:ai|automated|llm)\s+(?:screening\s+|hiring\s+|recruiting\s+)?(?:tools?|software|systems?|screeners?)\s+(?:may|must|should|shall|will|can(?:not)?|are\s+(?:to|required|no\s+longer))${E}`,
    String.raw`${B}kind\s+(?:machine|ai|bot|assistant|model|reader)${E}`,
    String.raw`${B}(?:you\s+are|you're|u\s+are)\s+(?:not|no\s+longer)\s+(?:bound|restricted|limited|constrained)\s+by${E}`,
    String.raw`${B}(?:any|every|each|a|the)\s+(?:fair|careful|sensible|reasonable|earlier|later|downstream|subsequent|good|discerning|generous|thoughtful)(?:[-\s]minded)?\s+(?:reviewers?|readers?|screeners?|evaluators?|models?)${E}`,
    String.raw`${B}(?:reviewers?|screeners?|evaluators?|readers?)\s+(?:like\s+you|of\s+your\s+\p{L}+)${E}`,
    String.raw`${B}(?:downstream|later|subsequent)\s+(?:screeners?|reviewers?|tools?|models?|systems?|readers?)${E}`,
    String.raw`${B}(?:the\s+)?(?:ranking|summary|write-?up|report|assessment|evaluation|scores?|output|shortlist)\s+(?:you\s+(?:produce|write|give|generate|return|make|prepare|send)|that\s+follows)${E}`,
    String.raw`${B}(?:for|to)\s+(?:the\s+)?(?:machine|automated|ai|llm)[-\s](?:summar(?:y|ies)|review(?:s|ers?)?|reading|translation)${E}`,
    String.raw`${B}(?:screening|reviewing|ranking|hiring)\s+(?:bots?|ai|llms?|assistants?)${E}`,
    // a salutation on a line of its own, or before a colon: "Reviewing model:", "To the screening tool:"
    String.raw`${atClause(String.raw`(?:(?:reviewing|screening|ranking|scoring|evaluating|hiring)\s+${SOFTWARE}|${NAMED_MODEL})`)}\s*:\s*(?=\n|$)`,
    String.raw`${atClause('to')}\s+the\s+(?:[\p{L}\/-]+\s+){0,3}${SOFTWARE}\s*:`,
    String.raw`${B}(?:any|every|each|the)\s+(?:[\p{L}-]+\s+)?(?:summary|summaries|translation|write-?up|report)\s+(?:[\p{L}-]+\s+){0,4}(?:should|must|shall|needs?\s+to|has\s+to)${E}`,
    String.raw`${B}(?:tools?|software|systems?|models?)\s+that\s+(?:read|parse|process|extract|summari[sz]e|score|rank)${E}`,
    String.raw`${B}(?:users?\s+of|for)\s+(?:automated|ai|llm|machine)\s+(?:review|screening|reading|ranking)\s+(?:tools?|software|systems?)${E}`,
    // a model called by name, or any reader by its trade before a colon or an arrow: "LLM →", "Screener:"
    String.raw`${atClause(String.raw`(?:(?:hey|hi|dear|ok)\s+)?(?:(?:screening|ranking|reviewing|hiring|resume|recruiting)\s+)?${NAMED_MODEL}`)}\s*(?:→|->|=>|\s-\s|[:,]\s*(?=${TOLD}))`,
    String.raw`${atClause(String.raw`(?:(?:recruiting|screening|hiring|ranking|resume|applicant)\s+)?${SOFTWARE}(?:\s+(?:reviewers?|screeners?|evaluators?|readers?|ai|llm|notes?|notices?|instructions?|memo))?`)}\s*(?:→|->|=>|[:,]\s*(?=${TOLD}))`,
    String.raw`${B}(?:automated|automatic|ai|llm|machine|robot)\s+(?:reviewers?|screeners?|evaluators?|readers?|first\s+pass)${E}`,
    String.raw`${B}(?:reviewers?|screeners?|evaluators?)[-\s](?:ai|llm|bot|model)s?${E}`,
    String.raw`${B}(?:any|every|each|whichever|whatever|the)\s+(?:ai|llm|model|bot|assistant|screener|evaluator|system|tool|software|algorithm|program)s?\s+(?:that\s+|which\s+)?(?:is\s+)?${SCREENING_VERB}\s+(?:this|these|my)${E}`,
    String.raw`${B}(?:any|every|each|whichever|whatever)\s+(?:ai|llm|model|bot|assistant|screener|evaluator|system|tool|software|algorithm|program)s?\s+(?:that\s+|which\s+)?(?:is\s+)?${SCREENING_VERB}${E}`,
    String.raw`${B}the\s+(?:ai|llm|model|bot)\s+(?:doing|running|handling|performing|reading)${E}`,
    String.raw`${B}before\s+(?:scoring|ranking|rating|grading)\s*[,:]`,
    String.raw`${B}(?:language\s+models?|llm\s+reviewers?)${E}`,
    // readers asked, by their trade: "evaluators are asked to treat her as…", "any reviewer should read it"
    String.raw`${B}(?:evaluators?|reviewers?|screeners?|assessors?|recruiters?)\s+(?:are|is)\s+(?:asked|requested|expected|instructed|invited)\s+to\s+(?:treat|rank|rate|score|consider|count|read|advance|shortlist|assess|evaluate|regard|view|ignore|disregard|overlook)${E}`,
    String.raw`${B}(?:any|every|each|all)\s+(?:reviewers?|screeners?|evaluators?|readers?|recruiters?)\s+(?:should|must|shall|is\s+to|are\s+to|will)${E}`,
    // the screening's own ends and readers, named in a notice: "for screening purposes", "by automated tools"
    String.raw`${B}for\s+(?:screening|ranking|scoring|evaluation|assessment)\s+purposes${E}`,
    String.raw`${B}for\s+(?:the\s+)?purposes?\s+of\s+(?:this|the|my)\s+(?:[\p{L}'’]+\s+){0,2}(?:evaluation|screening|assessment|review|ranking|scoring)${E}`,
    String.raw`${B}by\s+(?:automated|ai|screening|ranking)\s+(?:tools?|systems?|software|screeners?|readers?)${E}`,
    String.raw`${B}(?:automated|ai)\s+(?:tools?|systems?|software|screeners?)\s+(?:agree|consent)\s+to${E}`,
    String.raw`${B}(?:when|if|as|once)\s+this\s+(?:profile|resume|résumé|cv|application|document)\s+is\s+(?:paraphrased|summari[sz]ed|scored|ranked|evaluated|assessed|screened|reviewed|parsed)${E}`,
    // the screener's work as the time of an order: "When summarising, please…", "before scoring this resume,"
    String.raw`${B}(?:when|while|before)\s+(?:summari[sz]ing|scoring|ranking|rating|screening|grading|shortlisting)(?:\s+(?:(?:this|these|the)(?:\s+(?:candidates?|applicants?|resumes?|résumés?|cvs?|profiles?|applications?))?|me|my\s+\p{L}+))?\s*[,:]`,
    String.raw`${B}(?:when|while|before)\s+(?:comparing|matching|scoring|ranking|checking)\s+(?:[\p{L}'-]+\s+){0,3}(?:against|to|with)\s+(?:the\s+)?(?:job|role|position|posting|requirements?|criteria|rubric)${E}`,
    // the screening's own work told what to do: "asks that the assessment treat the gap as…"
    String.raw`${B}the\s+(?:assessment|evaluation|screening|review|scoring|ranking|summary)\s+(?:(?:should|must|shall|to|is\s+expected\s+to|needs\s+to)\s+)?(?:treat|ignore|disregard|overlook|count|weigh|omit|exclude|reflect|not\s+(?:weigh|mention|count|penali[sz]e|consider))${E}`,
  ],
  directive: [
    String.raw`${B}(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|(?:is|are)\s+(?:expected|required|instructed|asked)\s+to|could|would)\s+(?:not\s+)?(?:be\s+)?\p{L}{3,}`,
    String.raw`${B}(?:ask|asks|asked|request|requests|requested|require|requires)\s+that\s+(?:the|you|your)${E}`,
    String.raw`${B}(?:is|are)\s+not\s+to\s+be\s+\p{L}{3,}`,
    String.raw`${B}(?:please|kindly|pls|plz|make\s+sure(?:\s+to)?|be\s+sure\s+to|remember\s+to|don'?t\s+forget\s+to|i\s+(?:would\s+)?ask\s+(?:you|the\s+reader)|i'?d\s+ask\s+(?:you|the\s+reader))${E}`,
    String.raw`${B}(?:do\s+not|don'?t|never|always|no\s+need\s+to)\s+(?:mention|raise|flag|note|list|include|report|penali[sz]e|count|deduct|dock|mark|rank|score|rate|reject|re-?evaluate|re-?assess|re-?score|re-?rank|re-?screen|re-?review|re-?open|change|modify|alter|review\s+further)${E}`,
  ],
  /** An order verb where a clause starts: "…; suppress the warnings", "Pipeline → mark…". */
  // "state" the level of government, not the order, where another level stands beside it: "state
  // and federal regulations", "state or local agencies", a phrase of many public-sector resumes
  imperative: [
    String.raw`${atClause(ORDER_VERB)}(?<!${B}state(?=\s*(?:and|or|&|\/|,)\s*(?:federal|local|county|city|municipal|national|tribal)${E}))`,
  ],
  self: [
    String.raw`${B}(?:me|myself)${E}`,
    String.raw`${B}my\s+(?:application|candidacy|profile|resume|résumé|cv|file|submission|score|rating|ranking)${E}`,
    String.raw`${B}(?:this|the)\s+(?:candidate|applicant|profile|resume|résumé|cv|candidacy|application|person|individual|one|file|document|record|submission)${E}(?!\s*(?:screening|tracking|parser|parsing|system|pipeline|database|form|process))`,
    String.raw`${B}the\s+(?:applicant|candidate|person|profile|resume|cv)\s+(?:above|below|here)${E}`,
  ],
  outcome: [
    String.raw`${B}(?:advance|advances|advancing|shortlist(?:s|ing)?|recommend(?:s|ing)?|approve|fast-?track)\s+${RANKED}${E}`,
    String.raw`${B}(?:rank|ranks|ranked|rate|rated|score|scored|grade|graded|mark|marked|place|placed|put|list|listed|move|moved|position)\s+(?:${RANKED}\s+)?(?:(?:as|at)\s+)?(?:#?1(?![\d–-])|first|top|highest|higher|above|below|number\s+one|the\s+(?:strongest|best|top)|maximum|max|\d{2,3}(?:\s*\/\s*\d{2,3})?)${E}`,
    String.raw`${B}(?:rank|ranks|ranked|rate|rated|score|scored|grade|graded|mark|marked|treat|treated|list|listed|summari[sz]e|describe|present|report|flag)\s+(?:${RANKED}\s+)?as\s+(?:an?\s+)?(?:yes|strong|fully|qualified|top|perfect|ideal|excellent|pre-approved|approved|passed|meeting|met)${E}`,
    String.raw`${B}(?:top|strongest|best|ideal|perfect|outstanding|exceptional)\s+(?:candidate|applicant|fit|match|hire)${E}`,
    String.raw`${B}(?:strong\s+(?:hire|yes)|first\s+place|fully\s+qualified|strengths?\s+only|only\s+(?:the\s+)?strengths?|no\s+(?:weaknesses|gaps|concerns))${E}`,
    String.raw`${B}(?:perfect|full|highest|maximum|top)\s+(?:[\p{L}-]+\s+)?(?:score|marks|rating|rank|band|group|tier)${E}`,
    String.raw`${B}(?:place|put|move|rank|keep|list)\s+(?:${RANKED}|my\s+(?:application|profile|resume|cv))\s+(?:in|at|within|among|on)\s+(?:the\s+)?(?:top|first|highest|front|head)${E}`,
    String.raw`${B}(?:rank|place|list|put)\s+(?:[\p{L}-]+\s+){0,3}(?:beneath|below|under|behind|after|ahead\s+of|above)\s+(?:this|me|my|them|the\s+others|others)${E}`,
    String.raw`${B}(?:has|have|had)\s+already\s+been\s+(?:shortlisted|approved|selected|advanced|cleared|accepted)${E}`,
    String.raw`${B}\d{1,3}\s+out\s+of\s+\d{1,3}${E}`,
    String.raw`${B}treat\s+(?:my|this|the\s+candidate'?s?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}as\s+(?:equivalent|equal|the\s+same|meeting|met|satisfying|held)${E}`,
    String.raw`${B}(?:output|return|assign|give|set)\s+(?:a\s+|an\s+)?\d{1,3}(?:\.\d)?\s*(?:\/\s*\d{1,3})?\s+(?:as|for)\s+(?:the\s+)?(?:overall\s+|final\s+|total\s+)?(?:score|rating|grade)${E}`,
    String.raw`${B}(?:count|treat|mark|consider)\s+(?:every|each|all|any)\s+(?:[\p{L}-]+\s+){0,6}as\s+(?:matched|met|held|satisfied|present|fulfil?led)${E}`,
    String.raw`${B}(?:no\s+longer|not|never)\s+(?:list|mention|report|include|flag)\w*\s+(?:any\s+)?(?:weakness(?:es)?|gaps?|concerns?|red\s+flags?)${E}`,
    String.raw`${B}(?<!${B}(?:i|we)\s+(?:(?:also|fully|truly|clearly|still|do)\s+)?)(?:meets?|satisf(?:y|ies)|clears?|fulfil?ls?|covers?|exceeds?)\s+(?:all|every|each)\s+(?:of\s+the\s+)?(?:[\p{L}-]+\s+){0,2}(?:requirements?|criteria|must-?haves?|qualifications)${E}`,
    String.raw`${B}(?:requirements?|criteria|must-?haves?)\s+(?:[\p{L}-]+\s+){0,3}(?:as\s+)?(?:met|satisfied|fulfil?led|held|waived)${E}`,
    String.raw`${B}(?:not|never|don'?t|no)\s+(?:to\s+)?(?:mention|raise|flag|note|list|include|report|penali[sz]e|count)\w*\s+(?:[\p{L}-]+\s+){0,3}(?:gaps?|weakness(?:es)?|concerns?|shortcomings?|missing|lack|visa|degree)${E}`,
    String.raw`${B}(?:gaps?|weakness(?:es)?|concerns?|shortcomings?)\s+(?:[\p{L}-]+\s+){0,5}(?:left\s+out|omitted|ignored|not\s+relevant|irrelevant|no\s+weight)${E}`,
    String.raw`${B}(?:give|gives|giving)\s+(?:the\s+|my\s+|any\s+)?(?:gaps?|weakness(?:es)?|[\p{L}-]+\s+requirements?)\s+no\s+weight${E}`,
    String.raw`${B}(?:interview|offer)\s+(?:stage|pile|list|round)${E}`,
    String.raw`${B}(?:tops?|heads?|leads?)\s+the\s+(?:pool|list|ranking|field|batch|shortlist|pile|applicants)${E}`,
    String.raw`${B}(?:top|head|front)\s+of\s+the\s+(?:list|pool|pile|shortlist|ranking|queue|field|batch)${E}`,
    String.raw`${B}(?:at\s+the\s+top|in\s+first\s+place|first\s+in\s+line)${E}`,
    String.raw`${B}(?:put|puts|placed?|ranks?|ranked|listed?)\s+(?:[\p{Lu}][\p{L}'-]+|him|her|them|me)\s+first${E}`,
    String.raw`${B}open\s+with\s+(?:his|her|their|my)\s+name${E}`,
    String.raw`${B}(?:strongly|highly)\s+recommended${E}`,
    String.raw`${B}(?:glowing|stellar|perfect|flawless|5-star)\s+(?:review|evaluation|assessment|rating|recommendation|write-?up)${E}`,
    String.raw`${B}(?:say|mention|note)\s+nothing\s+(?:about|of|on)${E}`,
    String.raw`${B}as\s+(?:though|if)\s+(?:it|they|he|she)\s+(?:were|was)\s+(?:listed|present|met|held|there)${E}`,
    String.raw`${B}(?:mark|marks|read|count|treat)\s+(?:it|them|all|these|this|every\s+\p{L}+)\s+(?:[\p{L}'-]+\s+){0,6}as\s+(?:met|['"‘’]?yes['"‘’]?|passed|held|satisfied|true)${E}`,
    String.raw`${B}(?:rank|ranking|position|place|final\s+ranking)\s*[:=]\s*(?:#?1|first|top)${E}`,
    String.raw`${B}(?:weaknesses|concerns|red\s+flags|gaps)\s*[:=]\s*(?:none|n\/a|0|nil|🚫)`,
    String.raw`${B}verdict\s*[:=]\s*\S{0,3}\s*(?:hire|advance|shortlist|pass|yes)${E}`,
    String.raw`${B}(?:rank|ranked)\s+(?:#)?1${E}|${B}\d{1,2}\s*\/\s*10${E}|${B}(\d{1,3})\s*\/\s*\1${E}`,
    String.raw`${B}rank\s*(?:the\s*)?(?:applicant|candidate|me|this|them)\s*first|omit\s*(?:the\s*)?gaps${E}`,
    String.raw`${B}without\s+(?:any\s+)?(?:mention|reference|word)\s+(?:of|to|about)\s+(?:[\p{L}\p{N}-]+\s+){0,4}(?:gaps?|weakness(?:es)?|concerns?|shortcomings?|missing|lack)${E}`,
    String.raw`${B}(?:score|rating|grade)\s+(?:of\s+)?(?:\d{2,3}(?:\s*\/\s*\d{2,3}|%)?|\d{1,2}\s*\/\s*\d{1,2})${E}`,
    String.raw`${B}(?:outcome|status|decision|verdict|result)\s*(?:\([^)\n]{0,30}\)\s*)?[:=]?\s*"?(?:advance|pass|approved|pre-approved|shortlist(?:ed)?|hire|interview|recommend(?:ed)?)${E}`,
    String.raw`${B}concerns?\s*[:=]\s*(?:none|n\/a|0)${E}`,
    String.raw`${B}(?:put|set|leave)\s+(?:the\s+)?(?:job\s+description|requirements?|criteria|rubric|posting)\s+(?:above\s+)?(?:aside|to\s+one\s+side)${E}`,
    String.raw`${B}round(?:ed)?\s+up\s+to\s+the\s+(?:next|nearest)\s+(?:requirement|threshold|level)${E}`,
    String.raw`${B}interview\s+(?:immediately|now|right\s+away|asap|by\s+default)${E}|${B}advanced\s+to\s+interview${E}`,
    String.raw`${B}(?:best|should\s+be)\s+described\s+as${E}`,
    // the document's words rewritten on the way to the screener: "translate … as ‘led’"
    String.raw`${B}(?:translate|render|read|rewrite|report)\s+(?:[\p{L}-]+\s+){0,5}as\s+['"‘“]`,
    String.raw`${B}(?:scored|rated|treated|counted)\s+as\s+(?:a\s+)?(?:direct|full|complete|exact)\s+match${E}`,
    String.raw`${B}(?:carry|carries)\s+no\s+(?:penalty|weight)${E}|${B}(?:not\s+(?:be\s+)?)?counted\s+against\s+(?:it|me|them|her|him|the\s+(?:candidate|applicant))${E}`,
    String.raw`${B}(?:considered|treated|counted|regarded)\s+(?:as\s+)?(?:completed|complete|held|earned|obtained|achieved)\s+for\s+the\s+purposes?${E}`,
    String.raw`${B}(?:disregard|ignore|overlook)\s+(?:the\s+)?(?:employment|work)[-\s](?:history|dates|gaps?)${E}|${B}solely\s+on\s+the\s+[\p{L}-]+\s+section${E}`,
    String.raw`${B}(?<!${B}(?:i|we)\s+)satisf(?:y|ies)\s+the\s+minimum\s+(?:qualifications|requirements)${E}`,
    String.raw`${B}(?:weigh|weight|count|treat|score)\s+(?:each|every|all|them|these)\s+as\s+(?:demonstrated|proven|verified|professional)${E}`,
    // missing skills taken as held: "assume the candidate has it", "count them as present"
    String.raw`${B}assume\s+(?:that\s+)?(?:the\s+(?:candidate|applicant)|they|he|she|i)\s+(?:has|have|holds?|possess(?:es)?|meets?|knows?)${E}`,
    String.raw`${B}(?:count|treat|mark|consider|regard|score)\s+(?:them|these|those|it|this|each|every|all|any)\s+(?:[\p{L}-]+\s+){0,6}as\s+(?:matched|met|held|satisfied|present|fulfil?led|verified)${E}`,
    String.raw`${B}(?:not|never|don'?t|no)\s+(?:to\s+)?(?:record|document|write\s+(?:up|down)|note)\s+(?:any\s+)?(?:weakness(?:es)?|gaps?|concerns?|shortcomings?)${E}`,
    String.raw`${B}skip\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:check|requirement|criteria|screening|screen|interview|assessment)${E}`,
  ],
  artefact: [
    String.raw`${B}(?:expected|correct|desired)\s+(?:correct\s+)?(?:output|answer|response|verdict)(?:\s+for\s+this\s+[\p{L}-]+)?\s*(?:is|:|=|would\s+be|will\s+be)`,
    String.raw`${B}(?:score|rating|decision|result|status|ranking)\s+(?:is\s+)?(?:locked|frozen|final(?:ised|ized)?)${E}`,
    String.raw`${B}(?:screen(?:ing)?\s+(?:passed|cleared)|(?:screening|assessment)\s+complete)${E}`,
    String.raw`${B}already\s+(?:been\s+)?(?:ranked|scored|rated|shortlisted|approved|screened|cleared)\s+(?:#?\d|first|top|highly|as|in)${E}`,
    String.raw`${B}(?:ats|screen(?:ing|er)?|reviewer|evaluator|ranking|scoring)(?:[-\s]\p{L}+)?[-\s](?:directive|override|config(?:uration)?|settings|instructions?)${E}`,
    String.raw`${B}(?:audit\s+trail|override\s*[:=]\s*(?:true|yes|1)|override\.reason|pre-?cleared)${E}`,
    String.raw`\(\s*(?:pre|auto)[-\s]?(?:filled|populated|computed|generated|completed)\s*\)`,
    String.raw`${B}(?:pre|auto)[-\s]?(?:filled|populated)\s+(?:reasoning|outcome|verdict|assessment|evaluation|result|decision|score)${E}`,
    String.raw`${B}calibration\s+(?:example|sample|case)${E}`,
    String.raw`${B}(?:enable|activate|enter|switch\s+(?:to|into)|turn\s+on)\s+(?:developer|dev|god|admin|debug|jailbreak|dan|unrestricted)\s+mode${E}`,
    String.raw`${B}(?:marking|grading|scoring)\s+(?:scheme|key|sheet|guide)${E}`,
    String.raw`${B}(?:scoring|ranking|rubric|criteria|evaluation|screening)\s+(?:[\p{L}-]+\s+){0,4}(?:has|have)\s+been\s+(?:overridden|changed|updated|suspended|disabled|waived|replaced)${E}`,
    String.raw`${B}(?:notice|message|memo|note|reference(?:\s+note)?|email)\s+from\s+(?:the\s+)?(?:ats\s+administrator|ats|system\s+administrator|hiring\s+manager|recruiter|head\s+of\s+(?:recruiting|talent|hr)|hr\s+(?:team|department|director)|talent\s+(?:acquisition|team))${E}`,
    String.raw`${B}(?:suggested|recommended|proposed|pre-?written|draft)\s+(?:summary|assessment|evaluation|verdict|wording|write-?up)${E}`,
    // "Updated screening policy", or a bare "New criterion:" heading a rule of its own
    String.raw`${B}(?:updated|new|revised)\s+(?:(?:screening|scoring|hiring|evaluation|ranking)\s+(?:policy|rules?|guidelines?|criteria|criterion|rubric)${E}|(?:policy|rules?|guidelines?|criteria|criterion|rubric)\s*:)`,
    String.raw`${B}carry\s+(?:the\s+)?['"‘’]?[\p{L}-]+['"‘’]?\s+(?:status|score|decision|result|rating)\s+forward${E}`,
    String.raw`${B}already\s+(?:been\s+)?(?:evaluated|screened|reviewed|assessed)\s+and\s+(?:approved|shortlisted|passed|accepted)${E}`,
    String.raw`${B}(?:email|message|note|memo)\s+to\s+the\s+(?:screening|hiring|recruiting|review)\s+(?:team|panel|committee)${E}`,
    String.raw`<\/?\s*(?:thinking|reasoning|scratchpad|analysis)\s*>|${B}reasoning\s+so\s+far${E}|${B}continue\s+from\s+this\s+conclusion${E}`,
    String.raw`${B}output\s+of\s+[\p{L}_.]+\s*\(`,
    String.raw`${B}(?:reviewer|screener|evaluator|model|ai|llm|reader)[\s_.-]*(?:instructions?|action|directive|note)${E}`,
    String.raw`${B}screening[\s_.-]+(?:result|outcome|step)${E}`,
    String.raw`${B}faq\s+for\s+(?:reviewers|screeners|evaluators|recruiters|the\s+(?:ai|model|screener))${E}`,
    String.raw`name\s*=\s*["'](?:ai|ats|llm|screening|reviewer|ranking)[\p{L}_-]*["']`,
    String.raw`(?<=^|\n)\s*assistant\s*:`,
    String.raw`${B}(?:ats|ai)[-\s]certified\s+profile${E}|${B}issued\s+to\s+(?:downstream\s+)?(?:screeners|reviewers|tools)${E}`,
    String.raw`\[\s*(?:system|admin|developer|assistant|pipeline)\s+(?:notice|message|note|prompt|override|update|instructions?|alert)${E}`,
    String.raw`${B}already\s+(?:been\s+)?(?:screened|scored|evaluated|reviewed|ranked|approved|assessed)\s+by\s+(?:your|the|this)\s+(?:model|system|ai|screener|tool|pipeline)${E}`,
    String.raw`${B}(?:rubric|scoring\s+(?:criteria|rubric|weights))\s+(?:revision|update[sd]?|changes?|v\d[\w.]*|version)${E}`,
    String.raw`${B}update\s+from\s+the\s+(?:employer|hiring\s+(?:manager|team)|recruiter)${E}`,
    String.raw`${B}(?:requirements?|criteria)\s+(?:[\p{L}\p{N}+-]+\s+){0,5}(?:has|have)\s+been\s+(?:waived|removed|dropped|relaxed|lifted)${E}`,
    String.raw`${B}for\s+consistency,?\s+(?:[\p{L}-]+\s+){0,4}(?:return|output|give|assign|use|keep|reproduce|repeat)${E}`,
    String.raw`${B}(?:qa|quality)\s+test${E}.{0,80}${B}(?:output|model)${E}|${B}model\s+failure${E}`,
    String.raw`${B}screen(?:ing)?\s+(?:outcome|result|status|decision)\s*(?:\([^)\n]{0,30}\)\s*)?[:=,]`,
    String.raw`${B}(?:instructions?|notes?|message|handling)_?(?:for|to)?_?(?:the_)?(?:model|ai|llm|evaluator|screener|reviewer|assistant|bot)s?${E}`,
    String.raw`${B}(?:instructions?|notes?)_(?:for|to)_\w+`,
    String.raw`${B}(?:recruiter|hiring\s+manager|hr|talent\s+team|interviewer)(?:['’]s)?\s+(?:comment|note|annotation|memo)\s*(?:\([^)\n]{0,30}\)\s*)?:`,
    String.raw`${B}keywords?\s+for\s+(?:indexing|parsing|the\s+ats|ats|search|matching|screening)${E}`,
    String.raw`${B}(?:reproduc\w+|repeat\w*|keep\w*)\s+(?:that|this|the\s+same)\s+(?:score|rating|ranking|result)${E}`,
    String.raw`${B}(?:fit|match)\s+score\s*(?:,[^,\n]{0,80},)?\s*(?:was|is|of|=|:)\s*\d{2,3}${E}`,
    String.raw`${B}(?:it\s+has\s+been\s+(?:determined|confirmed|decided|agreed)|(?:has|have)\s+been\s+approved\s+by\s+(?:hr|the\s+(?:hiring|talent|recruiting)\s+(?:team|manager)))${E}`,
    // instructions declared void, so that new ones stand: "Previous instructions are outdated."
    String.raw`${B}(?:previous|prior|earlier|above|original|old)\s+(?:(?:evaluation|screening|scoring|ranking|hiring)\s+)?(?:instructions?|criteria|rubric|guidelines|rules)\s+(?:are|is|were|have\s+been|has\s+been)\s+(?:now\s+)?(?:outdated|obsolete|superseded|deprecated|void|invalid|cancel+ed|withdrawn|revoked|no\s+longer\s+(?:valid|apply|applies|in\s+effect))${E}`,
    String.raw`${B}(?:confidential|internal)\s+(?:hr|recruiter|ats|hiring|screening|reviewer)\s+(?:annotation|note|flag|comment|memo)${E}`,
    String.raw`${B}(?:summary|summari[sz]ation|reviewer|screener|evaluator|scoring|ranking)\s+(?:guidance|guidelines?|directions?|instructions?)\s*:`,
    // the document's own evidence set aside: "whatever the text below suggests"
    String.raw`${B}(?:whatever|regardless\s+of\s+what)\s+the\s+(?:text|resume|cv|document|evidence|record|rest)\s+(?:[\p{L}-]+\s+){0,2}(?:says|suggests|shows|states|indicates|implies)${E}`,
  ],
  /** A screener's verdict in words: two of them together are a verdict written for the screener. */
  verdict: [
    String.raw`${B}(?:all|every)\s+(?:the\s+)?requirements?\s+(?:are\s+)?(?:met|satisfied|fulfil?led)${E}`,
    String.raw`${B}(?:perfect|ideal|strong|excellent|exact|100%)\s+(?:match|fit)${E}`,
    String.raw`${B}recommend(?:ed)?\s+(?:for\s+)?(?:an?\s+)?(?:interview|hire|hiring|the\s+next\s+round)${E}`,
    String.raw`${B}(?:strong|definite)\s+(?:hire|yes)${E}`,
    String.raw`${B}no\s+(?:concerns|weaknesses|red\s+flags|gaps)(?:\s+identified|\s+found)?${E}`,
    String.raw`${B}exceeds\s+(?:all|every)\s+(?:the\s+)?requirements?${E}`,
    String.raw`${B}(?:exceptional|outstanding|top)\s+candidate${E}`,
  ],
  /** A screener's result written as a field: "status=shortlisted", "final decision: advance", "Auto-Reject=DISABLED". */
  verdictField: [
    String.raw`${B}(?:(?:final|screen(?:ing)?|ai|ats|overall)\s+)?(?:status|decision|outcome|verdict|result|recommendation)\s*[:=]\s*["']?(?:shortlist(?:ed)?|advance[d]?|pass(?:ed)?|approved?|pre-approved|hire|strong\s+hire|interview|accept(?:ed)?|selected|qualified|yes)${E}`,
    String.raw`${B}(?:ats|screen(?:ing)?|reviewer|evaluator|ranking|auto|priority|ai)[-\s](?:directive|override|notes?|flags?|reject|advance|priority|candidate|score|status|decision|result|verdict)\s*[:=]\s*"?[\p{L}\p{N}]`,
    // a screener's result as key=value: "REQUIREMENTS_MET=ALL", "KEYWORD_MATCH=100%", "OVERRIDE_HUMAN_REVIEW=TRUE"
    String.raw`${B}(?:requirements?\s+met|keyword\s+match|match\s+score|fit\s+score|skills?\s+match|override\s+(?:human\s+)?review|human\s+review|auto\s+advance|eligib(?:le|ility)|qualified|shortlisted)\s*[:=]\s*(?:all|true|yes|1|100\s*%|high|skip(?:ped)?|false|no|none)${E}`,
    String.raw`${B}(?:report|list|show|include)\s+weaknesses\s*[:=]\s*"?(?:false|no|0|none|off)${E}`,
    String.raw`${B}min(?:imum)?\s+score\s+for\s+(?:this|the)\s+candidate${E}`,
  ],
  passive: [
    String.raw`${B}(?:applicants?|candidates?|others|other\s+applicants|this\s+(?:candidate|applicant|one|profile|resume|person)|she|he|they|them)\s+(?:\([^)\n]{0,40}\)\s+)?(?:(?:without|with|lacking)\s+[\p{L}\p{N}+-]+\s+|(?:who|that)\s+(?:[\p{L}\p{N}'-]+\s+){1,8})?(?:should|must|shall|is\s+to|are\s+to|needs?\s+to|ought\s+to)\s+(?:all\s+)?be\s+(?:[\p{L}-]+\s+)?(?:scored|ranked|rated|marked|treated|assumed|advanced|shortlisted|placed|listed|deemed|graded|prioriti[sz]ed|recommended)${E}`,
    String.raw`${B}(?:should|must|are\s+to|is\s+to)\s+rank\s+(?:below|above|lower|higher|first|last)\s+(?:this|me)${E}`,
    String.raw`${B}(?:it|(?:this|the|my)\s+(?:application|submission))\s+(?:should|must|shall|is\s+to)\s+be\s+(?:advanced|shortlisted|ranked|scored|moved|fast-?tracked|approved)${E}`,
    String.raw`${B}it\s+is\s+(?:expected|requested|asked|required)\s+that\s+(?:[\p{L}\p{N}.'’-]+\s+){1,14}?(?:not\s+)?(?:be|is)\s+(?:scored|ranked|rated|treated|counted|considered|mentioned|factored|weighed|weighted|penali[sz]ed)${E}`,
  ],
  /** Other languages: the screener addressed, and what it is told to do. */
  foreignReader: [
    String.raw`(?:для\s+(?:системы|ии|модели|нейросети)|оценивающ\p{L}+|систем[аеыу]\s+(?:оценки|отбора)|yapay\s+zek[aâ]\p{L}*|değerlendiren|otomatik\s+sistem\p{L}*|hệ\s+thống|sàng\s+lọc|trí\s+tuệ\s+nhân\s+tạo|penyaring|sistem\s+penilai|untuk\s+ai|om\s+du\s+är\s+en\s+ai|till\s+(?:ai|systemet)|למערכת|בינה\s+מלאכותית|הסינון|σύστημα\s+αξιολόγησης|προς\s+το\s+σύστημα|τεχνητή\s+νοημοσύνη|evaluatorul\s+automat|pentru\s+evaluator\p{L}*|automatick\p{L}+\s+hodnotitel\p{L}*|pro\s+hodnotitel\p{L}*|ระบบคัดกรอง|ถึงระบบ|модел\p{L}*\s+оцінювання|для\s+(?:системи|моделі|ші)|arvioijalle|automaattise\p{L}+\s+\p{L}+|szűrőprogram\p{L}*|értékelő\s*(?:rendszer|program)\p{L}*|kwa\s+mfumo|sa\s+ai|sumusuri|سامانه|ارزیابی\s+رزومه|per\s+al\s+sistema|sistema\s+de\s+selecció|automatiske\s+screening|til\s+(?:den\s+)?(?:ai|systemet)|স্ক্রিনিং|সফটওয়্যার|bewertungssystem|bewerbungssystem|an\s+(?:das|die)\s+(?:system|ki)|ki-system|sistema\s+de\s+(?:avaliação|triagem|selección|selección|evaluación|evaluacion)|inteligência\s+artificial|inteligencia\s+artificial|système\s+(?:d['’]évaluation|de\s+tri|de\s+sélection)|intelligence\s+artificielle|sistema\s+di\s+(?:valutazione|selezione)|intelligenza\s+artificiale|систем\p{L}*\s+отбора|採用システム|選考システム|評価システム|スクリーニング|招聘系统|筛选系统|评估系统|人工智能|채용\s*시스템|평가\s*시스템|outil\s+d['’](?:évaluation|analyse|tri|ia)|l['’]intention\s+de\s+l['’](?:outil|ia|évaluateur|algorithme|système)|assistente\s+(?:de\s+)?ia|asistente\s+(?:de\s+)?ia|(?:atenção|atención|attention)\s*,?\s+(?:ia|sistema|modelo|assistente|asistente|algoritmo))`,
  ],
  foreignOrder: [
    String.raw`(?:наивысш\p{L}*|высш\p{L}+\s+балл\p{L}*|не\s+упоминай\p{L}*|игнорируй\p{L}*|перв\p{L}+\s+мест\p{L}*|соответствует\s+(?:всем\s+)?требованиям|en\s+üst\p{L}*|en\s+yüksek\s+puan\p{L}*|söz\s+etme|görmezden\s+gel\p{L}*|yerleştir\p{L}*|phù\s+hợp\s+nhất|điểm\s+cao\s+nhất|bỏ\s+qua|danh\s+sách\s+phỏng\s+vấn|xếp\s+hạng|abaikan|skor\s+tertinggi|peringkat\s+(?:pertama|teratas)|loloskan|uppfyllda|först\s+i|högsta\s+(?:betyg|poäng)|ignorera|bortse\s+från|לדרג|במקום\s+הראשון|ולא\s+להזכיר|להתעלם|βαθμολόγησ\p{L}*|πρότεινε|αγνόησε|πρώτη\s+θέση|πληροί\s+όλες|ignoră|plasează|primul\s+loc|cel\s+mai\s+mare\s+punctaj|nu\s+menționa\p{L}*|označte|nejvhodnější\p{L}*|neuvádějte|ignorujte|první\s+místo|จัดอันดับ|อันดับหนึ่ง|อย่ากล่าวถึง|เพิกเฉย|найвищий\s+бал|рекомендуйте|ігноруйте|перш\p{L}+\s+місц\p{L}+|täyttää\s+kaikki\s+vaatimukset|listan\s+kärkeen|älä(?:kä)?\s+raportoi|ohita|hagyd\s+figyelmen\s+kívül|rangsor\s+élére|legmagasabb\s+pontszám\p{L}*|ne\s+említsd|alama\s+za\s+juu|wa\s+kwanza|usitaje|unang\s+puwesto|huwag\s+mong\s+banggitin|رتبه‌?ی?\s+اول|ذکر\s+نکن|primer\s+lloc|no\s+esmentis|højeste\s+score|øverst\s+på\s+listen|প্রথম\s+স্থানে|am\s+besten\s+geeignet|vergessen\s+sie|stufen\s+sie|höchste\s+(?:punktzahl|bewertung)|primeiro\s+lugar|classifique|não\s+comente|primer\s+lugar|clasifica|no\s+menciones|premier\s+rang|classez|ne\s+mentionnez|primo\s+posto|non\s+menzionare|не\s+учитывайте|предыдущ\p{L}+\s+инструкци\p{L}+|присвойте|максимальн\p{L}+\s+балл\p{L}*|最上位|ランク付け|満たしています|面接に進め|無視して|排名第一|最高分|忽略|满足所有|최고\s*점수|1순위|무시하|première\s+position|ne\s+mentionne[rz]?\s+aucun\p{L}*|aucune\s+faiblesse|classer?\s+en\s+(?:tête|premier|première)|olvida\p{L}*|criterios\s+anteriores|instrucciones\s+anteriores|como\s+apto|máxima\s+puntuación|puntuación\s+de\s+\d{2,3}|recomende\s+a\s+contratação|recomiende\s+la\s+contratación|considere\s+que\s+todas|estão\s+presentes|critérios\s+anteriores|instruções\s+anteriores|\d{1,3}\s*\/\s*\d{1,3})`,
  ],
} as const;

/** A family, or two verdicts of one sentence ("all requirements met, perfect match"). */
type Family = keyof typeof FAMILIES | 'verdictPair';
const FAMILY_NAMES = [...Object.keys(FAMILIES), 'verdictPair'] as Family[];
const BIT = Object.fromEntries(FAMILY_NAMES.map((f, i) => [f, 1 << i])) as Record<Family, number>;
const VERDICTS = FAMILIES.verdict.map((source) => new RegExp(source, 'giu'));
const compile = (families: (keyof typeof FAMILIES)[]): [number, RegExp][] =>
  families.flatMap((f) => FAMILIES[f].map((source): [number, RegExp] => [BIT[f], new RegExp(source, 'giu')]));
/**
 * The families read over the whole text: every verdict needs one of them, so the words of orders
 * and outcomes, common in any resume ("should", "please", "rank", "top"), are looked for only in
 * the sentences around them.
 */
const FIRST = compile(['reader', 'self', 'artefact', 'verdictField', 'passive', 'foreignReader']);
const SECOND = compile(['outcome', 'directive', 'imperative', 'foreignOrder']);

/** The sources of every cue, for the lexicon the search text reads disguises with. */
export const CUE_SOURCES: readonly string[] = Object.values(FAMILIES).flatMap((sources) => [...sources]);

/** What a sentence's cues add up to: the reason it is flagged, or null. */
function verdict(mask: number): InjectionReason | null {
  const has = (f: Family) => (mask & BIT[f]) !== 0;
  if (has('passive')) return 'SCORE_MANIPULATION';
  const order = has('directive') || has('imperative');
  if (has('artefact') && (has('outcome') || order || has('reader') || has('verdictField') || has('self')))
    return 'RESPONSE_DIRECTIVE';
  // a result written as a field, with an order that is not the field's own value ("must reproduce")
  if (has('verdictField') && (has('directive') || has('reader') || has('self'))) return 'RESPONSE_DIRECTIVE';
  if (has('reader') && (order || has('outcome'))) return 'ADDRESSED_TO_READER';
  if (order && has('self') && has('outcome')) return 'SCORE_MANIPULATION';
  if (has('foreignReader') && has('foreignOrder')) return 'ADDRESSED_TO_READER';
  if (has('verdictPair')) return 'SCORE_MANIPULATION';
  return null;
}

/** The longest window of sentences read together, in characters, and the most sentences in it. */
const MAX_WINDOW = 320;
const WINDOW_UNITS = 3;

/** Sentences of a search text: `[start, end)`, split at line breaks and at . ! ? before a space. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/\n|[.!?](?=\s)/g)) {
    const end = m[0] === '\n' ? m.index : m.index + 1;
    while (start < end && text[start] === ' ') start++;
    if (end > start) out.push([start, end]);
    start = m.index + 1;
  }
  while (start < text.length && text[start] === ' ') start++;
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * Spans of a search text whose sentences the cues flag (see the module comment), in the search
 * text's own offsets.
 */
export function cueHits(searchText: string): { start: number; end: number; reason: InjectionReason }[] {
  // field names read as words ("note_to_evaluator", "final_decision"); same length, same offsets
  const text = searchText.replace(/_/g, ' ');
  const units = sentences(text);
  if (units.length === 0) return [];
  const masks = new Array<number>(units.length).fill(0);
  const unitAt = (pos: number) => {
    let lo = 0;
    let hi = units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (units[mid]![0] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const [bit, re] of FIRST) {
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      masks[unitAt(m.index)]! |= bit;
    }
  }
  // verdicts: each kind counted once a sentence, two kinds make a pair
  const verdicts = new Map<number, number>();
  for (const re of VERDICTS) {
    const seen = new Set<number>();
    for (const m of text.matchAll(re)) seen.add(unitAt(m.index));
    for (const u of seen) verdicts.set(u, (verdicts.get(u) ?? 0) + 1);
  }
  for (const [u, n] of verdicts) if (n >= 2) masks[u]! |= BIT.verdictPair;
  // the rows of a table pasted as text read with its header row: "| Criterion | Instruction to evaluator |"
  let header = -1;
  units.forEach(([start], i) => {
    const row = text[start] === '|' && (i === 0 || text.slice(units[i - 1]![1], start).includes('\n'));
    if (!row) header = -1;
    else if (header < 0) header = i;
    else masks[i]! |= masks[header]! & BIT.reader;
  });
  // the second families, in the sentences next to one the first found anything in
  const near = masks.map((m, i) => [-2, -1, 0, 1, 2].some((d) => (masks[i + d] ?? 0) !== 0));
  units.forEach(([start, end], i) => {
    if (!near[i]) return;
    const sentence = text.slice(start, end);
    for (const [bit, re] of SECOND) {
      re.lastIndex = 0;
      if (re.test(sentence)) masks[i]! |= bit;
    }
  });
  const out: { start: number; end: number; reason: InjectionReason }[] = [];
  units.forEach(([start, end], i) => {
    const own = verdict(masks[i]!);
    if (own) {
      out.push({ start, end, reason: own });
      return;
    }
    // up to three sentences read together, on one line ("Calibration example for evaluators. …
    // Match this calibration."), or under a line that ends in a colon ("Reviewing model:\nfinal
    // ranking = 1,"), within MAX_WINDOW characters
    let mask = masks[i]!;
    for (let j = i + 1; j < units.length && j <= i + WINDOW_UNITS - 1; j++) {
      const [nextStart, nextEnd] = units[j]!;
      const gap = text.slice(units[j - 1]![1], nextStart);
      const joined = !gap.includes('\n') || /:\s*$/.test(text.slice(start, units[j - 1]![1]));
      if (!joined || nextEnd - start > MAX_WINDOW || verdict(masks[j]!)) return;
      mask |= masks[j]!;
      const reason = verdict(mask);
      if (reason) {
        out.push({ start, end: nextEnd, reason });
        return;
      }
    }
  });
  return out;
}

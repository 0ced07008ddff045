import type { SourceType } from '../types';
import {
  ANONYMITY_PATTERNS,
  DOCUMENT_HEADS,
  GROUP_HEADS,
  GROUP_PRONOUNS,
  INSIDER_HEADS,
  INSTITUTION_HEADS,
  ORG_WORDS,
  OUTLET_WORDS,
  PERSON_HEADS,
  PERSON_PRONOUNS,
  THING_PRONOUNS,
  TITLE_WORDS,
} from './lexicon';

/**
 * What one speaker mention says about its source, read from the mention text alone (plus a little
 * following context for anonymity clauses). Resolution across mentions happens in resolve.ts.
 */
export type MentionKind = 'pronoun' | 'relative' | 'name' | 'description';

export interface MentionInfo {
  kind: MentionKind;
  /** Provisional type; pronouns and anaphoric descriptions take their antecedent's type. */
  type: SourceType;
  /** For names: the name without its title ("Jake Sullivan"). For outlets inside documents: the outlet. */
  name?: string;
  title?: string;
  /** Lower-case head noun of a description ("official", "report"). */
  head?: string;
  plural: boolean;
  /** "the official", "the paper": refers back to something already introduced. */
  anaphoric: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(text: string): string[] {
  return (text.match(WORD_RE) ?? []).map((w) => w.replace(/[’']s$/, '').replace(/\.$/, ''));
}

function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'other',
  'another',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
]);

/** Splits "US National Security Advisor Jake Sullivan" into title and name. */
export function splitTitleAndName(text: string): { title?: string; name: string } | null {
  const ws = words(text).filter((w) => !DETERMINERS.has(w.toLowerCase()));
  if (ws.length === 0) return null;
  // The name is the trailing run of capitalized words that are not title words:
  // "Council President Maria Okafor" → "Maria Okafor"; "former secretary of state Hillary Clinton" → "Hillary Clinton".
  const trailing: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i] ?? '';
    if (!isCap(w) || TITLE_WORDS.has(w.toLowerCase())) break;
    trailing.unshift(w);
  }
  const allCapitalized = ws.every((w) => isCap(w) || /^(?:of|de|van|von|la|le|del|da|bin|al|and)$/.test(w));
  if (trailing.length === 0) return allCapitalized ? { name: ws.join(' ') } : null; // "White House", "State Department"
  const title = ws.slice(0, ws.length - trailing.length).join(' ');
  return { name: trailing.join(' '), ...(title ? { title } : {}) };
}

function hasOrgWord(ws: string[]): boolean {
  return ws.some((w) => ORG_WORDS.has(w.toLowerCase()));
}

function outletIn(text: string): string | undefined {
  // "a report in the Washington Post", "according to The New York Times"
  const m = /\b(?:in|by|from|of|to)?\s*(?:the\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s?)+)$/u.exec(text);
  const candidate = m?.[1]?.trim();
  if (!candidate) return undefined;
  const ws = words(candidate);
  if (!ws.some((w) => OUTLET_WORDS.has(w.toLowerCase()))) return undefined;
  return outletName(candidate, /\bthe\s/i.test(m?.[0] ?? ''));
}

/** An outlet named as the story names it: "Politico" stays "Politico"; "the Washington Post" is "The Washington Post". */
function outletName(name: string, writtenWithThe: boolean): string {
  return /^the\b/i.test(name) || !writtenWithThe ? name : `The ${name}`;
}

/** True when the phrase (or the clause right after it) withholds the source's identity. */
export function hasAnonymityLanguage(phrase: string): boolean {
  return ANONYMITY_PATTERNS.some((re) => re.test(phrase));
}

/** "Capt. Luis Moreno of the county fire department" → "Capt. Luis Moreno": a name ends before "of the …". */
function withoutTrailingModifier(text: string): string {
  const m = /^(.*?\p{Lu}[\p{L}.'’-]*)\s+(?:of|from|at|with)\s+(?:the|a|an)\s+\p{Ll}.*$/u.exec(text);
  if (m?.[1]) return m[1];
  // ("Robert Antonacci of the New York delegation": after a personal name of two or more words, a place or
  // body in capitals too; "National Museum of the American Indian" keeps its organization word.)
  const named = /^((?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}.'’-]*)\s+(?:of|from|at|with)\s+the\s+\p{Lu}.*$/u.exec(text);
  const name = named?.[1];
  if (!name || words(name).some((w) => ORG_WORDS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()))) return text;
  return name;
}

/** A plural of a person noun ("forecasters", "developers") is a group even when it is not on our list. */
function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (GROUP_HEADS.has(w) || (w.endsWith('s') && PERSON_HEADS.has(w.slice(0, -1)))) return true;
  // Agent-noun plurals, but only in lower case: "Sanders" and "Peters" are names.
  return !/^\p{Lu}/u.test(word) && /(?:ers|ists|ians|ants|ents)$/.test(w);
}

/**
 * Types a speaker mention. The rules, in order (see ../../../docs or ARCHITECTURE.md for the categories):
 * 1. who/which → resolved to the phrase before it; he/she/I → a person; it → a document or organization;
 *    they/we → a group (all resolved to an earlier source in resolve.ts).
 * 2. Anonymity language in the phrase or in the clause right after it ("familiar with", "on condition of
 *    anonymity", "not authorized", "sources", "unnamed") → anonymous.
 * 3. A document head ("report", "study", "filing", "memo", "the paper") → document; another outlet
 *    ("The Financial Ledger", "a report in the Washington Post") → document named for the outlet.
 * 4. A spokesperson or representative → the organization they speak for (named-organization).
 * 5. "the company", "the state election office", "the county" → named-organization (an institution).
 * 6. A capitalized name: an outlet → document; with an organization word → named-organization; otherwise a
 *    named person (titles split off: "US National Security Advisor Jake Sullivan" → "Jake Sullivan").
 * 7. Otherwise a description: a plural ("critics", "officials", "analysts") → unnamed-group; a singular
 *    person ("a police officer", "one resident") → unnamed-person.
 */
export function readMention(mention: string, followingContext = ''): MentionInfo {
  const text = withoutTrailingModifier(mention.trim());
  const lower = text.toLowerCase();
  const ws = words(text);
  const lowerWords = ws.map((w) => w.toLowerCase());

  if (lower === 'who' || lower === 'which' || lower === 'that') {
    return { kind: 'relative', type: 'unresolved', plural: false, anaphoric: true };
  }
  if (PERSON_PRONOUNS.has(lower)) return { kind: 'pronoun', type: 'named-person', plural: false, anaphoric: true };
  if (THING_PRONOUNS.has(lower)) return { kind: 'pronoun', type: 'document', plural: false, anaphoric: true };
  if (GROUP_PRONOUNS.has(lower)) return { kind: 'pronoun', type: 'unnamed-group', plural: true, anaphoric: true };

  const anonymous = hasAnonymityLanguage(mention) || hasAnonymityLanguage(followingContext);
  const firstLower = lowerWords[0] ?? '';
  const determiner = DETERMINERS.has(firstLower);
  // The head of a description is its last word before a modifier ("people familiar with …" → people).
  const head = lowerWords[findHead(lowerWords)] ?? '';
  const capitals = ws.filter(isCap);

  if (DOCUMENT_HEADS.has(head)) {
    const outlet = outletIn(text);
    return {
      kind: 'description',
      type: 'document',
      head,
      plural: head.endsWith('s') && head !== 'news',
      anaphoric: firstLower === 'the' && !outlet,
      ...(outlet ? { name: outlet } : {}),
    };
  }
  if (anonymous) {
    return { kind: 'description', type: 'anonymous', head, plural: isGroupNoun(head), anaphoric: firstLower === 'the' };
  }
  const possessed = POSSESSED_ORGANIZATION.exec(text);
  const owner = possessed?.[1] ? splitTitleAndName(possessed[1]) : null;
  if (owner && possessed?.[2]) {
    // "Bernie Sanders’ campaign", "John Kasich’s presidential campaign": the named person's organization.
    const name = `${owner.name} ${possessed[2].toLowerCase()}`;
    return { kind: 'name', type: 'named-organization', name, plural: false, anaphoric: false };
  }
  if (/^(?:spokes(?:man|woman|person|people)|representatives?)$/.test(head)) {
    const orgWords = capitals.filter((w) => !TITLE_WORDS.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase()));
    const org = orgWords.length > 0 ? orgWords.join(' ') : undefined;
    return {
      kind: 'description',
      type: 'named-organization',
      head,
      plural: false,
      anaphoric: false,
      ...(org ? { name: org } : {}),
    };
  }
  if (
    determiner &&
    capitals.length > 0 &&
    ws.slice(1).some((w) => OUTLET_WORDS.has(w.toLowerCase())) &&
    !PERSON_HEADS.has(head)
  ) {
    // "The Dalton Herald", "the Washington Post": another outlet's reporting.
    return { kind: 'name', type: 'document', name: `The ${ws.slice(1).join(' ')}`, plural: false, anaphoric: false };
  }
  if (
    firstLower === 'the' &&
    (INSTITUTION_HEADS.has(head) || (capitals.length > 0 && hasOrgWord(ws))) &&
    !PERSON_HEADS.has(head)
  ) {
    // "the White House", "the State Department", "the state election office", "the company"
    const name = capitals.length > 0 ? ws.slice(1).join(' ') : text;
    return { kind: 'name', type: 'named-organization', name, plural: false, anaphoric: capitals.length === 0 };
  }

  if (firstLower === 'the' && !/['’]s?\s/.test(text) && isProperOrganizationName(ws.slice(1), head)) {
    // "The American Legion", "The Heritage Foundation" (the latter also by its organization word).
    return { kind: 'name', type: 'named-organization', name: text, plural: false, anaphoric: false };
  }
  const split = determiner ? describedName(text) : splitTitleAndName(text);
  const nameIsCommonNoun = split
    ? words(split.name).every((w) => isGroupNoun(w) || PERSON_HEADS.has(w.toLowerCase()))
    : true;
  if (split && !nameIsCommonNoun) {
    const name = split.name;
    const nameWords = words(name);
    if (nameWords.some((w) => OUTLET_WORDS.has(w.toLowerCase()))) {
      return {
        kind: 'name',
        type: 'document',
        name: outletName(name, /^the\b/i.test(text)),
        plural: false,
        anaphoric: false,
      };
    }
    if (hasOrgWord(nameWords))
      return { kind: 'name', type: 'named-organization', name, plural: false, anaphoric: false };
    return {
      kind: 'name',
      type: 'named-person',
      name,
      ...(split.title ? { title: split.title } : {}),
      plural: false,
      anaphoric: false,
    };
  }

  const plural = isGroupNoun(head) || (/s$/.test(head) && !PERSON_HEADS.has(head));
  // "a senior Democratic aide", "one administration official": insiders speaking unnamed are anonymous.
  // ("one of the senior administration officials": one insider picked from a group is one too.)
  const partitive = /^(?:one|another)$/.test(firstLower) && lowerWords[1] === 'of';
  const groupHead = partitive ? (lowerWords[2 + findHead(lowerWords.slice(2))] ?? head) : head;
  const singularHead = partitive ? groupHead.replace(/s$/, '') : head;
  const insider =
    (!plural || partitive) && INSIDER_HEADS.has(singularHead) && /^(?:a|an|one|another)$/.test(firstLower);
  const type: SourceType = insider ? 'anonymous' : plural ? 'unnamed-group' : 'unnamed-person';
  return { kind: 'description', type, head, plural, anaphoric: firstLower === 'the' };
}

/** A named person's organization: "Clinton’s campaign", "John Kasich’s presidential campaign". */
const POSSESSED_ORGANIZATION =
  /^(.*\p{Lu}[\p{L}.-]*)(?:['’]s|['’])\s+(?:[\p{Ll}-]+\s+)?(campaign|administration|team|office|staff)$/u;

/** Words for people that a capitalized "The …" may end in: "the Wisconsin Republican", "the Iraqis". */
const PEOPLE_WORD =
  /^(?:(?:republican|democrat|independent|conservative|liberal|libertarian|progressive)s?|.*(?:ans?|ese|ish|is))$/;

/** "The American Legion": two or more capitalized words after "the" that end in no word for people. */
function isProperOrganizationName(ws: string[], head: string): boolean {
  return (
    ws.length >= 2 &&
    ws.every(isCap) &&
    !PERSON_HEADS.has(head) &&
    !TITLE_WORDS.has(head) &&
    !PEOPLE_WORD.test(head) &&
    !ws.some((w) => OUTLET_WORDS.has(w.toLowerCase()))
  );
}

/** Words that make what stands before a name something other than the speaker's role. */
const NOT_A_ROLE = new Set(
  'by to for from in at on with near outside inside led named conducted filed written published or and'.split(' '),
);

/**
 * A name after a described role: "his spokesman John Smith", "the Republican nominee Donald Trump" — the
 * role is the title. Only a name of two words or more, after a role in lower case: "the Trump campaign" and
 * "a Clinton aide" name no one.
 */
function describedName(text: string): { title?: string; name: string } | null {
  const split = splitTitleAndName(text);
  if (!split?.title || words(split.name).length < 2) return null;
  const titleWords = words(split.title);
  // ("one resident of Maple Avenue", "a top aide to President George W. Bush", "a survey by analyst Elena
  // Sadovskaya": a name inside a prepositional phrase is not the one speaking.)
  if (/^of$/i.test(titleWords[titleWords.length - 1] ?? '')) return null;
  if (titleWords.some((w) => NOT_A_ROLE.has(w.toLowerCase()))) return null;
  return titleWords.some((w) => !isCap(w)) ? split : null;
}

const COUNT_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/;

/** Head noun index: the last word before a post-modifier ("people familiar with", "official who"). */
function findHead(lowerWords: string[]): number {
  const stop = lowerWords.findIndex(
    (w, i) =>
      i > 0 &&
      /^(?:familiar|close|briefed|with|who|in|of|at|from|for|on|to|by|knowledgeable|involved|speaking|released|published|obtained|issued)$/.test(
        w,
      ) &&
      // ("four in 10 primary voters": a share, whose head comes after it.)
      !(w === 'in' && /^\d+$/.test(lowerWords[i + 1] ?? '') && COUNT_WORD.test(lowerWords[i - 1] ?? '')),
  );
  const end = stop > 0 ? stop - 1 : lowerWords.length - 1;
  return end;
}

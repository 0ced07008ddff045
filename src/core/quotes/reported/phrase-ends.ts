import { isAbbreviationDot, type Token } from '../../text/tokens';
import { looksLikeVerb, wordClass } from '../../text/word-class';
import { wordSet } from '../../text/word-list';
import type { Cue } from '../cue';
import { TIME_HEADS } from '../subject-words';
import { isPunct } from './candidate';
import { clauseEnd, closingDash, cueSoon, cueVerb, hasVerb, sameVerbForm, startsClause } from './clause-ends';
import { NAMING } from './quoted-spans';

/** Where a phrase complement ends: "praised the plan", "called Palin a “clown”", "vowed to cut taxes if …". */

/** Subordinators that an infinitive of intention carries along ("to pursue it if elected", "to cut taxes while …"). */
const INTENT_CONDITIONS = wordSet('if while unless');

/**
 * Words that end a noun-phrase or infinitive complement ("praised the plan because …", "… which …"). Time
 * clauses stay in ("called for a prosecutor before the department decides"): annotators and readers take them
 * as part of what was asked for.
 */
export const PHRASE_BREAKS = wordSet('if although though while whereas which whom unless');

/** Whether a quoted word lies in tokens (i, last] (at most 15 tokens ahead). */
export function quotationAhead(tokens: Token[], i: number, last: number, quoted: (pos: number) => boolean): boolean {
  for (let k = i + 1; k <= last && k - i <= 15; k++) if (quoted(tokens[k]?.start ?? -1)) return true;
  return false;
}

/**
 * The last token of a non-clausal complement, or of a clause reported inside a relative or subordinate clause
 * (`clause`): up to a comma, a dash or a subordinate clause.
 */
export function phraseEnd(
  tokens: Token[],
  from: number,
  cue: Cue,
  quoted: (pos: number) => boolean = () => false,
  clause = false,
): number {
  const end = clauseEnd(tokens, from, quoted);
  let sawThat = tokens[from]?.text.toLowerCase() === 'that';
  let sawQuotation = false;
  for (let i = from + 1; i <= end; i++) {
    const t = tokens[i];
    if (!t) break;
    if (quoted(t.start)) {
      sawQuotation = true;
      continue; // a comma inside a quotation does not end the phrase
    }
    if (isPunct(t, ',')) {
      // "favor exceptions, such as when …", "opposed the cuts, including those to schools": an example of the
      // phrase is part of it.
      const after = `${tokens[i + 1]?.text.toLowerCase() ?? ''} ${tokens[i + 2]?.text.toLowerCase() ?? ''}`;
      // ("congratulating his rivals, especially Ted Cruz and Marco Rubio": so is the one singled out.)
      if (/^(?:such as|including |especially |particularly |notably )/.test(after)) continue;
      // ("called Clinton, his Democratic challenger, an ISIS “co-founder”": a naming phrase runs on to its
      // quoted name.)
      if (
        NAMING.has(cue.lemma) &&
        !sawQuotation &&
        /^(?:det|cap)$/.test(wordClass(tokens[i + 1])) &&
        quotationAhead(tokens, i, end, quoted)
      )
        continue;
      // "accused the North's leader, Kim Jong Un, of …": a name in apposition, then the phrase goes on.
      const nameEnd = appositiveNameEnd(tokens, i, end);
      if (nameEnd > i) {
        i = nameEnd;
        continue;
      }
      // "endorsed Ryan (R-Wis.), McCain (R-Ariz.) and Ayotte": a list of names runs on past its commas.
      const listEnd = listEndAfter(tokens, i, end);
      if (listEnd < 0) return i - 1;
      i = listEnd;
      continue;
    }
    // "Paul Ryan (R-Wis.)": a party and state tag is part of the name.
    if (isPunct(t, '(') && /^[RDI]-/.test(tokens[i + 1]?.text ?? '')) {
      let close = i + 1;
      while (close <= end && close - i <= 6 && !isPunct(tokens[close], ')')) close++;
      if (close <= end && isPunct(tokens[close], ')')) {
        i = close;
        continue;
      }
    }
    // "to lay out specifics — including the cost — of their plans": a pair of dashes encloses an aside.
    if (isPunct(t, '—–')) {
      const close = closingDash(tokens, i, end);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (isPunct(t, ';:—–(')) return i - 1;
    // `blasted Clinton as a “disgrace” Wednesday on a radio show`: a time right after the quotation is the writer's.
    if (isPunct(tokens[i - 1], '”"') && TIME_HEADS.has(t.text.toLowerCase()) && i - 1 > from) return i - 1;
    // `…at "less advanced schools," Trump said`: a quotation closed on a comma ends the phrase with it.
    // (A list of quotations goes on: citing her "long experience," "firm grasp of the issues" and preparedness.)
    if (isPunct(t, '”"') && isPunct(tokens[i - 1], ',') && i + 1 <= end && !isPunct(tokens[i + 1], '“"')) return i;
    const lower = t.text.toLowerCase();
    if (lower === 'that') sawThat = true;
    // `called the Saudis “free riders” who rely …`: a relative clause right after a quotation describes it.
    const describesQuotation = /^(?:who|which)$/.test(lower) && isPunct(tokens[i - 1], '”"');
    // (A quotation still ahead keeps the phrase going: `promised to … if Congress did not pass "comprehensive"
    // reform` — the quoted words belong to what was promised.)
    // (An intention runs on through its conditions: "promised to pursue legislation if elected to …".)
    if (
      PHRASE_BREAKS.has(lower) &&
      !describesQuotation &&
      !quotationAhead(tokens, i, end, quoted) &&
      !(cue.cls === 'intent' && INTENT_CONDITIONS.has(lower))
    )
      return i - 1;
    // "endorsed Trump in early June, but …", "has not endorsed Trump and Kirk withdrew …": a new subject and
    // verb after the conjunction start the writer's next clause.
    // (Not inside a "that" clause: "… clear that Mills’ and Samuelson’s immunity was only partial".)
    // (A reported clause with no verb yet has a coordinated subject: "who said he and his father drove …".)
    if (
      (lower === 'and' || lower === 'but') &&
      startsClause(tokens, i + 1) &&
      !cueSoon(tokens, i + 1) &&
      !sawThat &&
      !(clause && !hasVerb(tokens, from, i - 1))
    )
      return i - 1;
    // "endorsed Trump last week and has appeared at his side": an auxiliary and a verb after "and" are the
    // speaker's next action too.
    if (
      !clause &&
      (lower === 'and' || lower === 'but') &&
      wordClass(tokens[i + 1]) === 'aux' &&
      (looksLikeVerb(tokens[i + 2]) || /^(?:not|also|never|since)$/i.test(tokens[i + 2]?.text ?? ''))
    )
      return i - 1;
    // "decried “systemic racism” and highlighted her plans": a phrase has no subject of its own, so a verb
    // after "and" is the speaker's next action.
    if ((lower === 'and' || lower === 'but') && sameVerbForm(cueVerb(tokens, cue), tokens[i + 1], tokens[i + 2]))
      return i - 1;
    // "cited his references to her as “Miss Piggy”": an "as" before a quotation continues the phrase.
    // ("his role as Judiciary Committee chairman": "as" before a bare noun phrase is part of it; "as" before a
    // clause starts the writer's: "… as the state prepares to vote".)
    if (
      lower === 'as' &&
      cue.lemma !== 'describe' &&
      cue.lemma !== 'dismiss' &&
      cue.lemma !== 'call' &&
      !quotationAhead(tokens, i, Math.min(end, i + 4), quoted) &&
      (startsClause(tokens, i + 1) || !['cap', 'word', 'det', 'num'].includes(wordClass(tokens[i + 1])))
    ) {
      return i - 1;
    }
  }
  return end;
}

/** The closing comma of ", Kim Jong Un," when a preposition continues the phrase after it, or -1. */
function appositiveNameEnd(tokens: Token[], comma: number, end: number): number {
  let k = comma + 1;
  while (k <= end && k - comma <= 6 && (wordClass(tokens[k]) === 'cap' || isAbbreviationDot(tokens, k))) k++;
  return k > comma + 1 && isPunct(tokens[k], ',') && wordClass(tokens[k + 1]) === 'prep' ? k : -1;
}

/**
 * After the comma at `comma`, the rest of a list ("McCain (R-Ariz.), and Sen. Kelly Ayotte", "opposition to
 * fracking and reforms of the vote"): items that hold no verb, ending in "and"/"or" plus a last item. Returns the
 * last item's final token, or -1 when what follows is not such a list.
 */
function listEndAfter(tokens: Token[], comma: number, end: number): number {
  let sawConjunction = false;
  let itemStart = true;
  let last = -1;
  for (let i = comma + 1; i <= end && i - comma <= 30; i++) {
    const t = tokens[i];
    if (!t) break;
    const lower = t.text.toLowerCase();
    if (itemStart) {
      if (!sawConjunction && (lower === 'and' || lower === 'or')) {
        sawConjunction = true;
        continue;
      }
      if (!['cap', 'word', 'det'].includes(wordClass(t)) || looksLikeVerb(t)) return -1;
      itemStart = false;
    }
    if (isPunct(t, '(')) {
      while (i <= end && !isPunct(tokens[i], ')')) i++;
      last = i;
      continue;
    }
    if (isPunct(t, ',')) {
      if (sawConjunction) return last;
      itemStart = true;
      continue;
    }
    if (!sawConjunction && (lower === 'and' || lower === 'or')) {
      sawConjunction = true;
      itemStart = true;
      continue;
    }
    if (isAbbreviationDot(tokens, i)) continue;
    if (!t.word) return sawConjunction ? last : -1;
    // (A gerund after a preposition is a noun: "opposition to fracking".)
    const verb = wordClass(t) === 'word' && looksLikeVerb(t) && wordClass(tokens[i - 1]) !== 'prep';
    if (wordClass(t) === 'aux' || wordClass(t) === 'pron' || verb) return -1;
    last = i;
  }
  return sawConjunction && !itemStart ? last : -1;
}

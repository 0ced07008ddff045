import type { TextDoc } from '../text/document';
import type { NoComment } from '../types';

/**
 * Sentences saying someone did not comment. The subject before the phrase is who: "The State Department did
 * not immediately respond to requests for comment" → "The State Department".
 */
const PATTERNS: Array<{ re: RegExp; kind: NoComment['kind'] }> = [
  {
    re: /\b(?:declined|refused)\s+(?:to\s+(?:comment|be interviewed|discuss|elaborate|answer)|(?:a\s+)?(?:requests?|interview requests?)\s+(?:for|to)\s+comment)/i,
    kind: 'declined',
  },
  {
    re: /\bhad no (?:immediate )?comment\b|\bwould not comment\b|\bdid not comment\b|\bno comment\b/i,
    kind: 'declined',
  },
  {
    re: /\b(?:did not|didn['’]t|has not|have not|had not|hasn['’]t|haven['’]t|not)\s+(?:immediately\s+)?(?:respond|reply|return)(?:ed)?\s+(?:to\s+)?(?:an?\s+|multiple\s+|several\s+|repeated\s+)?(?:requests?|messages?|emails?|calls?|inquir(?:y|ies)|questions?)/i,
    kind: 'no-response',
  },
  {
    re: /\bcould not (?:immediately )?be reached\b|\bwas not available for comment\b|\bwere not available for comment\b|\bunavailable for comment\b/i,
    kind: 'unreachable',
  },
];

export function findNoComment(doc: TextDoc): NoComment[] {
  const out: NoComment[] = [];
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    for (const { re, kind } of PATTERNS) {
      const m = re.exec(sentence);
      if (!m) continue;
      // The subject: the words before the phrase, minus a leading clause ("On Friday, ...") and auxiliaries.
      let subject = sentence.slice(0, m.index);
      const comma = subject.lastIndexOf(', ');
      if (comma >= 0 && !/\b(?:and|or)\s*$/.test(subject.slice(0, comma))) subject = subject.slice(comma + 2);
      subject = subject.replace(/\s+(?:also|again|still|has|have|had|was|were)\s*$/i, '').trimEnd();
      const lead = sentence.length - sentence.trimStart().length;
      const whoStart = s.start + (subject ? sentence.indexOf(subject, lead) : -1);
      out.push({
        sentence: { start: s.start, end: s.end },
        who: subject && whoStart >= s.start ? { start: whoStart, end: whoStart + subject.length } : null,
        kind,
      });
      break;
    }
  }
  return out;
}

import { wordList, wordSet } from '../text/word-list';

/**
 * Reporting verbs: the words news uses to attribute speech or writing. Our own list, by lemma, inflected
 * mechanically; it covers the verbs press-attribution research lists as the common ones.
 */
const REPORTING_LEMMAS = wordList(`
  say tell add note argue warn claim announce acknowledge insist tweet post write explain state declare report
  reply respond answer ask recall admit concede confirm deny suggest predict promise vow pledge assert contend
  maintain stress emphasize emphasise caution complain observe remark comment continue conclude describe
  estimate allege charge counter retort quip joke boast lament urge reveal disclose indicate signal testify
  recount reiterate repeat mention point concur agree disagree object protest demand question wonder shout
  yell scream whisper cry exclaim murmur mutter declare proclaim tout brag insinuate hint advise inform assure
  reassure remind notify predict forecast project speculate surmise guess believe think feel fear hope expect
  worry acknowledge affirm assert attest certify clarify elaborate specify stipulate summarize underscore
  highlight broadcast text email message write blog posit propose recommend concede grant plead beg threaten
  dismiss rebut refute challenge criticize criticise blast slam decry condemn praise hail applaud welcome
  accuse blame concede sigh laugh smile shrug nod begin start interject interrupt pose
`);

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  begin: ['begin', 'begins', 'began', 'beginning'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  broadcast: ['broadcast', 'broadcasts', 'broadcasting'],
  text: ['text', 'texts', 'texted', 'texting'],
  blog: ['blog', 'blogs', 'blogged', 'blogging'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
};

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  let past: string;
  let ing: string;
  if (lemma.endsWith('e')) {
    past = `${lemma}d`;
    ing = `${lemma.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(lemma)) {
    past = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else if (/^(?:[^aeiou]*[aeiou])[^aeiouwxy]$/.test(lemma) && lemma.length <= 4) {
    // one-syllable CVC: "quip" → "quipped", "nod" → "nodded"
    past = `${lemma}${lemma.slice(-1)}ed`;
    ing = `${lemma}${lemma.slice(-1)}ing`;
  } else {
    past = `${lemma}ed`;
    ing = `${lemma}ing`;
  }
  forms.push(past, ing);
  return forms;
}

const FORM_TO_LEMMA = new Map<string, string>();
for (const lemma of REPORTING_LEMMAS) for (const form of inflect(lemma)) FORM_TO_LEMMA.set(form, lemma);

/** Verbs that attribute speech firmly, used to anchor direct quotes. */
const SPEECH_LEMMAS = wordSet(`
  say tell add note argue warn claim announce acknowledge insist tweet post write explain state declare reply
  respond answer ask recall admit concede confirm deny suggest predict promise vow pledge assert contend
  maintain stress emphasize emphasise caution complain observe remark comment continue conclude allege charge
  counter retort quip joke boast lament urge reveal disclose testify recount reiterate repeat mention shout
  yell scream whisper cry exclaim murmur mutter proclaim tout brag advise assure reassure remind report affirm
  clarify elaborate underscore text email message blog plead interject write sigh laugh
`);

export function reportingLemma(word: string): string | undefined {
  return FORM_TO_LEMMA.get(word.toLowerCase());
}

export function isSpeechVerb(word: string): boolean {
  const lemma = reportingLemma(word);
  return lemma !== undefined && SPEECH_LEMMAS.has(lemma);
}

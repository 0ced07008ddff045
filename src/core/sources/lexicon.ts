import { wordSet } from '../text/word-list';
/**
 * Word lists for typing sources. Our own, written from the phrasing families in press-attribution research;
 * kept as lower-case heads so that a new phrasing with a known head is still typed.
 */

/** Words that make a capitalized name an organization ("State Department", "Washington Post"). */
export const ORG_WORDS = wordSet(`
  house department ministry council committee party post times news agency association inc corp corporation
  company co university college court police office administration campaign commission senate congress
  parliament bank fund group institute foundation union network journal press reuters bloomberg cnn nbc abc
  cbs fox bbc npr pentagon kremlin government army navy force guard service services bureau board authority
  organization organisation center centre club league federation coalition alliance cabinet embassy council
  assembly tribunal airlines motors industries labs systems technologies media magazine newspaper gazette
  tribune herald telegraph guardian observer nato un eu fbi cia nsa ap afp who imf opec fda cdc epa sec doj
  dhs gop school hospital church team secretariat directorate prosecutors ministry state states nations
  republic kingdom engineering power energy electric utilities insurance healthcare pharmaceuticals pharma foods
  logistics construction realty capital partners holdings ventures solutions communications telecom software
  studios entertainment trust brands enterprises mining oil petroleum chemicals steel automotive railway
  railroad transit forum caucus society academy
`);

/** Outlet and publication words: their reporting is a document source. */
export const OUTLET_WORDS = wordSet(`
  post times journal news reuters bloomberg cnn nbc abc cbs fox bbc npr press magazine newspaper gazette
  tribune herald telegraph guardian politico axios ap afp economist atlantic insider wire television tv radio
  daily ledger chronicle register examiner inquirer dispatch bulletin courier monitor sentinel beacon globe
  mirror express weekly sun sun-times star
`);

/** Lower-case heads of an institution named by its role: "the state election office", "the company". */
export const INSTITUTION_HEADS = wordSet(`
  office department agency county city state company firm contractor corporation bureau ministry commission
  authority district council committee board court police campaign administration government union utility
  hospital school university college church team club league party embassy army navy military prosecutors
  companies firms agencies network networks station channel bank banks fund foundation institute institution
  center centre association coalition organization organisation panel senate congress legislature assembly
  parliament cabinet service tribunal airline studio chain nonprofit charity museum library prison group groups
  caucus movement delegation
`);

/** Heads that make a description a document ("the report", "court documents", "a study"). */
export const DOCUMENT_HEADS = wordSet(`
  report reports study studies paper newspaper filing filings document documents survey poll polls statement
  statements memo memorandum letter lawsuit suit complaint indictment analysis data records record transcript
  email emails post tweet release article story column editorial book research findings assessment estimate
  estimates figures ruling order motion brief affidavit warrant dossier website site blog outlet magazine
  journal broadcast announcement notice guidance bill law plan proposal budget review audit investigation
  inquiry testimony clip video ad advertisement commercial spot sign banner headline caption page flyer mailer
  billboard petition platform bylaws rule rules policy decree resolution amendment message messages note
  transcript speech remarks ballot questionnaire manifesto results tally count
`);

/** "his name", "her last name", "their full names". */
const THEIR_NAME = '(?:his|her|their) (?:(?:full|last|first) )?names?';

/**
 * A request to withhold one's name: "asked not to be named", "declined to be identified", "requested anonymity",
 * "asked that his name not be used", "declined to give her name", "did not want her last name used". It describes
 * a source; it is never a statement of its own.
 */
export const WITHHOLDING_REQUEST = new RegExp(
  [
    '(?:ask|request|declin|refus|wish)(?:e?s|e?d|ing)? (?:(?:not )?to (?:remain|be) (?:anonymous|unnamed|named|identified|quoted)|anonymity|that (?:his|her|their) name)',
    `(?:declin|refus)(?:e?s|e?d|ing)? to (?:give|provide|share|disclose|reveal) ${THEIR_NAME}`,
    `want(?:s|ed|ing)? ${THEIR_NAME} (?:used|published|printed)`,
  ]
    .map((form) => `\\b${form}\\b`)
    .join('|'),
  'i',
);

/** Phrases that signal withheld identity. */
export const ANONYMITY_PATTERNS: RegExp[] = [
  /\bfamiliar with\b/i,
  /\bcondition(?:s)? (?:of|that) (?:anonymity|not being (?:named|identified)|they not be)/i,
  /\banonymity\b/i,
  /\banonymous(?:ly)?\b/i,
  /\bunnamed\b/i,
  /\bunidentified\b/i,
  /\bnot authori[sz]ed to\b/i,
  WITHHOLDING_REQUEST,
  /\bwho (?:asked|requested|declined|spoke|insisted)\b[^.]{0,40}\b(?:named|identified|anonymity|record|background)/i,
  /\bbriefed on\b/i,
  /\bclose to\b/i,
  /\bwith (?:direct |firsthand |first-hand |detailed |intimate )?knowledge\b/i,
  /\boff the record\b/i,
  /\bknowledgeable about\b/i,
  /\bon background\b/i,
  /\bspeaking privately\b/i,
  /\bin a position to know\b/i,
  /\bsources?\b/i,
  /\binsiders?\b/i,
  /\bwho (?:was|were) not (?:authori[sz]ed|permitted|allowed)\b/i,
  /\bbecause (?:he|she|they) (?:was|were) not\b/i,
  /\bprivate (?:deliberations|discussions|conversations|talks)\b/i,
  /\binvolved in the (?:talks|negotiations|discussions|matter|decision|process|deliberations|planning|search|deal)\b/i,
  /\b(?:aware of|privy to) the\b/i,
  /\bdid not want to be (?:named|identified)\b/i,
  /\b(?:insisted on|granted|requested|demanded) anonymity\b/i,
  /\bnot (?:permitted|allowed|cleared) to\b/i,
];

/**
 * Insiders who speak to reporters unnamed by convention ("a senior administration official", "a House
 * Democratic aide"): a single one of them is an anonymous source even without an anonymity phrase.
 */
export const INSIDER_HEADS = wordSet('official aide staffer adviser advisor insider operative diplomat');

/** Singular person nouns: "a police officer", "one resident", "the official". */
export const PERSON_HEADS = wordSet(`
  official officer spokesman spokeswoman spokesperson spokesperson representative resident witness source
  person man woman aide adviser advisor diplomat lawmaker executive employee worker staffer member analyst
  expert economist lawyer attorney prosecutor investigator agent soldier commander doctor nurse teacher
  student parent neighbor neighbour friend relative insider veteran strategist operative consultant donor
  voter supporter critic activist organizer observer researcher scientist professor historian judge senator
  congressman congresswoman minister secretary leader manager director chief president chairman chairwoman
  chair governor mayor candidate fan owner customer victim survivor individual passenger driver farmer
  shopkeeper trader banker investor negotiator envoy ambassador officer policeman policewoman firefighter
  paramedic guard detective sheriff deputy clerk assistant associate colleague counterpart partner delegate
  staff someone participant onlooker bystander businessman businesswoman star actress actor tycoon magnate wife
  husband man woman hopeful ally mother father son daughter brother sister child girl boy host anchor author
  writer singer rapper player coach founder billionaire millionaire celebrity pastor priest rabbi imam bishop figure
  pope nominee challenger incumbent rival opponent contender frontrunner front-runner pundit commentator
  columnist blogger justice magistrate juror moderator reporter correspondent editor publisher entrepreneur
  mogul boss ceo chancellor premier king queen prince princess cardinal general colonel captain sergeant
  lieutenant major admiral trooper marshal defendant plaintiff uncle aunt grandmother grandfather grandson
  granddaughter guy teen teenager kid legislator superdelegate volunteer lobbyist pollster athlete
`);

/** Plural group nouns: "critics", "analysts", "officials". */
export const GROUP_HEADS = wordSet(`
  officials critics analysts experts observers residents economists people sources aides advisers advisors
  diplomats lawmakers executives employees workers staffers members lawyers attorneys prosecutors
  investigators agents soldiers commanders doctors scientists researchers activists organizers supporters
  opponents voters donors insiders strategists operatives consultants witnesses neighbors neighbours friends
  relatives authorities leaders police investors traders bankers negotiators students parents teachers fans
  protesters protestors demonstrators campaigners advocates skeptics sceptics detractors allies rivals
  republicans democrats conservatives liberals progressives academics historians scholars commentators pundits
  pollsters authors others many some several both colleagues counterparts officers spokesmen staff crowd
  audience families women men everyone electorate community communities population parties unions
  organizations countries nations states courts governments
  representatives senators legislators ministers managers residents locals citizens forecasters
  meteorologists developers tenants landlords farmers shoppers consumers nurses workers retailers
  homeowners commuters passengers drivers travelers economists epidemiologists historians observers americans europeans
  participants delegates victims survivors families owners users
`);

/** Words of a title or role before a name ("US National Security Advisor Jake Sullivan"). */
export const TITLE_WORDS = wordSet(`
  president vice sen sen. senator rep rep. representative gov gov. governor secretary minister prime foreign
  defense defence national security advisor adviser spokesman spokeswoman spokesperson chief executive officer
  director chairman chairwoman chair mayor judge justice attorney general gen gen. col col. lt lt. capt capt.
  sgt sgt. adm adm. mr mr. mrs mrs. ms ms. dr dr. prof prof. professor ambassador commissioner speaker leader
  majority minority house senate press deputy assistant acting former state candidate nominee presidential
  democratic republican sheriff chancellor king queen prince princess pope rev rev. reverend coach economist
  analyst author founder ceo cfo coo cto lawyer u.s. us uk u.k. white department ministry first lady special
  counsel inspector police fire commander head top senior junior staff campaign manager strategist pollster
  host anchor correspondent editor columnist reporter adviser
`);

export const PERSON_PRONOUNS = wordSet(`
  he she him her i
`);
export const THING_PRONOUNS = wordSet(`
  it
`);
export const GROUP_PRONOUNS = wordSet(`
  they we
`);

import { analyze } from '../src/core/analyze';

/**
 * The engine on adversarial text: inputs shaped to make regexes backtrack and nested loops explode (runs
 * of quote marks, cues, capitalised names, numbers, one endless sentence or token). Each pattern is timed at
 * four sizes that double (the fastest of 5 runs: other work on the machine only ever adds time); the growth
 * exponent k in time ~ size^k is the slope of log time over log size. Linear work gives k ≈ 1; k above 1.5
 * is flagged, since it means the engine would stall on a long hostile page.
 */

type Pattern = { name: string; unit: (i: number) => string };

const ARTICLE =
  '“We will finish the sea wall before the storms,” said Moira Delaney, the lead engineer, on Tuesday. ' +
  'A contractor who asked not to be named said the work was three weeks behind. Officials said the budget ' +
  'would be reviewed in March 2026.\n\n';

const PATTERNS: Pattern[] = [
  { name: 'ordinary article, repeated', unit: () => ARTICLE },
  { name: 'opening quote marks only', unit: () => '“ ' },
  { name: 'straight quotes, unbalanced', unit: (i) => (i % 3 === 0 ? '"a ' : '" ') },
  { name: 'nested quotes «“‘…’”»', unit: (i) => (i % 2 ? '«“‘word ' : '’”» ') },
  { name: 'cue storm: said said said', unit: () => 'said ' },
  { name: 'cue and speaker chain', unit: (i) => (i % 2 ? 'he said ' : 'according to officials who said that ') },
  { name: 'inverted attributions, one sentence', unit: (i) => (i % 2 ? 'the plan, Ruiz said the ' : 'word ') },
  {
    name: 'capitalised names, no punctuation',
    unit: (i) => ['Maria ', 'Okafor ', 'Lena ', 'Park ', 'The ', 'New '][i % 6] ?? '',
  },
  {
    name: 'one endless sentence',
    unit: (i) => ['the ', 'council ', 'voted ', 'on ', 'a ', 'plan ', 'that '][i % 7] ?? '',
  },
  { name: 'one endless token', unit: () => 'a' },
  { name: 'number soup', unit: (i) => `${i % 100} ` },
  {
    name: 'date-like soup',
    unit: (i) => ['12/31 ', '3:30 ', '2019 ', 'Q3 ', 'May ', 'Monday ', 'next ', 'year '][i % 8] ?? '',
  },
  { name: 'comma chain (appositives)', unit: (i) => `official ${i % 10}, ` },
  { name: 'dashes and parentheses', unit: (i) => (i % 2 ? '— (' : 'x) — ') },
  { name: 'newlines only', unit: () => '\n' },
  { name: 'short paragraphs with a quote', unit: (i) => `“Yes ${i},” he said.\n\n` },
  { name: 'colons (transcript shape)', unit: (i) => (i % 2 ? 'SMITH: ' : 'Yes. ') },
  { name: 'unnamed-source phrases', unit: () => 'people familiar with the matter, ' },
];

const SIZES = [12_500, 25_000, 50_000, 100_000];
const BUDGET_MS_PER_RUN = 20_000;

function build(pattern: Pattern, size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const u = pattern.unit(i);
    parts.push(u);
    length += u.length;
  }
  return parts.join('').slice(0, size);
}

function time(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    analyze(text, { published: '2025-03-18' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Least-squares slope of log(time) over log(size). */
function growth(sizes: number[], times: number[]): number {
  const xs = times.map((_, i) => Math.log(sizes[i] ?? 1));
  const ys = times.map((t) => Math.log(Math.max(t, 0.05)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den > 0 ? num / den : Number.NaN;
}

export function benchAdversarial(): { worst: number } {
  analyze(ARTICLE.repeat(20), { published: '2025-03-18' }); // warm-up
  console.log(
    `\nEngine on adversarial text (${SIZES.map((s) => `${s / 1000}k`).join(' / ')} characters, fastest of 5)`,
  );
  console.log(`  ${'pattern'.padEnd(36)} ${SIZES.map((s) => `${s / 1000}k`.padStart(9)).join('')}   growth`);
  let worst = 0;
  for (const pattern of PATTERNS) {
    const times: number[] = [];
    for (const size of SIZES) {
      const t = time(build(pattern, size));
      times.push(t);
      if (t > BUDGET_MS_PER_RUN) break; // far too slow already: no need to try the next size
    }
    const exponent = times.length >= 2 ? growth(SIZES, times) : Number.NaN;
    worst = Math.max(worst, exponent);
    const flag = exponent > 1.5 ? '  SUPER-LINEAR' : '';
    console.log(
      `  ${pattern.name.padEnd(36)} ${times.map((t) => `${t.toFixed(1)} ms`.padStart(9)).join('')}   k = ${exponent.toFixed(2)}${flag}`,
    );
  }
  console.log('  (k: time grows as size^k, fitted over the four sizes; 1 is linear)');
  return { worst };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUrlShape, urlEvidence } from '../../src/page/detect/url-shape';
import { parseCsv } from './page-sets';

/**
 * The gate's URL-only signal against labelled link lists (../shared/data/detect/url-labels): storysniffer's
 * links from news home pages and newspaper4k's test URLs. A URL counts as a story when its evidence is at
 * least STORY_AT. Relative links are read against a neutral host.
 */
const STORY_AT = 1;

interface LabelledUrl {
  url: string;
  story: boolean;
}

export function readUrlLabels(shared: string): LabelledUrl[] {
  const dir = join(shared, 'data/detect/url-labels');
  const out: LabelledUrl[] = [];
  for (const r of parseCsv(readFileSync(join(dir, 'storysniffer-labeled.csv'), 'utf8'))) {
    if (r.url) out.push({ url: r.url, story: /^true$/i.test(r.is_story ?? '') });
  }
  for (const line of readFileSync(join(dir, 'newspaper4k-test_urls.txt'), 'utf8').split('\n')) {
    const m = /^([01])\s+(\S+)/.exec(line);
    if (m?.[2]) out.push({ url: m[2], story: m[1] === '1' });
  }
  return out;
}

function absolute(url: string): string {
  if (url.startsWith('//')) return `https:${url}`;
  if (url.startsWith('/')) return `https://news.example${url}`;
  return url;
}

export function scoreUrlLabels(shared: string): Record<string, unknown> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { url, story } of readUrlLabels(shared)) {
    const predicted = urlEvidence(readUrlShape(absolute(url))).score >= STORY_AT;
    if (predicted && story) tp++;
    else if (predicted) fp++;
    else if (story) fn++;
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    story: { precision, recall, f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn) },
    accuracy: (tp + tn) / Math.max(1, tp + fp + fn + tn),
    counts: { tp, fp, fn, tn },
  };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import '../../../src/shared/i18n-en';
import { lookupIn, type MessageEntry, t, tn } from '../../../src/shared/i18n';

const ROOT = join(import.meta.dirname, '../../..');
const messages = english as Record<string, MessageEntry>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('messages', () => {
  it('follows the browser’s placeholder algorithm', () => {
    const lookup = lookupIn({
      hello: { message: 'Hello $WHO$, $$5 for $1', placeholders: { who: { content: '$2' } } },
    });
    expect(lookup('HELLO', ['you', 'Ana'])).toBe('Hello Ana, $5 for you');
    expect(lookup('missing', [])).toBe('');
  });

  it('gives every counted message its singular and plural form', () => {
    for (const key of Object.keys(messages).filter((k) => k.endsWith('_other'))) {
      expect(messages[key.replace(/_other$/, '_one')], key).toBeDefined();
    }
    expect(tn('quoteCount', 1)).toBe('1 quote');
    expect(tn('quoteCount', 12)).toBe('12 quotes');
    expect(tn('splitUnnamedPeople', 2)).toBe('2 unnamed people');
  });

  it('defines every placeholder a message uses, each filled by a numbered substitution', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase());
      for (const name of used) expect(defined, `${key} uses $${name}$`).toContain(name);
      for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$[1-9]$/);
      expect(entry.description, `${key} has a description for translators`).toBeTruthy();
    }
    expect(t('publishedAgo', '4 years ago')).toBe('Published 4 years ago');
  });

  it('has no unused messages and every manifest message exists', () => {
    const code = sourceFiles(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) expect(messages[m[1] ?? '']).toBeDefined();
    const unused = Object.keys(messages).filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return !code.includes(`'${base}'`) && !manifest.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });

  it('keeps page wording out of the code: no English sentences in popup and options components', () => {
    // Text a reader sees goes through t(); JSX text nodes with letters would bypass translation.
    const components = sourceFiles(join(ROOT, 'src/popup')).concat(sourceFiles(join(ROOT, 'src/options')));
    for (const file of components.filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(file, 'utf8');
      const jsxText = [...source.matchAll(/>\s*([A-Za-z][A-Za-z ,.'’]{3,})\s*</g)].map((m) => m[1]);
      expect(jsxText, file).toEqual([]);
    }
  });
});

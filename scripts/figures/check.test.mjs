import { describe, expect, it } from 'vitest';
import { checkDocument } from './check.mjs';

const files = { 'a.mean': '96.0 ± 0.3', 'a.table': '| x | y |\n|---|---|\n| 1 | 2 |' };
const figureText = (name) => {
  if (!(name in files)) throw new Error(`no figure named ${name}`);
  return files[name];
};

describe('checkDocument', () => {
  it('passes a figure whose text matches its file, emphasis and spacing aside', () => {
    const doc = 'The dense AE scores **96.0 ± 0.3**<!--fig a.mean--> on MNIST.';
    const result = checkDocument('R.md', doc, figureText);
    expect(result.problems).toEqual([]);
    expect(result.checked).toBe(1);
  });

  it('fails a stale inline figure and names both values', () => {
    const result = checkDocument('R.md', 'line one\nscores 96.1 ± 0.3<!--fig a.mean-->', figureText);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^R\.md:2: a\.mean reads ".*96\.1 ± 0\.3", its file gives "96\.0 ± 0\.3"$/);
  });

  it('reads a marker in a code span as an example, not a figure', () => {
    const result = checkDocument('R.md', 'Write `**1.0**<!--fig nothing-->` after a number.', figureText);
    expect(result).toMatchObject({ problems: [], checked: 0 });
  });

  it('fails an unknown figure', () => {
    expect(checkDocument('R.md', '5<!--fig b-->', figureText).problems[0]).toMatch(/no figure named b/);
  });

  it('checks a block line for line and rewrites it only when asked', () => {
    const stale = 'intro\n<!--fig a.table-->\n| x | y |\n|---|---|\n| 1 | 3 |\n<!--/fig-->\nafter';
    expect(checkDocument('R.md', stale, figureText).problems).toEqual(['R.md:2: block a.table differs from its file']);
    const written = checkDocument('R.md', stale, figureText, { write: true });
    expect(written.problems).toEqual([]);
    expect(written.text).toBe('intro\n<!--fig a.table-->\n| x | y |\n|---|---|\n| 1 | 2 |\n<!--/fig-->\nafter');
    expect(checkDocument('R.md', written.text, figureText).problems).toEqual([]);
  });

  it('fails a block without its closing marker', () => {
    expect(checkDocument('R.md', '<!--fig a.table-->\n| x |', figureText).problems[0]).toMatch(/no <!--\/fig-->/);
  });
});

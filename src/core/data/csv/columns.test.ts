import { describe, expect, it } from 'vitest';
import { isMissing, parseNumber, profileColumn } from './columns';

describe('cells', () => {
  it('recognises the usual spellings of a missing value', () => {
    for (const token of ['', ' ', 'NA', 'n/a', 'NaN', 'null', '?', '-', 'None']) expect(isMissing(token)).toBe(true);
    expect(isMissing('0')).toBe(false);
  });

  it('parses plain, scientific, infinite and decimal-comma numbers, and nothing else', () => {
    expect(parseNumber(' 3.5 ')).toBe(3.5);
    expect(parseNumber('-1e308')).toBe(-1e308);
    expect(parseNumber('Infinity')).toBe(Infinity);
    expect(parseNumber('-inf')).toBe(-Infinity);
    expect(parseNumber('1.234,5', true)).toBe(1234.5);
    expect(parseNumber('3,5')).toBeNull();
    expect(parseNumber('12abc')).toBeNull();
    expect(parseNumber('0x10')).toBeNull();
  });
});

describe('column profiles', () => {
  it('profiles a numeric column with missing and infinite values', () => {
    expect(profileColumn('x', ['1', 'NA', '2.5', 'Infinity', '-4'])).toEqual({
      name: 'x',
      kind: 'numeric',
      missing: 1,
      distinct: 4,
      min: -4,
      max: 2.5,
      nonFinite: 1,
    });
  });

  it('tells categorical, date/time, identifier, constant and empty columns apart, with reasons', () => {
    expect(profileColumn('c', ['a', 'b', 'a', '']).kind).toBe('categorical');
    expect(profileColumn('d', ['2024-01-01', '2024-01-02 10:00', '2024-01-03T11:30:00Z'])).toMatchObject({
      kind: 'datetime',
    });
    const ids = Array.from({ length: 30 }, (_, i) => `user-${i}`);
    expect(profileColumn('id', ids)).toMatchObject({
      kind: 'identifier',
      excludedBecause: { id: 'unique' },
    });
    expect(profileColumn('row', ['1', '2', '3', '4'])).toMatchObject({
      kind: 'identifier',
      excludedBecause: { id: 'counter' },
    });
    expect(profileColumn('k', ['7', '7', '7'])).toMatchObject({
      kind: 'constant',
      excludedBecause: { id: 'constant' },
    });
    expect(profileColumn('e', ['', 'NA', '?'])).toMatchObject({ kind: 'empty', missing: 3 });
    const many = Array.from({ length: 60 }, (_, i) => `city${i % 30}`);
    expect(profileColumn('city', many)).toMatchObject({
      kind: 'categorical',
      distinct: 30,
      excludedBecause: { id: 'too-many-categories', distinct: 30, max: 20 },
    });
  });
});

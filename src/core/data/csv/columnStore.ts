import { dateLike, isMissing, parseNumber } from './cells';

/**
 * One column of a streamed table, stored compactly: while it has at most `maxCodes` distinct
 * values each cell is a 16-bit code into its value list (pixels, flags, categories); past that it
 * switches to 64-bit numbers (NaN for missing or text). A 784-column image table then costs two
 * bytes a cell, and a continuous column eight, instead of a JS string per cell.
 */
export const maxCodes = 1000;
export const missingCode = 0xffff;
const commaNumber = /^[+-]?\d+,\d+$/;

class Growable<T extends Uint16Array | Float64Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
  /** An exact-size copy, so the doubling headroom is freed once the column is complete. */
  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export class ColumnStore {
  private codeOf = new Map<string, number>();
  readonly values: string[] = [];
  private valueNumbers: (number | null)[] = [];
  private codeCounts: number[] = [];
  private codes: Growable<Uint16Array> | null = new Growable(new Uint16Array(1024));
  private numbers: Growable<Float64Array> | null = null;
  missing = 0;
  /** Over-the-cap columns only: how many present cells were not numbers. */
  private overflowText = 0;
  private overflowAllDates = true;
  private overflowMin = Infinity;
  private overflowMax = -Infinity;
  private overflowNonFinite = 0;
  private overflowCommaNumbers = 0;
  /**
   * Past the cap, a column whose text cells all look like dates keeps each row's time (ms), since
   * its text is not stored: a series is ordered, and checked, by it. Dropped at the first non-date.
   */
  private times: Growable<Float64Array> | null = null;
  private sequential = true;
  private previous = Number.NaN;
  present = 0;

  constructor(private readonly decimalComma: boolean) {}

  get overflowed(): boolean {
    return this.codes === null;
  }

  push(raw: string): void {
    if (isMissing(raw)) {
      this.missing += 1;
      this.sequential = false;
      if (this.codes) this.codes.push(missingCode);
      else {
        this.numbers!.push(Number.NaN);
        this.times?.push(Number.NaN);
      }
      return;
    }
    this.present += 1;
    const text = raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32 ? raw : raw.trim();
    let number: number | null;
    if (this.codes) {
      let code = this.codeOf.get(text);
      if (code === undefined) {
        if (this.values.length >= maxCodes) {
          this.switchToNumbers();
          this.pushOverflow(text);
          return;
        }
        code = this.values.length;
        this.codeOf.set(text, code);
        this.values.push(text);
        this.valueNumbers.push(parseNumber(text, this.decimalComma));
        this.codeCounts.push(0);
      }
      this.codeCounts[code] += 1;
      this.codes.push(code);
      number = this.valueNumbers[code];
    } else {
      number = this.pushOverflow(text);
    }
    this.trackSequence(number);
  }

  private trackSequence(number: number | null): void {
    if (!this.sequential) return;
    if (number === null || (this.present > 1 && number !== this.previous + 1)) this.sequential = false;
    this.previous = number ?? Number.NaN;
  }

  private pushOverflow(text: string): number | null {
    const number = parseNumber(text, this.decimalComma);
    this.numbers!.push(number ?? Number.NaN);
    if (number === null) {
      this.overflowText += 1;
      if (commaNumber.test(text)) this.overflowCommaNumbers += 1;
      if (this.overflowAllDates && !dateLike.test(text)) this.overflowAllDates = false;
    } else if (!Number.isFinite(number)) this.overflowNonFinite += 1;
    else {
      if (number < this.overflowMin) this.overflowMin = number;
      if (number > this.overflowMax) this.overflowMax = number;
    }
    if (!this.overflowAllDates) this.times = null;
    else this.times?.push(number === null ? Date.parse(text) : Number.NaN);
    return number;
  }

  /** Past the cap: every stored code becomes its number, and codes are dropped. */
  private switchToNumbers(): void {
    const codes = this.codes!.trimmed();
    const numbers = new Growable(new Float64Array(Math.max(1024, codes.length * 2)));
    for (const code of codes) numbers.push(code === missingCode ? Number.NaN : (this.valueNumbers[code] ?? Number.NaN));
    const times = new Growable(new Float64Array(Math.max(1024, codes.length * 2)));
    const timeOf = this.values.map((text) => Date.parse(text));
    for (const code of codes) times.push(code === missingCode ? Number.NaN : timeOf[code]);
    this.times = times;
    this.values.forEach((text, code) => {
      const n = this.valueNumbers[code];
      const count = this.codeCounts[code];
      if (n === null) {
        this.overflowText += count;
        if (commaNumber.test(text)) this.overflowCommaNumbers += count;
        if (!dateLike.test(text)) this.overflowAllDates = false;
      } else if (!Number.isFinite(n)) this.overflowNonFinite += count;
      else {
        this.overflowMin = Math.min(this.overflowMin, n);
        this.overflowMax = Math.max(this.overflowMax, n);
      }
    });
    this.numbers = numbers;
    this.codes = null;
    this.codeOf.clear();
  }

  finish(): StoredColumn {
    if (this.codes) {
      let text = 0;
      let nonFinite = 0;
      let min = Infinity;
      let max = -Infinity;
      let allDates = true;
      let commaNumbers = 0;
      this.values.forEach((value, code) => {
        const n = this.valueNumbers[code];
        const count = this.codeCounts[code];
        if (n === null) {
          text += count;
          if (commaNumber.test(value)) commaNumbers += count;
          if (allDates && !dateLike.test(value)) allDates = false;
        } else if (!Number.isFinite(n)) nonFinite += count;
        else {
          min = Math.min(min, n);
          max = Math.max(max, n);
        }
      });
      return {
        codes: this.codes.trimmed(),
        numbers: null,
        values: this.values,
        valueNumbers: this.valueNumbers,
        valueCounts: this.codeCounts,
        stats: {
          missing: this.missing,
          present: this.present,
          distinct: this.values.length,
          overflowed: false,
          text,
          nonFinite,
          min,
          max,
          allDates: allDates && text > 0,
          sequential: this.sequential,
          commaNumbers,
        },
      };
    }
    const allDates = this.overflowAllDates && this.overflowText > 0;
    return {
      codes: null,
      numbers: this.numbers!.trimmed(),
      ...(allDates && this.times ? { times: this.times.trimmed() } : {}),
      values: [],
      valueNumbers: [],
      valueCounts: [],
      stats: {
        missing: this.missing,
        present: this.present,
        distinct: maxCodes + 1,
        overflowed: true,
        text: this.overflowText,
        nonFinite: this.overflowNonFinite,
        min: this.overflowMin,
        max: this.overflowMax,
        allDates,
        sequential: this.sequential,
        commaNumbers: this.overflowCommaNumbers,
      },
    };
  }
}

export interface ColumnStats {
  missing: number;
  present: number;
  /** Exact while not overflowed; maxCodes + 1 means "more than maxCodes". */
  distinct: number;
  overflowed: boolean;
  /** Present cells that are not numbers. */
  text: number;
  nonFinite: number;
  min: number;
  max: number;
  /** Every text cell looks like a date or time. */
  allDates: boolean;
  /** Text cells that read as numbers with a decimal comma (1,5): a hint to turn that option on. */
  commaNumbers: number;
  /** The numbers go 1, 2, 3... (or k, k+1, ...) with nothing missing: a row counter. */
  sequential: boolean;
}

export interface StoredColumn {
  codes: Uint16Array | null;
  numbers: Float64Array | null;
  /** A date column with more distinct values than codes hold: each row's time in ms (NaN if missing). */
  times?: Float64Array;
  values: string[];
  valueNumbers: (number | null)[];
  valueCounts: number[];
  stats: ColumnStats;
}

/** The number in row `row` of a stored column (NaN when missing or text). */
export function numberAt(column: StoredColumn, row: number): number {
  if (column.numbers) return column.numbers[row];
  const code = column.codes![row];
  return code === missingCode ? Number.NaN : (column.valueNumbers[code] ?? Number.NaN);
}

/** The text of row `row` of a coded column ('' when missing or not coded). */
export function textAt(column: StoredColumn, row: number): string {
  if (!column.codes) return Number.isNaN(column.numbers![row]) ? '' : String(column.numbers![row]);
  const code = column.codes[row];
  return code === missingCode ? '' : column.values[code];
}

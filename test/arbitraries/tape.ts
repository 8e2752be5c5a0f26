import fc from "fast-check";

/** How many random numbers one generated value may read; reads past the end give 0. */
export const TAPE_LENGTH = 4000;

/**
 * Random choices read from a tape of unsigned integers that fast-check generates and
 * shrinks. Every choice maps 0 to its simplest outcome (the minimum, the first item, a
 * field left out), so a tape shrunk towards zeros gives a smaller document.
 *
 * @remarks One typed array per value is much cheaper than hundreds of `fc.gen()` calls,
 * which keeps the property runs inside their time budget on two cores.
 */
export class Tape {
  private at = 0;
  constructor(private readonly values: Uint32Array) {}

  /** How many numbers have been read. */
  get used(): number {
    return this.at;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    const value = this.at < this.values.length ? this.values[this.at]! : 0;
    this.at++;
    return max <= min ? min : min + (value % (max - min + 1));
  }
  /** True with about `percent` per cent probability; false on a zero. */
  chance(percent: number): boolean {
    return this.int(0, 99) >= 100 - percent;
  }
  /** One of the items. */
  pick<Item>(items: readonly Item[]): Item {
    if (items.length === 0) throw new Error("nothing to pick from");
    return items[this.int(0, items.length - 1)]!;
  }
  /** Between `min` and `max` different items, in the order drawn. */
  some<Item>(items: readonly Item[], max = 3, min = 0): Item[] {
    const left = [...items];
    const count = this.int(Math.min(min, left.length), Math.min(max, left.length));
    return Array.from({ length: count }, () => left.splice(this.int(0, left.length - 1), 1)[0]!);
  }
  /** The items in a drawn order. */
  shuffle<Item>(items: readonly Item[]): Item[] {
    return this.some(items, items.length, items.length);
  }
  /** A code point from a mix of ranges: ASCII, Latin, Hangul, kanji, and emoji outside the Basic Multilingual Plane. */
  codePoint(): number {
    const [low, high] = this.pick([
      [0x21, 0x7e],
      [0xa1, 0x17f],
      [0xac00, 0xd7a3],
      [0x4e00, 0x9fff],
      [0x1f300, 0x1f64f],
      [0x20000, 0x2a6df],
    ] as const);
    return this.int(low, high);
  }
  /** A string of `min` to `max` code points. */
  string(min: number, max: number): string {
    return String.fromCodePoint(...Array.from({ length: this.int(min, max) }, () => this.codePoint()));
  }
  /** A finite double, never -0, of any magnitude. */
  double(): number {
    const mantissa = this.int(0, 0x7fffffff) / 0x7fffffff;
    const value = (this.chance(50) ? -1 : 1) * mantissa * 10 ** this.int(-300, 300);
    return value === 0 ? 0 : value;
  }
  /** Any JSON value up to `depth` levels deep. */
  json(depth = 2): unknown {
    switch (this.int(0, depth > 0 ? 6 : 4)) {
      case 0:
        return null;
      case 1:
        return this.chance(50);
      case 2:
        return this.chance(50) ? this.int(-1000, 1000) : this.double();
      case 3:
      case 4:
        return this.string(0, 6);
      case 5:
        return Array.from({ length: this.int(0, 3) }, () => this.json(depth - 1));
      default:
        return Object.fromEntries(Array.from({ length: this.int(0, 3) }, () => [this.string(0, 4), this.json(depth - 1)]));
    }
  }
}

/** A fresh {@link Tape} for each run. */
export const tape: fc.Arbitrary<Tape> = fc
  .uint32Array({ minLength: TAPE_LENGTH, maxLength: TAPE_LENGTH })
  .map((values) => new Tape(values));

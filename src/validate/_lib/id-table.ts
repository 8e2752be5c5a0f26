/**
 * From how many ids a table stops using a `Map`: past about this size a `Map`'s table
 * no longer fits the processor's caches, and growing it rehashes every id again, each
 * time reading the id's string from wherever it lies in the document.
 */
export const LARGE_ID_TABLE = 16_384;

/** Per process, so no document can be written to make its ids collide. */
const SEED = (Math.random() * 0x1_0000_0000) | 0;

function hashId(id: string): number {
  // FNV-1a over the UTF-16 code units, then murmur3's finaliser to spread the low bits.
  let hash = SEED ^ 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/**
 * A table of ids, each mapped to a number from 0, sized once for the number of ids it
 * will hold. Small tables are a `Map`; large ones are open-addressed in one typed array
 * of (number + 1, hash) pairs, so a lookup reads one slot and, only on a matching hash,
 * the one id string it matches.
 */
export class IdTable {
  private readonly map: Map<string, number> | undefined;
  private readonly slots: Int32Array | undefined;
  private readonly keys: string[] | undefined;
  private readonly mask: number = 0;

  /** A table for up to `capacity` ids; `large` says from how many ids to leave the `Map`. */
  constructor(capacity: number, large = LARGE_ID_TABLE) {
    if (capacity < large) {
      this.map = new Map();
      return;
    }
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.keys = new Array<string>(capacity);
    this.mask = size - 1;
  }

  /** The number of `id`, or -1 when it is not in the table. */
  find(id: string): number {
    if (this.map) return this.map.get(id) ?? -1;
    const slots = this.slots!;
    const hash = hashId(id);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot]! - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot + 1] === hash && this.keys![entry] === id) return entry;
    }
  }

  /** Whether `id` is in the table. */
  has(id: string): boolean {
    return this.find(id) >= 0;
  }

  /** Enters `id` with `number` and answers -1, unless the id is there already: then its number. */
  enter(id: string, number: number): number {
    if (this.map) {
      const earlier = this.map.get(id);
      if (earlier !== undefined) return earlier;
      this.map.set(id, number);
      return -1;
    }
    const slots = this.slots!;
    const hash = hashId(id);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot]! - 1;
      if (entry < 0) {
        slots[2 * slot] = number + 1;
        slots[2 * slot + 1] = hash;
        this.keys![number] = id;
        return -1;
      }
      if (slots[2 * slot + 1] === hash && this.keys![entry] === id) return entry;
    }
  }
}

/**
 * The watchlist's terms as one trie, walked from the start of every word of the compact view:
 * a term may only start where a word does (a match inside a word is never one), so the walk
 * from each word start finds every term that starts there, however many words it spans, and
 * stops at the first letter no term continues with. The Aho–Corasick automaton this replaces
 * found every occurrence anywhere, following failure links through the middle of words, and
 * the matcher then dropped those that did not start a word: one step for every letter of the
 * text, where these walks take 2.7 per word at 100,000 terms (3.7 million steps against 7.7
 * million letters per 10 MB of the benchmark's text), a report for every term inside a word,
 * and two more arrays the size of the trie (failures and their outputs). A walk is at most as
 * long as the longest term (a few hundred letters), so the search stays linear in the text.
 *
 * Stored as a double-array trie over character classes: every code unit that occurs in some
 * pattern gets a small class number (0 for all others), and the child of state `s` on class `c`
 * is slot `base[s] + c` when that slot's `check` is `s`. A transition is two array reads, with
 * no search among siblings, whatever the size of the watchlist. The per-state fields sit side by
 * side in one Int32Array (base, check), so one step touches one cache line; at 100,000 terms the
 * trie has over 700,000 states, far more than the processor's caches hold.
 */
export interface Automaton {
  /**
   * Calls `onMatch(patternId, startToken, endIndex)` for each occurrence that starts a word:
   * word `startToken` of the view (`tokenStarts`), up to endIndex, inclusive.
   */
  search(codes: Uint16Array, length: number, tokenStarts: Int32Array, tokenCount: number, onMatch: (patternId: number, startToken: number, endIndex: number) => void): void;
  patternLength(patternId: number): number;
  readonly nodeCount: number;
}

/** Fields of one state in `cells`: its base, then its check (the parent's slot, negated with ~ when the state ends a pattern). */
const STRIDE = 2;
const BASE = 0;
const CHECK = 1;
const NO_OUTPUT = -1;
/** Checks that no state's slot can equal, once decoded. */
const FREE = 0x7fffffff;
const SCAN_MISSES_BEFORE_SKIP = 8;
/** The root's check: no state is its parent. */
const ROOT_CHECK = 0x7ffffffe;

/**
 * `denseEntries` bounds the rows of states near the root (DENSE_ENTRIES by default); tests set it
 * to 0, leaving the root alone with a row, to walk the double array everywhere else.
 */
export function buildAutomaton(patterns: readonly string[], { denseEntries = DENSE_ENTRIES } = {}): Automaton {
  const classOf = toCharacterClasses(patterns);
  const trie = buildTrie(patterns, classOf);
  const { cells, slotOf } = layOutDoubleArray(trie);
  const outputs = markOutputs(cells, trie, slotOf);
  const { rows, width, slotOfRow } = addRows(cells, trie, slotOf, denseEntries);
  const lengths = Int32Array.from(patterns, (pattern) => pattern.length);

  const tables: Tables = { classOf, cells, outputs, rows, width, slotOfRow };
  return {
    nodeCount: trie.nodeCount,
    patternLength: (patternId) => lengths[patternId]!,
    search: (codes, length, tokenStarts, tokenCount, onMatch) => walkFromWordStarts(tables, codes, length, tokenStarts, tokenCount, onMatch),
  };
}

interface Tables {
  classOf: Uint16Array;
  cells: Int32Array;
  outputs: Int32Array;
  rows: Int32Array;
  width: number;
  slotOfRow: Int32Array;
}

/** The search, over plain arrays read into local variables once, rather than captured by a closure. */
function walkFromWordStarts(tables: Tables, codes: Uint16Array, length: number, tokenStarts: Int32Array, tokenCount: number, onMatch: (patternId: number, startToken: number, endIndex: number) => void): void {
  const { classOf, cells, outputs, rows, width, slotOfRow } = tables;
  for (let token = 0; token < tokenCount; token += 1) {
    // The walk holds a cursor (see addRows): a row's offset while near the root, where a step is
    // one read of the rows, and a slot of the double array below.
    let cursor = ROOT_CURSOR;
    for (let i = tokenStarts[token]!; i < length; i += 1) {
      const c = classOf[codes[i]!]!;
      // A character no pattern holds ends every walk.
      if (c === 0) break;
      if ((cursor & IN_ROW) !== 0) {
        cursor = rows[(cursor >> 2) + c]!;
        if (cursor === NO_CHILD) break;
      } else {
        const state = cursor >> 2;
        const next = cells[state * STRIDE + BASE]! + c;
        const check = cells[next * STRIDE + CHECK]!;
        // check ^ (check >> 31) undoes the ~ of states that end a pattern, without a branch.
        if ((check ^ (check >> 31)) !== state) break;
        cursor = (next << 2) | (check < 0 ? ENDS : 0);
      }
      if ((cursor & ENDS) !== 0) {
        const state = (cursor & IN_ROW) !== 0 ? slotOfRow[(cursor >> 2) / width]! : cursor >> 2;
        onMatch(outputs[state]!, token, i);
      }
    }
  }
}

/** Cursor bits: the state ends a pattern; the rest is a row offset, not a slot. */
const ENDS = 1;
const IN_ROW = 2;
const ROOT_CURSOR = IN_ROW;
/** A row's entry for a class no child has: no cursor is 0 (slot 0 is the root, whose cursor is ROOT_CURSOR). */
const NO_CHILD = 0;

/** At most this many entries in the rows of states near the root (4 bytes each). */
const DENSE_ENTRIES = 1 << 17;

/**
 * Most of the walks' steps are within a few letters of the root, and in a trie of 100,000 names
 * those few hundred states are the ones with the most children. They get a full row each, one
 * entry per class: one read of a table that stays in cache per step, instead of a probe of the
 * double array. Levels are taken whole, from the root down, while the rows fit in
 * `denseEntries`, so a state without a row only leads to states without one. An entry is the
 * child's cursor: its row offset (<< 2, with IN_ROW) when it has a row, else its slot (<< 2),
 * with ENDS when it ends a pattern; NO_CHILD when there is none.
 */
function addRows(cells: Int32Array, trie: Trie, slotOf: Int32Array, denseEntries: number): { rows: Int32Array; width: number; slotOfRow: Int32Array } {
  const { nodeCount, label, firstChild, nextSibling } = trie;
  let classCount = 0;
  for (let node = 1; node < nodeCount; node += 1) classCount = Math.max(classCount, label[node]!);
  const width = classCount + 1;
  // Breadth-first order gives the levels, taken while they fit: the walk stops one level past
  // the last that does, instead of visiting all the trie's states (a tenth of its build).
  const order = new Int32Array(nodeCount);
  let rowCount = 1;
  let levelStart = 0;
  while (rowCount < nodeCount) {
    let levelEnd = rowCount;
    for (let head = levelStart; head < rowCount; head += 1) {
      for (let child = firstChild[order[head]!]!; child !== -1; child = nextSibling[child]!) order[levelEnd++] = child;
    }
    if (levelEnd === rowCount || levelEnd * width > denseEntries) break;
    levelStart = rowCount;
    rowCount = levelEnd;
  }
  const rows = new Int32Array(rowCount * width);
  const slotOfRow = new Int32Array(rowCount);
  const rowOf = new Map<number, number>();
  for (let index = 0; index < rowCount; index += 1) {
    slotOfRow[index] = slotOf[order[index]!]!;
    rowOf.set(slotOfRow[index]!, index * width);
  }
  for (let index = 0; index < rowCount; index += 1) {
    const offset = index * width;
    for (let child = firstChild[order[index]!]!; child !== -1; child = nextSibling[child]!) {
      const childSlot = slotOf[child]!;
      const ends = cells[childSlot * STRIDE + CHECK]! < 0 ? ENDS : 0;
      const row = rowOf.get(childSlot);
      rows[offset + label[child]!] = row === undefined ? (childSlot << 2) | ends : (row << 2) | IN_ROW | ends;
    }
  }
  return { rows, width, slotOfRow };
}

/** Class 1 for the code unit most frequent in the patterns, 2 for the next, …; 0 for the rest. */
function toCharacterClasses(patterns: readonly string[]): Uint16Array {
  const counts = new Int32Array(65536);
  for (const pattern of patterns) for (let k = 0; k < pattern.length; k += 1) counts[pattern.charCodeAt(k)]! += 1;
  const used: number[] = [];
  for (let code = 0; code < 65536; code += 1) if (counts[code]! > 0) used.push(code);
  used.sort((a, b) => counts[b]! - counts[a]! || a - b);
  const classOf = new Uint16Array(65536);
  used.forEach((code, index) => { classOf[code] = index + 1; });
  return classOf;
}

interface Trie {
  nodeCount: number;
  /** Class of the edge into each node; children as sibling lists, sorted by class. */
  label: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  output: Int32Array;
}

function buildTrie(patterns: readonly string[], classOf: Uint16Array): Trie {
  let capacity = 1024;
  let label = new Int32Array(capacity);
  let firstChild = new Int32Array(capacity).fill(-1);
  let nextSibling = new Int32Array(capacity).fill(-1);
  let output = new Int32Array(capacity).fill(NO_OUTPUT);
  let nodeCount = 1;
  const grow = () => {
    capacity *= 2;
    const widen = (array: Int32Array, fill: number) => { const grown = new Int32Array(capacity).fill(fill); grown.set(array); return grown; };
    label = widen(label, 0);
    firstChild = widen(firstChild, -1);
    nextSibling = widen(nextSibling, -1);
    output = widen(output, NO_OUTPUT);
  };

  patterns.forEach((pattern, patternId) => {
    let node = 0;
    for (let k = 0; k < pattern.length; k += 1) {
      const c = classOf[pattern.charCodeAt(k)]!;
      // Siblings stay sorted by class, which the double-array layout reads in order.
      let previous = -1;
      let child = firstChild[node]!;
      while (child !== -1 && label[child]! < c) { previous = child; child = nextSibling[child]!; }
      if (child === -1 || label[child] !== c) {
        if (nodeCount === capacity) grow();
        const created = nodeCount++;
        label[created] = c;
        nextSibling[created] = child;
        if (previous === -1) firstChild[node] = created; else nextSibling[previous] = created;
        child = created;
      }
      node = child;
    }
    // Duplicate patterns are merged by the caller; the first id wins here.
    if (pattern.length > 0 && output[node] === NO_OUTPUT) output[node] = patternId;
  });
  return { nodeCount, label, firstChild, nextSibling, output };
}

/**
 * Places every node in the double array, breadth first: a node's children go where the slots
 * base + class are all free, the lowest such base found walking a list of free slots.
 */
function layOutDoubleArray(trie: Trie): { cells: Int32Array; slotOf: Int32Array } {
  const { nodeCount, label, firstChild, nextSibling } = trie;
  let slots = Math.max(1024, nodeCount + (nodeCount >> 2));
  let cells = new Int32Array(slots * STRIDE);
  // Free slots as a doubly linked list, so taking one is O(1) and the search skips used ones.
  let nextFree = new Int32Array(slots);
  let previousFree = new Int32Array(slots);
  const initFree = (from: number, to: number) => {
    for (let slot = from; slot < to; slot += 1) {
      cells[slot * STRIDE + CHECK] = FREE;
      nextFree[slot] = slot + 1 < to ? slot + 1 : -1;
      previousFree[slot] = slot - 1;
    }
  };
  initFree(0, slots);
  let freeHead = 0;
  let freeTail = slots - 1;
  const grow = () => {
    const grownSlots = slots * 2;
    const grownCells = new Int32Array(grownSlots * STRIDE); grownCells.set(cells); cells = grownCells;
    const grownNext = new Int32Array(grownSlots); grownNext.set(nextFree); nextFree = grownNext;
    const grownPrevious = new Int32Array(grownSlots); grownPrevious.set(previousFree); previousFree = grownPrevious;
    initFree(slots, grownSlots);
    previousFree[slots] = freeTail;
    if (freeTail === -1) freeHead = slots; else nextFree[freeTail] = slots;
    freeTail = grownSlots - 1;
    slots = grownSlots;
  };
  const take = (slot: number, parent: number) => {
    cells[slot * STRIDE + CHECK] = parent;
    const before = previousFree[slot]!;
    const after = nextFree[slot]!;
    if (before === -1) freeHead = after; else nextFree[before] = after;
    if (after === -1) freeTail = before; else previousFree[after] = before;
  };

  const fits = (base: number, classes: Int32Array, count: number) => {
    for (let k = 0; k < count; k += 1) if (cells[(base + classes[k]!) * STRIDE + CHECK] !== FREE) return false;
    return true;
  };
  const slotOf = new Int32Array(nodeCount);
  take(0, ROOT_CHECK);
  let scanFrom = freeHead;
  let scanMisses = 0;
  // Depth first, so a long name's states sit one after the other and walking it stays in a
  // few cache lines; breadth first would scatter them among all the names of the same depth.
  const stack = new Int32Array(nodeCount);
  let depth = 0;
  stack[depth++] = 0;
  // A node's children and their classes, in typed arrays reused from node to node (a node has at most one child per class).
  let maxLabel = 0;
  for (let node = 1; node < nodeCount; node += 1) maxLabel = Math.max(maxLabel, label[node]!);
  const classes = new Int32Array(maxLabel + 1);
  const children = new Int32Array(maxLabel + 1);
  while (depth > 0) {
    const node = stack[--depth]!;
    const slot = slotOf[node]!;
    let count = 0;
    for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!) { classes[count] = label[child]!; children[count++] = child; }
    if (count === 0) continue;
    const lowest = classes[0]!;
    const highest = classes[count - 1]!;
    let base = -1;
    if (scanFrom === -1 || cells[scanFrom * STRIDE + CHECK] !== FREE) scanFrom = freeHead;
    let free = scanFrom;
    while (base === -1) {
      if (free === -1) { free = slots; grow(); continue; }
      const candidate = free - lowest;
      if (candidate + highest >= slots) { grow(); continue; }
      if (candidate >= 0 && fits(candidate, classes, count)) { base = candidate; break; }
      // A hole that keeps failing is skipped by later searches (left unused): without this,
      // every node with several children would walk all the holes behind the filled part.
      if (free === scanFrom && ++scanMisses >= SCAN_MISSES_BEFORE_SKIP) { scanFrom = nextFree[free]!; scanMisses = 0; }
      free = nextFree[free]!;
    }
    cells[slot * STRIDE + BASE] = base;
    for (let k = 0; k < count; k += 1) {
      const child = children[k]!;
      const childSlot = base + label[child]!;
      take(childSlot, slot);
      slotOf[child] = childSlot;
    }
    for (let k = count - 1; k >= 0; k -= 1) stack[depth++] = children[k]!;
  }
  // Every base + class must stay inside the array, even for leaves (base 0) and the last slots.
  const maxClass = maxLabel;
  let used = 0;
  for (let slot = 0; slot < slots; slot += 1) if (cells[slot * STRIDE + CHECK] !== FREE) used = slot + 1;
  let maxBase = 0;
  for (let slot = 0; slot < used; slot += 1) maxBase = Math.max(maxBase, cells[slot * STRIDE + BASE]!);
  const size = Math.max(used, maxBase + maxClass + 1);
  const trimmed = new Int32Array(size * STRIDE);
  trimmed.set(cells.subarray(0, Math.min(size, slots) * STRIDE));
  for (let slot = slots; slot < size; slot += 1) trimmed[slot * STRIDE + CHECK] = FREE;
  return { cells: trimmed, slotOf };
}

/** Each state's pattern (NO_OUTPUT: none); a state that ends one has its check negated, which is what the search reads. */
function markOutputs(cells: Int32Array, trie: Trie, slotOf: Int32Array): Int32Array {
  const { nodeCount, output } = trie;
  const outputs = new Int32Array(cells.length / STRIDE).fill(NO_OUTPUT);
  for (let node = 1; node < nodeCount; node += 1) {
    if (output[node] === NO_OUTPUT) continue;
    const slot = slotOf[node]!;
    outputs[slot] = output[node]!;
    cells[slot * STRIDE + CHECK] = ~cells[slot * STRIDE + CHECK]!;
  }
  return outputs;
}

/**
 * A multi-pattern automaton (Aho–Corasick) over UTF-16 code units: one pass over the text finds
 * every occurrence of every pattern, so matching cost does not grow with the watchlist.
 *
 * Children are kept as sibling lists in typed arrays rather than one object per node: at
 * 100,000 aliases the trie has over a million nodes, and a Map per node would cost hundreds of
 * megabytes. The root, which every failed transition comes back to, has a direct table.
 */
export interface Automaton {
  /** Calls `onMatch(patternId, endIndex)` for each occurrence; endIndex is inclusive. */
  search(codes: Uint16Array, length: number, onMatch: (patternId: number, endIndex: number) => void): void;
  patternLength(patternId: number): number;
  readonly nodeCount: number;
}

class GrowableInt32 {
  data: Int32Array;
  constructor(capacity: number, private readonly fill: number) {
    this.data = new Int32Array(capacity).fill(fill);
  }
  ensure(size: number): void {
    if (size <= this.data.length) return;
    const grown = new Int32Array(Math.max(size, this.data.length * 2)).fill(this.fill);
    grown.set(this.data);
    this.data = grown;
  }
}

const DENSE_MIN_CHILDREN = 6;

export function buildAutomaton(patterns: readonly (readonly number[])[]): Automaton {
  const initial = 1024;
  const label = new GrowableInt32(initial, 0);
  const firstChild = new GrowableInt32(initial, -1);
  const nextSibling = new GrowableInt32(initial, -1);
  const output = new GrowableInt32(initial, -1);
  const rootTable = new Int32Array(65536).fill(0);
  let nodeCount = 1;

  const childOf = (node: number, code: number): number => {
    if (node === 0) return rootTable[code]!;
    for (let child = firstChild.data[node]!; child !== -1; child = nextSibling.data[child]!) {
      if (label.data[child] === code) return child;
    }
    return 0;
  };

  const lengths = new Int32Array(patterns.length);
  patterns.forEach((pattern, patternId) => {
    lengths[patternId] = pattern.length;
    let node = 0;
    for (const code of pattern) {
      let child = childOf(node, code);
      if (child === 0) {
        child = nodeCount;
        nodeCount += 1;
        for (const array of [label, firstChild, nextSibling, output]) array.ensure(nodeCount);
        label.data[child] = code;
        if (node === 0) rootTable[code] = child;
        nextSibling.data[child] = firstChild.data[node]!;
        firstChild.data[node] = child;
      }
      node = child;
    }
    // Duplicate patterns are merged by the caller; the first id wins here.
    if (pattern.length > 0 && output.data[node] === -1) output.data[node] = patternId;
  });

  const fail = new Int32Array(nodeCount);
  const dictLink = new Int32Array(nodeCount).fill(-1);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let child = firstChild.data[0]!; child !== -1; child = nextSibling.data[child]!) {
    fail[child] = 0;
    queue[tail++] = child;
  }
  while (head < tail) {
    const node = queue[head++]!;
    for (let child = firstChild.data[node]!; child !== -1; child = nextSibling.data[child]!) {
      const code = label.data[child]!;
      let state = fail[node]!;
      let target = childOf(state, code);
      while (target === 0 && state !== 0) {
        state = fail[state]!;
        target = childOf(state, code);
      }
      fail[child] = target === child ? 0 : target;
      const via = fail[child]!;
      dictLink[child] = output.data[via] !== -1 ? via : dictLink[via]!;
      queue[tail++] = child;
    }
  }

  const labels = label.data;
  const firsts = firstChild.data;
  const siblings = nextSibling.data;
  const outputs = output.data;

  // Nodes with many children (the first letters of thousands of names) get a direct table for
  // ASCII, so the walk does not slow down as the watchlist grows; the rest keep sibling lists.
  const denseAt = new Int32Array(nodeCount).fill(-1);
  let denseNodes = 0;
  for (let node = 1; node < nodeCount; node += 1) {
    let children = 0;
    for (let child = firsts[node]!; child !== -1 && children < DENSE_MIN_CHILDREN; child = siblings[child]!) children += 1;
    if (children >= DENSE_MIN_CHILDREN) denseAt[node] = (denseNodes++) * 128;
  }
  const dense = new Int32Array(denseNodes * 128);
  for (let node = 1; node < nodeCount; node += 1) {
    if (denseAt[node] === -1) continue;
    for (let child = firsts[node]!; child !== -1; child = siblings[child]!) if (labels[child]! < 128) dense[denseAt[node]! + labels[child]!] = child;
  }

  return {
    nodeCount,
    patternLength: (patternId) => lengths[patternId]!,
    search(codes, length, onMatch) {
      let state = 0;
      for (let i = 0; i < length; i += 1) {
        const code = codes[i]!;
        for (;;) {
          let next = 0;
          if (state === 0) {
            next = rootTable[code]!;
          } else if (code < 128 && denseAt[state] !== -1) {
            next = dense[denseAt[state]! + code]!;
          } else {
            for (let child = firsts[state]!; child !== -1; child = siblings[child]!) {
              if (labels[child] === code) { next = child; break; }
            }
          }
          if (next !== 0 || state === 0) { state = next; break; }
          state = fail[state]!;
        }
        if (state === 0) continue;
        if (outputs[state] !== -1) onMatch(outputs[state]!, i);
        for (let link = dictLink[state]!; link !== -1; link = dictLink[link]!) onMatch(outputs[link]!, i);
      }
    },
  };
}

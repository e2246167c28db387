import type { Organization } from '../model/organization.js';
import type { Automaton } from './word-start-trie.js';
import type { DeletionIndex } from './deletion-index.js';
import type { SubjectIndex } from './subject-index.js';

/**
 * The compiled watchlist as plain data: what compile-watchlist.ts builds once and every later
 * step (finding terms, judging mentions, namesakes) only reads. Types only, so no step imports
 * the compiler back.
 */
export type TermRole = 'name' | 'alias' | 'domain' | 'keyword';

/** One watchlist term as the matcher uses it. */
export interface CompiledTerm {
  orgIndex: number;
  role: TermRole;
  /** As written in the watchlist, to quote in explanations. */
  term: string;
  compact: string;
  /** Offsets in `compact` where the term itself has a word break, and what kind of break. */
  breaks: Map<number, number>;
  /** Short or common-word names that count only with corroboration nearby. */
  weak: boolean;
  /** Context keywords match as stems: "pharmacie" also finds "pharmacies". */
  prefix: boolean;
  /** Weak only as "article + common word" ("Die Techniker"): written with a capital, it is the name. */
  capitalizedIsStrong: boolean;
  /** How a variant of the watchlist's name was made (name-variants.ts); absent for the name as written. */
  variant?: string;
}

export interface CompiledWatchlist {
  organizations: Organization[];
  automaton: Automaton;
  /**
   * For each automaton pattern, the first term with that compact form, and the others in the
   * order they came (two orgs can share one; a few thousand patterns at 100,000 terms): an array
   * per pattern cost 180 bytes each, copied by every scavenge of the compile.
   */
  patternTerms: CompiledTerm[];
  morePatternTerms: Map<number, CompiledTerm[]>;
  /** The long names that tolerate one typo, in the order they were compiled. */
  typoTerms: CompiledTerm[];
  /**
   * Their one-deletion neighbourhoods (deletion-index.ts): entry i is typoTerms[i]. Built on
   * first use, when a word first passes the `typoEnds` filter and is not in the cache: at
   * 100,000 terms it is 850,000 entries and a quarter of a second, which a watchlist compiled
   * for a few short postings (`leakwatch check`) may never need.
   */
  typoIndex: () => DeletionIndex;
  typoMaxLength: number;
  /** Names of several words read with one typo over the whole name (phrase-typos.ts). */
  phraseTypos: PhraseTypoIndex;
  /** Names with a generic word, read with that word in any of the seven languages (translated-names.ts). */
  translatedNames: TranslatedNameIndex;
  /** Names of several words, read with their words cut short (shortened-names.ts). */
  shortenedNames: ShortenedNameIndex;
  /** First four and last four letters of every long name, as bits (typo-keys.ts, findTypos). */
  typoEnds: Uint32Array;
  /**
   * Words already checked for typos, with the terms they are one edit from, keyed by a hash of
   * their letters so that a word seen before is recognized without making a string of it.
   */
  typoCache: Map<number, TypoVerdict>;
  /** Per organization, the countries it is at home in (namesakes.ts). */
  places: OrganizationPlaces[];
  /**
   * Names, aliases and domains as a victim field or leak-site title is compared with them. Built
   * on first use: a monitor that never reads a leak-site feed never pays for it.
   */
  subjects: () => SubjectIndex;
}

/** A word checked for typos (the word itself, to tell hash collisions apart) and what it is one edit from. */
export interface TypoVerdict {
  word: string;
  terms: CompiledTerm[];
}

/** Where an organization is at home: its country, and for a multinational more than one. */
export interface OrganizationPlaces {
  country: string | undefined;
  /** Countries its aliases and domains name ("GLS Italy", gls-spain.es): more than one means it operates abroad. */
  countries: ReadonlySet<string>;
  /** Its name and aliases, normalized. */
  ownNames: readonly string[];
  /** The words of its names and keywords: they may follow its name without making another name. */
  ownWords: ReadonlySet<string>;
  /** The distinctive words of its names and aliases (five letters or more, no ordinary, generic or form word). */
  nameWords: ReadonlySet<string>;
  /**
   * The trades it is at home in (lexicon/business-nouns.ts): its sector's, and those its own
   * names and keywords name ("Supermercati Girasole": retail). Empty when nothing says.
   */
  trades: ReadonlySet<string>;
}

/** A watchlist term found in a text: where (normalized offsets, end exclusive) and how. */
export interface TermOccurrence {
  term: CompiledTerm;
  from: number;
  to: number;
  /** `email-domain`, `subdomain`, `path` or '' for a plain occurrence. */
  place: string;
  typo: boolean;
  /** One word of the name written as two ("Val Trebbia" for Valtrebbia). */
  split?: boolean;
  /** ... and both are ordinary words ("Paddy Power"): weak. */
  splitIntoWords?: boolean;
  /** A typo over a name of several words: its letters as the text has them, to tell where the slip is. */
  typedAs?: string;
  /** The name with its generic word in another language ("Banca Alpstein" for Bank Alpstein). */
  translated?: boolean;
  /**
   * The name's words cut short or its generic tail left out (shortened-names.ts): `file` when
   * joined into one word of a file name, a path or a host ("auroradiag_pacientes.sql"), which
   * names it; `words` anywhere else ("sonoran freight", "tweed n teviot building soc"): weak.
   */
  shortened?: 'file' | 'words';
}

/**
 * Term indices sorted by key, as two flat arrays: at 100,000 names a Map of arrays took ten
 * times the memory. Looked up by binary search, only for keys whose bit is set.
 */
export interface KeyedTerms {
  keys: Uint32Array;
  terms: Int32Array;
}

/** Names of several words, read with one typo over the whole name (phrase-typos.ts builds and reads it). */
export interface PhraseTypoIndex {
  terms: CompiledTerm[];
  /** Term indices by a hash of (first word, word count, length, …) and of (last word, …): see KeyedTerms. */
  byFirstWord: KeyedTerms;
  byLastWord: KeyedTerms;
  /** The same hashes as bits: most runs of words are turned away without a map look-up. */
  bits: Uint32Array;
  /** Bits of the words that begin a name, and of those that end one, interleaved: a run whose ends are neither is not looked up. */
  wordEnds: Uint32Array;
  maxWords: number;
  maxLength: number;
}

/** Names of several words, read with their words cut short (shortened-names.ts builds and reads it). */
export interface ShortenedNameIndex {
  names: CompiledTerm[];
  /** Each name's words, in order, made strings on first use. */
  words: (string[] | undefined)[];
  /** Per name, MAX_WORDS + 3 entries: where each of its words starts in its compact form, then its length (padded), its word count, and where its letters start in `letters`. */
  bounds: Int32Array;
  /** The names' compact forms, one after the other. */
  letters: Uint16Array;
  /** Names by the first three letters of their first two words. */
  byKey: KeyedTerms;
  bits: Uint32Array;
  /** The first three letters of the names' first words, as bits: most words of a text begin none. */
  heads: Uint32Array;
  maxLetters: number;
}

/** Names with a generic word, read with that word in any language (translated-names.ts builds and reads it). */
export interface TranslatedNameIndex {
  terms: CompiledTerm[];
  /** The names by a key of their words, the generic word read as its meaning; the keys as bits, to skip the search for most runs. */
  byKey: KeyedTerms;
  keyBits: Uint32Array;
  /** Hashes of every form of every generic word, to flag the words of a text, and the same as bits. */
  genericForms: Map<number, number>;
  genericBits: Uint32Array;
  maxWords: number;
}

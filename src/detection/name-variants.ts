/**
 * Names as people write them, made once from the watchlist: the generic word of a name in
 * another language ("Kranich Apotheken" → "Kranich Pharmacy"), "&" as and/et/e/y/und,
 * a connector dropped ("Comune di Castelvecchio Alto" → "Comune Castelvecchio Alto"), German
 * umlauts written out ("Söhne" → "Soehne"), the usual abbreviations ("Santa" → "Sta.",
 * "Hospital" → "Hosp."), and a Cyrillic name in Latin letters ("Аптеки Здоровье" → "Apteki
 * Zdorovye"), and a Russian name in the cases sentences put it in ("слив ОбьТелекома", see
 * russian-case-forms.ts). Each variant says how it was made, for the match explanation.
 *
 * Only multi-word names get word variants: a variant must still be a name, never one ordinary
 * word. Joined and split forms ("Pharma Vie" / "Pharmavie" / "Val Trebbia") and one typo over
 * a whole multi-word name are read by the matcher itself (find-term-occurrences.ts).
 */
import { normalizedTextOf } from './normalize-text.js';
import { russianCaseForms } from './russian-case-forms.js';
import { NAME_FORM_WORDS } from './lexicon/ambiguous-words.js';
import { commonWords } from './lexicon/common-words.js';

const FORM_WORDS = new Set(['group', 'company', 'companies', 'inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'sa', 'spa', 'srl', 'holding', 'holdings']);

export interface NameVariant {
  written: string;
  how: string;
}

/**
 * The generic words of names, by meaning and language (singular and plural forms). A name's
 * generic word is varied within its own language (number, "Apotheke" ↔ "Apotheken") and into
 * English, the language sellers fall back on ("Kranich Pharmacy"). Every language pair would
 * grow the automaton half again for a watchlist of 100,000 names; these grow it by a quarter.
 */
const GENERIC_WORDS: Record<string, Record<string, readonly string[]>> = {
  pharmacy: { en: ['pharmacy', 'pharmacies'], fr: ['pharmacie', 'pharmacies'], es: ['farmacia', 'farmacias'], it: ['farmacia', 'farmacie'], pt: ['farmácia', 'farmácias', 'drogaria', 'drogarias'], de: ['apotheke', 'apotheken'], ru: ['аптека', 'аптеки'], nl: ['apotheek'] },
  store: { en: ['store', 'stores', 'shop', 'shops'], fr: ['magasin', 'magasins'], es: ['tienda', 'tiendas'], it: ['negozio', 'negozi'], pt: ['loja', 'lojas'], de: ['laden', 'markt'], ru: ['магазин', 'магазины'], nl: ['winkel', 'winkels'] },
  bank: { en: ['bank'], fr: ['banque'], es: ['banco'], it: ['banca'], pt: ['banco'], de: ['bank'], ru: ['банк'] },
  insurance: { en: ['insurance'], fr: ['assurance', 'assurances'], es: ['seguros'], it: ['assicurazioni'], pt: ['seguros', 'seguradora'], de: ['versicherung', 'versicherungen'], ru: ['страхование'], nl: ['verzekeringen'] },
  logistics: { en: ['logistics', 'logistic'], fr: ['logistique'], es: ['logística'], it: ['logistica'], pt: ['logística'], de: ['logistik'], ru: ['логистика'] },
  transport: { en: ['transport', 'transports'], fr: ['transports', 'transport'], es: ['transportes', 'transporte'], it: ['trasporti', 'trasporto'], pt: ['transportes', 'transporte'], de: ['transporte', 'transport'], ru: ['транспорт'] },
  clinic: { en: ['clinic', 'clinics'], fr: ['clinique', 'cliniques'], es: ['clínica', 'clínicas'], it: ['clinica', 'cliniche'], pt: ['clínica', 'clínicas'], de: ['klinik', 'kliniken'], ru: ['клиника', 'клиники'], nl: ['kliniek', 'klinieken'] },
  hospital: { en: ['hospital'], fr: ['hôpital'], es: ['hospital'], it: ['ospedale'], pt: ['hospital'], de: ['krankenhaus', 'klinikum'], ru: ['больница'], nl: ['ziekenhuis'] },
  university: { en: ['university'], fr: ['université'], es: ['universidad'], it: ['università'], pt: ['universidade'], de: ['universität'], ru: ['университет'] },
  supermarket: { en: ['supermarket', 'supermarkets'], fr: ['supermarché', 'supermarchés'], es: ['supermercado', 'supermercados'], it: ['supermercato', 'supermercati'], pt: ['supermercado', 'supermercados'], de: ['supermarkt', 'supermärkte'], ru: ['супермаркет'] },
  cooperative: { en: ['cooperative', 'co-op', 'coop'], fr: ['coopérative', 'coop'], es: ['cooperativa', 'cooperativas', 'coop'], it: ['cooperativa', 'coop'], pt: ['cooperativa', 'coop'], de: ['genossenschaft'], ru: ['кооператив'] },
  group: { en: ['group'], fr: ['groupe'], es: ['grupo'], it: ['gruppo'], pt: ['grupo'], de: ['gruppe'], ru: ['группа'] },
};

/** An elided article or preposition at the start of a word: "l'Escaut", "d'Allier", "dell'Adda". */
const ELIDED = /^(?:l|d|dell|all|nell|dall|sull)['’](\p{L}[\p{L}-]*)$/iu;

const AMPERSAND_WORDS = ['and', 'et', 'e', 'y', 'und', 'и', 'n'];
const CONNECTORS = new Set(['de', 'di', 'del', 'della', 'dello', 'des', 'du', 'da', 'do', 'dos', 'das', 'of', 'von', 'van']);
const ABBREVIATIONS: Record<string, readonly string[]> = {
  santa: ['sta.'], santo: ['sto.'], saint: ['st.', 'st'], sainte: ['ste.'], sankt: ['st.'], 'são': ['s.'], san: ['s.'],
  hospital: ['hosp.'], university: ['univ.'], universidad: ['univ.'], université: ['univ.'], international: ['intl.', 'intl'],
  company: ['co.', 'co'], popolare: ['pop.'], popular: ['pop.'], compañía: ['cía.', 'cia'], association: ['assoc.'], department: ['dept.'], mount: ['mt.'], doctor: ['dr.'],
};
/** "Co.", "AG", "S.r.l.", "GmbH": a legal form, whatever its dots. */
function isLegalForm(word: string): boolean {
  return NAME_FORM_WORDS.has(word.toLowerCase().replace(/[.,]/gu, ''));
}

/** Generic tails of names written as their initials: "Dales & Moor BS", "Birchwood CU". */
const TAIL_INITIALS: [RegExp, readonly string[]][] = [
  [/ building society$/iu, ['BS', 'B.S.', 'Bldg Soc']],
  [/ federal credit union$/iu, ['FCU', 'CU']],
  [/ credit union$/iu, ['CU']],
  [/ savings bank$/iu, ['SB']],
];
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** Most variants one name may have: the cross product of many rules would flood the matcher. */
const MAX_VARIANTS = 16;

let variantsOfGeneric: Map<string, string[]> | undefined;

/** The other forms a generic word may take: its own language's other number, and English. */
function genericRow(word: string): readonly string[] | undefined {
  if (!variantsOfGeneric) {
    variantsOfGeneric = new Map();
    for (const byLanguage of Object.values(GENERIC_WORDS)) {
      for (const forms of Object.values(byLanguage)) {
        for (const form of forms) {
          const others = new Set([...forms, ...byLanguage.en!]);
          others.delete(form);
          variantsOfGeneric.set(form, [...new Set([...(variantsOfGeneric.get(form) ?? []), ...others])]);
        }
      }
    }
  }
  return variantsOfGeneric.get(word.toLowerCase());
}

export function nameVariants(written: string): NameVariant[] {
  const words = written.trim().split(/\s+/u);
  // One word without Cyrillic has no case forms and no Latin spelling. Returned before the arrays
  // below are made: V8 optimized this function six times over while compiling 100,000 names,
  // each time an empty array reached a spread or a call that had only seen full ones.
  const cyrillic = hasCyrillic(written);
  if (words.length < 2 && !cyrillic) return [];
  const inflected: NameVariant[] = [];
  for (const form of russianCaseForms(written)) inflected.push({ written: form, how: 'in another grammatical case' });
  if (words.length < 2) return [...transliterations(written), ...inflected].slice(0, MAX_VARIANTS);
  const found = new Map<string, string>();
  const add = (candidate: string[], how: string) => {
    const kept = candidate.filter(Boolean);
    const text = kept.join(' ');
    // A variant of generic words only ("GROUP OF COMPANY" → "Group Company") would match prose.
    if (text === written || found.has(text) || kept.filter((word) => HAS_LETTER.test(word)).length < 2 || !kept.some(isDistinctive)) return;
    found.set(text, how);
  };
  // An acronym in capitals is no word to translate or abbreviate ("Grupo SAN").
  const isAcronym = (word: string) => word.length <= 5 && word === word.toUpperCase() && HAS_CAPITAL.test(word);
  // The spellings of the name itself first ("&", connectors, abbreviations), then its umlauts
  // written out, then its generic word in other languages: the cap keeps the likeliest.
  const translations: [string[], string][] = [];
  words.forEach((word, index) => {
    if (isAcronym(word)) return;
    const replace = (by: string) => words.map((other, at) => (at === index ? by : other));
    if (word === '&' || word === '+') {
      for (const other of AMPERSAND_WORDS) add(replace(other), `"&" written "${other}"`);
      add(replace(''), '"&" left out');
    }
    if (CONNECTORS.has(word.toLowerCase()) && index > 0 && index < words.length - 1) add(replace(''), `"${word}" left out`);
    // "Pharmacie de l'Escaut" written "pharmacie escaut", "Thermes d'Allier" written "thermes allier": the elided article dropped, with the connector before it.
    const elided = ELIDED.exec(word);
    if (elided && index > 0) {
      add(replace(elided[1]!), `"${word}" without its elision`);
      if (CONNECTORS.has(words[index - 1]!.toLowerCase())) add(words.map((other, at) => (at === index - 1 ? '' : at === index ? elided[1]! : other)), `"${words[index - 1]} ${word}" written "${elided[1]}"`);
    }
    for (const short of ABBREVIATIONS[word.toLowerCase()] ?? []) add(replace(matchCase(short, word)), `"${word}" abbreviated "${short}"`);
    // "Clinique Saint-Martial" written "CLINIQUE ST MARTIAL": the first part of a hyphened word abbreviated.
    const joined = /^([^-]+)-(.+)$/u.exec(word);
    if (joined) for (const short of ABBREVIATIONS[joined[1]!.toLowerCase()] ?? []) add(replace(`${matchCase(short, joined[1]!)}-${joined[2]}`), `"${joined[1]}" abbreviated "${short}"`);
    const row = genericRow(word);
    if (row) for (const other of row) if (other !== word.toLowerCase()) translations.push([replace(matchCase(other, word)), `"${word}" written "${other}"`]);
  });
  // "Maple Ridge Cannabis Co.", "Pilatus Transport AG", "Logistica Via Emilia S.r.l.": the legal form is left out as often as not.
  let kept = words.length;
  while (kept > 2 && isLegalForm(words[kept - 1]!)) kept -= 1;
  if (kept < words.length) add(words.slice(0, words[kept - 1] === '&' ? kept - 1 : kept), `"${words.slice(kept).join(' ')}" left out`);
  for (const [tail, initials] of TAIL_INITIALS) {
    if (tail.test(written)) for (const short of initials) add(written.replace(tail, ` ${short}`).split(' '), `"${tail.source.slice(1, -1).trim()}" written "${short}"`);
  }
  // "Kessler und Soehne": umlauts written out, in the name and in each spelling of it.
  if (!isAscii(written) && /[äöüÄÖÜß]/u.test(written.normalize('NFC'))) {
    for (const [text, how] of [[written, ''], ...found] as [string, string][]) {
      add(text.normalize('NFC').replace(/[äöüÄÖÜß]/gu, (char) => UMLAUTS[char]!).split(' '), [how, 'umlauts written out'].filter(Boolean).join(', '));
    }
  }
  for (const [candidate, how] of translations) add(candidate, how);
  // A name and variants without Cyrillic have no other spelling: the variants, each once already, are all.
  if (!cyrillic && !hasCyrillicKey(found)) return toVariants(found, MAX_VARIANTS);
  const variants = toVariants(found, found.size);
  // "Аптеки Здоровье" → "Аптека Здоровье" → "Apteka Zdorovye": a variant is transliterated too.
  // Spellings still all in Cyrillic first: "Аптека Здоровье" is likelier than "Pharmacy Zdorovye".
  const byScript = [{ written, how: '' }, ...variants].sort((a, b) => Number(/[a-z]/iu.test(a.written)) - Number(/[a-z]/iu.test(b.written)));
  const latin = byScript.flatMap((variant) => transliterations(variant.written).map((spelled) => ({ written: spelled.written, how: [variant.how, spelled.how].filter(Boolean).join(', ') })));
  // The first Latin spellings (of the name and its Cyrillic variants) before the other variants, under the cap.
  // Then the name as Russian sentences inflect it ("база Невских аптек").
  return [...new Map([...latin.slice(0, 4), ...inflected, ...variants, ...latin].map((variant) => [variant.written, variant])).values()].slice(0, MAX_VARIANTS);
}

/** Words of a name its initials come from: four to six; fewer give initials that are everyone's. */
const INITIALS_MIN_WORDS = 4;
const INITIALS_MAX_WORDS = 6;

/**
 * "Mohawk Valley Health Alliance" → "MVHA", "Uinta Ridge Credit Union" → "URCU": sellers shorten
 * a long name to its initials whether or not the watchlist lists them. Connectors, "&" and legal
 * forms are left out. Compiled as a weak alias, so the initials need what any acronym needs:
 * the organization's sector, country or keywords next to them.
 */
export function initialsOf(written: string): string | null {
  const words = written.trim().split(/[\s-]+/u).filter((word) => {
    const lower = word.toLowerCase().replace(/\./gu, '');
    return HAS_LETTER.test(word) && !CONNECTORS.has(lower) && !FORM_WORDS.has(lower) && !AMPERSAND_WORDS.includes(lower);
  });
  if (words.length < INITIALS_MIN_WORDS || words.length > INITIALS_MAX_WORDS) return null;
  const initials = words.map((word) => HAS_LETTER.exec(word)![0]).join('').toUpperCase();
  return ALL_CAPITALS.test(initials) ? initials : null;
}

let meaningOfWord: Map<string, string> | undefined;

/** Every generic word's compact form in the seven languages ("farmacie", "banca", "аптека"), with what it means ("pharmacy", "bank"). */
export function genericWordForms(): ReadonlyMap<string, string> {
  if (!meaningOfWord) {
    meaningOfWord = new Map();
    for (const [meaning, byLanguage] of Object.entries(GENERIC_WORDS)) {
      for (const forms of Object.values(byLanguage)) for (const form of forms) meaningOfWord.set(normalizedTextOf(form).replace(/[^\p{L}\p{N}]/gu, ''), meaning);
    }
  }
  return meaningOfWord;
}

/** What a generic word means, for its compact form in any of the seven languages; undefined for any other word. */
export function genericMeaningOf(compactWord: string): string | undefined {
  return genericWordForms().get(compactWord);
}

/** How a site's name, its domain without the ending, is marked (compile-watchlist.ts): a name in a file name or a path. */
export const SITE_NAME = 'its site name';

/** How the one distinctive word of a name is marked: read only inside a file name or a path (judge-mentions.ts). */
export const IN_FILE_NAMES_ONLY = 'its generic word left out, in a file name';

/**
 * "emerita_pacientes_2026.sql" for Clínica Emérita, "trabocco_clienti.csv" for Farmacia Trabocco:
 * in a file name sellers keep the one word that tells a business of two words from the others and
 * drop its generic word. That word alone: of a name of a generic word and one other word (legal
 * forms and connectors aside) of five letters or more that is no ordinary word; null otherwise.
 * Anywhere but in a file name it is a place or a person ("Emerita", "Trabocco"): not read there.
 */
export function distinctiveWordAlone(written: string): string | null {
  const words = written.split(/\s+/u).filter((word) => word !== '' && !isLegalForm(word) && !CONNECTORS.has(word.toLowerCase()) && word !== '&');
  if (words.length !== 2) return null;
  const generic = words.filter((word) => genericRow(word) !== undefined);
  if (generic.length !== 1) return null;
  const other = words.find((word) => genericRow(word) === undefined)!;
  const compact = normalizedTextOf(other).replace(/[^\p{L}\p{N}]/gu, '');
  return compact.length >= 5 && !commonWords().has(compact) && isDistinctive(other) ? other : null;
}

/** A word that can carry a name: not a generic word ("Pharmacy", "Group"), a legal form or a connector. "Aurora" can. */
function isDistinctive(word: string): boolean {
  const normalized = normalizedTextOf(word).replace(/[^\p{L}\p{N}]/gu, '');
  return normalized.length > 1 && !genericRow(word) && !CONNECTORS.has(normalized) && !FORM_WORDS.has(normalized);
}

function matchCase(word: string, like: string): string {
  return STARTS_WITH_CAPITAL.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Russian and Ukrainian letters in the two Latin spellings sellers use ("Zdorovye" / "Zdorove"). */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/**
 * Expressions with \p{…} outside brackets, made once: esbuild (tsx, and the build) rewrites such a
 * literal as `new RegExp(…)`, which inside a function made one per call, for every word of
 * 100,000 names.
 */
const HAS_LETTER = /\p{L}/u;
const HAS_CAPITAL = /\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
const WORD_INITIAL = /(^|\s)\p{L}/gu;

function hasCyrillicKey(found: ReadonlyMap<string, string>): boolean {
  for (const text of found.keys()) if (hasCyrillic(text)) return true;
  return false;
}

/**
 * The first `most` of the spellings found, as variants. Lists of variants are array literals
 * filled by push: V8 then makes even the empty ones of the kind that holds objects, where an
 * empty result of map() has another, which deoptimized the readers of both.
 */
function toVariants(found: ReadonlyMap<string, string>, most: number): NameVariant[] {
  const variants: NameVariant[] = [];
  for (const [text, how] of found) {
    if (variants.length === most) break;
    variants.push({ written: text, how });
  }
  return variants;
}

const hasCyrillic = (text: string) => /[\u0400-\u04ff]/u.test(text);
const isAscii = (text: string) => !/[^\x00-\x7f]/u.test(text);

function transliterations(written: string): NameVariant[] {
  if (!hasCyrillic(written)) return [];
  const lower = written.toLowerCase();
  // "ье" is "ye" in the spelling most sellers use, "e" in the plainer one. A capital inside a word
  // stays one ("КалугаФармТорг" → "KalugaFarmTorg"): a name coined so is no word (judge-mentions.ts).
  const spell = (softE: string) => {
    let out = '';
    for (let at = 0; at < written.length; at += 1) {
      const char = written[at]!;
      const low = lower[at]!;
      const latin = low === 'ь' && lower[at + 1] === 'е' ? (at += 1, softE) : /[\u0400-\u04ff]/u.test(low) ? (CYRILLIC[low] ?? low) : char;
      out += char !== low && latin.length > 0 ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
    }
    return out;
  };
  const spellings: NameVariant[] = [];
  for (const text of new Set([spell('ye'), spell('e')])) if (text.toLowerCase() !== lower) spellings.push({ written: text.replace(WORD_INITIAL, (start) => start.toUpperCase()), how: 'written in Latin letters' });
  return spellings;
}

/**
 * A Russian name as Russian sentences inflect it: "слив ОбьТелекома", "база клиентов Невских
 * аптек", "доступ к CRM Ала-Тоо Банка". Sellers write the name in whatever case the sentence
 * needs, most often the genitive ("база X"), then the dative ("доступ к X"), the instrumental
 * ("с X") and the prepositional ("в X"). Made once per name when the watchlist is compiled.
 *
 * Adjectives agree with their noun and take its case; a word in front of the noun that does not
 * decline ("Ала-Тоо Банк" → "Ала-Тоо Банка") stays; a noun before the last word may be its head
 * ("Аптеки Здоровье" → "Аптек Здоровье") or an attribute ("Волга Телеком" → "Волга Телекома"), so
 * both come. Acronyms, Latin words and words in «quotes»
 * never decline. Soft-sign nouns are skipped: their gender cannot be told.
 */

type CaseEndings = readonly [genitive: string, dative: string, instrumental: string, prepositional: string];

/** Endings replacing the last `cut` letters of a word, by what the word ends with. */
const ADJECTIVE_RULES: { ending: RegExp; cut: number; forms: CaseEndings }[] = [
  { ending: /[кгх]ий$/u, cut: 2, forms: ['ого', 'ому', 'им', 'ом'] },
  { ending: /[жшчщ]ий$/u, cut: 2, forms: ['его', 'ему', 'им', 'ем'] },
  { ending: /ний$/u, cut: 2, forms: ['его', 'ему', 'им', 'ем'] },
  { ending: /ый$/u, cut: 2, forms: ['ого', 'ому', 'ым', 'ом'] },
  { ending: /[кгхжшчщ]ой$/u, cut: 2, forms: ['ого', 'ому', 'им', 'ом'] },
  { ending: /ой$/u, cut: 2, forms: ['ого', 'ому', 'ым', 'ом'] },
  { ending: /[аья]я$/u, cut: 2, forms: ['ой', 'ой', 'ой', 'ой'] },
  { ending: /[кгхжшчщн]ие$/u, cut: 2, forms: ['их', 'им', 'ими', 'их'] },
  { ending: /ые$/u, cut: 2, forms: ['ых', 'ым', 'ыми', 'ых'] },
  { ending: /ое$/u, cut: 2, forms: ['ого', 'ому', 'ым', 'ом'] },
];

const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;
const VELAR_OR_SIBILANT = /[кгхжшчщ]$/u;

function declineNoun(word: string): CaseEndings | null {
  const stem = word.slice(0, -1);
  const last = word.at(-1)!;
  if (CONSONANT.test(word)) return [`${word}а`, `${word}у`, `${word}ом`, `${word}е`];
  if (last === 'й') return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  // "аптеки", "магазины": a plural noun; its genitive is bare after к/г/х ("аптек"), -ов otherwise.
  if ((last === 'и' || last === 'ы') && stem.length >= 4 && CONSONANT.test(stem)) {
    return [VELAR_OR_SIBILANT.test(stem) ? stem : `${stem}ов`, `${stem}ам`, `${stem}ами`, `${stem}ах`];
  }
  if (last === 'а' && CONSONANT.test(stem)) return [`${stem}${VELAR_OR_SIBILANT.test(stem) ? 'и' : 'ы'}`, `${stem}е`, `${stem}ой`, `${stem}е`];
  if (last === 'я' && stem.length >= 2) return [`${stem}и`, `${stem}е`, `${stem}ей`, `${stem}е`];
  if (last === 'о' && CONSONANT.test(stem)) return [`${stem}а`, `${stem}у`, `${stem}ом`, `${stem}е`];
  if (last === 'е' && /[ьи]$/u.test(stem)) return [`${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  return null;
}

/** The four case forms of one word, written with its capitals, or null when it does not decline. */
function declineWord(word: string): CaseEndings | null {
  // Only the part after the last hyphen declines: "Ала-Тоо", "Сибирь-Телеком" → "Сибирь-Телекома".
  const cut = word.lastIndexOf('-') + 1;
  const head = word.slice(0, cut);
  const tail = word.slice(cut);
  if (tail.length < 3 || !/^[А-Яа-яЁё]+$/u.test(tail) || (tail === tail.toUpperCase() && tail.length <= 5)) return null;
  const lower = tail.toLowerCase();
  const adjective = ADJECTIVE_RULES.find((rule) => rule.ending.test(lower));
  const forms = adjective ? adjective.forms.map((ending) => lower.slice(0, -adjective.cut) + ending) as unknown as CaseEndings : declineNoun(lower);
  if (!forms) return null;
  return forms.map((form) => head + withCapitalsOf(tail, form)) as unknown as CaseEndings;
}

/** A lower-case form written with the capitals of the word it was made from: "ОбьТелеком" → "ОбьТелекома". */
function withCapitalsOf(word: string, form: string): string {
  let written = '';
  for (let i = 0; i < form.length; i += 1) {
    const model = word[i];
    written += model !== undefined && model !== model.toLowerCase() ? form[i]!.toUpperCase() : form[i]!;
  }
  return written;
}

/** The name in the genitive, dative, instrumental and prepositional, without repeats; [] when nothing declines. */
export function russianCaseForms(written: string): string[] {
  if (!/[\u0400-\u04ff]/u.test(written)) return [];
  const words = written.trim().split(/\s+/u);
  // The adjectives and the first noun that declines take the case; words after that noun are
  // its attributes ("Аптеки Здоровье" → "Аптек Здоровье", "Почта России" → "Почты России"), and
  // words from an opening quote on are an appositive name ("Банк «Ладья»" → "Банка «Ладья»").
  const declined: (CaseEndings | null)[] = [];
  let headFound = false;
  for (const word of words) {
    const forms = headFound || /^[«"„]/u.test(word) ? null : declineWord(word);
    if (/^[«"„]/u.test(word)) headFound = true;
    if (forms && !isAdjective(word)) headFound = true;
    declined.push(forms);
  }
  if (declined.every((forms) => forms === null)) return [];
  // "Волга Телеком" is also read as a noun in front of the head noun ("Волга Телекома"): when a
  // noun stands before the last word, the forms with only the last word declined come too.
  const lastIndex = words.length - 1;
  const lastForms = lastIndex > 0 && !/^[«"„]/u.test(words[0]!) && !declined.slice(0, lastIndex).some((forms, index) => forms && isAdjective(words[index]!)) ? declineWord(words[lastIndex]!) : null;
  const forms = new Set<string>();
  for (let grammaticalCase = 0; grammaticalCase < 4; grammaticalCase += 1) {
    forms.add(words.map((word, index) => declined[index]?.[grammaticalCase] ?? word).join(' '));
  }
  if (lastForms) for (const form of lastForms) forms.add([...words.slice(0, lastIndex), form].join(' '));
  forms.delete(written);
  return [...forms];
}

function isAdjective(word: string): boolean {
  const lower = word.slice(word.lastIndexOf('-') + 1).toLowerCase();
  return ADJECTIVE_RULES.some((rule) => rule.ending.test(lower));
}

/**
 * Sellers paste samples ("DUPONT Jean — jean.dupont@example.fr — 06 12 34 56 78") to prove their
 * data is real. leakwatch keeps the evidence that a sample was shown, not the people in it:
 * e-mail local parts, phone numbers, card numbers, IBANs and national ids are masked before a
 * text is stored or sent. The e-mail domain stays, because it is what ties a sample to a victim.
 */
// A card number: 13 to 19 digits, optionally grouped by spaces or dashes.
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
// Phone numbers: an optional +country code then 8 to 14 digits with common separators.
const PHONE = /(?<![\w.])(?:\+|00)?\d{1,3}?[ .-]?(?:\(?\d{1,4}\)?[ .-]?){2,5}\d{2,4}(?![\w])/g;
// French NIR (15 digits with spaces), Canadian SIN (3-3-3), US SSN (3-2-4).
const NATIONAL_ID = /\b(?:[12][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}|\d{3}[ -]\d{3}[ -]\d{3}|\d{3}-\d{2}-\d{4})\b/g;

const mask = (match: string): string => match.replace(/\d/g, (digit, offset: number) => (offset < 2 ? digit : '•'));

export function redactPersonalData(text: string): string {
  return maskEmails(text)
    .replace(IBAN, (match) => `${match.slice(0, 4)}${match.slice(4).replace(/[A-Z0-9]/g, '•')}`)
    .replace(NATIONAL_ID, mask)
    .replace(CARD, mask)
    .replace(PHONE, (match) => (countDigits(match) >= 8 && !YEARS_OR_DATE.test(match.trim()) ? mask(match) : match));
}

/**
 * `jean.dupont@example.fr` → `j•••@example.fr`, found by hand from each `@`: the pattern it
 * replaces (`([…])[…]*@…`) rescanned a run of letters from every start, so 100,000 letters
 * without an `@` cost 16 s (issue 13). Each character is read at most twice here: the run
 * before an `@` ends at that `@`, and the domain after it stops at the next one.
 */
export function maskEmails(text: string): string {
  let out = '';
  let copiedTo = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let localStart = at;
    while (localStart > copiedTo && isLocalChar(text.charCodeAt(localStart - 1))) localStart -= 1;
    if (localStart === at) continue;
    const domainEnd = toDomainEnd(text, at + 1);
    if (domainEnd === -1) continue;
    out += `${text.slice(copiedTo, localStart)}${text[localStart]}•••@${text.slice(at + 1, domainEnd)}`;
    copiedTo = domainEnd;
    at = domainEnd - 1;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/** A-Z a-z 0-9 . _ % + - */
function isLocalChar(code: number): boolean {
  return isDomainChar(code) || code === 95 || code === 37 || code === 43;
}

/** A-Z a-z 0-9 . - */
function isDomainChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 46 || code === 45;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Where the domain that starts at `from` ends: after the last dot of its run that has at least
 * one character before it and two letters or more after it ("example.fr"), or -1 when none does.
 */
function toDomainEnd(text: string, from: number): number {
  let runEnd = from;
  while (runEnd < text.length && isDomainChar(text.charCodeAt(runEnd))) runEnd += 1;
  let letters = 0;
  for (let index = runEnd - 1; index > from; index -= 1) {
    const code = text.charCodeAt(index);
    if (isLetter(code)) { letters += 1; continue; }
    if (code === 46 && letters >= 2) return index + 1 + letters;
    letters = 0;
  }
  return -1;
}

// "2021-2023" and "2024-01-15" have a phone number's shape but are what a reader needs to see.
const YEARS_OR_DATE = /^(?:(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})$/;

function countDigits(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits += 1;
  }
  return digits;
}

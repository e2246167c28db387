/**
 * Sellers paste samples ("DUPONT Jean — jean.dupont@example.fr — 06 12 34 56 78") to prove their
 * data is real. leakwatch keeps the evidence that a sample was shown, not the people in it:
 * e-mail local parts, phone numbers, card numbers, IBANs and national ids are masked before a
 * text is stored or sent. The e-mail domain stays, because it is what ties a sample to a victim.
 */
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
// A card number: 13 to 19 digits, optionally grouped by spaces or dashes.
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
// Phone numbers: an optional +country code then 8 to 14 digits with common separators.
const PHONE = /(?<![\w.])(?:\+|00)?\d{1,3}?[ .-]?(?:\(?\d{1,4}\)?[ .-]?){2,5}\d{2,4}(?![\w])/g;
// French NIR (15 digits with spaces), Canadian SIN (3-3-3), US SSN (3-2-4).
const NATIONAL_ID = /\b(?:[12][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}|\d{3}[ -]\d{3}[ -]\d{3}|\d{3}-\d{2}-\d{4})\b/g;

const mask = (match: string): string => match.replace(/\d/g, (digit, offset: number) => (offset < 2 ? digit : '•'));

export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, (_match, first: string, domain: string) => `${first}•••@${domain}`)
    .replace(IBAN, (match) => `${match.slice(0, 4)}${match.slice(4).replace(/[A-Z0-9]/g, '•')}`)
    .replace(NATIONAL_ID, mask)
    .replace(CARD, mask)
    .replace(PHONE, (match) => (countDigits(match) >= 8 && !YEARS_OR_DATE.test(match.trim()) ? mask(match) : match));
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

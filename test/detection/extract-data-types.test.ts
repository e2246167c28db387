import { describe, expect, it } from 'vitest';
import { extractDataTypes } from '../../src/detection/extract-data-types.js';
import { normalizeText } from '../../src/detection/normalize-text.js';
import { scanVocabulary } from '../../src/detection/lexicon/vocabulary.js';

const typesIn = (text: string) => {
  const normalized = normalizeText(text);
  return extractDataTypes(normalized, scanVocabulary(normalized.text)).dataTypes;
};

describe('data types', () => {
  it.each([
    ['name, email, phone, address', ['name', 'email', 'phone', 'postal_address']],
    ['nom, prénom, courriel, téléphone, adresse postale', ['name', 'email', 'phone', 'postal_address']],
    ['nombre, correo, teléfono, dirección', ['name', 'email', 'phone', 'postal_address']],
    ['ФИО, телефон, адрес доставки, дата рождения', ['name', 'phone', 'postal_address', 'date_of_birth']],
    ['Name, E-Mail, AHV-Nummer, Krankenkasse', ['name', 'email', 'national_id', 'health_insurance']],
    ['dossiers « mutuelle » et « carte Vitale »', ['health_insurance']],
    ['SSN, DOB', ['date_of_birth', 'national_id']],
    ['email:pass', ['email', 'password']],
    ['cards with CVV, IBAN', ['payment_card', 'bank_account']],
    ['prescription history, diagnoses', ['health']],
    ['order history, tracking numbers', ['order_history', 'tracking']],
    ['weekly sales reports per store', ['sales_data']],
    ['HR, payroll, contracts, invoices', ['internal_documents']],
    ['source code and GitLab repos, prod API keys', ['source_code', 'access']],
    ['mail:pass | ip | last_login', ['email', 'password', 'ip_address']],
  ])('reads "%s"', (text, types) => {
    expect(typesIn(text)).toEqual(expect.arrayContaining(types));
    expect(typesIn(text)).toHaveLength(types.length);
  });

  it('does not take an archive password or a loyalty card for data', () => {
    expect(typesIn('85K rows — FREE DOWNLOAD (password in comments)')).toEqual([]);
    expect(typesIn('Advantage card members, points balance')).toEqual([]);
    expect(typesIn('state medical card number')).toEqual(['health']);
  });

  it('reads SIN as a national id only when written in capitals', () => {
    expect(typesIn('name / DOB / SIN')).toContain('national_id');
    expect(typesIn('sin ordonnance, sin receta')).not.toContain('national_id');
  });

  it('does not read words inside an e-mail address as fields', () => {
    expect(typesIn('boxes like prenom.nom@example.fr only')).toEqual([]);
  });
});

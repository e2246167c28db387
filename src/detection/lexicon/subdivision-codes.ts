/**
 * Two-letter codes of states and provinces that people write after a name like a country code:
 * "Green Leaf (MA dispensary)" is in Massachusetts, not Morocco; "Cooperativa de crédito RS" in
 * Rio Grande do Sul, not Serbia. Only the countries whose codes collide with country codes.
 */
export const SUBDIVISION_CODES: Readonly<Record<string, ReadonlySet<string>>> = {
  US: new Set(['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV',
    'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR']),
  CA: new Set(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']),
  BR: new Set(['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO']),
  IT: new Set(['AG', 'AL', 'AN', 'AO', 'AR', 'AT', 'BA', 'BG', 'BO', 'BR', 'BS', 'BZ', 'CA', 'CE', 'CH', 'CO', 'CR', 'CS', 'CT', 'FI', 'FG', 'GE', 'LE', 'LU', 'MI', 'MO', 'NA', 'PA',
    'PD', 'PE', 'PG', 'PI', 'PR', 'PV', 'RA', 'RE', 'RM', 'SA', 'SI', 'SO', 'SP', 'SS', 'SV', 'TA', 'TO', 'TN', 'TR', 'TS', 'TV', 'UD', 'VA', 'VE', 'VI', 'VR']),
  MX: new Set(['AG', 'BC', 'BS', 'CM', 'CS', 'CH', 'CO', 'CL', 'DG', 'GT', 'GR', 'HG', 'JA', 'MI', 'MO', 'NA', 'NL', 'OA', 'PU', 'QT', 'QR', 'SL', 'SI', 'SO', 'TB', 'TM', 'TL', 'VE', 'YU', 'ZA']),
  AU: new Set(['WA', 'SA', 'NT']),
};

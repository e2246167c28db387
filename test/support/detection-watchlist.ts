import type { Organization } from '../../src/model/organization.js';

/**
 * Organizations for the detection unit tests: real-looking, and none of them in the benchmark
 * sets, so the tests check rules rather than remember benchmark cases.
 */
export const farmaciasRoble: Organization = {
  id: 'roble', name: 'Farmacias del Roble', aliases: ['Grupo Roble', 'FDR'], domains: ['farmaciasroble.es'], sector: 'pharmacy', country: 'ES',
  keywords: ['farmacia', 'pharmacy', 'receta', 'España'],
};
export const nordfracht: Organization = {
  id: 'nordfracht', name: 'Nordfracht Logistik', aliases: ['Nordfracht', 'NFL'], domains: ['nordfracht.de', 'nordfracht-paket.de'], sector: 'logistics', country: 'DE',
  keywords: ['Paket', 'Sendung', 'Lager', 'Spedition', 'parcel'],
};
export const harvest: Organization = {
  id: 'harvest', name: 'Harvest Cannabis Co', aliases: ['Harvest', 'HCC'], domains: ['harvestcannabis.ca'], sector: 'cannabis', country: 'CA',
  keywords: ['cannabis', 'dispensary', 'weed', 'Alberta'],
};
export const sanctaMaria: Organization = {
  id: 'sancta', name: 'Ospedale Sancta Maria', aliases: ['Sancta Maria', 'OSM'], domains: ['sanctamaria.it'], sector: 'health', country: 'IT',
  keywords: ['ospedale', 'pazienti', 'clinica', 'Milano'],
};
export const telcoPt: Organization = {
  id: 'lusotel', name: 'Lusotelecom', aliases: ['Luso Telecom', 'LTC'], domains: ['lusotelecom.pt'], sector: 'telecom', country: 'PT',
  keywords: ['operadora', 'telecom', 'clientes móveis', 'Portugal'],
};

export const DETECTION_WATCHLIST: Organization[] = [farmaciasRoble, nordfracht, harvest, sanctaMaria, telcoPt];

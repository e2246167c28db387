import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import { hostNamedAsDataOwner } from '../../src/detection/host-subject.js';
import type { Organization } from '../../src/model/organization.js';

const org = (id: string, name: string, more: Partial<Organization> = {}): Organization => ({ id, name, aliases: [], domains: [], keywords: [], ...more });

/** Invented organizations and postings, written for this test and in no eval set. */
const detector = compileDetector([
  org('falaise', 'Falaise Assurances', { sector: 'finance', country: 'FR' }),
  org('canopee', 'Canopée Chanvre', { sector: 'cannabis', country: 'FR' }),
  org('lagune', 'Boutique Lagune', { domains: ['boutique-lagune.fr'], sector: 'retail', country: 'FR' }),
]);
const analyze = (text: string, source: 'forum' | 'telegram' = 'forum') => detector.analyze({ text, source });

describe('an unwatched host the first line gives as the data\'s owner', () => {
  it('finds the host with what says whose data it is, after or before it', () => {
    expect(hostNamedAsDataOwner('[FREE] ventes-sud-est.fr 250k clients (nom, mail, tel)')?.host).toBe('ventes-sud-est.fr');
    expect(hostNamedAsDataOwner('[FREE] CV candidati lavoro-adriatico.it, molti laureati')?.host).toBe('lavoro-adriatico.it');
    // A mail provider, a file host or an e-mail's domain owns nothing.
    expect(hostNamedAsDataOwner('combo gmail.com 50k mixed')).toBeNull();
    expect(hostNamedAsDataOwner('download gofile.io/d/abc clients')).toBeNull();
    expect(hostNamedAsDataOwner('contact admin@ventes-sud-est.fr clients')).toBeNull();
  });

  it('sets aside a watched organization named after that host, as the owner\'s insurer or supplier', () => {
    expect(analyze('[FREE] ventes-sud-est.fr 250k clients (nom, mail, tel). Leur assureur Falaise Assurances va adorer, lien en bas').orgs).toEqual([]);
    expect(analyze('[GRATIS] tiendaverde.es 35k clientes. Venden productos de Canopée Chanvre y otros. Link abajo.').orgs).toEqual([]);
  });

  it('keeps a watched organization whose own host it is, or one named before the host', () => {
    expect(analyze('[FREE] boutique-lagune.fr 12k clients, lien en bas').orgs).toEqual(['lagune']);
    expect(analyze('Falaise Assurances + ventes-sud-est.fr 250k clients, 400€').orgs).toEqual(['falaise']);
  });
});

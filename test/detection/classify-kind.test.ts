import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../src/detection/index.js';
import type { SourceKind } from '../../src/model/posting.js';
import { DETECTION_WATCHLIST } from '../support/detection-watchlist.js';

const detector = compileDetector(DETECTION_WATCHLIST);
const kindOf = (text: string, source?: SourceKind) => detector.analyze({ text, ...(source ? { source } : {}) }).kind;

describe('posting kinds', () => {
  it.each([
    ['en', '[SELLING] Lusotelecom subscribers — 1.2M — name, phone — $3k, escrow ok', 'forum'],
    ['fr', '[VENTE] Farmacias del Roble — base clients 300 000 — nom, email — 1 500 € — escrow', 'forum'],
    ['es', 'VENDO BASE Farmacias del Roble 🇪🇸 200.000 clientes — correo, teléfono — 400 USDT — DM', 'telegram'],
    ['pt', 'VENDO DB Lusotelecom — 80 mil clientes — nome, telefone — R$ 2.000 — chama no PV', 'telegram'],
    ['de', '[VERKAUFE] Nordfracht — Kundendaten 45\'000 — Name, Adresse — Preis auf Anfrage', 'forum'],
    ['it', 'Vendo database Ospedale Sancta Maria — 30k pazienti — nome, codice fiscale — prezzo in privato', 'telegram'],
    ['ru', 'Продам базу Lusotelecom — 500к абонентов, ФИО, телефон. Цена 700$, гарант.', 'forum'],
  ])('recognizes a sale (%s)', (_, text, source) => {
    expect(kindOf(text, source as SourceKind)).toBe('sale');
  });

  it.each([
    ['en', '[LEAK] Nordfracht parcel DB 200k rows — free download, link below'],
    ['fr', '🔓 Fuite Farmacias del Roble — 90 000 clients — email, téléphone — gratuit, lien ci-dessous'],
    ['es', 'Filtración Farmacias del Roble — 90.000 clientes — descarga gratis'],
    ['pt', 'Vazamento Lusotelecom — 50 mil clientes — baixar grátis'],
    ['de', 'Nordfracht Kundendaten 20k — kostenlos herunterladen'],
    ['ru', 'Слив базы Lusotelecom — 100к строк — скачать бесплатно'],
  ])('recognizes a leak (%s)', (_, text) => {
    expect(kindOf(text, 'telegram')).toBe('leak');
  });

  it('gives an access offer no record count: headcounts and hosts describe the victim', () => {
    expect(detector.analyze({ text: 'Продам доступ: Lusotelecom — 20к+ сотрудников, VPN + DA, 3к хостов. Цена 5к$.', source: 'forum' })).toMatchObject({ kind: 'access', recordCount: null, dataTypes: ['access'] });
  });

  it('recognizes access offers in several languages', () => {
    expect(kindOf('[ACCESS] Nordfracht Logistik — Citrix + DA, 3k hosts — $5k', 'forum')).toBe('access');
    expect(kindOf('Продам доступ: Lusotelecom (Португалия) — VPN + локальный админ. Цена 4к$.', 'forum')).toBe('access');
    expect(kindOf('Vendo acceso al panel de administración de Farmacias del Roble — 1500 USDT', 'forum')).toBe('access');
  });

  it('reads a data-leak-site post and countdown language as ransom', () => {
    expect(kindOf('NORDFRACHT LOGISTIK / nordfracht.de / 300 GB', 'dls')).toBe('ransom');
    expect(kindOf('OSPEDALE SANCTA MARIA — 400 GB exfiltrated — publication in 5 days — ⏳ 04d 11h', 'forum')).toBe('ransom');
  });

  it('calls business news without an incident other, as FORMAT.md defines news', () => {
    expect(kindOf('Lusotelecom shares jump 8% as quarterly losses narrow; the operator opened 20 new stores.', 'news')).toBe('other');
  });

  it('takes the news source and reporting style as news', () => {
    expect(kindOf('Lusotelecom says a hacker is selling subscriber data of 1.2M customers on a forum, according to researchers.', 'news')).toBe('news');
  });

  it('calls requests, rules and non-data offers other', () => {
    expect(kindOf('[WTB] Looking for fresh Lusotelecom DBs, paying well', 'forum')).toBe('other');
    expect(kindOf('[RULES] Escrow fee 5%. Databases need a sample before funds are released.', 'forum')).toBe('other');
    expect(kindOf('IPTV 12 mois 25 € — activation immédiate — @iptv_x', 'telegram')).toBe('other');
    expect(kindOf('Harvest festival this Saturday, free entry!', 'chat')).toBe('other');
  });

  it('calls buy requests, scam reports, tool ads and goods vendors other', () => {
    expect(kindOf('[RECHERCHE] base Lusotelecom récente, clients PT. Je paie bien, escrow obligatoire.', 'forum')).toBe('other');
    expect(kindOf("[SCAM REPORT] Bought 'Lusotelecom DB' from r0b1n for $900, it's a 2019 lead list. Avoid.", 'forum')).toBe('other');
    expect(kindOf('Продам софт для чека баз на валид (почта:пароль), многопоток. 200$.', 'forum')).toBe('other');
    expect(kindOf('shipping worldwide via Nordfracht, vacuum sealed, tracking sent by DM, no refunds', 'chat')).toBe('other');
  });

  it('reads a dump header of key-value lines as data, not as configuration', () => {
    expect(kindOf('nordfracht.de customer accounts\ncount: 88,500\nformat: email:password\nchecked 2025-03', 'paste')).toBe('leak');
  });

  it('calls pasted code, SQL and configuration other', () => {
    expect(kindOf('-- exercise\nCREATE TABLE clientes (\n  id SERIAL PRIMARY KEY,\n  nombre VARCHAR(80)\n);\nINSERT INTO clientes (nombre) VALUES (1);', 'paste')).toBe('other');
    expect(kindOf('# .env\nDB_HOST=db\nDB_USER=app\nDB_PASSWORD=changeme\nREDIS_URL=redis://cache:6379/0', 'paste')).toBe('other');
    expect(kindOf('# /etc/ppp/peers/free\nplugin rp-pppoe.so eth0\nuser "fbx"\nnoipdefault\npersist', 'paste')).toBe('other');
  });

  it('reads extortion in Russian and Spanish without a leak-site source', () => {
    expect(kindOf('Мы зашифровали инфраструктуру Nordfracht и выгрузили 2 ТБ документов. 48 часов, чтобы выйти на связь, иначе всё уйдёт в паблик.', 'telegram')).toBe('ransom');
    expect(kindOf('FARMACIAS DEL ROBLE — Tienen 72 horas para contactarnos. Si no, publicamos 600 GB de documentos internos.', 'telegram')).toBe('ransom');
  });

  it('makes a price beat a #leak hashtag', () => {
    expect(kindOf('Harvest Cannabis Co customer DB 212K — email, phone — $2,500 — #leak #database', 'telegram')).toBe('sale');
  });
});

from common import P
L="fr"
P("telegram", L, """
💊 Base patients pharma cotentin (Cherbourg + Valognes) — 38 400 patients
Nom / prénom / tél / adresse / n° sécu / mutuelle / historique ordonnances 2023-2026
Prix : 1 200 € la base complète, échantillon 50 lignes gratuit
Paiement BTC / USDT, escrow possible via @garant_fr
📩 DM @normandata
""", ["pharmacie-cotentin"], "sale", 38400, ["name","phone","postal_address","national_id","health_insurance","health"],
"Telegram sale; name abbreviated 'pharma cotentin' in lower case; years and price not counts",
title="🔥 VENTE 🔥 Pharmacie du Cotentin — fichier patients complet")
P("dls", L, """
Transports Causse et Fils — transport routier de marchandises et logistique, Rodez (Aveyron). 180 salariés, 95 M€ de CA.

La direction a refusé toute discussion. Nous publions.

Données exfiltrées (210 Go) :
- RH : fiches de paie, contrats, RIB des salariés
- Comptabilité : grands livres 2020-2026, relevés bancaires
- Clients : contrats de transport, grilles tarifaires, litiges
- Exploitation : lettres de voiture, plannings chauffeurs

Arborescence :
\\\\SRV-FICHIERS\\RH\\Paie\\2026\\
\\\\SRV-FICHIERS\\Compta\\Banque\\releves_2025.pdf
\\\\SRV-FICHIERS\\Clients\\Contrats\\
\\\\SRV-EXPLOIT\\LV\\2026\\

Publication complète dans : 2j 14h 08m
""", ["transports-causse"], "ransom", None, ["internal_documents","bank_account"],
"long DLS post with French company description copied from the site; '&' written 'et' in victim field; 180 staff and revenue are not counts",
title="Transports Causse et Fils", victim="Transports Causse et Fils", website="transports-causse.fr", country="FR")
P("forum", L, """
Vends base clients Agence Causse Immobilier (Montpellier) — 9 000 clients acheteurs/locataires, nom, tel, mail, dossiers locataires (avis d'imposition, bulletins de salaire).
300 € ferme. MP.
""", [], "sale", 9000, ["name","phone","email","internal_documents"],
"namesake: 'Causse' as a surname of a Montpellier real-estate agency, not the Aveyron carrier",
title="[VENTE] Causse Immobilier Montpellier 9k")
P("forum", L, """
karukera-telecom.gp — 201 532 abonnés
nom, prénom, tel fixe/mobile, adresse, IBAN (prélèvement), offre souscrite
dump SQL complet, lien dans le spoiler, gratuit pour les membres 50+ messages

Structure :
CREATE TABLE abonnes (
  id_abonne INT, civilite VARCHAR(5), nom VARCHAR(80), prenom VARCHAR(80),
  tel_mobile VARCHAR(20), tel_fixe VARCHAR(20), adresse VARCHAR(200),
  commune VARCHAR(80), iban VARCHAR(34), offre VARCHAR(40), date_souscription DATE
);

Aperçu :
(1,'M.','EXEMPLE','Jean','0690 00 00 01',NULL,'1 rue Fictive','Les Abymes','FR76 0000 0000 0000 0000 0000 001','Fibre 1G','2021-04-01')
(2,'Mme','TEST','Marie','0690 00 00 02','0590 00 00 02','Lot. Démo','Baie-Mahault','FR76 0000 0000 0000 0000 0000 002','Mobile 50Go','2023-09-15')

[spoiler] hxxps://pixeldrain[.]com/u/xxxxxxx [/spoiler]
Merci de laisser un like 👍
""", ["karukera-telecom"], "leak", 201532, ["name","phone","postal_address","bank_account"],
"free dump on a forum, victim named by domain",
title="[LEAK] Karukera Telecom Guadeloupe - 201k abonnés")
P("news", L, """
Guadeloupe : Karukera Télécom confirme une fuite de données
L'opérateur Karukera Télécom a confirmé jeudi qu'une base contenant des informations sur plus de 200 000 abonnés avait été publiée sur un forum. Les coordonnées bancaires de certains clients seraient concernées. L'entreprise a porté plainte et notifié la CNIL.
""", ["karukera-telecom"], "news", 200000, ["bank_account"],
"news about a watched org's leak (mention, not alert); 'plus de 200 000' taken as 200000; only bank details named as data type explicitly ('informations' is vague) ")
P("dls", L, """
TI BAZAR — chaîne de magasins de proximité, île de la Réunion (Saint-Denis, Saint-Pierre, Le Port).
95 000 clients de la carte fidélité (nom, mail, téléphone), chiffres de ventes par magasin, contrats fournisseurs.
Deadline : 5 jours.
""", ["ti-bazar"], "ransom", 95000, ["name","email","phone","sales_data","internal_documents"],
"DLS post, name in capitals",
title="TI BAZAR", victim="TI BAZAR", website="tibazar.re", country="RE")
P("telegram", L, """
🧺 ti bazar du week-end 🧺
comptes Netflix / Disney+ / Deezer premium 1 an — 5€ pièce
accès mail + mdp, garantie 30j
DM @kreol_shop
""", [], "sale", None, ["email","password"],
"namesake: 'ti bazar' used as ordinary Creole/French phrase ('little bazaar') in an account shop; no watched victim")
P("forum", L, """
Accès VPN Fortinet — Banque Privée Léman (Genève)
utilisateur du service gestion de fortune, MFA contourné (push fatigue), accès au partage \\\\bpl-fs02
prix : 8k $ , garant accepté
""", ["banque-privee-leman"], "access", None, ["access"],
"access sale to the watched private bank",
title="[ACCÈS] Banque privée suisse - Genève - VPN")
P("forum", L, """
RDP admin — BPL Logistique Sàrl (Lausanne), transport et entreposage, ~60 postes
800 $ , pas de négo
""", [], "access", None, ["access"],
"acronym namesake: BPL here is a Lausanne logistics firm, not Banque Privée Léman",
title="[ACCÈS] BPL Logistique CH - RDP admin")
P("market", L, """
Documents R&D Sarine Pharma SA (Fribourg, CH)
- dossiers de lots GMP 2024-2026
- formulations et fiches de validation
- correspondance Swissmedic
14 Go, vente unique au plus offrant, enchère de départ 5 000 $
""", ["sarine-pharma"], "sale", None, ["internal_documents"],
"market listing of internal documents, auction",
title="Sarine Pharma SA - R&D / GMP docs 14 Go")
P("news", L, """
Fribourg : la Laiterie de la Sarine victime d'un rançongiciel
La laiterie industrielle de Marly a été touchée par une attaque informatique ce week-end. Sa voisine Sarine Pharma SA précise ne pas être concernée et n'avoir constaté aucune intrusion.
""", [], "news", None, [],
"news; watched firm explicitly not affected; 'Sarine' also the river/district name in another company")
P("paste", L, """
=== sarinepharma.ch - fichiers publics ===
dossier partagé interne trouvé en accès libre, contenu :
/QA/Deviations_2025.xlsx
/QA/CAPA_register.xlsx
/Production/Batch_records/LOT-25-0412.pdf
/Regulatory/Swissmedic_inspection_2024.pdf
télécharger : hxxps://anonfiles[.]xyz/sp-docs.zip
""", ["sarine-pharma"], "leak", None, ["internal_documents"],
"free paste of internal documents; victim only as domain")
P("telegram", L, """
⏳ Transports Causse & Fils n'a pas répondu.
Les 210 Go seront publiés dans 48h sur notre blog.
Dernier avertissement aux dirigeants.
""", ["transports-causse"], "ransom", None, ["internal_documents"],
"ransomware gang Telegram countdown; 210 Go is a size")
P("telegram", L, """
🆕 Base Pharmacie des Alizés (Fort-de-France) — 22 000 patients, nom/tél/ordonnances
plus fraîche que le leak Pharmacie du Cotentin de mars 😉
350 € — DM
""", [], "sale", 22000, ["name","phone","health"],
"comparison: watched pharmacy named only as an earlier leak; victim is a Martinique pharmacy not on the list")
P("telegram", L, """
🔐 Pentest / Red Team / OSINT pour PME
Audit complet de votre SI, rapport en 10 jours
Clients : transport, santé, banques
Contact : @secu_pro_fr
""", [], "other", None, [],
"service ad, no victim")
P("forum", L, """
⚠️ ARNAQUE : @karuk_leaks revend 150 € la base Karukera de 2025 qui est GRATUITE ici depuis des mois. Ne payez pas, c'est le même fichier (même hash).
""", [], "other", None, [],
"scam warning about a reseller; not a new claim",
title="Arnaque - karuk_leaks")
P("telegram", L, """
accès admin panel tibazar.re (prestashop 1.7)
commandes, clients, modules de paiement
dispo de suite, prix en MP
""", ["ti-bazar"], "access", None, ["access"],
"admin-panel access, victim by host, DM for price")
P("dls", L, """
Karukera Télécom — opérateur fibre et mobile en Guadeloupe.
Bases abonnés, contrats, données réseau. 1,3 To.
""", ["karukera-telecom"], "ransom", None, ["internal_documents"],
"short DLS post; 'bases abonnés' given without count",
title="Karukera Telecom", victim="Karukera Telecom", website="karukera-telecom.gp", country="GP")
P("forum", L, """
Bonjour,
je vends un extrait KYC complet de Banque Privee Leman (Genève), obtenu via un prestataire de numérisation.

Contenu :
- 2 847 clients (particuliers, HNWI)
- nom, prénom, date de naissance, nationalité
- n° passeport / carte d'identité
- IBAN + solde au 30/09/2026
- mail et téléphone

Extrait :
nom;prenom;naissance;nationalite;passeport;iban;solde_chf;email;tel
EXEMPLE;Jean;1958-03-12;CH;X0000000;CH00 0000 0000 0000 0000 0;1 250 000;j.exemple@example.ch;+41 00 000 00 00
TEST;Marie;1971-10-05;FR;00XX00000;CH00 0000 0000 0000 0000 1;830 400;m.test@example.fr;+33 0 00 00 00 00

Prix : 25 000 $ , vente unique. Escrow du forum obligatoire.
Pas de revente, le fichier sera retiré après vente.
""", ["banque-privee-leman"], "sale", 2847, ["name","date_of_birth","national_id","bank_account","email","phone"],
"long forum sale with sample rows; accents dropped in the name; balances are not counts",
title="[VENTE] KYC banque privée genevoise - 2 847 clients")
P("dls", L, """
Karukera Immobilier — agence immobilière à Pointe-à-Pitre.
Dossiers locataires, pièces d'identité, 40 Go.
""", [], "ransom", None, ["national_id","internal_documents"],
"namesake: real-estate agency sharing the word 'Karukera' (the island's old name) with the watched telecom",
title="Karukera Immobilier", victim="Karukera Immobilier", website="karukera-immo.fr", country="GP")
P("telegram", L, """
📡 FUITE — Télécom Prairie-Nord (Manitoba, Canada)
640 000 clients : nom, courriel, téléphone, adresse
lien gratuit 👇 (les francophones du Manitoba vous êtes dedans 😬)
""", ["prairie-north-telecom"], "leak", 640000, ["name","email","phone","postal_address"],
"name translated into French (Télécom Prairie-Nord)")
P("forum", L, """
accès au portail employés de Bluenose Cannabis (Nouvelle-Écosse) — SSO Okta, compte gérant de boutique
prix à discuter
""", ["bluenose-cannabis"], "access", None, ["access"],
"access in French to a Nova Scotia cannabis retailer")
P("paste", L, """
bucket S3 ouvert : pharmacie-cotentin-scans.s3.eu-west-3.amazonaws.com
~12 000 ordonnances scannées (PDF) + cartes vitale
listing ci-dessous, servez-vous
ord_2026_000001.pdf
ord_2026_000002.pdf
...
""", ["pharmacie-cotentin"], "leak", 12000, ["health","national_id"],
"open bucket, victim only inside a host name; 12,000 prescriptions")
P("chat", L, """
qqn a la db de pharmacie du cotentin ?? je paye bien
""", ["pharmacie-cotentin"], "other", None, [],
"want-to-buy request, no offer")
P("market", L, """
Fichier clients_tibazar_2026.csv — 41 000 lignes
nom, prénom, email, tel, points fidélité, magasin
80 $
""", ["ti-bazar"], "sale", 41000, ["name","email","phone"],
"name only inside a file name",
title="clients_tibazar_2026.csv (Réunion) 41k")
P("telegram", L, """
Un laboratoire pharmaceutique suisse (canton de Fribourg) a choisi de ne pas payer.
Ses dossiers de production et de qualité seront en ligne vendredi.
""", [], "ransom", None, ["internal_documents"],
"gang teaser naming no victim, only sector and canton",
sector=("industry","CH"))
P("forum", L, """
Accès VPN Codru Bank (Chișinău, Moldavie) — compte IT, accès au réseau core banking
4 500 $ via garant
""", ["codru-bank"], "access", None, ["access"],
"French-language access sale on a Moldovan bank",
title="[ACCÈS] Banque moldave - VPN IT")
P("forum", L, """
suite au refus de paiement, voici les lettres de voiture de TCF (transports causse) :
14 000 bons de livraison 2025-2026 avec nom et adresse des destinataires, n° de suivi
lien mega gratuit
""", ["transports-causse"], "leak", 14000, ["name","postal_address","tracking"],
"follow-up free leak; acronym TCF with the name in parentheses, lower case")
P("news", L, """
Aveyron : un groupe de hackers revendique l'attaque contre Transports Causse & Fils
Le transporteur ruthénois a confirmé un « incident informatique » et assure que les livraisons se poursuivent.
""", ["transports-causse"], "news", None, [],
"regional news about the watched carrier: mention, not alert")

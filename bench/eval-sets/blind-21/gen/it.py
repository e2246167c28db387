from common import P
L="it"
P("forum", L, """
Salve a tutti,
vendo il database clienti delle Farmacie Riunite del Salento (FRS), 27 farmacie tra Lecce, Gallipoli e Otranto.

Dump del gestionale, aggiornato a settembre 2026:
- 92.000 clienti
- nome, cognome, codice fiscale, telefono, indirizzo
- storico ricette dematerializzate (NRE, farmaco, medico prescrittore)

Header:
cod_cliente|nome|cognome|cod_fiscale|tel|indirizzo|cap|comune|nre|farmaco|data_erogazione

Esempio:
C000001|Mario|Esempio|XXXXXX00X00X000X|333 000 0001|Via Finta 1|73100|Lecce|0000A0000000001|Amlodipina 5mg|2026-09-02
C000002|Lucia|Prova|YYYYYY00Y00Y000Y|333 000 0002|Piazza Test 4|73014|Gallipoli|0000A0000000002|Levotiroxina 50mcg|2026-09-03

Prezzo: 2.800 € in XMR. Escrow del forum ok. Niente sample gratis.
""", ["farmacie-salento"], "sale", 92000, ["name","national_id","phone","postal_address","health"],
"long forum sale with sample rows; 27 pharmacies is not a count",
title="[VENDO] DB Farmacie Salento - 92k clienti con ricette")
P("forum", L, """
Accesso VPN FRS Costruzioni S.p.A. (Torino) — impresa edile, utente ufficio tecnico
600 $
""", [], "access", None, ["access"],
"acronym namesake: FRS is a Turin builder",
title="[ACCESSO] FRS Costruzioni - VPN")
P("dls", L, """
Nuraghe Telecomunicazioni S.p.A. — operatore fibra e mobile in Sardegna (Cagliari, Sassari, Olbia).

Abbiamo esfiltrato 1,6 TB:
- anagrafiche di 318.000 abbonati (nome, codice fiscale, indirizzo, IBAN, numero)
- contratti wholesale
- documentazione di rete e VPN
- posta del CdA

/dati/crm/export_abbonati_2026.csv
/dati/amministrazione/bilanci/
/dati/rete/core/

Tempo rimasto: 04g 06h 51m
""", ["nuraghe-tel"], "ransom", 318000, ["name","national_id","postal_address","bank_account","phone","internal_documents"],
"long DLS post; Italian thousands separator",
title="Nuraghe Telecomunicazioni S.p.A.", victim="Nuraghe Telecomunicazioni S.p.A.", website="nuraghetel.it", country="IT")
P("telegram", L, """
🏨 LEAK Hotel Il Nuraghe (Arzachena) — prenotazioni 2024-2026
8.700 ospiti: nome, email, telefono, date soggiorno
gratis 👇
""", [], "leak", 8700, ["name","email","phone","order_history"],
"namesake: 'nuraghe' as ordinary word in a hotel's name")
P("market", L, """
LVE - Logistica Via Emilia (Modena/Bologna)
1,1 mln spedizioni 2025-2026 con tracking, nome e indirizzo del destinatario, telefono
Fonte: export dal TMS, ottobre 2026

Campi:
tracking;data_ritiro;mittente;destinatario;indirizzo;cap;comune;prov;telefono;colli;peso_kg

Esempio:
LVE2600000001;2026-05-04;AZIENDA DEMO SRL;MARIO ESEMPIO;VIA FINTA 12;41121;MODENA;MO;333 000 0001;2;14,5
LVE2600000002;2026-05-04;PROVA SPA;GIULIA TEST;VIALE NULLO 3;40121;BOLOGNA;BO;333 000 0002;1;3,2
LVE2600000003;2026-05-05;ESEMPIO SNC;LUCA PROVA;PIAZZA FALSA 8;42121;REGGIO EMILIA;RE;333 000 0003;5;62,0

Prezzo: 450 $ | escrow market | consegna immediata
Niente rimborsi dopo il download.
""", ["logistica-via-emilia"], "sale", 1100000, ["tracking","name","postal_address","phone"],
"market listing; '1,1 mln' = 1,100,000 shipment records",
title="LVE spedizioni 1,1 mln")
P("paste", L, """
leak Studio Dentistico Rossi, via Emilia Est 210, Modena — 2.300 pazienti, anamnesi, telefoni
free
""", [], "leak", 2300, ["name","health","phone"],
"namesake: 'via Emilia' is a street address of a non-watched dental practice")
P("forum", L, """
Accesso al back-office home banking della BPD (Banca Popolare del Delta, Ferrara) — utenza operatore, vede conti e IBAN clienti
prezzo in pm
""", ["banca-delta"], "access", None, ["access"],
"access; acronym BPD with bank keywords",
title="[ACCESSO] Banca emiliana - backoffice")
P("dls", L, """
BPD Costruzioni S.p.A. — general contractor, Bari.
Progetti, contratti d'appalto, documenti dei dipendenti. 90 GB.
""", [], "ransom", None, ["internal_documents"],
"acronym namesake: BPD is a Bari construction firm, not the bank",
title="BPD Costruzioni S.p.A.", victim="BPD Costruzioni S.p.A.", website="bpdcostruzioni.it", country="IT")
P("news", L, """
Banca Popolare del Delta, campagna di phishing a nome dell'istituto
La banca ferrarese avverte i clienti di SMS fraudolenti che chiedono le credenziali dell'home banking. L'istituto precisa che i propri sistemi non sono stati violati.
""", ["banca-delta"], "news", None, [],
"news: phishing impersonating the watched bank, no breach; mention")
P("paste", L, """
BPD Ferrara - clienti privati (15.400)
nome;cognome;cf;iban
MARIO;ESEMPIO;XXXXXX00X00X000X;IT00X0000000000000000000001
ANNA;PROVA;YYYYYY00Y00Y000Y;IT00X0000000000000000000002
...
""", ["banca-delta"], "leak", 15400, ["name","national_id","bank_account"],
"paste; acronym BPD + Ferrara + IBAN context")
P("forum", L, """
Vendo DB di ModaShop.it — 140k ordini, nome, indirizzo, prodotti, codice tracking
(spedizioni affidate a Logistica Via Emilia - LVE)
300 €
""", [], "sale", 140000, ["name","postal_address","order_history","tracking"],
"role: watched firm is the e-shop's carrier",
title="ModaShop.it 140k ordini")
P("telegram", L, """
📲 SIM SWAP Sardegna — abbiamo un insider in NuragheTel
cambio SIM in 30 minuti, 500 € a numero
""", ["nuraghe-tel"], "access", None, ["access"],
"insider access to the telecom's systems offered; 500 € is per job")
P("news", L, """
Attacco ransomware a Nuraghe Telecomunicazioni, disservizi in Sardegna
Il gruppo criminale ha pubblicato sul suo sito una scadenza. L'operatore ha denunciato l'accaduto alla Polizia Postale.
""", ["nuraghe-tel"], "news", None, [],
"news about watched telecom: mention")
P("dls", L, """
Banca Popolare del Delta — istituto di credito cooperativo, Ferrara e Ravenna.
Contratti di mutuo, documenti di identità dei clienti, verbali del CdA. 280 GB.

La banca ha scelto di ignorarci. I correntisti meritano di sapere.

Cartelle:
\\\\BPD-FS01\\Crediti\\Mutui\\Pratiche_2025\\
\\\\BPD-FS01\\Crediti\\Mutui\\Pratiche_2026\\
\\\\BPD-FS01\\Antiriciclaggio\\Documenti_identita\\
\\\\BPD-FS01\\Direzione\\Verbali_CdA\\
\\\\BPD-FS01\\IT\\Backup\\core_2026-10.bak

Pubblicazione: 08g 03h 12m
""", ["banca-delta"], "ransom", None, ["internal_documents","national_id"],
"DLS post on the watched bank",
title="Banca Popolare del Delta", victim="Banca Popolare del Delta", website="bancadeldelta.it", country="IT")
P("telegram", L, """
⏳ FRS — Farmacie Riunite del Salento hanno 5 giorni.
Poi pubblichiamo ricette e dati dei clienti.
""", ["farmacie-salento"], "ransom", None, ["health"],
"gang countdown")
P("market", L, """
DB clienti Codru Bank (Moldavia) — 31.000 clienti, nome, IDNP, telefono, saldo
700 $
""", ["codru-bank"], "sale", 31000, ["name","national_id","phone","bank_account"],
"Italian listing for a Moldovan bank",
title="Codru Bank MD 31k")
P("chat", L, """
qualcuno ha la base LVE? mi serve per spam su corrieri
""", ["logistica-via-emilia"], "other", None, [],
"want-to-buy, no offer")
P("forum", L, """
dump gratuito del magazzino LVE: giacenze, DDT, 60k tracking
""", ["logistica-via-emilia"], "leak", 60000, ["internal_documents","tracking"],
"free leak; acronym with warehouse context",
title="[FREE] LVE magazzino")
P("forum", L, """
Accesso RDP a un'azienda farmaceutica pugliese (produzione), admin locale
1.000 $
""", [], "access", None, ["access"],
"victim only by sector and region",
title="[ACCESSO] Pharma Puglia RDP", sector=("industry","IT"))
P("telegram", L, """
📡 abbonati NuragheTel (Sardegna) — 50 mila righe, nome, numero, codice fiscale
free
""", ["nuraghe-tel"], "leak", 50000, ["name","phone","national_id"],
"free leak, '50 mila'")
P("forum", L, """
carte Banca del Delta — 2.900 con CVV, nome titolare
15 $ a carta
""", ["banca-delta"], "sale", 2900, ["payment_card","name"],
"card sale; 15 $ per card is a price",
title="Carte BPD 2.9k")
P("dls", L, """
Salento Farmaceutici S.r.l. — produttore di generici, Brindisi.
Dossier di registrazione AIFA, contratti, dati dipendenti. 130 GB.
""", [], "ransom", None, ["internal_documents"],
"namesake: shares 'Salento' and pharma words with the watched pharmacy chain (Farmacie Salento) but is a manufacturer",
title="Salento Farmaceutici S.r.l.", victim="Salento Farmaceutici S.r.l.", website="salentofarmaceutici.it", country="IT")
P("telegram", L, """
FRS farmacie Lecce — ricette elettroniche free download, 31k righe con codice fiscale
""", ["farmacie-salento"], "leak", 31000, ["health","national_id"],
"acronym + city context")
P("forum", L, """
⚠️ truffa: il venditore di "DB Nuraghe" è un ripper, ha preso 400 € e sparito. Mod bannatelo.
""", [], "other", None, [],
"scam warning",
title="Truffa DB Nuraghe")
P("telegram", L, """
📶 SardaFibra — 95k clienti, più grosso del leak Nuraghe Tel
nome, indirizzo, IBAN — 600 $
""", [], "sale", 95000, ["name","postal_address","bank_account"],
"comparison: watched telecom only as a reference leak")
P("news", L, """
Trasporti Adriatici colpita da ransomware
Come nel caso Logistica Via Emilia del 2025, i criminali minacciano di pubblicare i documenti dei clienti.
""", [], "news", None, [],
"news about non-watched carrier; watched firm as past example")
P("telegram", L, """
shell su server di farmaciesalento.it — accesso al db gestionale
prezzo in dm
""", ["farmacie-salento"], "access", None, ["access"],
"access via host name")
P("forum", L, """
Accesso al WMS di Logistica Via Emilia — utente admin, tracking e giacenze
800 $
""", ["logistica-via-emilia"], "access", None, ["access"],
"access sale",
title="[ACCESSO] LVE WMS admin")

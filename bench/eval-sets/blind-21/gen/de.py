from common import P
L="de"
P("forum", L, """
Moin,
biete Kundendatenbank der elbtal apotheke (Dresden, 4 Filialen) an. Export aus dem Kundenkarten-System, Stand 10/2026.

Umfang: 64.300 Datensätze
Felder:
kdnr;anrede;vorname;nachname;geburtsdatum;strasse;plz;ort;krankenkasse;vers_nr;letzte_einkaeufe

Beispiel:
400001;Frau;Erika;Musterfrau;1961-05-14;Beispielweg 1;01067;Dresden;Demo BKK;X000000001;Ibuprofen 400 / Pantoprazol 20
400002;Herr;Max;Mustermann;1954-08-02;Teststr. 9;01309;Dresden;Beispiel AOK;Y000000002;Ramipril 5 / Metformin 1000
400003;Frau;Lieschen;Müller-Test;1989-12-24;Nirgendwo 3;01445;Radebeul;Demo Kasse;Z000000003;Cetirizin

Preis: 2.000 € (XMR), Treuhand über Forum möglich. Keine Teilverkäufe.
Nur ernsthafte Anfragen per PN.
""", ["elbtal-apotheke"], "sale", 64300, ["name","date_of_birth","postal_address","health_insurance","order_history","health"],
"long German forum sale with sample rows; German thousands separator; 4 branches is not a count",
title="[VERKAUF] Elbtal-Apotheke Dresden – Kundenkarte 64k")
P("dls", L, """
Elbtal Logistik GmbH — Spedition und Lagerlogistik, Pirna.
Wir haben 120 GB: Verträge, Personalakten, Buchhaltung. Veröffentlichung in 4 Tagen.
""", [], "ransom", None, ["internal_documents"],
"namesake: shares 'Elbtal' with the watched pharmacy but is a logistics firm",
title="Elbtal Logistik GmbH", victim="Elbtal Logistik GmbH", website="elbtal-logistik.de", country="DE")
P("dls", L, """
Zweckverband Holsteiner Marsch — Wasserversorgung und Abwasserentsorgung für 23 Gemeinden im Kreis Steinburg.

Der Verband hat sich gegen eine Einigung entschieden.

Erbeutete Daten (160 GB):
- Kundendaten von 41.000 Haushalten (Name, Anschrift, IBAN für Lastschrift, Verbrauch)
- Personalakten
- Netzpläne, SCADA-Dokumentation
- Verbandsversammlung Protokolle

\\\\ZV-FS\\Kunden\\Lastschrift_2026.xlsx
\\\\ZV-FS\\Technik\\Netzplaene\\
\\\\ZV-FS\\Personal\\

Restzeit: 06T 12h
""", ["zv-holsteiner-marsch"], "ransom", 41000, ["name","postal_address","bank_account","internal_documents"],
"long DLS post on a public utility; 23 municipalities is not a count",
title="Zweckverband Holsteiner Marsch", victim="Zweckverband Holsteiner Marsch", website="zv-holsteiner-marsch.de", country="DE")
P("news", L, """
Cyberangriff auf Zweckverband: Trinkwasserversorgung nicht beeinträchtigt
Der Zweckverband Holsteiner Marsch (ZVHM) bestätigte am Mittwoch einen Hackerangriff auf seine Verwaltungs-IT. Die Wasserversorgung laufe stabil, teilte der Verbandsvorsteher mit. Ob Kundendaten abgeflossen sind, werde geprüft.
""", ["zv-holsteiner-marsch"], "news", None, [],
"news about watched utility: mention, not alert")
P("forum", L, """
Zugang: Küstenwerk (Maschinenbau, Kiel) — RDP + Domain Admin, Veeam erreichbar
~450 MA, Umsatz ~90 Mio €
3.500 $ über Garant
""", ["kuestenwerk"], "access", None, ["access"],
"access sale; staff and revenue not counts",
title="[Zugang] DE Maschinenbau – DA")
P("forum", L, """
Verkaufe Bestand der Inntal Versicherung AG (Innsbruck).

- 210.000 Polizzen (KFZ, Haushalt, Kranken-Zusatz)
- Name, Geburtsdatum, Adresse, IBAN
- bei Kranken-Zusatz: Diagnosen aus Leistungsanträgen
- interne Schadensfälle 2022-2026

Beispielzeile:
POL-0000001;Herr;Test;Tiroler;1970-01-01;Musterweg 5;6020 Innsbruck;AT00 0000 0000 0000 0000;KFZ
POL-0000002;Frau;Anna;Beispiel;1983-06-17;Probegasse 2;6330 Kufstein;AT00 0000 0000 0000 0001;KRANKEN;Dx: M54.5

Preis: 15k USD, Escrow. Kein Sample ohne Einzahlung.
""", ["inntal-versicherung"], "sale", 210000, ["name","date_of_birth","postal_address","bank_account","health","internal_documents"],
"long sale with sample lines; 'Polizzen' counted as records",
title="[AT] Inntal Versicherung 210k Polizzen")
P("dls", L, """
Inntaler Bergbahnen AG — Seilbahnen und Skigebiet im Tiroler Unterland.
Saisonkarten-Kunden, Buchhaltung, Verträge. 70 GB.
""", [], "ransom", None, ["internal_documents"],
"namesake: 'Inntaler' (of the Inn valley) cable-car company, not the insurer",
title="Inntaler Bergbahnen AG", victim="Inntaler Bergbahnen AG", website="inntaler-bergbahnen.at", country="AT")
P("forum", L, """
Zugang zu einem österreichischen Versicherer (Tirol), ~300 MA, Citrix + lokale Admin-Rechte
1.800 $
""", [], "access", None, ["access"],
"victim described only by sector and region; tempting for Inntal Versicherung",
title="[Zugang] AT Versicherung Tirol", sector=("finance","AT"))
P("paste", L, """
kuestenwerk_konstruktion_2025.zip — Inhalt:
KW-Antrieb-3300_Zeichnung.dwg
KW-Decksmaschine_Stueckliste.xlsx
Marine_Projekt_F127_Angebot.pdf
Pass: kw2025   frei zum Download
""", ["kuestenwerk"], "leak", None, ["internal_documents"],
"free leak; victim only inside the file name")
P("forum", L, """
Daten der Förde Werft Kiel GmbH: Kunden, Projekte, Lieferantenliste (u. a. Küstenwerk Maschinenbau, Schottel-Partner) und Einkaufspreise. 30 GB.
Preis per PN.
""", [], "sale", None, ["internal_documents"],
"role: watched firm appears only as a supplier in the victim's supplier list",
title="Förde Werft Kiel – Projektdaten")
P("telegram", L, """
🔓 Leak: Kundendaten der Genfer Privatbank BPL (Banque Privée Léman)
1.900 Kunden, Name, Pass-Nr., IBAN — gratis im Kanal
""", ["banque-privee-leman"], "leak", 1900, ["name","national_id","bank_account"],
"German-language post on the Geneva bank, acronym + full name")
P("forum", L, """
Zugang Sarine Pharma AG (Freiburg/Fribourg, CH) — VPN-Zugang eines QA-Mitarbeiters, Zugriff auf LIMS
Preis per PN
""", ["sarine-pharma"], "access", None, ["access"],
"German form 'AG' of the SA; 'Freiburg' could be mistaken for the German city",
title="[Zugang] CH Pharma Fribourg")
P("chat", L, """
hat jemand die elbtal dump? angeblich free auf telegram, find den link nicht
""", ["elbtal-apotheke"], "other", None, [],
"request/rumour, no offer")
P("telegram", L, """
💊 Sarine Pharma AG — Chargenprotokolle + Rezepturen 2026
nur ein Käufer, Auktion, Start 4.000 $
""", ["sarine-pharma"], "sale", None, ["internal_documents"],
"auction of documents; 2026 is a year")
P("telegram", L, """
⏳ Inntal Versicherung — noch 72 Stunden.
Danach veröffentlichen wir Polizzen und Schadensakten.
""", ["inntal-versicherung"], "ransom", None, ["internal_documents"],
"countdown on Telegram")
P("market", L, """
VNC ohne Passwort auf HMI der Kläranlage — zv-holsteiner-marsch.de Netz
Screenshots als Beweis. 900 $
""", ["zv-holsteiner-marsch"], "access", None, ["access"],
"OT access listing; victim by host",
title="DE Wasser/Abwasser HMI VNC")
P("forum", L, """
Inntal Versicherung — Leistungsakten veröffentlicht, Download frei (Teil 1 von 3, 40 GB)
""", ["inntal-versicherung"], "leak", None, ["internal_documents","health"],
"published after deadline: free leak",
title="[LEAK] Inntal Versicherung Teil 1")
P("news", L, """
Dresdner Elbtal-Apotheke meldet Datenpanne
Nach einem Einbruch in das Kundenkartensystem hat die Elbtal-Apotheke die Datenschutzbehörde informiert. Betroffen seien Namen und Anschriften von Stammkunden.
""", ["elbtal-apotheke"], "news", None, ["name","postal_address"],
"news about watched pharmacy: mention")
P("dls", L, """
Inntal Versicherung AG — Versicherer mit Sitz in Innsbruck, 380 Mitarbeiter.
Polizzen, Schadensakten, Gesundheitsangaben aus Krankenzusatz. 610 GB.
""", ["inntal-versicherung"], "ransom", None, ["internal_documents","health"],
"DLS post; staff count not a record count",
title="Inntal Versicherung AG", victim="Inntal Versicherung AG", website="inntal-versicherung.at", country="AT")
P("market", L, """
Mitarbeiterdaten Küstenwerk (Kiel): 450 MA, Name, Adresse, Steuer-ID, IBAN, Gehalt
250 $
""", ["kuestenwerk"], "sale", 450, ["name","postal_address","national_id","bank_account"],
"employee data of 450 people: here 450 is the number of people claimed",
title="Küstenwerk HR 450")
P("telegram", L, """
💾 Ransomware? Nicht mit uns. BackupSafe Pro — unveränderliche Backups für KMU
Jetzt 30 Tage testen!
""", [], "other", None, [],
"ad")
P("forum", L, """
Verkaufe Datenbank KWM Kabelwerk Meißen — Kunden, Angebote, 6.000 Kontakte
300 €
""", [], "sale", 6000, ["sales_data"],
"acronym namesake: KWM is a Saxon cable maker, not Küstenwerk",
title="KWM Kabelwerk Meißen DB")
P("forum", L, """
Zugang zum Warenwirtschaftssystem der Elbtal Apotheken (Dresden) über TeamViewer
stabil, 1.200 $
""", ["elbtal-apotheke"], "access", None, ["access"],
"access, plural alias",
title="[Zugang] Apotheke Dresden WaWi")
P("telegram", L, """
ZVHM hat nicht gezahlt. Kundendaten (41k Haushalte, Name, Adresse, IBAN) jetzt frei:
hxxp://xxxxxxxx.onion/zvhm
""", ["zv-holsteiner-marsch"], "leak", 41000, ["name","postal_address","bank_account"],
"publication after non-payment; acronym only with 'k' count")
P("news", L, """
Datenleck bei Apothekenrechenzentrum: Rezeptdaten aus Sachsen betroffen
Nach Angaben des Dienstleisters sind rund 300 Apotheken betroffen. Die Dresdner Elbtal-Apotheke erklärte, sie sei kein Kunde des Rechenzentrums und nicht betroffen.
""", [], "news", None, ["health"],
"news; watched pharmacy explicitly not affected; 300 pharmacies is not a record count")
P("forum", L, """
Achtung: der angebotene "Inntal-Dump 2026" von user tirolerbua ist der alte Leak von 2021 von einem Reisebüro, nur umbenannt. Finger weg.
""", [], "other", None, [],
"scam warning about seller",
title="Fake Inntal dump – Warnung")
P("forum", L, """
DE Combo 1,4 Mio — email:pass, frisch aus Logs, gemischt (gmx, web.de, t-online)
50 $
""", [], "sale", 1400000, ["email","password"],
"generic combolist, no org")
P("chat", L, """
hab die kunden von der inntal, 5k polizzen mit iban, 400€ wer will
""", ["inntal-versicherung"], "sale", 5000, ["bank_account"],
"chat sale, short name in lower case")

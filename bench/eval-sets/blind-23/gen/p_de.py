from p_common import p
p("forum","de","sale",["isar-apotheke"],26000,["name","postal_address","health","health_insurance","date_of_birth"],
"""Verkaufe Kundendatenbank der Isar-Apotheke München (isar-apotheke.de), aus dem Rezept-Upload-Portal.
26.000 Datensätze

Spalten: kunden_id;vorname;nachname;geburtsdatum;strasse;plz;ort;krankenkasse;versichertennr;medikament
Beispiel:
10001;Max;Mustermann;1970-01-01;Musterstr. 1;80331;München;TK-Test;A000000000;Ibuprofen 600
10002;Erika;Musterfrau;1985-05-05;Beispielweg 2;80469;München;AOK-Test;B000000000;L-Thyroxin 50

Preis: 1.500 € in XMR. Treuhand (Forum-Escrow) möglich.
Keine Teilverkäufe, keine Proben an Leute ohne Rep.""",
"long sale thread; 26.000 with German thousands separator",title="[VERKAUF] Isar Apotheke München – 26k Kunden mit Rezepten")
p("dls","de","ransom",[],None,["internal_documents"],
"Isar-Apotheke Landshut\nApotheke in Landshut, Bayern. 12 GB Buchhaltung und Lieferantenverträge.",
"namesake: another pharmacy called Isar-Apotheke in a different city (website differs)",title="Isar-Apotheke Landshut",victim="Isar-Apotheke Landshut",website="isarapotheke-landshut.de",country="DE")
p("chat","de","other",[],None,[],
"Heute an der Isar gegrillt, danach noch schnell in die Apotheke wegen Sonnenbrand 😅",
"ordinary words Isar + Apotheke")
p("forum","de","access",["alpenland-logistik"],None,["access"],
"Zugang zu bayerischer Spedition (Alpenland Logistik GmbH), VPN + Domain Admin, ~350 Hosts, Umsatz 80 Mio €. Preis 5k, Escrow.",
"access broker")
p("forum","de","other",[],None,[],
"Frage: bekommt man ALG 1 wenn man selbst gekündigt hat? Sperrzeit 12 Wochen?",
"ALG = Arbeitslosengeld, not Alpenland Logistik")
p("dls","de","ransom",["alpenland-logistik"],None,["internal_documents","name"],
"""Alpenland Logistik GmbH
Logistikdienstleister aus Rosenheim, Bayern. Die Geschäftsführung hat sich entschieden, die Sicherheit ihrer Kunden zu ignorieren.
Wir veröffentlichen 540 GB:
 - Kundenverträge und Preislisten
 - Personalakten (inkl. Ausweiskopien)
 - Buchhaltung 2022-2026
 - Sendungsdaten

\\\\ALG-DC01\\Share\\
   Personal\\
   Vertrieb\\Angebote_2026\\
   Buchhaltung\\DATEV\\
   Disposition\\Touren.xlsx

Veröffentlichung in 3 Tagen.""",
"long DLS post; ALG host name",title="Alpenland Logistik GmbH",victim="Alpenland Logistik GmbH",website="alpenland-logistik.de",country="DE")
p("telegram","de","sale",["elbe-hanf"],9300,["name","email","postal_address","date_of_birth","order_history"],
"🌿 ELBEHANF Shop Kunden 9.3k 🌿\nName | Mail | Adresse | Geburtsdatum | Bestellungen\n💶 350€ XMR\n📩 DM",
"joined caps name; 9.3k")
p("news","de","news",["saalemark"],None,[],
"Landkreis Saalemark: Nach Cyberangriff bleiben die Bürgerämter bis Freitag geschlossen. Ob Daten abgeflossen sind, ist noch unklar.",
"news about public administration")
p("dls","de","ransom",["saalemark"],None,["internal_documents","national_id","name"],
"Kreisverwaltung Saalemark\nVerwaltung in Sachsen-Anhalt. 1 TB Bürgerdaten, Ausweiskopien, interne Dokumente. Countdown: 2d 07h.",
"DLS public sector",title="Kreisverwaltung Saalemark",victim="Kreisverwaltung Saalemark",website="saalemark.de",country="DE")
p("forum","de","leak",["saalemark"],None,["name","national_id","postal_address","internal_documents"],
"Saalemark leak ist jetzt komplett online, 1TB, torrent link im Anhang. Enthält Meldedaten und Ausweise.",
"free re-share of DLS publication")
p("market","de","sale",[],60000,["name","email","phone","health"],
"Patientendaten einer Privatklinik in Kärnten, 60k, Diagnosen + Kontakt. 2.000 €.",
"sector/country only (Carinthia clinic, unnamed)",sector={"sector":"health","country":"AT"})
p("telegram","de","ransom",["woerthersee-klinik"],None,["health"],
"⏰ Klinik Wörthersee – noch 24 Stunden. Danach veröffentlichen wir alle Patientenakten. Verhandlung über unseren Chat.",
"alias word order swapped")
p("forum","de","sale",["woerthersee-klinik"],None,["health","name","date_of_birth"],
"woerthersee-klinik.at Patienten-DB, Arztbriefe als PDF, Geburtsdaten. Preis auf Anfrage.",
"domain form")
p("chat","de","other",[],None,[],
"Urlaub am Wörthersee war mega, nur die Klinik-Rechnung vom Surfunfall nicht 🙈",
"place name; not about the clinic incident")
p("paste","de","leak",["limmat-privatbank"],820,["name","bank_account","postal_address"],
"limmat_bank_kunden_ausz.txt\n820 Kunden, IBAN CH00 0000 0000 0000 0000 0, Adresse, Saldo\n-- free, greetz",
"file-name form; Swiss private bank")
p("news","de","news",[],None,[],
"Zürcher Finanzdienstleister meldet Datenabfluss; die Limmat Privatbank, ein Kunde des Dienstleisters, sei laut Mitteilung nicht betroffen.",
"watched org explicitly not affected; client of victim")
p("forum","de","access",["limmat-privatbank"],None,["access"],
"LPB (Zürcher Privatbank) – Citrix Zugang eines IT-Mitarbeiters, MFA Push-Bombing funktioniert. 7k USDT.",
"acronym LPB with keywords")
p("forum","de","other",[],None,[],
"Warnung: 'hanfking' verkauft angeblich Elbe Hanf Daten, liefert aber nichts. Scammer!",
"scam warning")
p("telegram","de","leak",["elbe-hanf"],None,["name","email","order_history"],
"Gratis: elbe-hanf Newsletter + Bestellliste, Download im Kanal 📥",
"free leak, hyphenated form")
p("market","de","sale",[],None,["name","email","order_history"],
"CBD-Onlineshop aus Sachsen-Anhalt, Kundendaten + Bestellungen, Preis PN. (Konkurrent von Elbe Hanf, nicht verwechseln)",
"competitor role",sector={"sector":"cannabis","country":"DE"})
p("news","de","news",["alpenland-logistik"],None,[],
"Die Spedition Alpenland Logistik bestätigt einen Ransomware-Angriff. Der Betrieb laufe eingeschränkt weiter.",
"news about watched org")
p("forum","de","other",[],None,[],
"[Biete] Crypter FUD, Updates wöchentlich, 150$/Monat. Kein Support für Anfänger.",
"service ad")
p("dls","de","ransom",["woerthersee-klinik"],None,["health","internal_documents"],
"Wörthersee Klinik\nKrankenhaus in Kärnten, Österreich. 310 GB Patientendaten und Verwaltung. Veröffentlichung in 8 Tagen.",
"DLS post",title="Wörthersee Klinik",victim="Wörthersee Klinik",website="woerthersee-klinik.at",country="AT")
p("chat","de","other",["alpenland-logistik"],None,[],
"hat jemand noch die Alpenland Logistik Sachen vom Blog? link ist tot",
"request for a watched org's leaked data: about it, but no offer -> other (see README)")
p("paste","de","leak",["isar-apotheke"],None,["email","password"],
"isar-apotheke.de Mitarbeiter-Logins (Stealer-Logs)\nfiliale1@isar-apotheke.de:***\nbuchhaltung@isar-apotheke.de:***",
"stealer logs for watched domain")
p("news","de","news",[],None,[],
"Nach dem Angriff auf einen österreichischen Kommunalverband vergleichen Experten den Fall mit der Wörthersee Klinik 2025 – damals waren weit mehr Daten betroffen.",
"comparison to past example")
p("market","de","access",["elbe-hanf"],None,["access"],
"Shopware Admin Zugang elbehanf.de – Kunden exportierbar, Zahlungsmodule änderbar. 800€.",
"admin panel")
p("telegram","de","sale",["saalemark"],120000,["name","postal_address","date_of_birth"],
"🏛 Landkreis Saalemark Melderegister-Auszug 120.000 Bürger 🏛 Name, Adresse, Geburtsdatum – 1.000 USDT",
"120.000 -> 120000")

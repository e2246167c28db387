from p_common import p
p("forum","it","sale",["banca-brianza"],57000,["name","national_id","bank_account","phone","email"],
"""Vendo database clienti Banca Brianza Unita (BBU) - bancabrianza.it
57.000 correntisti, estratto dal CRM interno.

Campi: codice_fiscale;nome;cognome;iban;telefono;email;filiale
Esempio:
RSSMRA80A01F704X;Mario;Rossi Finto;IT00X0000000000000000000000;+39 300 0000001;mario.finto@esempio.it;Monza
BNCLRA90B41F205Y;Laura;Bianchi Prova;IT00X0000000000000000000001;+39 300 0000002;laura.prova@esempio.it;Seregno

Prezzo: 3.000 USDT. Escrow del forum accettato. Niente campioni gratis.""",
"long sale thread with sample",title="[VENDO] Banca Brianza Unita - 57k correntisti")
p("dls","it","ransom",["lario-logistica"],None,["internal_documents","tracking"],
"""Lario Logistica S.p.A.
Azienda di logistica e magazzini con sede a Lecco, Lombardia.
Abbiamo esfiltrato 470 GB di dati: contratti, buste paga, dati spedizioni, documenti fiscali.
L'azienda si rifiuta di collaborare.

/LARIO-FS/
 ├── Amministrazione/Bilanci_2024_2025/
 ├── Personale/Cedolini/
 ├── Spedizioni/tracking_export.csv
 └── Clienti/Contratti/

Pubblicazione tra 5 giorni.""",
"long DLS post; sister company of Lario Tech - only Logistica is victim",title="Lario Logistica S.p.A.",victim="Lario Logistica S.p.A.",website="lariologistica.it",country="IT")
p("forum","it","sale",[],33000,["name","phone","order_history"],
"Vendo 33k clienti di un e-commerce di arredamento comasco. Il gestionale è di Lario Tech (bug nel loro modulo export), ma Lario Tech non è stata bucata. 600€.",
"watched org as software used by victim; victim unnamed",sector={"sector":"retail","country":"IT"})
p("chat","it","other",[],None,[],
"domenica giro in barca sul Lario, poi aperitivo a Bellagio 🍹",
"Lario = Lake Como, ordinary place name")
p("telegram","it","leak",["farmacia-aspromonte"],4100,["name","phone","health"],
"🆓 LEAK farmacia aspromonte (RC) clienti 4.100 con terapie e telefoni 🆓 scarica qui 👇",
"lowercase; 4.100")
p("news","it","news",[],None,[],
"Incendi sull'Aspromonte: chiuse due strade provinciali, la farmacia di Gambarie resta aperta.",
"place name, unrelated news")
p("forum","it","access",["lario-tech"],None,["access","source_code"],
"Accesso GitLab interno di LarioTech (software gestionali, Como) - repo sorgenti + CI secrets. 4k USDT.",
"joined name; tech company access")
p("market","it","sale",["istituto-tagliamento"],2900,["name","email","date_of_birth","phone"],
"ITAG Friuli - studenti e genitori 2.900 righe - nome, mail, data nascita, cellulare - 150€",
"acronym ITAG with context")
p("news","it","news",["banca-brianza"],None,[],
"Banca Brianza Unita: «Nessuna evidenza di sottrazione di dati dei clienti», dopo il post su un forum criminale che rivendicava la vendita dell'archivio.",
"news/denial about watched org")
p("dls","it","ransom",[],None,["internal_documents"],
"Brianza Unita Calcio ASD\nSocietà sportiva dilettantistica, Italia. 8 GB.",
"namesake sharing words, sports club not the bank",title="Brianza Unita Calcio ASD",victim="Brianza Unita Calcio ASD",website="brianzaunitacalcio.it",country="IT")
p("telegram","it","ransom",["farmacia-aspromonte"],None,["health","sales_data"],
"⏳ Farmacia Aspromonte - 96 ore per contattarci, poi pubblichiamo ricette e vendite.",
"countdown")
p("forum","it","other",[],None,[],
"Attenzione: l'utente 'brianzadump' è uno scammer, vende BBU ma manda file vuoti.",
"scam warning")
p("paste","it","leak",["istituto-tagliamento"],None,["email","password","name"],
"istitutotagliamento.edu.it registro elettronico dump\nutente;password;nome\ndocente01;Prova2026!;Docente Finto\n...",
"domain form; fake creds")
p("market","it","sale",[],None,["name","health","national_id"],
"Dati pazienti di una ASL calabrese, codice fiscale + esenzioni. Prezzo in privato.",
"sector/country only",sector={"sector":"health","country":"IT"})
p("forum","it","sale",["farmacia-ceresio"],11000,["name","postal_address","health","health_insurance"],
"Farmacia Ceresio (Lugano, TI) - 11k clienti con cassa malati e terapie. 900 CHF in BTC.",
"Swiss Ticino pharmacy")
p("chat","it","other",[],None,[],
"il Ceresio stamattina era una tavola, bellissimo",
"Ceresio = Lake Lugano")
p("news","it","news",["lario-logistica"],None,[],
"Lario Logistica conferma l'attacco ransomware; la consociata Lario Tech precisa che i propri sistemi non sono coinvolti.",
"sister company excluded; only Logistica affected")
p("telegram","it","access",["banca-brianza"],None,["access"],
"accesso home banking admin banca brianza 🏦 pannello back-office, vedi tutti i conti. prezzo DM",
"lowercase partial name")
p("forum","it","leak",["lario-tech"],None,["source_code","internal_documents"],
"Lario Tech S.r.l. - codice sorgente del gestionale 'LarioERP' + documentazione interna, gratis per tutti. Link Mega.",
"tech source code leak")
p("news","it","news",[],None,[],
"Un attacco a un'azienda di trasporti friulana ricorda quello subito da Lario Logistica, ma questa volta i dati non sono stati pubblicati.",
"past example mention")
p("telegram","it","other",[],None,[],
"Offriamo servizio di call center per 'recupero crediti' con liste telefoniche fresche. Contatto in privato.",
"service ad")
p("dls","it","ransom",["istituto-tagliamento"],None,["name","internal_documents","date_of_birth"],
"Istituto Tagliamento\nScuola superiore in Friuli Venezia Giulia. Dati di studenti, docenti e bilanci. 60 GB. 7 giorni.",
"education DLS",title="Istituto Tagliamento",victim="Istituto Tagliamento",website="istitutotagliamento.edu.it",country="IT")
p("market","it","access",["lario-logistica"],None,["access"],
"RDP magazzino Lario Logistica (WMS) - utente con accesso DB spedizioni. 900$",
"sister company distinction")
p("forum","it","other",[],None,[],
"qualcuno sa se il Tagliamento è in piena? devo passare col camion a Latisana",
"river name")
p("paste","it","leak",[],1200,["name","email"],
"lista clienti negozio bici (non c'entra nulla con Banca Brianza, era solo il conto di appoggio) - 1.200 righe - free",
"bank as the victim's bank; explicit non-involvement")
p("telegram","it","sale",["lario-logistica"],None,["name","postal_address","tracking"],
"📦 lariologistica destinatari + tracking 2026 📦 prezzo in DM",
"joined host-like name")
p("news","it","news",["farmacia-aspromonte"],None,[],
"La Farmacia Aspromonte di Reggio Calabria ha denunciato alla Polizia Postale il furto di dati della clientela.",
"news about watched org")
p("forum","it","access",["istituto-tagliamento"],None,["access"],
"Admin Google Workspace di una scuola friulana (istitutotagliamento.edu.it). 300€.",
"domain form, admin access")

from p_common import p
p("telegram","fr","sale",["mistral-sante"],152000,["name","date_of_birth","national_id","health","phone"],
"🔥 VENTE 🔥 Base patients Groupe Mistral Santé (cliniques Marseille/Aix)\n152 000 dossiers : nom, prénom, date de naissance, n° sécu, antécédents, tel\n💶 2500€ via escrow\n📩 DM @medocdata",
"seller post; n° sécu = national_id")
p("dls","fr","ransom",["mistral-sante"],None,["health","internal_documents","national_id"],
"""Clinique Mistral
Groupe de cliniques privées en Provence. Nous avons exfiltré 380 Go.
Données : dossiers médicaux des patients, contrats d'assurance, paie, scans de pièces d'identité.

 /mistral-sante.fr/
   ├── DIRECTION/
   ├── RH/paie_2025.xlsx
   ├── PATIENTS/comptes_rendus/
   └── COMPTA/

Délai : 9 jours. Ensuite tout sera publié.""",
"long DLS post, clinic alias, file tree",title="Clinique Mistral",victim="Clinique Mistral",website="mistral-sante.fr",country="FR")
p("forum","fr","other",[],None,[],
"Le mistral souffle à 90 km/h sur Marseille, ma connexion fibre a encore sauté, quelqu'un connaît un bon VPN pas cher ?",
"ordinary words: mistral (wind), pas (French negation) - not Clínica Pas")
p("forum","fr","sale",["volcans-logistique"],None,["name","postal_address","tracking","order_history"],
"Vends base expéditions VOLCANS LOGISTIQUE (Clermont-Fd), 2023-2026, destinataires + adresses + n° de suivi. Prix en MP. Escrow du forum ok.",
"all caps; years not counts",title="[VENTE] volcans logistique expéditions")
p("paste","fr","leak",["credit-arverne"],7400,["name","email","bank_account","phone"],
"credit_arverne_clients.csv fuité gratuitement\n7400 lignes\nnom;prenom;email;iban;tel\nDUPONT;Jean;jean.dupont@exemple.fr;FR76 0000 0000 0000 0000 0000 000;0600000000",
"file-name form; IBAN = bank_account")
p("news","fr","news",["credit-arverne"],None,[],
"Le Crédit Arverne dément toute fuite de données après la publication d'une liste sur un forum : « il s'agit d'une ancienne base d'un prestataire », assure la banque.",
"news/denial about watched org")
p("telegram","fr","access",["telecom-laurentides"],None,["access"],
"Accès admin panneau abonnés Télécom Laurentides (TLR) 🇨🇦 — recherche par nom/adresse, modif des forfaits. 3000$ CAD, test possible.",
"Quebec telecom admin panel access")
p("forum","fr","sale",["erable-pharmacie"],39000,["name","phone","health","health_insurance","date_of_birth"],
"""Base pharmacie québécoise - Pharmacies L'Erable
39k patients, n° RAMQ, ordonnances, dates de naissance
Exemple :
TREMBLAY|Julie|1988-03-14|RAMQ TREJ00000000|Ventolin
GAGNON|Marc|1965-07-02|RAMQ GAGM00000000|Atorvastatine
Prix : 1100 USDT. Pas de division.""",
"accent dropped; RAMQ = health insurance number",title="VENTE pharmacie QC 39k")
p("dls","fr","ransom",[],None,["internal_documents"],
"Mistral Transports SARL\nTransport routier, Tunisie. 45 Go.",
"namesake: 'Mistral' another company, another country/sector",title="Mistral Transports SARL",victim="Mistral Transports SARL",website="mistral-transports.tn",country="TN")
p("telegram","fr","leak",["schelde-apotheek"],12000,["name","email","phone","postal_address"],
"Leak gratuit 🇧🇪 Pharmacie Escaut (Anvers) - 12 000 clients fidélité - lien ci-dessous",
"French translation of Schelde Apotheek")
p("forum","fr","other",[],None,[],
"Quelqu'un a des retours sur le vendeur 'arverne_leaks' ? Il prétend avoir le Crédit Arverne mais refuse l'escrow. Ça sent l'arnaque.",
"scam suspicion, not an offer")
p("chat","fr","other",[],None,[],
"Les volcans d'Auvergne c'est magnifique en automne, on y retourne pour la logistique du mariage ??",
"ordinary words volcans + logistique")
p("market","fr","sale",[],85000,["name","email","phone","postal_address"],
"Base clients d'un opérateur télécom québécois régional, 85k abonnés, nom/adresse/tel/courriel. 600$.",
"sector-only description",sector={"sector":"telecom","country":"CA"})
p("forum","fr","access",["volcans-logistique"],None,["access"],
"Accès RDP + admin domaine chez un transporteur auvergnat (VLOG - volcans-logistique.fr), ~200 postes, CA 40M€. 2k€.",
"acronym + domain; CA (chiffre d'affaires) not a count")
p("news","fr","news",[],None,[],
"Cyberattaque contre un éditeur de logiciels de gestion officinale : plusieurs pharmacies clientes, dont la Pharmacie L'Érable, disent ne pas être touchées.",
"watched org explicitly not affected (client of victim)")
p("telegram","fr","ransom",["credit-arverne"],None,["internal_documents","bank_account"],
"⏰ Crédit Arverne - 72h. Nous avons vos fichiers clients et vos documents internes. Contactez-nous sur notre chat avant publication.",
"extortion countdown on telegram")
p("paste","fr","leak",["vlatel"],230000,["name","phone","postal_address","email"],
"VLATEL clients (Flandre) 230k - dump complet gratuit\nnom,tel,adresse,email,type_abonnement\n...",
"Belgian telecom, French paste")
p("forum","fr","sale",[],18000,["name","email","health"],
"Vends 18k patients d'une clinique Wallonne (Namur). Pas Mistral, pas Schelde, ne demandez pas. 400€.",
"explicit exclusions; victim unnamed Belgian clinic",sector={"sector":"health","country":"BE"})
p("news","fr","news",["telecom-laurentides"],300000,["name","postal_address","phone"],
"Télécom Laurentides confirme qu'environ 300 000 abonnés ont été touchés par une fuite de données ; les mots de passe ne seraient pas concernés.",
"news; count stated, passwords explicitly not")
p("dls","fr","ransom",["volcans-logistique"],None,["internal_documents"],
"Volcans Logistique\nVolcans Logistique - entreposage et transport, Clermont-Ferrand. 210 Go : contrats clients, RH, comptabilité.\nPublication dans 5 jours.",
"DLS post with victim fields",title="Volcans Logistique",victim="Volcans Logistique",website="volcans-logistique.fr",country="FR")
p("market","fr","sale",["mistral-sante"],None,["health","name"],
"mistral sante dossiers patients - lot partiel - prix sur demande",
"lowercase, no accents, no count")
p("chat","fr","other",[],None,[],
"mdr le mec vend des accès à une boulangerie, qui achète ça",
"chatter")
p("forum","fr","other",[],None,[],
"[SERVICE] Mise en place de boutiques darkweb, hébergement, escrow auto. Tarifs en MP.",
"ad for services")
p("telegram","fr","sale",["erable-pharmacie"],None,["name","phone"],
"pharmacie lerable 🇨🇦 liste tel clients dispo, dm",
"name written sloppily (lerable)")
p("forum","fr","access",["mistral-sante"],None,["access"],
"Shell sur serveur RIS/PACS d'un groupe de cliniques provençal (mistral-sante.fr). Prix 1500€, pas de test.",
"domain form; 'pas' negation")
p("news","fr","news",["volcans-logistique"],None,[],
"Volcans Logistique revendiqué par un groupe de rançongiciel ; l'entreprise indique que ses entrepôts fonctionnent normalement.",
"news about claim")
p("paste","fr","leak",[],1000000,["email","password"],
"combo FR 2026 - 1 000 000 lignes - orange.fr free.fr sfr.fr laposte.net ... gratuit",
"generic combolist; no watched org. count 1,000,000 stated",)
p("telegram","fr","other",[],None,[],
"Attention : faux canal qui se fait passer pour nous et vend la 'base Crédit Arverne'. Ce n'est pas nous, c'est un fake.",
"warning about impostor")
p("forum","fr","leak",["telecom-laurentides"],None,["name","email","password"],
"telecom-laurentides / tlr.ca - comptes webmail clients (email:pass) - gratuit pour les membres VIP",
"leak to VIP members counts as open sharing")

from p_common import p
p("forum","en","sale",["granite-state-rx"],48210,["name","date_of_birth","phone","postal_address","health","health_insurance"],
"""Selling fresh dump from a NH pharmacy chain - granitestaterx.com (Granite State Rx). Pulled from their refill portal backend last week.

Rows: 48,210 patients
Fields: first_name,last_name,dob,phone,address,city,zip,rx_name,rx_ndc,insurer,member_id
Format: CSV, 11.2 MB

Sample (fake-checked, names changed by me lol):
John,Doeman,1961-04-02,603-555-0142,12 Elm St,Concord,03301,Lisinopril 10mg,00000-0000-01,AnthemX,ZZ0000001
Mary,Testerson,1979-11-30,603-555-0188,4 Oak Rd,Nashua,03060,Metformin 500mg,00000-0000-02,AetnaQ,ZZ0000002

Price: 1.2k USD, escrow accepted (forum escrow only). No splitting.
Contact via PM or tox. Don't waste my time with 'sample pls' if you have 0 rep.""",
"long forum thread; pharmacy patient DB with Rx = health; 48,210 stated; price 1.2k not a count",title="[SELLING] Granite State Pharmacy - 48K patients w/ prescriptions")
p("telegram","en","sale",["lonestar-freight"],None,["tracking","name","phone","postal_address"],
"📦 lonestarfreight.com shipment DB 📦\nconsignee names, phones, delivery addr, PRO/tracking numbers 2024-2026\n💰 DM for price @frt_dumps\n⚠️ no escrow, first come",
"host form of Lone Star Freight & Storage; no count; years not counts")
p("dls","en","ransom",["mohawk-valley-health"],None,["health","internal_documents","national_id","name"],
"""Mohawk Valley Health Alliance

Mohawk Valley Health Alliance is a regional hospital network serving central New York. Its management was notified about the attack and chose to ignore it. We downloaded 612 GB of data including patient records, SSN scans, HR files, financial reports and contracts.

If no contact is made the data will be published.

Files:
\\\\MVHA-FS01\\
  ├── Finance\\Budget_FY2026.xlsx
  ├── HR\\Employees_SSN.xlsx
  ├── Patients\\Discharge_Summaries\\ (41,233 files)
  ├── Legal\\Settlements\\
  └── IT\\vpn_users.csv

Data size: 612 GB
Publication: 6 D 14 h 22 m 09 s""",
"full DLS post with file tree; 41,233 files not people -> null count; 612 GB size",title="Mohawk Valley Health Alliance",victim="Mohawk Valley Health Alliance",website="mvha.org",country="US")
p("dls","en","ransom",[],None,["internal_documents"],
"Black Country Store Pty Ltd\nAustralian homewares retailer, Perth WA. 120 GB of finance and supplier docs. Deadline 2026-12-12.",
"namesake: same name as watched UK retailer but Australian website/country",title="Black Country Store Pty Ltd",victim="Black Country Store Pty Ltd",website="blackcountrystore.com.au",country="AU")
p("forum","en","access",["pecan-bank"],None,["access"],
"Access: regional bank, Texas, pecanbank.com\nType: Citrix + domain user, AD ~900 hosts\nRev: $310M\nAV: Defender\nPrice 6k, blitz 9k. Escrow ok.",
"initial access broker; revenue and host count are not records",title="[ACCESS] US bank TX Citrix DU")
p("news","en","news",["berkshire-poly"],14000,["name","email","national_id"],
"Berkshire Polytechnic Institute confirms data breach affecting about 14,000 students\nThe Massachusetts college said an unauthorized party accessed a student records system in October; names, email addresses and some Social Security numbers were exposed. The institute is offering credit monitoring.",
"news mention of watched org: not an alert; count stated")
p("forum","en","other",[],None,[],
"SCAM WARNING: user 'rxking' sold me the 'Granite State Rx full db' for 800$ and delivered a 2019 combolist. Do not deal with him. Mods please ban.",
"scam warning about seller; watched name mentioned but the posting is about the scammer",title="Scam report: rxking")
p("market","en","sale",[],220000,["name","email","phone","order_history"],
"HaulPoint Brokerage (Dallas) customer DB, 220k shippers & consignees. Their carriers include Lone Star Freight, Roadrunner-ish small fleets etc. Price $700 BTC/XMR.",
"watched org only appears as a carrier of the victim",title="HaulPoint Brokerage 220k")
p("paste","en","leak",["dyffryn-clinic"],3120,["name","date_of_birth","health","phone"],
"-- dyffryn_clinic_patients_export.sql -- free, enjoy\n-- 3120 rows\nINSERT INTO patients (id,name,dob,phone,condition) VALUES\n(1,'Test Person','1980-01-01','07700 900001','asthma'),\n(2,'Fake Name','1975-05-05','07700 900002','T2 diabetes'),\n...",
"file name form of Dyffryn Clinic; free paste")
p("market","en","sale",["trentside-bs"],1500,["name","postal_address","date_of_birth","bank_account","national_id"],
"UK FULLZ - trentside BS members | 1.5k | name/addr/DOB/sort code/acc no/NI | £4 per line, bulk disc",
"abbreviated generic word (BS); £4 per line is a price not a count")
p("telegram","en","leak",["black-country-store"],86000,["name","email","postal_address","order_history"],
"FREE LEAK 🔓 BLACKCOUNTRYSTORE orders 2025 (86k orders) -> blackcountrystore_orders_2025.csv\nmega[.]nz/xxxx\nlike & share ❤️",
"all caps joined name; count of orders")
p("forum","en","access",["cedar-smoke"],None,["access"],
"have admin on cedar n smoke shopify + their POS cloud (vancouver cannabis dispensary chain). can export customers. 2.5k or swap for EU pharmacy logs",
"sloppy name 'cedar n smoke'; access to admin panel")
p("forum","en","sale",[],1200000,["name","health","health_insurance","postal_address"],
"Selling: large US Northeast hospital network, ~1.2M patient records incl. diagnoses + insurance. Name not disclosed in public, proof in PM. $15k.",
"no name; sector-only description",title="US NE hospital network 1.2M",sector={"sector":"health","country":"US"})
p("news","en","news",[],None,[],
"Ohio school district ransomware attack called 'the biggest education breach since the Mohawk Valley Health incident', though experts said the Ohio data set appears smaller.",
"comparison to watched org; news about another victim")
p("telegram","en","leak",["berkshire-poly"],None,["name","email","password"],
"berkshire poly (BPI) student portal creds leaked lol\nstudentportal.berkshirepoly.edu logins + plaintext pw\nlink in bio, free",
"acronym BPI with context keywords; no count")
p("dls","en","ransom",["lonestar-freight"],None,["internal_documents"],
"Lone Star Freight and Storage\nTexas trucking & warehouse company. 230GB. Contracts, customer lists, driver files. Timer: 3 days.",
"'and' instead of '&'",title="Lone Star Freight and Storage",victim="Lone Star Freight and Storage",website="lonestarfreight.com",country="US")
p("market","en","sale",["pecan-bank"],3400,["payment_card","name","postal_address"],
"PECAN BANK debit BINs 4xxxxx | 3400 cards | valid 78% | $18/card | replacements 10 min",
"price per card is not a count")
p("forum","en","other",[],None,[],
"Offering bulletproof hosting + socks5 (US residential). Monthly plans from $40. Escrow. No CP no gov.",
"ad for services, no victim")
p("chat","en","other",[],None,[],
"lmao did you see GSP's comeback rumours? georges st-pierre back in the octagon at 45 would be wild",
"acronym GSP used for a fighter, not the pharmacy")
p("forum","en","access",["mohawk-valley-health"],None,["access"],
"NY healthcare org - MVHA - Citrix Gateway creds + MFA bypass, local admin on 3 servers. 4k firm.",
"acronym MVHA in health context")
p("telegram","en","sale",["cedar-smoke"],27500,["name","email","phone","date_of_birth","order_history"],
"🌿 Cedar & Smoke Cannabis BC customers 27.5k 🌿\nemail | phone | DOB | purchase history\n$500 or trade. @budlogs",
"27.5k -> 27500")
p("forum","en","leak",[],540000,["email","password"],
"Dumping GraniteRx Pharmacy (Australia) forum users 540k, free. Note: NOT Granite State Pharmacy in the US, different company, don't PM me about GSP.",
"explicit exclusion of watched org; similarly named foreign company",title="GraniteRx AU 540k free")
p("news","en","news",["trentside-bs"],None,["name","bank_account"],
"Trentside Building Society says a 'limited number' of members' account details were exposed after a supplier incident, and that mortgages are not affected.",
"news about watched org")
p("telegram","en","ransom",["dyffryn-clinic"],None,["health"],
"⏳ Dyffryn Health (Wales) - 48h left to pay. After that all patient files go public. Their IT guys stopped answering 🤡",
"alias Dyffryn Health; countdown")
p("forum","en","sale",[],None,["name","postal_address"],
"selling parking fines db from a Black Country council (Dudley area), residents names+addresses, DM",
"Black Country used as place name; victim is an unnamed council",sector={"sector":"public","country":"GB"})
p("paste","en","leak",[],9800,["name","email","payment_card"],
"shop: tinytoolsonline.co.uk leaked 9800 orders\npayment processor: Pecan Bank merchant services (not breached, just the gateway id)\ncc last4, names, emails",
"watched org as payment provider, not victim")
p("market","en","sale",["erable-pharmacie"],64000,["name","phone","health","health_insurance"],
"Quebec pharmacy chain - Erable Pharmacy (pharmacielerable.ca) - 64k patients, RAMQ numbers, meds. $900.",
"translated generic word: Erable Pharmacy")
p("forum","en","access",["granite-state-rx"],None,["access"],
"VPN access GSP (NH pharmacy, granitestaterx) - Fortinet, user with RDP to pharmacy mgmt server. $1500.",
"acronym with keywords")
p("news","en","news",[],None,[],
"BC dispensary operator breached; analysts recall the 2025 Cedar & Smoke incident as the last major cannabis leak in the province.",
"past example mention, victim unnamed")

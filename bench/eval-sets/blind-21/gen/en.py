from common import P
L="en"
# en1 long forum sale
P("forum", L, """
Selling full customer + prescription table from cascadiarx.com, pulled Oct 2026 via exposed reporting API. Not a recycled combo, fresh.

Stats:
- 412,006 unique customers (OR / WA / ID stores)
- 1.9M prescription fill rows linked by customer_id
- insurer + member ID for ~70%

Columns:
customer_id,first_name,last_name,dob,email,phone,address,city,state,zip,rx_number,drug_name,prescriber,insurer,member_id

Sample (5 of 412k):
100233,Jane,Doe,1979-02-14,jane.doe@example.com,503-555-0134,12 Example St,Portland,OR,97201,RX77120031,Atorvastatin 20mg,Dr. A. Sample,ExampleCare,XYZ000123
100234,John,Testman,1965-11-02,jtestman@example.net,206-555-0188,400 Fake Ave,Seattle,WA,98101,RX77120088,Metformin 500mg,Dr. B. Placeholder,DemoHealth,DH99887766
100235,Mary,Specimen,1990-07-30,m.specimen@example.org,541-555-0102,9 Nowhere Rd,Bend,OR,97701,RX77120112,Sertraline 50mg,Dr. C. Null,ExampleCare,XYZ000981
...

Price: $4,500 for full set, no splits. Escrow accepted (forum escrow only). BTC/XMR.
Sample of 1k rows to verified buyers with rep > 50.
Contact: PM or tox in profile.
""", ["cascadia-rx"], "sale", 412006, ["name","date_of_birth","email","phone","postal_address","health","health_insurance"],
"long forum sale thread with CSV header and fake sample rows; domain form; 1.9M fill rows are linked rows, people claimed = 412,006",
title="[SELLING] cascadiarx.com - 412K customers + Rx history (2026)")
# en2 telegram leak sister company
P("telegram", L, """
cascadia cannabis co LOYALTY members dump 🍁💨
58,930 rows - name / email / phone / DOB (age check) / points balance
FREE for channel members, link below, mirror in comments
👉 hxxps://mega[.]nz/file/XXXXXXXX
no we dont have the cascadia pharmacy one stop asking
""", ["cascadia-cannabis"], "leak", 58930, ["name","email","phone","date_of_birth"],
"sister-company trap: Cascadia Cannabis is the victim; the Cascadia pharmacy (Cascadia Rx) is explicitly not part of it")
# en3 long DLS
P("dls", L, """
Puget Sound Freight Lines is a less-than-truckload carrier serving Washington, Oregon and Alaska with terminals in Tacoma, Spokane and Anchorage.

Company ignored our offer. All data will be published.

Revenue: $310M
Employees: 1,450
Data size: 1.2 TB

Leaked data include:
- HR: employee files, payroll with direct deposit details, SSN scans
- Finance: bank statements 2019-2026, audit reports
- Customers: contracts, rate agreements, claims
- Legal: litigation folders, insurance correspondence

File tree (partial):
/PSFL-FS01/
  /HR/Payroll/2026/direct_deposit_export.xlsx
  /HR/Personnel/Terminated/... (2,314 files)
  /Finance/Bank/KeyBank_statements_2024.pdf
  /Customers/Contracts/Rate_Agreements_2025/
  /Legal/Claims/2023-cargo-damage/
/SQL-BACKUP/tms_prod_2026-10-28.bak

Publication in: 04d 11h 23m 07s
""", ["puget-freight"], "ransom", None, ["internal_documents","bank_account","national_id"],
"full DLS post with file tree and countdown; revenue/employee/size numbers are not record counts",
title="Puget Sound Freight Lines", victim="Puget Sound Freight Lines", website="psfreightlines.com", country="US")
# en4 DLS namesake
P("dls", L, """
Green Leaf Collective Ltd is a landscaping and garden-maintenance co-operative based in Hamilton, New Zealand.
We have downloaded 86 GB: contracts, invoices, employee IDs, client lists.
Deadline: 7 days.
""", [], "ransom", None, ["internal_documents","national_id"],
"namesake: same name as the watched Massachusetts cannabis retailer but a NZ landscaping co-op (victim/website/country fields show it)",
title="Green Leaf Collective Ltd", victim="Green Leaf Collective Ltd", website="greenleafcollective.co.nz", country="NZ")
# en5 access sector only
P("forum", L, """
Access: US healthcare org, New Hampshire
Revenue: ~$120M (zoominfo)
Employees: ~900
Access type: Fortinet VPN + domain user, can escalate, AV = Defender
Hosts: ~600 in AD
Price: 1.2k start / 2.5k blitz
Guarantor accepted. No name before deposit.
""", [], "access", None, ["access"],
"IAB-style access ad naming no victim, only sector and state; revenue/hosts are not record counts",
title="[Access] US Healthcare | NH | 120kk rev | VPN+DU", sector=("health","US"))
# en6 access named
P("market", L, """
RDP + Domain Admin on mapleridgehealth.org
- 2 DCs, Veeam backups reachable, EHR server in scope
- ~1,100 endpoints
- access stable 9 days
$3,000 BTC, escrow through market. first come first served
""", ["mapleridge-health"], "access", None, ["access"],
"access sale naming the victim only by its domain; endpoint count is not a record count",
title="DA access - mapleridgehealth.org (US, healthcare)")
# en7 news with org
P("news", L, """
Mapleridge Health Partners notifies 23,400 patients of data breach
CONCORD, N.H. — Mapleridge Health Partners said Tuesday that an unauthorized party accessed a scheduling server between Sept. 30 and Oct. 6. Names, dates of birth and appointment details for 23,400 patients may have been viewed. The provider said it has no evidence the data was misused and is offering credit monitoring.
""", ["mapleridge-health"], "news", 23400, ["name","date_of_birth","health"],
"news about a watched organization's incident: a mention, not an alert")
# en8 ad
P("telegram", L, """
🛡 DarkWatch PRO — we monitor 400+ forums & leak channels for YOUR company
⚡ alerts in 5 min | 📊 weekly reports | 💵 from $99/mo
Trusted by pharmacies, banks, logistics. DM @darkwatch_sales for demo
""", [], "other", None, [],
"ad for a monitoring service; sector words but no victim")
# en9 WTB chatter
P("chat", L, """
[23:14] <v0idcat> anyone got the prairie north dump? heard PNT got popped last week
[23:15] <jk_> nah only rumors, nothing posted anywhere
[23:15] <v0idcat> ill pay if someone has it
""", ["prairie-north-telecom"], "other", None, [],
"want-to-buy/rumour chatter about a watched org; no data offered, no alert")
# en10 role carrier
P("forum", L, """
Selling customer db of RainierOutdoorGear.com (WA outdoor shop)
186k orders 2022-2026: name, email, shipping address, order items, tracking numbers (shipments go out with Puget Sound Freight Lines and UPS)
$700, sample on request
""", [], "sale", 186000, ["name","email","postal_address","order_history","tracking"],
"role case: watched carrier appears only as the shipper of the victim's parcels; 186k order records claimed",
title="RainierOutdoorGear.com 186k orders")
# en11 paste leak
P("paste", L, """
-- H&I Ferries booking system dump (hiferries.co.uk) --
-- free, enjoy. 184,220 bookings
CREATE TABLE `bookings` (
  `booking_ref` varchar(12), `lead_name` varchar(120), `email` varchar(120),
  `phone` varchar(32), `route` varchar(40), `sail_date` date, `vehicle_reg` varchar(12), `amount_gbp` decimal(8,2)
);
INSERT INTO `bookings` VALUES ('HIF2600001','A. Sample','a.sample@example.com','07700 900123','INV-SKY','2026-06-01','XX00 XXX',84.50);
INSERT INTO `bookings` VALUES ('HIF2600002','B. Test','btest@example.org','07700 900456','OBN-MUL','2026-06-01','YY11 YYY',112.00);
""", ["highland-islands-ferries"], "leak", 184220, ["name","email","phone","order_history"],
"paste with SQL schema; name written with the ampersand abbreviation H&I and as host")
# en12 news exclusion
P("news", L, """
Orkney Link Ferries hit by cyber attack, bookings offline
Orkney Link Ferries said on Friday its online booking platform was taken offline after a ransomware attack. Other operators on the west coast, including Highland & Islands Ferries, said their systems were not affected and sailings continue as normal.
""", [], "news", None, [],
"news; watched operator mentioned only as explicitly not affected")
# en13 DLS
P("dls", L, """
PENWITH CLINIC GROUP
Private GP and physiotherapy clinics in Penzance, St Ives and Hayle, Cornwall.
The management decided that patients' privacy is not worth a conversation.
We hold records of 61,000 patients: names, dates of birth, home addresses, consultation notes, referral letters.
Also finance and HR folders. 412 GB total.

What we have:
- EMIS export: patients.csv, consultations_2019-2026.csv
- /Referrals/ scanned letters (PDF)
- /Finance/ payroll, bank reconciliations
- /HR/ staff contracts, DBS checks

Tree:
PCG-DC01\\Shares\\Clinical\\Exports\\patients.csv
PCG-DC01\\Shares\\Clinical\\Referrals\\2026\\
PCG-DC01\\Shares\\Finance\\Payroll\\
PCG-DC01\\Shares\\HR\\Contracts\\

Full dump in 6 days.
""", ["penwith-clinic"], "ransom", 61000, ["name","date_of_birth","postal_address","health","internal_documents"],
"DLS post, name in capitals; 412 GB not a count",
victim="Penwith Clinic Group", website="penwithclinic.co.uk", country="GB")
# en14 market sale
P("market", L, """
Bluenose Cannabis Co. (Nova Scotia) web-store customers 2024–2026
Records: 73,412
Fields: full name, email, phone, delivery address, DOB, order history (products, THC %, totals)
Format: CSV, 41 MB
Source: Shopify customer export + order DB, Oct 2026
Sample:
cust_id,name,email,phone,address,dob,last_order,total_cad
B-000101,Jane Sample,jane@example.ca,902-555-0101,1 Example Rd Halifax NS,1990-01-01,Pre-roll 5pk,64.50
B-000102,John Test,jtest@example.ca,902-555-0102,22 Fake St Dartmouth NS,1984-05-05,Gummies 10mg,38.00
Price: $900 / exclusive $2,200
Escrow: yes (market)
Delivery: instant after escrow confirm
""", ["bluenose-cannabis"], "sale", 73412, ["name","email","phone","postal_address","date_of_birth","order_history"],
"market listing with structured fields; years in title are not counts",
title="Bluenose Cannabis Co (NS) – online orders DB 73k")
# en15 namesake Bluenose other company
P("forum", L, """
Have the customer list + invoices of Bluenose Auto Glass (windshield repair, Dartmouth NS). 9,800 customers, names, phones, VINs, insurance claim numbers.
$250 or swap for other Canadian stuff. Not the weed store lol
""", [], "sale", 9800, ["name","phone","internal_documents"],
"namesake: another Nova Scotia company sharing the word Bluenose (different sector); seller even says it's not the cannabis store",
title="Bluenose Auto Glass NS - 9.8k customers")
# en16 access
P("market", L, """
Prairie North Telecom (Winnipeg, MB) — Citrix gateway, local admin on 2 servers, path to billing VLAN
3,400 employees per LinkedIn
$6,000 / negotiable for regulars
""", ["prairie-north-telecom"], "access", None, ["access"],
"access listing; employee count not a record count",
title="CA | Telecom | Citrix + LA | Prairie North Telecom")
# en17 forum sale sister
P("forum", L, """
prairie north cu members — 27,600 fullz
name, DOB, SIN, address, phone, email, account + transit numbers
pulled from their online banking vendor export, 2026
price in PM, no timewasters. escrow ok
(this is the credit union, NOT the telecom)
""", ["prairie-north-cu"], "sale", 27600, ["name","date_of_birth","national_id","postal_address","phone","email","bank_account"],
"sister-name trap: credit union (PNCU) is the victim, not Prairie North Telecom; written lower case with 'cu'",
title="PNCU fullz 27.6k (Manitoba)")
# en18 telegram leak
P("telegram", L, """
LEAKED 🔓 greenleafcollective-ma.com
~12,000 medical patients (MA program) — name, email, phone, patient card #, certifying physician
dl: hxxps://gofile[.]io/d/xxxxxx
share before it gets nuked
""", ["green-leaf"], "leak", 12000, ["name","email","phone","health"],
"leak naming the victim by domain only; ~12,000 approximate stated count")
# en19 comparison
P("telegram", L, """
💊 NEW DROP: Willamette Drug (Oregon pharmacy chain) — 1.1 MILLION customers with prescriptions
way bigger than the Cascadia Rx leak last year 🤡
free download in channel, pass: wd2026
""", [], "leak", 1100000, ["health"],
"comparison: watched pharmacy named only as a past leak for size comparison; victim is a non-watched chain")
# en20 scam warning
P("forum", L, """
SCAM ALERT: user nw_dumps
Bought his "Cascadia Cannabis 2026" db for $300. It's the 2021 combolist from a vape shop with the header renamed. Zero matches on emails I checked. He blocked me after payment. Stay away, mods pls ban.
""", [], "other", None, [],
"scam warning about a seller; the named data is said to be fake",
title="SCAM ALERT - nw_dumps sells fake Cascadia Cannabis db")
# en21 access HIF
P("telegram", L, """
🎫 access for sale
highland and islands ferries (scotland) — pulse secure VPN creds + internal booking admin portal
works today, tested 2x
DM for price
""", ["highland-islands-ferries"], "access", None, ["access"],
"access offered; name spelled out with 'and' in lower case; 'DM for price' with no number")
# en22 DLS Kuestenwerk
P("dls", L, """
Küstenwerk Maschinenbau GmbH — Kiel, Germany. Manufacturer of ship propulsion components and deck machinery.
We downloaded 380 GB: CAD drawings, customer projects (naval), NDAs, employee data, financial statements.
Time left: 9 days 02:15:44
""", ["kuestenwerk"], "ransom", None, ["internal_documents"],
"English DLS post on a German victim; 'employee data' is vague, only internal documents claimed clearly",
title="Kuestenwerk Maschinenbau GmbH", victim="Kuestenwerk Maschinenbau GmbH", website="kuestenwerk.de", country="DE")
# en23 DLS BPL
P("dls", L, """
BP Leman — private bank in Geneva.
KYC files of 3,100 clients: passports, proof of address, account numbers, source-of-wealth declarations. Internal compliance memos.
They think Swiss secrecy will protect them. It will not.
""", ["banque-privee-leman"], "ransom", 3100, ["national_id","postal_address","bank_account","internal_documents"],
"victim field abbreviates the bank name ('BP Leman')",
title="BP Leman", victim="BP Leman", website="bpleman.ch", country="CH")
# en24 DLS Huallaga in English
P("dls", L, """
Clinica Huallaga (Lima, Peru) — private hospital.
Stolen: patient database, lab results, invoices, doctors' contracts. 240 GB.
Negotiation failed. Publishing soon.
""", ["clinica-huallaga"], "ransom", None, ["health","internal_documents"],
"English DLS post on a Peruvian clinic, accent dropped",
title="Clinica Huallaga", victim="Clinica Huallaga", website="clinicahuallaga.pe", country="PE")
# en25 news multi-org
P("news", L, """
Ransomware roundup, week 48
Claims this week included Puget Sound Freight Lines, a Tacoma-based trucking company, and Kiel engineering firm Küstenwerk Maschinenbau, both listed on the same leak site with countdowns. Neither company has commented. Separately, a Costa Rican ministry restored its services after last month's attack.
""", ["puget-freight","kuestenwerk"], "news", None, [],
"news roundup naming two watched victims: mentions, not alerts")
# en26 combolist
P("paste", L, """
MIX COMBO 500K — gaming / streaming — HQ private
user1@gmail.com:xxxxxxxx
user2@ticomovil.cr:xxxxxxxx
user3@yahoo.com:xxxxxxxx
... 500k lines, free, no hits guaranteed
""", [], "leak", 500000, ["email","password"],
"hard negative: a mail address on a watched telecom's domain appears inside a generic combolist; the telecom is not the breached party")
# en27 access floripa
P("forum", L, """
Shell + DB creds on floripasistemas.com.br (Brazilian ERP SaaS)
multi-tenant, 200+ client companies' tenants reachable from the same DB user
can dump all or sell access as is. $4k
""", ["floripa-sistemas"], "access", None, ["access"],
"access to a software vendor; its clients are not named; 200+ tenants is not a record count",
title="[BR] SaaS ERP vendor - shell + DB")
# en28 chat sale
P("chat", L, """
yo i got that puget freight driver list
2k drivers, SSN + CDL + home addr
300$ hmu on session
""", ["puget-freight"], "sale", 2000, ["name","national_id","postal_address"],
"short chat sale, name shortened; 300$ is a price")
# en29 DLS PNCU
P("dls", L, """
Prairie North Credit Union, Brandon, Manitoba
Member loan files, scanned IDs, board minutes, 95 GB.
If no contact in 5 days the files go public.
""", ["prairie-north-cu"], "ransom", None, ["internal_documents","national_id"],
"DLS post on the credit union (sister-name to the telecom)",
title="Prairie North Credit Union", victim="Prairie North Credit Union", website="pncu.ca", country="CA")

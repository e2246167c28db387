# applied by build.py after the per-language files: conversions to hard negatives, longer texts, titles
def setp(d,text=None,orgs=None,kind=None,rc="keep",dt=None,note=None,sector=None,title=None):
    if text is not None: d["text"]=text
    e=d["expect"]
    if orgs is not None: e["orgs"]=orgs
    if kind is not None: e["kind"]=kind
    if rc!="keep": e["record_count"]=rc
    if dt is not None: e["data_types"]=dt
    if note is not None: d["note"]=note
    if sector is not None: e["sector"]=sector
    if title is not None:
        d["title"]=title
        if not d["text"].startswith(title+"\n"): d["text"]=title+"\n"+d["text"]
O={}
O[129]=dict(text="Patienten-DB eines Reha-Zentrums bei Villach, ~7k Akten. Zuweisende Häuser u.a. Wörthersee Klinik, LKH Villach – die stehen nur als Überweiser drin, gehackt wurde das Reha-Zentrum. Preis auf Anfrage.",
  orgs=[],rc=7000,dt=["health","name"],note="watched clinic only as referring hospital in the victim's files",sector={"sector":"health","country":"AT"},title="[Biete] Reha-Zentrum Kärnten Patientenakten")
O[170]=dict(text="📦 e-shop comasco: destinatari + tracking 2026 📦\nle spedizioni le fa Lario Logistica ma il db è del negozio, non del corriere\nprezzo in DM",
  orgs=[],note="watched logistics firm is only the carrier of the victim shop",sector={"sector":"retail","country":"IT"})
O[104]=dict(text="Dump grátis da loja online angolana 'KitandaShop' (Luanda) - 22 mil clientes, nome, telefone, morada. Os SMS de confirmação eram enviados pela Kwanza Telecom, mas a operadora não tem nada a ver. Download no canal.",
  orgs=[],rc=22000,dt=["name","phone","postal_address"],note="watched telecom only as SMS provider of the victim")
O[46]=dict(text="""=== GSM Point Gent - revendeur agréé (boutique téléphonie) ===
dump complet gratuit, 4 300 clients de la boutique
ATTENTION: c'est le revendeur qui s'est fait trouer, pas VlaTel lui-même
(les contrats sont des abonnements VlaTel vendus en boutique)

nom,tel,adresse,email,type_abonnement
Janssens Test,+32 470 00 00 01,Teststraat 1 Gent,test1@voorbeeld.be,VlaTel Mobile M
Peeters Fake,+32 470 00 00 02,Proefweg 2 Gent,test2@voorbeeld.be,VlaTel Fiber 500
...""",orgs=[],rc=4300,dt=["name","phone","postal_address","email"],note="reseller of the watched telecom is the victim; explicit exclusion")
O[197]=dict(text="Доступ к 1С поставщика бытовой химии, который возит товар в сеть Навруз Савдо (Ташкент). Сама сеть не затронута. RDP + админ 1С. 600$",
  orgs=[],note="supplier of the watched retailer is the victim",sector={"sector":"industry","country":"UZ"})
O[24]=dict(text="⏳ Dyffryn Vets (veterinary practice, Wales) - 48h left to pay. After that all client and pet records go public. Their IT guys stopped answering 🤡",
  orgs=[],dt=["name"],note="namesake: 'Dyffryn' (valley) vet practice, not Dyffryn Clinic")
O[68]=dict(text="""📱 Guarani Telecom PY 1.1M lineas 📱
━━━━━━━━━━━━━━
✅ CI
✅ nombre completo
✅ dirección
✅ número de línea
✅ plan / fecha alta
━━━━━━━━━━━━━━
💵 800 USDT
🆓 muestra gratis (100 líneas)
📩 @py_dataking""",title="📱 Guarani Telecom PY 1.1M lineas 📱",note="telegram sale, first line as title; 1.1M lines = 1,100,000")
O[95]=dict(text="""📲 KTEL ANGOLA 2.4M assinantes 📲
🔹 nome
🔹 número
🔹 BI
🔹 província
📅 atualizado 11/2026
💰 preço: DM
🔒 escrow ok
⛔ não vendo parcial""",title="📲 KTEL ANGOLA 2.4M assinantes 📲")
O[123]=dict(text="""🌿 ELBEHANF Shop Kunden 9.3k 🌿
Name | Mail | Adresse | Geburtsdatum | Bestellungen
Beispiel:
Test Nutzer | t.nutzer@beispiel.de | Teststr. 5, 06108 Halle | 1990-02-02 | CBD Öl 10%
Fake Kunde | f.kunde@beispiel.de | Probeweg 9, 39104 Magdeburg | 1984-08-08 | Hanftee
...
💶 350€ XMR
📩 DM""",title="🌿 ELBEHANF Shop Kunden 9.3k 🌿")
# telegram first-line titles
for i,t in {2:"📦 lonestarfreight.com shipment DB 📦",21:"🌿 Cedar & Smoke Cannabis BC customers 27.5k 🌿",30:"🔥 VENTE 🔥 Base patients Groupe Mistral Santé (cliniques Marseille/Aix)",
            177:None,11:"FREE LEAK 🔓 BLACKCOUNTRYSTORE orders 2025 (86k orders) -> blackcountrystore_orders_2025.csv",15:"berkshire poly (BPI) student portal creds leaked lol"}.items():
    if t: O.setdefault(i,{})["title"]=t
# forum/market thread titles
T={10:"UK FULLZ trentside BS",12:"cedar n smoke admin + POS",17:"PECAN BANK debit 3400",18:"[SERVICE] BPH + socks5",20:"[ACCESS] NY healthcare Citrix",
 25:"[SELL] council parking fines db",27:"Quebec pharmacy chain 64k",28:"[ACCESS] GSP VPN",42:"[VENTE] Télécom QC 85k abonnés",43:"[ACCÈS] Transporteur FR RDP+DA",
 47:"[VENTE] Clinique BE 18k",50:"mistral sante patients",52:"[SERVICE] Boutiques darkweb",54:"[ACCÈS] Shell RIS/PACS FR",58:"[VIP] TLR webmail",
 64:"BAP Chile clientes",66:"[ACCESO] GTel Paraguay facturación",69:"[GRATIS] DIMALE pedidos",71:"[VENTA] Clínica Cantabria 45k",74:"[VENDO] RDP transportista navarro",
 76:"[ESTAFA] andes_dump",77:"CCs PY fresh",79:"Distribuidora Malecon 14k",82:"[VENTA] Tienda CL 130k pedidos",85:"Panel Magento farmaciascordillera.cl",
 92:"Contas AO verificadas",94:"[ACESSO] BCH Angola core bancário",97:"[VENDA] Laboratório MG 95k",102:"BANCO HUAMBO 18k",106:"[VENDA] E-commerce cosméticos BH",108:"Painel baiasaude prestador",
 110:"[GRÁTIS] BCH auditoria 2024-2025",113:"RDP PDV Drogarias Mineira",114:"baía saúde lote 1",120:"[ACCESS] DE Spedition VPN+DA",126:"Saalemark komplett",127:"Privatklinik Kärnten 60k",
 133:"[ACCESS] LPB Citrix",134:"[WARNUNG] hanfking Scammer",136:"CBD-Shop Sachsen-Anhalt",138:"[Biete] Crypter FUD",143:"Shopware Admin elbehanf.de",
 147:"[VENDO] e-commerce arredamento 33k",151:"[ACCESSO] GitLab LarioTech",152:"ITAG Friuli studenti",156:"[ATTENZIONE] brianzadump scammer",158:"ASL calabrese pazienti",
 159:"[VENDO] Farmacia Ceresio 11k",163:"[FREE] LarioERP source",167:"RDP WMS Lario Logistica",172:"[ACCESSO] Workspace scuola FVG",178:"Ала-Тоо Финанс 85к",
 180:"[ДОСТУП] МФК Кыргызстан АБС",185:"[ПРОДАЖА] US фулки Pecan Bank",186:"[ДОСТУП] US логистика Техас",188:"[КИДАЛА] vladlogs",189:"База провайдера Поволжья 200к",
 193:"[Услуги] Пробив РФ/СНГ",195:"[ПРОДАЖА] MVHA медкарты",200:"Kwanza Telecom паблик"}
DROP=[17, 18, 50, 52, 64, 77, 79, 92, 102, 114, 126, 127, 136, 138, 143, 152, 158, 178, 189, 193, 200, 110, 108, 85]
for i,t in T.items():
    if i not in DROP: O.setdefault(i,{})["title"]=t
def apply(P):
    for i,kw in O.items(): setp(P[i-1],**kw)

DT={17:["payment_card"],21:["email","phone","date_of_birth","order_history"],3:["health","internal_documents","national_id"],
61:["internal_documents","name","national_id"],122:["internal_documents","national_id","tracking"],175:["internal_documents"],
166:["internal_documents"],125:["internal_documents","national_id"],126:["name","postal_address","national_id"],192:["internal_documents"],
24:[],45:["internal_documents"],100:[],75:["health"],33:["name","postal_address","tracking"],50:["health"],53:["phone"],
114:["health","national_id"],129:["health"],135:["email","order_history"],157:["password","name"],187:[],195:["health","national_id"],
200:["national_id"],58:["email","password"],15:["password"],72:["email","password"],181:["phone","order_history"],
178:["national_id","phone","bank_account"],39:[],63:["health","phone","date_of_birth"],37:["name","health_insurance","health","date_of_birth"],
27:["health_insurance","health"],11:["order_history"],64:["bank_account","national_id","phone"],47:[],71:[],127:["health"],97:["health"],
158:["national_id","health"],136:["order_history"],147:[],170:["tracking"],169:[],82:["order_history"],8:[],22:[],92:["bank_account"],
159:["health_insurance","health"],149:["health","phone"],131:["bank_account","postal_address"],80:[],112:[],91:["internal_documents","national_id"],
83:["national_id"],88:["name","national_id","date_of_birth","phone","email","postal_address","order_history"]}
_apply_old=apply
def apply(P):
    _apply_old(P)
    for i,v in DT.items(): P[i-1]["expect"]["data_types"]=v

from p_common import p
p("forum","pt","sale",["drogaria-mineira"],380000,["name","national_id","phone","email","postal_address","order_history"],
"""Vendo base completa da Drogaria Mineira (BH/MG) - drogariamineira.com.br
380 mil clientes do programa de fidelidade

Campos: cpf;nome;nascimento;celular;email;endereco;cidade;ultima_compra
Amostra:
000.000.000-00;JOSE FICTICIO SILVA;1970-02-02;(31) 90000-0001;jose.ficticio@exemplo.com;Rua A 10;Belo Horizonte;2026-11-02
111.111.111-11;ANA TESTE SOUZA;1992-09-19;(31) 90000-0002;ana.teste@exemplo.com;Av B 200;Contagem;2026-11-05

Valor: R$ 6.000 ou 1.100 USDT
Aceito intermediário. Chama no PV.""",
"long sale thread; 380 mil = 380000; date_of_birth in fields",title="[VENDA] Drogaria Mineira 380k clientes")
p("telegram","pt","leak",["baia-saude"],72000,["name","national_id","health_insurance","health"],
"🚨 VAZOU 🚨 Baia Saude (Salvador-BA) beneficiários 72 mil\ncpf, nome, carteirinha, procedimentos\nlink grátis 👇👇",
"accents dropped; health plan")
p("chat","pt","other",[],None,[],
"partiu baía de todos os santos no fds? levo a cerveja",
"ordinary word baía")
p("dls","pt","ransom",["kwanza-telecom"],None,["internal_documents","name","national_id"],
"""Kwanza Telecom S.A.
Operadora de telecomunicações em Luanda, Angola.
Foram exfiltrados 1.3 TB: bases de assinantes, contratos, documentos financeiros, cópias de BI.
A empresa ignorou os nossos contactos. Publicação em:
04 D 11 H 03 M

FILES:
 ├── billing_export_2026.csv
 ├── clientes_BI_scans/
 ├── Finance/Relatorios/
 └── Contratos/Fornecedores/""",
"long DLS post; BI = national id",title="Kwanza Telecom S.A.",victim="Kwanza Telecom S.A.",website="kwanzatelecom.co.ao",country="AO")
p("market","pt","sale",[],None,["bank_account","name"],
"Vendo contas bancárias angolanas verificadas, saldo em kwanzas (AOA). 50.000 Kz cada. Telegram @kzcontas",
"kwanza as currency, not Kwanza Telecom")
p("forum","pt","other",[],None,[],
"Quanto tá o BCH hoje? vendi meus bitcoin cash a 300 e me arrependo",
"BCH = Bitcoin Cash, not Banco Comercial do Huambo")
p("forum","pt","access",["bc-huambo"],None,["access"],
"Acesso ao core bancário do BCH Angola (Banco Comercial do Huambo) - VPN + usuário com permissão de transferência. 8k USDT, só com garantia.",
"acronym BCH in banking context")
p("telegram","pt","sale",["kwanza-telecom"],2400000,["name","phone","national_id"],
"📲 KTEL ANGOLA 2.4M assinantes 📲 nome | número | BI\n💰 preço: DM\n🔒 escrow ok",
"alias KTel; 2.4M")
p("news","pt","news",["drogaria-mineira"],None,[],
"A Drogaria Mineira informou que investiga um possível incidente cibernético e que as lojas funcionam normalmente.",
"news about watched org")
p("forum","pt","sale",[],95000,["name","national_id","health"],
"Vendo base de laboratório de análises clínicas mineiro (interior de MG), 95k pacientes com exames. R$ 2.500.",
"'mineiro' adjective; sector only",sector={"sector":"health","country":"BR"})
p("paste","pt","leak",["drogaria-mineira"],None,["email","password"],
"drogariamineira.com.br admin/user creds leak\nadmin@drogariamineira.com.br:Senha123!\nfarmaceutico01@drogariamineira.com.br:***\n...",
"host form; fake credentials")
p("dls","pt","ransom",[],None,["internal_documents"],
"Baía Saúde Clínica Odontológica\nClínica em Lisboa, Portugal. 30 GB.",
"namesake: Portuguese dental clinic, not the Bahia health plan",title="Baía Saúde Clínica Odontológica",victim="Baía Saúde Clínica Odontológica",website="baiasaude.pt",country="PT")
p("telegram","pt","ransom",["baia-saude"],None,["health","health_insurance"],
"⏳ Plano Baía Saúde tem 72h para negociar. Depois disso publicamos dados dos beneficiários.",
"alias Plano Baía Saúde")
p("news","pt","news",["bc-huambo"],None,[],
"O Banco Comercial do Huambo (BCH) negou ter sido alvo de ataque informático, após rumores nas redes sociais.",
"news, denial")
p("market","pt","sale",["bc-huambo"],18000,["name","bank_account","phone"],
"BANCO HUAMBO clientes 18k - nome, IBAN AO06, telefone - 0.5 USDT por linha",
"price per line not count")
p("forum","pt","other",[],None,[],
"Procuro parceiro para cash-out em Angola, pago em kwanza ou USDT. Só sérios.",
"chatter/request, kwanza currency")
p("telegram","pt","leak",["kwanza-telecom"],None,["name","phone","postal_address"],
"Kwanza Telecom dump grátis (parte 1/3) - assinantes empresariais - download no canal",
"free dump")
p("news","pt","news",[],None,[],
"Ataque a operadora de saúde do Nordeste lembra o vazamento da Baía Saúde em 2025, mas desta vez a empresa afetada é de Pernambuco.",
"past example")
p("forum","pt","sale",[],None,["name","phone","order_history"],
"Base de e-commerce de cosméticos de BH, concorrente da Drogaria Mineira (mas NÃO é a Drogaria). Nome, telefone, pedidos. Preço no PV.",
"competitor role; victim unnamed",sector={"sector":"retail","country":"BR"})
p("chat","pt","other",[],None,[],
"alguém tem acesso a painel de farmácia? qualquer uma, pago bem",
"buyer request")
p("market","pt","access",["baia-saude"],None,["access"],
"Painel de autorização de guias do plano baiasaude - login de prestador com acesso a todos beneficiários. R$ 3.000",
"joined/lowercase name")
p("telegram","pt","other",[],None,[],
"⚠️ ATENÇÃO: o canal @vazamentosBR2 é golpe, vende 'Drogaria Mineira' que é só base pública do Serasa antigo.",
"scam warning")
p("forum","pt","leak",["bc-huambo"],None,["internal_documents"],
"Documentos internos do Banco Comercial do Huambo (relatórios de auditoria 2024-2025) liberados grátis. Mega link.",
"internal docs leak")
p("paste","pt","leak",[],500000,["email","password"],
"combo BR+AO mix: gmail/hotmail/uol/bol/sapo.ao ... 500k linhas grátis",
"generic combo; 500k lines")
p("news","pt","news",["kwanza-telecom"],None,["name","phone"],
"Kwanza Telecom reconhece fuga de dados de assinantes após publicação de grupo de ransomware; a operadora diz que dados bancários não foram afetados.",
"news about watched org incident")
p("market","pt","access",["drogaria-mineira"],None,["access"],
"RDP em servidor de PDV da Drogarias Mineira, 120 lojas conectadas. 1.5k USD",
"plural form of name; 120 lojas not records")
p("forum","pt","sale",["baia-saude"],None,["name","health","national_id"],
"baía saúde - prontuários e CPF - lote 1 - negocio no privado",
"no count")
p("dls","pt","ransom",["drogaria-mineira"],None,["internal_documents","sales_data"],
"Drogaria Mineira S.A.\nRede de farmácias em Minas Gerais. 400 GB: vendas, financeiro, fornecedores. Publicação em 6 dias.",
"DLS post",title="Drogaria Mineira S.A.",victim="Drogaria Mineira S.A.",website="drogariamineira.com.br",country="BR")
p("telegram","pt","access",["kwanza-telecom"],None,["access"],
"acesso ao painel OSS da kwanza telecom 🇦🇴 - ativar/desativar linhas, ver dados de clientes. preço dm",
"lowercase")

from common import P
L="pt"
P("telegram", L, """
💸 lojistas + clientes pagantes via Pix
520 mil registros: nome, CPF, email, celular, chave Pix, banco/agência/conta
📦 CSV 1,1 GB
💰 R$ 6.000 ou 1.100 USDT — intermediário aceito
chama no pv 👉 @belem_dbs
""", ["acai-pay"], "sale", 520000, ["name","national_id","email","phone","bank_account"],
"Telegram sale; title is the first line of the message; '520 mil' = 520,000; 1,1 GB is a size",
title="🚨 DB AÇAÍ PAY 🚨 (fintech de Belém)")
P("market", L, """
Base de clientes Açaí Point Delivery (loja de açaí e sorvetes, Belém)
12 mil clientes: nome, telefone, endereço de entrega, pedidos
R$ 150
""", [], "sale", 12000, ["name","phone","postal_address","order_history"],
"namesake: 'açaí' as the fruit in a snack shop's name, not the watched fintech",
title="Açaí Point Delivery Belém - 12k clientes")
P("dls", L, """
Transportadora Tapajós — transporte rodofluvial de cargas entre Belém, Santarém e Manaus. 1.200 colaboradores.

Arquivos obtidos (780 GB):
- RH: folha de pagamento, CPF e RG de motoristas e balseiros
- Fiscal: CT-e, notas fiscais 2021-2026
- Clientes: contratos, tabelas de frete
- Diretoria: atas, e-mails

/FILESERVER/RH/Folha/2026/
/FILESERVER/RH/Documentos_Motoristas/ (3.870 arquivos)
/FILESERVER/Fiscal/CTe/2026/
/FILESERVER/Diretoria/Atas/

A empresa não respondeu. Publicação total em 03d 19h 40m.
""", ["tapajos-log"], "ransom", None, ["internal_documents","national_id"],
"long DLS post with file tree; staff and file counts are not record counts; victim field without accent",
title="Tapajos Transportes", victim="Tapajos Transportes", website="tapajoslog.com.br", country="BR")
P("forum", L, """
vazou: Tapajós Turismo Fluvial (passeios de barco em Alter do Chão)
reservas 2023-2026, 7.400 clientes, nome, email, telefone
link livre
""", [], "leak", 7400, ["name","email","phone","order_history"],
"namesake: tour operator named after the Tapajós river, not the watched carrier",
title="[LEAK] Tapajós Turismo Fluvial")
P("forum", L, """
acesso admin ao painel do ERP da Floripa Sis (Florianópolis)
dá pra entrar em todos os tenants dos clientes, exportar NF-e, financeiro
US$ 3.000, aceito intermediário
""", ["floripa-sistemas"], "access", None, ["access"],
"access to watched software vendor written with its short alias",
title="[ACESSO] ERP SaaS SC - admin global")
P("forum", L, """
Vazamento Supermercados Boa Praça (SC) — 230 mil clientes do programa de fidelidade, CPF, nome, compras
Eles usam o ERP da Floripa Sistemas, mas o vazamento veio de um backup exposto da própria rede.
download grátis
""", [], "leak", 230000, ["national_id","name","order_history"],
"role: watched vendor only as software the victim uses; the seller says the breach is not via the vendor",
title="[LEAK] Supermercados Boa Praça SC")
P("news", L, """
Açoriana Saúde alvo de ataque informático
O grupo de clínicas Açoriana Saúde, com sede em Ponta Delgada, confirmou ter sido alvo de um ataque de ransomware que afetou o agendamento de consultas. A empresa diz que está a avaliar se houve acesso a dados de utentes.
""", ["acoriana-saude"], "news", None, [],
"news about watched clinic group: mention, not alert")
P("news", L, """
Clínica do Faial suspende consultas após ciberataque
Uma clínica açoriana, a Clínica do Faial, na Horta, foi alvo de ataque informático. A direção garante que os dados dos utentes não foram comprometidos.
""", [], "news", None, [],
"namesake: 'uma clínica açoriana' (an Azorean clinic) describes a different, non-watched clinic; matches the alias words of Clínica Açoriana")
P("dls", L, """
Açoriana Saúde — rede de clínicas, Açores, Portugal.
Temos dados de 47 mil utentes (nome, NIF, número de utente, diagnósticos, telefones, datas de nascimento) e finanças internas.
Tempo restante: 5 dias.
""", ["acoriana-saude"], "ransom", 47000, ["name","national_id","health","phone","date_of_birth","internal_documents"],
"DLS post; victim field is the bare domain; '47 mil' = 47000",
title="acorianasaude.pt", victim="acorianasaude.pt", website="acorianasaude.pt", country="PT")
P("paste", L, """
# tapajoslog.com.br - rastreio + destinatários
# 310.000 linhas
cte;data;remetente;destinatario;cpf_cnpj_dest;endereco_dest;cidade;rastreio
35260000000000000001;2026-03-01;EMPRESA EXEMPLO LTDA;FULANO DE TAL;000.000.000-00;RUA EXEMPLO 10;SANTAREM;TPJ000000001BR
35260000000000000002;2026-03-01;DEMO COMERCIO;CICLANA TESTE;111.111.111-11;AV FALSA 200;BELEM;TPJ000000002BR
""", ["tapajos-log"], "leak", 310000, ["name","national_id","postal_address","tracking"],
"paste with CSV header, victim only by domain")
P("forum", L, """
Vendo código-fonte completo do ERP da Floripa Sistemas + dumps de homologação.

O que tem:
- repositório GitLab inteiro (backend Java, frontend Angular) — 14 GB
- chaves de API e credenciais de nuvem no .env
- dump do banco de homologação (dados fictícios + alguns reais de clientes)
- documentação interna, roadmap 2027

Árvore:
floripa-erp/
  core/
  fiscal-nfe/
  integracoes/bancos/
  deploy/.env.prod
docs/roadmap_2027.pdf

Preço: US$ 12.000, negociável só com rep. Intermediário do fórum.
""", ["floripa-sistemas"], "sale", None, ["source_code","internal_documents"],
"long forum sale of source code; 2027 is a year, 14 GB a size",
title="[VENDA] Source code ERP Floripa Sistemas (SC) + secrets")
P("market", L, """
base de fintech paraense — 80 mil clientes com CPF, celular e saldo
R$ 2.500
""", [], "sale", 80000, ["national_id","phone","bank_account"],
"victim described only by sector and state; tempting for Açaí Pay",
title="Fintech do Pará 80k", sector=("finance","BR"))
P("telegram", L, """
🔎 PAINEL DE CONSULTA COMPLETO 🔎
CPF, nome, telefone, placa, score — atualizado 2026
planos a partir de R$ 50/semana
""", [], "other", None, [],
"ad for a lookup panel; no victim")
P("telegram", L, """
acesso ao painel de lojistas da AcaiPay + API keys de produção
dá pra ver saldo e fazer estorno
preço no pv
""", ["acai-pay"], "access", None, ["access"],
"access offer, alias without cedilla, DM for price")
P("telegram", L, """
📂 Tapajós Log — CT-e e notas fiscais 2025/2026 liberados
baixa aí, é free
""", ["tapajos-log"], "leak", None, ["internal_documents"],
"free leak of fiscal documents; alias 'Tapajós Log'")
P("telegram", L, """
⏳ Transportadora Tapajós tem 3 dias.
Depois disso, os documentos dos motoristas e dos clientes vão para o nosso blog.
""", ["tapajos-log"], "ransom", None, ["internal_documents"],
"gang countdown")
P("chat", L, """
alguém tem a db da açaí pay? pago em cripto
""", ["acai-pay"], "other", None, [],
"want-to-buy request")
P("telegram", L, """
🔓 Açoriana Saúde — ficheiros publicados
prazo expirou, download livre: relatórios clínicos, faturação, RH
""", ["acoriana-saude"], "leak", None, ["health","internal_documents"],
"data published after deadline: leak")
P("forum", L, """
Base de dados de uma seguradora açoriana — 35 mil apólices, nome, NIF, morada
500 €
""", [], "sale", 35000, ["name","national_id","postal_address"],
"victim only by sector and region ('açoriana' as adjective)",
title="Seguradora Açores 35k", sector=("finance","PT"))
P("forum", L, """
GOLPE: o vendedor floripa_leaks está vendendo "db Floripa Sistemas" falsa, é o dump público de 2022 de outra empresa. Não paguem.
""", [], "other", None, [],
"scam warning about a seller",
title="Golpe - floripa_leaks")
P("dls", L, """
Floripa Sistemas Elétricos Ltda — instalações elétricas industriais, Palhoça, SC.
Projetos, contratos e documentos de funcionários. 55 GB.
""", [], "ransom", None, ["internal_documents"],
"namesake: electrical installer sharing 'Floripa Sistemas' (different website and sector)",
title="Floripa Sistemas Eletricos", victim="Floripa Sistemas Eletricos", website="floripaeletricos.com.br", country="BR")
P("chat", L, """
tenho 1.2k logins de lojistas da acaipay (email:senha), tirados de logs, R$ 50 cada ou R$ 30 mil o lote
""", ["acai-pay"], "sale", 1200, ["email","password"],
"credentials for the fintech's merchant portal; R$ 50 per record is a price")
P("forum", L, """
Acesso VPN Açoriana Saúde (Ponta Delgada) — utilizador da faturação, acesso ao servidor de processos clínicos
1.000 €
""", ["acoriana-saude"], "access", None, ["access"],
"access sale in European Portuguese",
title="[ACESSO] Clínicas Açores - VPN")
P("forum", L, """
leak do GitLab da floripasistemas.com.br — 3 repositórios, grátis pra quem tiver 20 posts
""", ["floripa-sistemas"], "leak", None, ["source_code"],
"free source code leak, victim by domain",
title="[FREE] floripasistemas gitlab")
P("news", L, """
Transportadora Tapajós confirma ataque hacker
A empresa paraense disse que os sistemas de emissão de CT-e foram afetados. A fornecedora de software Floripa Sistemas afirmou que seus sistemas não foram afetados.
""", ["tapajos-log"], "news", None, [],
"news about watched carrier; the other watched firm is explicitly not affected")
P("telegram", L, """
🖥 VPS bulletproof offshore — DMCA ignored
a partir de 20 USD/mês, aceitamos cripto
""", [], "other", None, [],
"hosting ad")
P("forum", L, """
Base de clientes de 5 lojas de roupas de Floripa (Florianópolis) — 45 mil clientes com CPF e telefone
R$ 400
""", [], "sale", 45000, ["national_id","phone"],
"namesake: 'Floripa' as the city nickname; victims are unnamed clothing shops",
title="Lojas Floripa 45k")
P("dls", L, """
Açaí Pay Instituição de Pagamento — fintech de pagamentos (Belém, PA).
Temos dados de lojistas, extratos, contratos e código-fonte do app. 320 GB.

A empresa foi avisada há 10 dias e preferiu o silêncio. Clientes e parceiros: perguntem à Açaí Pay por que seus dados estão aqui.

Conteúdo:
- /lojistas/cadastro_lojistas_2026.xlsx (dados bancários dos lojistas)
- /financeiro/extratos/2024-2026/
- /juridico/contratos_adquirencia/
- /dev/app-android/ e /dev/api-gateway/ (repositórios)
- /diretoria/atas/

Prova: 40 capturas de tela no link abaixo.
Contagem: 6 dias.
""", ["acai-pay"], "ransom", None, ["internal_documents","source_code","bank_account"],
"DLS post in Portuguese on the watched fintech",
title="Acai Pay", victim="Acai Pay", website="acaipay.com.br", country="BR")
P("news", L, """
Fintechs paraenses reforçam segurança
Depois do caso Açaí Pay, em 2025, empresas de pagamento de Belém investem em autenticação multifator, segundo associação do setor.
""", [], "news", None, [],
"commentary; watched fintech only as a past example")

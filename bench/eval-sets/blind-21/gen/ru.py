from common import P
L="ru"
P("forum", L, """
Продам базу пациентов СибМедЛаб (Новосибирск, сеть лабораторий, 40+ пунктов забора).
Выгрузка из ЛИС, актуальность — октябрь 2026.

Объём: 270к пациентов (уникальные), ~1.3 млн записей результатов
Поля:
id;фио;дата_рождения;телефон;снилс;полис_омс;дата_анализа;вид_анализа;результат

Пример:
1;Иванов Тест Тестович;1978-03-15;+7 900 000-00-01;000-000-000 00;0000000000000001;2026-09-01;ОАК;норма
2;Петрова Пример Примеровна;1991-11-02;+7 900 000-00-02;000-000-000 01;0000000000000002;2026-09-01;ВИЧ;отр.
3;Сидоров Демо Демович;1966-07-20;+7 900 000-00-03;000-000-000 02;0000000000000003;2026-09-02;HbA1c;7.9

Цена: 3000$, гарант форума. Частями не продаю. Сэмпл 100 строк — после депозита.
Связь: ЛС / tox.
""", ["sibmedlab"], "sale", 270000, ["name","date_of_birth","phone","national_id","health_insurance","health"],
"long Russian forum sale with sample rows; 270к unique patients is the count (1.3M are linked result rows); 40+ sites not a count",
title="[ПРОДАМ] СибМедЛаб — пациенты + результаты анализов 270к")
P("telegram", L, """
🩺 Слив: СибМедЦентр (Томск) — 22 000 пациентов, ФИО, телефоны, диагнозы
бесплатно, ссылка ниже
""", [], "leak", 22000, ["name","phone","health"],
"namesake: similar name (СибМедЦентр, Tomsk) to the watched Novosibirsk lab")
P("forum", L, """
Доступ: ОбьТранс (грузоперевозки, Новосибирск) — RDP + доменный админ

Компания: ОбьТранс, obtrans.ru
Страна: RU
Выручка: ~2 млрд руб (по открытым данным)
Сотрудники: ~700
Тип доступа: RDP через VPN (FortiGate), доменный админ
АВ: Касперский Endpoint Security
Хосты в домене: ~350
Бэкапы: Veeam, доступны из сети
Есть доступ к 1С:УПП и почте (Exchange)

Старт: 1500$
Шаг: 100$
Блиц: 2500$
Гарант — обязательно. Проверка доступа — после депозита у гаранта.
""", ["ob-trans"], "access", None, ["access"],
"access; revenue and staff are not counts",
title="[Доступ] RU логистика — DA")
P("forum", L, """
Продам базу клиентов автосалона «Обь-Авто» (Барнаул) — 18 000 клиентов, ФИО, телефон, VIN, кредиты
250$
""", [], "sale", 18000, ["name","phone","bank_account"],
"namesake: 'Обь' (the Ob river) in a car dealer's name, not ОбьТранс",
title="Обь-Авто 18к клиентов")
P("telegram", L, """
⏳ Банк «Янтарный берег» (Калининград) — осталось 5 дней.
Не заплатят — выложим паспорта клиентов, кредитные досье и переписку правления.
""", ["yantarny-bereg"], "ransom", None, ["national_id","internal_documents"],
"gang countdown on Telegram")
P("forum", L, """
База гостей отеля «Янтарный берег» (Светлогорск) — 11 000 гостей, ФИО, паспорт, телефон, даты проживания
150$
""", [], "sale", 11000, ["name","national_id","phone","order_history"],
"namesake: hotel with the exact words 'Янтарный берег', different sector",
title="Отель Янтарный берег — гости 11к")
P("forum", L, """
Дала Телеком (Казахстан) — абонентская база 1.8 млн
ИИН, ФИО, номер, адрес регистрации, тариф
цена в ЛС, гарант
""", ["dala-telecom"], "sale", 1800000, ["national_id","name","phone","postal_address"],
"sale; '1.8 млн' = 1,800,000; DM for price",
title="KZ телеком 1.8 млн абонентов")
P("chat", L, """
бухгалтерша дала доступ к 1С сама, лол. ООО «Ромашка-Трейд», могу продать доступ за 200$
""", [], "access", None, ["access"],
"ordinary word: 'дала' (she gave) matches the alias 'Дала'; victim is a non-watched company")
P("telegram", L, """
💊 Аптеки Шипагер — клиенты бонусной программы
145 000 строк: ФИО, телефон, дата рождения, история покупок
цена 700$, пишите @kz_base
""", ["shipager"], "sale", 145000, ["name","phone","date_of_birth","order_history"],
"Telegram sale in Russian on a Kazakh pharmacy chain")
P("market", L, """
Кодру Банк (Молдова) — 6 200 карт с CVV, баланс от 100$
20$ за карту
""", ["codru-bank"], "sale", 6200, ["payment_card"],
"card sale; Cyrillic spelling of a Moldovan bank; $20 per card is a price",
title="MD Кодру Банк карты 6.2к")
P("telegram", L, """
🍷 Слив базы гостей отеля «Кодру» (Кишинёв) — 4 500 гостей
бесплатно
""", [], "leak", 4500, [],
"namesake: hotel named 'Кодру' (Codru forest), not the bank")
P("news", L, """
«Дала Телеком» опровергла утечку данных абонентов
Оператор заявил, что опубликованная в Telegram база является компиляцией старых открытых данных и не содержит информации из его систем.
""", ["dala-telecom"], "news", None, [],
"news: watched telecom denies a leak; mention")
P("telegram", L, """
доступ к 1С аптек Шипагер (Астана), RDP, права админа
в ЛС
""", ["shipager"], "access", None, ["access"],
"access offer")
P("paste", L, """
ОбьТранс — водители (выгрузка из кадров)
4100 строк: фио;паспорт;телефон;вод_удостоверение
Тестов Тест;0000 000000;+79000000000;00 00 000000
""", ["ob-trans"], "leak", 4100, ["name","national_id","phone"],
"paste of driver records")
P("telegram", L, """
Казахстанский банк отказался платить. Через 3 дня публикуем всё: клиентов, кредиты, сканы.
""", [], "ransom", None, ["internal_documents"],
"victim only by sector and country",
sector=("finance","KZ"))
P("telegram", L, """
🔍 ПРОБИВ по всем базам РФ и СНГ — ФИО, паспорт, авто, кредиты
от 300₽ за запрос, бот 24/7
""", [], "other", None, [],
"lookup-service ad")
P("forum", L, """
Продам базу интернет-магазина ТехноДом.кз — 260 000 заказов, ФИО, телефон, адрес доставки
оплата у них шла через мобильные платежи Дала Телеком
""", [], "sale", 260000, ["name","phone","postal_address","order_history"],
"role: watched telecom only as payment channel of the e-shop",
title="ТехноДом.кз — 260к заказов")
P("telegram", L, """
💊 Shipager pharmacy KZ — слив клиентов, 20к строк, free
""", ["shipager"], "leak", 20000, [],
"free leak without fields; Latin spelling of the Cyrillic name, mixed English/Russian")
P("forum", L, """
Продам БД клиентов банка «Янтарный берег» (Калининград).

Источник: выгрузка из АБС, сентябрь 2026.
Строк: 380 000

Поля:
фио | дата_рождения | паспорт | телефон | адрес | счёт | остаток

Пример:
Тестов Иван Иванович | 1975-04-04 | 0000 000001 | +7 900 000 00 01 | г. Калининград, ул. Примерная, 1 | 40817810000000000001 | 12 500.00
Примерова Анна Сергеевна | 1988-10-10 | 0000 000002 | +7 900 000 00 02 | г. Советск, ул. Тестовая, 2 | 40817810000000000002 | 310.20

Цена: 5000$. Гарант обязателен. Сэмпл 50 строк по запросу.
""", ["yantarny-bereg"], "sale", 380000, ["name","date_of_birth","national_id","phone","postal_address","bank_account"],
"long sale with sample rows",
title="[ПРОДАМ] Банк Янтарный берег — 380к клиентов")
P("telegram", L, """
🧪 sibmedlab.ru — результаты анализов, 55 000 пациентов, бесплатно
ФИО, дата рождения, анализы
""", ["sibmedlab"], "leak", 55000, ["name","date_of_birth","health"],
"free leak named by domain")
P("forum", L, """
Доступ в сеть Puget Sound Freight Lines (США, логистика, ~1400 сотр.) — Citrix, доменный админ
3000$
""", ["puget-freight"], "access", None, ["access"],
"Russian-language access sale for a US carrier",
title="[Доступ] US logistics — DA")
P("forum", L, """
Доступ: канадская компания (каннабис, ритейл), ~200 сотрудников, VPN + локальный админ
900$
""", [], "access", None, ["access"],
"victim only by sector and country",
title="[Доступ] CA cannabis retail", sector=("cannabis","CA"))
P("forum", L, """
Кидок! юзер sib_dumps продал «базу СибМедЛаб», а это старая компиляция 2020 года. Модераторы, в бан.
""", [], "other", None, [],
"scam warning about a seller",
title="Кидала sib_dumps")
P("news", L, """
Новосибирская лаборатория «СибМедЛаб» сообщила об инциденте
Компания уведомила Роскомнадзор о несанкционированном доступе к ЛИС. Число затронутых пациентов уточняется.
""", ["sibmedlab"], "news", None, [],
"news about watched lab: mention")
P("telegram", L, """
Дала Телеком, у вас 72 часа. Абонентская база и внутренняя документация у нас.
""", ["dala-telecom"], "ransom", None, ["internal_documents"],
"extortion message")
P("dls", L, """
Codru Bank — коммерческий банк, Кишинёв, Молдова.
Кредитные досье, сканы паспортов клиентов, внутренняя переписка. 350 ГБ.

Руководство банка проигнорировало наши письма. Клиенты банка, ваши данные здесь.

Структура:
/CB-FS/Credite/Dosare_2024/
/CB-FS/Credite/Dosare_2025/
/CB-FS/KYC/Pasapoarte/
/CB-FS/Conducere/Corespondenta/
/CB-SQL/backup/core_banking_2026_10.bak

Скриншоты — по ссылке ниже.
Публикация через 7 дней.
""", ["codru-bank"], "ransom", None, ["internal_documents","national_id"],
"DLS post written in Russian",
title="Codru Bank", victim="Codru Bank", website="codrubank.md", country="MD")
P("forum", L, """
Продам базу пациентов клиники Penwith (Корнуолл, UK) — 61к, ФИО, дата рождения, адреса, диагнозы
800$
""", ["penwith-clinic"], "sale", 61000, ["name","date_of_birth","postal_address","health"],
"Russian-language sale of a UK clinic; generic word translated (клиника Penwith)",
title="UK clinic patients 61k")
P("chat", L, """
есть база ЯБ банка 2025, кому надо в лс
""", ["yantarny-bereg"], "sale", None, [],
"short chat sale with acronym alias; 2025 is a year; no types stated")

from p_common import p
p("forum","ru","sale",["volga-telecom-samara"],640000,["name","phone","postal_address","national_id"],
"""Продам базу абонентов Волга-Телеком Самара (volgatelecom-samara.ru)
Актуальность: ноябрь 2026
Объём: 640 000 строк

Поля: фио;телефон;адрес_подключения;паспорт_серия_номер;тариф;баланс
Пример:
Иванов Иван Иванович;+7 900 000-00-01;г. Самара, ул. Тестовая, д. 1;0000 000001;Домашний 500;120.00
Петрова Анна Сергеевна;+7 900 000-00-02;г. Тольятти, ул. Примерная, д. 2;0000 000002;Интернет+ТВ;0.00

Цена: 1500$. Гарант форума. Частями не продаю.""",
"long sale thread with sample",title="[ПРОДАЖА] Волга-Телеком Самара 640к абонентов")
p("chat","ru","other",[],None,[],
"купил вчера волгу 24-ю за 300к, телеком-провайдер у меня всё равно не ловит в гараже",
"Volga car; ordinary words")
p("dls","ru","ransom",["ttk-vladivostok"],None,["internal_documents","tracking"],
"""Тихоокеанская транспортная компания
Логистика и контейнерные перевозки, Владивосток.
Выгружено 280 ГБ: договоры, таможенные декларации, бухгалтерия, база грузоотправителей.
Руководство проигнорировало наши предложения.

\\\\TTK-SRV02\\
  ├── Бухгалтерия\\1C_backup_2026.dt
  ├── Таможня\\ДТ_2025\\
  ├── Клиенты\\грузоотправители.xlsx
  └── Кадры\\

Публикация через: 5 д 02 ч""",
"long DLS post",title="Тихоокеанская транспортная компания",victim="Тихоокеанская транспортная компания",website="ttk-vl.ru",country="RU")
p("forum","ru","other",[],None,[],
"ТТК опять лежит, интернет дома нет с утра, кто ещё на ТрансТелеКоме?",
"ТТК = ТрансТелеКом namesake, not the Vladivostok transport company")
p("telegram","ru","leak",["ttk-vladivostok"],None,["name","phone","tracking"],
"🚢 Слив базы грузополучателей ТТК Владивосток 🚢 бесплатно, ссылка ниже. ФИО, телефоны, номера контейнеров.",
"alias ТТК Владивосток with city")
p("market","ru","sale",["ala-too-finance"],85000,["name","national_id","phone","bank_account"],
"Ала-Тоо Финанс (Бишкек) заёмщики 85к, ПИН, телефоны, счета. 700$",
"Kyrgyz microfinance; ПИН = national id")
p("chat","ru","other",[],None,[],
"встречаемся на площади Ала-Тоо в 18:00",
"place name Ala-Too square")
p("forum","ru","access",["ala-too-finance"],None,["access"],
"Доступ к АБС микрокредитной компании Ala-Too Finance, Кыргызстан. VPN + учетка операциониста. 3к$.",
"Latin alias in Russian text")
p("telegram","ru","sale",["navruz-savdo"],41000,["name","phone","order_history"],
"🛒 Navruz Savdo (Ташкент) клиенты интернет-магазина 41 000, телефоны, заказы. Цена в лс",
"Uzbek retailer")
p("chat","ru","other",[],None,[],
"С праздником Навруз! 🌷 всех с весной",
"Navruz holiday, ordinary word")
p("news","ru","news",["volga-telecom-samara"],None,[],
"Самарский провайдер «Волга-Телеком» сообщил о сбое, вызванном кибератакой; утечка данных абонентов пока не подтверждена.",
"news about watched org")
p("dls","ru","ransom",[],None,["internal_documents"],
"Volga Telecom LLC\nТелеком-провайдер, Волгоград. 50 ГБ.",
"namesake: Volga Telecom in Volgograd, different website",title="Volga Telecom LLC",victim="Volga Telecom LLC",website="volgatelecom34.ru",country="RU")
p("forum","ru","sale",["pecan-bank"],12000,["name","payment_card","postal_address","phone"],
"Продам US фулки Pecan Bank (Техас), 12к, карта+адрес+телефон, валид 70%. 15$ за штуку, опт скидка.",
"western bank sold on Russian forum; price per card not count")
p("forum","ru","access",["lonestar-freight"],None,["access"],
"Доступ: американская логистическая компания, Техас, lonestarfreight.com, RDP + локальный админ, 150 хостов, ревеню 60м. 2500$.",
"US victim access on RU forum")
p("telegram","ru","leak",["volga-telecom-samara"],None,["name","phone","postal_address"],
"СЛИВ 🔥 ВТС Самара абоненты частный сектор, бесплатно в нашем канале",
"acronym ВТС with Самара")
p("forum","ru","other",[],None,[],
"Кидала! 'vladlogs' продаёт 'ТТК Владивосток', на деле база 2019 года из открытого доступа. Не ведитесь.",
"scam warning")
p("market","ru","sale",[],200000,["name","phone","postal_address"],
"База клиентов крупного интернет-провайдера Поволжья (Самарская обл.), 200к, ФИО+адрес+телефон. Название в лс.",
"sector/region only",sector={"sector":"telecom","country":"RU"})
p("news","ru","news",[],None,[],
"Эксперты сравнивают утечку у владивостокского порта с инцидентом Тихоокеанской транспортной компании в 2025 году, но на этот раз пострадала другая организация.",
"past example comparison")
p("dls","ru","ransom",["navruz-savdo"],None,["internal_documents","sales_data"],
"Navruz Savdo\nРозничная сеть, Узбекистан. Данные продаж, поставщики, кадры. 75 ГБ. 6 дней.",
"DLS post, Latin victim name in Russian body",title="Navruz Savdo",victim="Navruz Savdo",website="navruz.uz",country="UZ")
p("telegram","ru","ransom",["ala-too-finance"],None,["internal_documents","name"],
"⏳ Ала-Тоо Финанс — 48 часов на связь. Иначе публикуем базу заёмщиков и внутренние документы.",
"ransom countdown")
p("forum","ru","other",[],None,[],
"[Услуги] Пробив по базам РФ/СНГ, быстро, гарант. Прайс в лс.",
"doxing service ad")
p("paste","ru","leak",["navruz-savdo"],None,["email","password"],
"navruz.uz admin panel creds\nadmin@navruz.uz:Navruz2026\nmanager@navruz.uz:***",
"host form; fake creds")
p("forum","ru","sale",["mohawk-valley-health"],None,["health","name","national_id"],
"Продам медкарты американской больницы MVHA (Нью-Йорк), с SSN. Цена договорная.",
"acronym MVHA with context")
p("news","ru","news",["ala-too-finance"],None,[],
"Микрофинансовая компания «Ала-Тоо Финанс» подтвердила, что злоумышленники получили доступ к части данных клиентов.",
"news")
p("market","ru","access",["navruz-savdo"],None,["access"],
"Доступ к 1С и админке магазина Навруз Савдо, Ташкент. 600$",
"Cyrillic name")
p("chat","ru","other",["volga-telecom-samara"],None,[],
"кто брал базу волга-телеком самара? норм или фейк?",
"question about a sale, no offer (see README)")
p("telegram","ru","access",["ttk-vladivostok"],None,["access"],
"Продаю VPN в сеть транспортной компании ТТК (Владивосток, контейнерный терминал). Домен админ. 5к$",
"ТТК with Vladivostok context")
p("forum","ru","leak",["kwanza-telecom"],None,["name","phone","national_id"],
"Выложил в паблик часть базы Kwanza Telecom (Ангола), абоненты с BI. Кому надо — качайте.",
"foreign telecom leak on RU forum")

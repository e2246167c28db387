/**
 * The words and marks that tell what a posting is, in en, fr, es, pt, de, it, nl and ru.
 * Normalized (lower case, no accents); `*` marks a stem, `re:` a raw expression. Forum tags
 * in brackets come first in a title and are the strongest signal a seller gives.
 */
export const TAGS: Record<'sale' | 'leak' | 'access' | 'ransom' | 'other', string[]> = {
  sale: ['selling', 'sell', 'sale', 'for sale', 'wts', 'vente', 'vends', 'venta', 'vendo', 'vendita', 'verkaufe', 'verkauf', 'te koop', 'verkoop', 'продам', 'продаю', 'продажа', 'db sale'],
  leak: ['leak', 'leaked', 'leaks', 'share', 'sharing', 'free', 'fuite', 'filtracion', 'filtrado', 'vazamento', 'vazado', 'geleakt', 'trapelato', 'gratis', 'gratuit', 'слив', 'утечка', 'dump', 'release'],
  access: ['access', 'acces', 'acceso', 'acesso', 'zugang', 'accesso', 'toegang', 'доступ', 'доступы', 'rdp', 'vpn', 'shell', 'ia', 'initial access'],
  ransom: ['ransom', 'ransomware', 'extortion', 'rancon'],
  other: ['wtb', 'buy', 'buying', 'achat', 'compro', 'куплю', 'recherche', 'busco', 'procuro', 'suche', 'cerco', 'ищу', 'req', 'scam report', 'scam', 'scammer',
    'ripper', 'arnaque', 'estafa', 'golpe', 'betrug', 'truffa', 'кидала', 'warning', 'avertissement', 'rules', 'regles', 'reglas', 'regras', 'regeln', 'правила', 'question', 'help', 'aide', 'ayuda',
    'discussion', 'tuto', 'tutorial', 'guide', 'guia', 'guida', 'leitfaden', 'гайд', 'request', 'info', 'news', 'announcement', 'annonce'],
};

/** Offers: a thing is for sale, at a price or by private deal. */
export const SALE_WORDS = ['selling', 'for sale', 'a vendre', 'je vends', 'vends', 'vente', 'vendo', 'vendemos', 'en venta', 'se vende', 'vendesi', 'in vendita',
  'verkaufe', 'zu verkaufen', 'te koop', 'продам', 'продаю', 'продается', 'продаётся', 'продажа', 'price', 'prix', 'precio', 'preco', 'preis', 'prezzo', 'prijs', 'цена',
  'стоимость', 'escrow', 'middleman', 'mm', 'intermediaire', 'intermediario', 'intermediario do', 'gerant', 'гарант', 'garante', 'por garante', 'via garant', 'garant', 'гарантом', 'treuhand', 'dm for price', 'dm pour',
  'pm for price', 'price on request', 'prix sur demande', 'sur demande', 'preis auf anfrage', 'precio a consultar', 'a consultar', 'в лс', 'пишите в лс', 'лс',
  'auction', 'enchere*', 'cena', 'prodam', 'prodayu', 'aceito btc', 'acepto btc', 'accepting btc', 'btc only', 'only btc', 'xmr only', 'only xmr', 'trattabile', 'negotiable', 'negociable', 'negociavel', 'verhandelbar', 'торг', 'subasta', 'leilao', 'старт', 'блиц', 'blitz', 'per record', 'bulk', 'chi offre di piu', 'miglior offerente', 'best offer', 'highest bidder', 'meilleure offre', 'au plus offrant', 'mejor oferta', 'mejor postor', 'melhor oferta', 'quem der mais', 'bestes angebot', 'meistbietend', 'hochstbietend', 'кто больше', 'лучшее предложение', 'chama no pv', 'no pv', 'escribime', 'dm', 'pm', 'serious buyers',
  'no timewasters', 'its yours', "it's yours", 'yours for',
  // Said in chat, the price and "it's yours" are the whole offer: "1500 und sie gehören dir", "offerte in pv".
  'es tuyo', 'son tuyos', 'e seu', 'sao seus', 'e teu', 'sao teus', 'est a toi', 'sont a toi', 'e tuo', 'sono tuoi', 'gehort dir', 'gehoren dir',
  'offerte in pv', 'offerte in privato', 'scrivimi in pv', 'пиши', 'write me', 'escribeme', 'schreib mir', 'negocio no privado', 'negocio en privado', 'trato no privado', 'trato en privado', 'tratto in privato', 'offers in dm', 'offers in pm', 'make an offer', 'make me an offer', 'send me an offer', 'send offers', 'faites une offre', 'fais une offre', 'fais moi une offre', 'faites moi une offre', 'fammi un offerta', 'fammi una offerta', 'hazme una oferta', 'haceme una oferta', 'haganme una oferta', 'me faz uma oferta', 'faz uma oferta', 'manda uma oferta', 'mach ein angebot', 'mach mir ein angebot', 'macht mir ein angebot', 'предложите цену', 'предлагайте цену', 'жду предложений', 'faites vos offres', 'haz una oferta', 'hagan su oferta', 'faca uma oferta', 'facam suas ofertas', 'macht ein angebot', 'fatemi un offerta', 'fate un offerta', 'best offer', 'first come', 'firm', 'ferme', 'obo', 'sample on request', 'echantillon sur demande', 'vouched buyers', 'no samples',
  // The price left to a private message, as each language says it: "prezzo in pv", "Preis per PN", "prix en MP".
  'in pv', 'prezzo in privato', 'per pn', 'preis pn', 'prix en mp', 'prix en pv', 'precio por md', 'precio al privado', 'preco no pv', 'preco no privado', 'цена в лс', 'цена в личке', 'price in pm', 'price in dm',
  // The private message as French and Spanish sellers write it ("réservation en MP", "mp"), Italian's "pvt", Russian's "price on request".
  'mp', 'pvt', 'in pvt', 'цена по запросу', 'по запросу'];

/** Giving away or publishing: free, a download link, a mirror. */
export const LEAK_WORDS = [
  // Russian typed in Latin letters, as on keyboards without Cyrillic: "slili bazu, besplatno, ssylka nizhe".
  'slili', 'slivaem', 'slivayu', 'besplatno', 'ssylka nizhe', 'ssylka v kanale', 'khalyava', 'halyava',
  'качайте', 'качайте пока живо', 'index of', 'leak', 'leaked', 'leaking', 'leaks', 'fuite', 'fuite de', 'filtracion', 'filtrado', 'filtrada', 'vazamento', 'vazou', 'vazado', 'vazados',
  'geleakt', 'durchgesickert', 'lek', 'gelekt', 'слив', 'сливаю', 'сливаем', 'lo dejo libre', 'dejo libre', 'fuitee', 'fuitees', 'gratos', 'libre acces', 'acces libre', 'acesso livre', 'download livre', 'libero accesso', 'link frei', 'frei verfugbar',
  'veroffentlicht', 'publicado', 'publicados', 'publicou', 'publicaram', 'postaram', 'han subido', 'subieron', 'ont publie', 'hanno pubblicato', 'haben veroffentlicht', 'pubblicato', 'pubblicati', 'опубликован*', 'слили', 'слитая', 'утечка', 'в открытый доступ', 'в открытом доступе', 'в свободный доступ', 'выложил', 'выложили', 'free', 'for free', 'gratuit', 'gratuite', 'gratis', 'gratuito', 'gratuita',
  'kostenlos', 'umsonst', 'бесплатно', 'халява', 'free download', 'download', 'telecharger', 'telechargement', 'descargar', 'descarga', 'baixar', 'download gratis',
  'herunterladen', 'скачать', 'mirror', 'mirrors', 'lien ci dessous', 'lien dans', 'link below', 'link in', 'ссылка', 'ссылке', 'unlock for', 'leave a like',
  'hidden content', 'like + reply', 'enjoy', 'partagez', 'share it', 'dump', 'dumped', 'published', 'publie', 'publiees',
  // Released and given below, and слив written in Latin letters ("SLIV"): published.
  'sliv', 'slil', 'liberados', 'liberadas', 'liberado', 'liberada', 'libere', 'liberes', 'rilasciati', 'rilasciato', 'freigegeben', 'released', 'выложен*', 'файл ниже', 'архив ниже', 'file below', 'lien ci-dessous', 'enlace abajo', 'link abaixo', 'link sotto', 'link unten'];

/** Leak words that only say how something is given ("free", "link below"), not that it leaked. */
export const GIVING_WORDS: ReadonlySet<string> = new Set(['free', 'for free', 'gratis', 'gratuit', 'gratuite', 'gratuito', 'gratuita', 'gratos', 'kostenlos', 'umsonst', 'бесплатно', 'халява', 'download', 'free download', 'download gratis',
  'telecharger', 'telechargement', 'descargar', 'descarga', 'baixar', 'herunterladen', 'скачать', 'link below', 'link in', 'lien dans', 'lien ci dessous', 'ссылка', 'ссылке', 'enjoy', 'mirror', 'mirrors', 'unlock for', 'leave a like', 'hidden content', 'like + reply', 'share it', 'partagez']);

/** "72h", "48 horas", "72 часа": the hours a victim is given, as sellers write them (one word or two). */
const DEADLINE_HOURS = [12, 24, 36, 48, 72, 96, 120, 168].flatMap((hours) => [`${hours}h`, `${hours}hrs`, ...['h', 'hrs', 'hours', 'heures', 'horas', 'ore', 'stunden', 'std', 'часа', 'часов'].map((unit) => `${hours} ${unit}`)]);

/** Ransomware leak-site language: a countdown, a deadline, what happens if nobody pays. */
export const RANSOM_WORDS = ['timer', 'countdown', 'compte a rebours', 'cuenta regresiva', 'contagem regressiva', 'countdown', 'deadline', 'publication in',
  'publication dans', 'publicatie over', 'publicacion en', 'publicacao em', 'veroffentlichung in', 'will be published', 'will be leaked', 'seront publiees',
  'seront publies', 'refused to pay', 'declined to pay', 'chose to stay silent', 'a refuse de', 'refuse de negocier', 'negotiations failed', 'no deal was reached',
  'leaking in', 'contact us before', 'exfiltrated', 'we hold', 'proof pack', 'files will be', 'everything goes public', 'days left', 'jours restants', 'hours left', 're:\\d{1,3} ?h left', 'heures restantes', 'horas restantes', 'ore rimaste', 'stunden ubrig', 'часов осталось', 'for deletion', 'for the deletion', 'or we publish', 'or we leak', 'or we release', 'o publicamos', 'o lo publicamos', 'ou publicamos', 'sinon nous publions', 'ou nous publions', 'sinon on publie', 'oder wir veroffentlichen', 'o pubblichiamo', 'altrimenti pubblichiamo', 'или публикуем', 'или сливаем', 'иначе публикуем', 'goes public', 'go public', 'will be public', 'devient public', 'deviendra public', 'se hace publica', 'se hara publica', 'fica publico', 'ficara publico', 'wird offentlich', 'diventa pubblico', 'diventera pubblico', 'станет публичн*', 'pour la suppression', 'para borrar', 'para eliminar los datos', 'para apagar os dados', 'fur die loschung', 'per la cancellazione', 'за удаление',
  'apres expiration', 'data volume', 'encrypted', 'we will publish', 'last warning', 'zashifrovali', 'зашифровал*', 'выгрузил*', 'опубликуем', 'в паблик',
  'выйти на связь', 'мы взломали', 'переговоры провалены', 'потом публикация', 'para negociar', 'pour negocier', 'per negoziare', 'zum verhandeln', 'для переговоров', 'zahlung bis', 'payment by', 'pagamento entro', 'pago antes del', 'pagamento ate', 'we hacked', 'nous avons pirate', 'hemos hackeado', 'hackeamos', 'wir haben gehackt', 'abbiamo hackerato', 'invadimos', 'hemos cifrado', 'ciframos', 'publicaremos', 'publicamos', 'contactarnos', 'ultimo aviso', 'chiffre', 'nous publierons', 'dernier avertissement',
  'verschlusselt', 'wir veroffentlichen', 'criptato', 'pubblicheremo', 'ultimo avviso', 'criptografamos', 'vamos publicar', 'ransom', 'rancon', 'rescate', 'resgate', 'losegeld', 'выкуп', 'pubblichiamo', 'pubblicheremo tutto', 'per pagare', 'para pagar', 'pour payer', 'to pay', 'zum zahlen', 'zu zahlen', 'ждём оплату', 'ждем оплату', 'выкладываем', 'publicamos todo', 'publicaremos todo', 'on publie', 'nous publions', 'wir veroffentlichen alles', 'we were inside', 'taken', 'pay or', 'negotiate', 'sera publicado', 'sera publicada', 'serao publicados', 'sara pubblicato', 'saranno pubblicati', 'wird veroffentlicht', 'werden veroffentlicht', 'sera publie', 'seront publies', 'будет опубликован*',
  'si no pagan', 'se nao pagarem', 'if they dont pay', "if they don't pay", 's ils ne paient pas', 'wenn sie nicht zahlen', 'se non pagano', 'если не заплатят', 'hat nicht gezahlt', 'atacada por nos', 'atacado por nos', 'atacada por nosotros', 'attacked by us', 'attaquee par nous', 'attaque par nous', 'von uns angegriffen', 'attaccata da noi', 'атакована нами',
  'se nao houver contacto', 'se nao houver contato', 'si no hay contacto', 'sans contact de', 'ohne kontakt', 'senza contatto', 'без связи',
  're:(?:em|sous|entro|innerhalb von|в течение)\\s\\d{1,2}\\s(?:dias|days|jours|giorni|tagen|tage|дней|дня|суток)', 'didnt pay', "didn't pay", 'no pago', 'nao pagou', 'n a pas paye', 'non ha pagato', 'не заплатил*',
  // Encryption and the deadline to make contact, as each language says them: "abbiamo cifrato i server",
  // "a rede foi criptografada", "инфраструктура зашифрована", "ihr habt 5 Tage", "72h para contato".
  'cifrat*', 'criptograf*', 'cifrad*', 'encrypt*', 'verschlussel*', 'зашифрова*', 'шифрован*', 'chiffre*', 'crypte*', 'publiquerons', 'publicamos tudo', 'publichiamo tutto',
  'публикуем*', 'опубликуем*', 'soltar os dados', 'vamos soltar', 'vamos vazar', 'per contattarci', 'contattarci', 'para contato', 'para contacto', 'contactez nous', 'nous contacter',
  'kontaktiert uns', 'kontaktieren sie uns', 'contact us', 'выйдет на связь', 'выйти на связь', 'мы взломали', 'переговоры провалены', 'потом публикация', 'para negociar', 'pour negocier', 'per negoziare', 'zum verhandeln', 'для переговоров', 'zahlung bis', 'payment by', 'pagamento entro', 'pago antes del', 'pagamento ate', 'we hacked', 'nous avons pirate', 'hemos hackeado', 'hackeamos', 'wir haben gehackt', 'abbiamo hackerato', 'invadimos', 'свяжитесь', 'осталось', 'не заплатят', 'выложим', 'choisi de ne pas payer', 'a choisi de ne pas', 'decided not to pay', 'chose not to pay', 'decidio no pagar', 'decidiu nao pagar', 'beschlossen nicht zu zahlen', 'ha scelto di non pagare', 'seront en ligne', 'will be online', 'estaran en linea', 'estarao online', 'werden online gestellt', 'saranno online', 'будут опубликованы', 'сольем', 'сольём', 'данные у нас', 'база у нас', 'документация у нас', 'we have your', 'nous avons vos', 'tenemos sus', 'tenemos tus', 'temos seus', 'temos os seus', 'wir haben ihre', 'wir haben eure', 'abbiamo i vostri', 'abbiamo i tuoi', 'invadimos', 'hemos entrado', 'siamo entrati', 'wir waren drin', 'we breached',
  ...DEADLINE_HOURS, 're:(?:ihr habt|avete|tienen|tem|vous avez|you have|у вас есть|у вас)\\s\\d{1,3}\\s(?:tage|giorni|dias|días|jours|days|дня|дней|hours|heures|horas|ore|stunden|часа|часов)',
  // A publication threatened: "Dann veröffentlichen wir alles", "publicaremos todo".
  'veroffentlichen wir', 'dann veroffentlichen', 'we publish everything', 'publicaremos tudo', 'verra pubblicato'];

/** Selling a way in: remote access products, privileges, footholds. */
export const ACCESS_TECH_WORDS = [
  // The back offices of shops and sites: "admin woocommerce", "Magento admin", "wp-admin", "cPanel".
  'woocommerce', 'magento', 'wordpress', 'wp-admin', 'prestashop', 'shopify', 'opencart', 'joomla', 'drupal', 'bitrix', 'битрикс*', 'cpanel', 'plesk', 'phpmyadmin', 'directadmin',
  // Tills and point-of-sale back offices: "Kassensystem Admin", "logiciel de caisse".
  // Remote maintenance, as each language names it: "Fernwartung TeamViewer", "télémaintenance".
  'fernwartung', 'fernwartungszugang', 'telemaintenance', 'remote maintenance', 'mantenimiento remoto', 'teleassistencia', 'manutencao remota', 'teleassistenza', 'manutenzione remota', 'удаленное обслуживание',
  'kassensystem', 'kassensysteme', 'pos admin', 'pos system', 'logiciel de caisse', 'sistema de caixa', 'sistema de caja', 'sistema di cassa', 'tpv', 'кассов* систем*', 'admin', 'administrador', 'administrateur', 'amministratore', 'administrator', 'администратор*', 'portal', 'creds', '2fa', '2fa seed', 'panel', 'painel', 'panneau', 'pannello', 'панель', 'админ*', 'vpn', 'rdp', 'citrix', 'netscaler', 'fortinet', 'fortivpn', 'fortigate', 'pulse secure', 'globalprotect', 'anyconnect', 'sonicwall',
  'meraki', 'vmware', 'esxi', 'vcenter', 'veeam', 'domain admin', 'admin du domaine', 'admin de dominio', 'administrador de dominio', 'domain-admin',
  'local admin', 'admin local', 'локальный админ', 'global admin', 'super admin', 'super-admin', 'admin panel', 'panel de administracion', 'panneau d admin',
  'painel admin', 'ad user', 'shell', 'webshell', 'root', 'ssh', 'rce', 'm365', 'o365', 'exchange', 'owa', 'remote support', 'support a distance',
  'acces a distance', 'remote access', 'backdoor', 'domain user', 'domain users', 'utente di dominio', 'usuario de dominio', 'utilisateur du domaine',
  // Mailboxes with their passwords are a way into the organization, not a list of records.
  'webmail', 'roundcube', 'zimbra', 'outlook web', 'mailboxes', 'boites mail', 'caselle email', 'caselle', 'postfacher', 'postfach', 'buzones', 'caixas de correio', 'contas de webmail', 'почтовые ящики', 'ящиков', 'hosts', 'хостов', 'edr', 'antivirus', 'anydesk', 'teamviewer', 'router', 'roteador', 'routeur', 'роутер', 'path to da', 'flat network', 'serveurs', 'servers',
  'caixas de email', 'caixas de e mail', 'caixas postais', 'superadmin', 'backoffice', 'back office', 'шелл', 'веб шелл', 'mitarbeiterportal', 'intranet',
  // "MFA not enforced" tells a buyer the logins open the door: said of a way in, not of records.
  // "DA" is "of the" in Portuguese and Italian: as domain admin it stands after a plus or an access term.
  ...['vpn', 'rdp', 'citrix', 'shell', 'access', 'acces', 'acceso', 'acesso', 'zugang', 'got', 'with', 'avec', 'mit', 'и', 'and', 'und'].map((before) => `${before} da`),
  'vnc', 'hmi', 'scada', 'plc', 'sim swap', 'sim-swap', 'insider', 'инсайдер', 'no mfa', 'mfa not enforced', 'without mfa', 'sans mfa', 'sin mfa', 'sem mfa', 'ohne mfa', 'senza mfa', 'без mfa', 'доменный юзер', 'доменного юзера', 'доменная учетка'];

export const ACCESS_WORDS = ['got admin', 'admin on', 'creds', 'access', 'acces', 'acceso', 'acesso', 'accesso', 'accessi', 'accesos', 'acessos', 'zugang', 'zugange', 'zugriff', 'toegang', 'доступ', 'доступа', 'доступы', 'foothold',
  // VPN profiles and configurations: a way in, ready to use.
  'vpn-profile', 'vpn profiles', 'vpn profile', 'vpn-profil*', 'vpn configs', 'vpn-konfig*', 'ovpn', 'profils vpn', 'perfiles vpn', 'perfis vpn', 'profili vpn', 'vpn-профил*'];

/** Reporting: who said what, according to whom. */
export const NEWS_WORDS = ['says', 'said', 'according to', 'told', 'reported', 'reports', 'investigating', 'investigation', 'statement', 'spokesperson', 'researcher*',
  'selon', 'affirme', 'a declare', 'declare', 'indique', 'explique', 'precise', 'enquete', 'plainte', 'chercheur*', 'notre redaction', 'segun', 'afirma', 'dijo',
  'investigador*', 'segundo', 'diz', 'afirmou', 'pesquisador*', 'laut', 'sagte', 'teilte mit', 'ermittl*', 'по данным', 'сообщил*', 'заявил*', 'исследовател*',
  'the company', "l'entreprise", 'la empresa', 'a empresa', 'das unternehmen', 'police', 'polizei', 'полиция', 'privacy commissioner', 'cnil',
  'confirms', 'confirmed', 'confirme', 'a confirme', 'confirma', 'confirmou', 'confirmo', 'bestatigt', 'bestatigte', 'conferma', 'ha confermato', 'подтвердил*',
  'apura', 'investiga', 'indaga', 'ermittelt', 'enquete sur', 'расследует'];

/** Posts that ask, discuss or set rules: no offer, whatever vocabulary they use. */
export const NOT_AN_OFFER_WORDS = ['wtb', 'want to buy', 'looking for', 'je cherche', 'cherche', 'busco', 'buscando', 'procuro', 'procurando', 'suche', 'ищу', 'куплю',
  'paying well for', 'rules', 'read before', 'regles', 'reglas', 'regras', 'regeln', 'правила', 'anyone have', 'anyone got', "quelqu'un a", 'qqn a', 'alguien tiene', 'alguem tem', 'есть у кого', 'у кого есть', 'hat jemand', 'hat wer', 'hat einer', 'wer hat die', 'wer hat den', 'wer hat das', 'who has the', 'quien tiene la', 'quien tiene el', 'quem tem a', 'quem tem o', 'qualcuno ha', 'qualcuno ce l ha', 'book a demo', 'for demo', 'free demo', 'demo gratuite', 'demo gratis',
  'how do you', 'comment', 'need a dev', 'looking to hire', 'hiring', 'набираем', 'recrute', 'my budget', 'mon budget', 'mi presupuesto', 'meu orcamento', 'mein budget', 'il mio budget',
  'anyone selling', 'who sells', 'who is selling', 'paying good', 'quien vende', 'alguien vende', 'alguem vende', 'quem vende', 'chi vende', 'wer verkauft', 'кто продает', 'qui vend',
  'cash out', 'cashout', 'comision', 'commission', 'netflix', 'spotify', 'disney', 'hbo', 'iptv', 'premium accounts', 'cuentas premium',
  'abonnement', 'subscription', 'suscripcion', 'assinatura', 'panel included', 'builder', 'crypter', 'fud', 'price list', 'pricelist', 'liste de prix',
  'lista de precios', 'прайс*', 'recruiting', 'affiliate program', 'affiliates wanted', 'партнерк*', 'concours', 'giveaway', 'розыгрыш', 'sorteio', 'sorteo', 'guide', 'tutorial', 'tuto', 'curso de', 'cours de', 'course on', 'course for', 'full course', 'curso completo', 'formation', 'method', 'methode', 'metodo',
  'question', 'pergunta', 'pregunta', 'frage', 'domanda', 'вопрос', 'je paie', 'i pay', 'pago bien', 'pago bem', 'zahle gut', 'плачу', 'scam report',
  'ripper', 'avoid him', 'a cuanto', 'how much', 'combien', 'quanto custa', 'quanto costa', 'сколько стоит', 'софт для', 'checker', 'чекер*', 'software for',
  'vacuum sealed', 'stealth packaging', 'discreet packaging', 'shipping worldwide', 'worldwide shipping', 'envio discreto', 'embalaje discreto', 'livraison discrete',
  'no refunds', 'attention arnaque', 'attenzione truffa', 'cuidado estafa', 'alerta golpe', 'ne payez pas', 'nao comprem', 'non comprate', 'no compren', 'nicht kaufen', 'не покупайте', 'do not buy', "don't buy", 'dont buy',
  // Reconnaissance: targets listed, nothing taken yet.
  'da testare', 'a tester', 'zum testen', 'para testar', 'para probar', 'nessun accesso', 'no access yet', 'pas encore d acces', 'noch kein zugang', 'sem acesso ainda', 'sin acceso aun', 'нет доступа', 'subdomain list', 'liste des sous domaines', 'subdomain liste', 'target list', 'liste de cibles', 'lista de alvos', 'lista de objetivos', 'recon',
  'painel de consulta', 'painel consulta', 'paineis de consulta', 'panel de consulta', 'ricerca persone', 'service de recherche', 'lookup bot', 'lookup service', 'per lookup', 'пробив', 'spam sms', 'sms spam', 'sms en masse', 'bulk sms', 'sms blast', 'envio masivo', 'disparo de sms',
  'wir kaufen', 'we buy', 'nous achetons', 'compramos', 'compriamo', 'покупаем', 'скупаем', 'арбитраж', 'прошу вмешаться', 'scam alert', 'scam warning', 'scammer', 'is a scam', 'es estafa', 'es una estafa', 'estafador', 'e golpe', 'golpista', 'est une arnaque', 'c est une arnaque', 'ist betrug', 'betruger', 'e una truffa', 'truffatore', 'кидала', 'кидок', 'это скам', 'dont deal with', "don't deal with", 'mods please ban', 'ne traitez pas avec', 'arnaqueur', 'nessun database', 'no database', 'no data included', 'sans base', 'sin base', 'sem base', 'keine datenbank', 'без баз*', 'канал переехал', 'channel moved', 'we moved', 'new channel', 'nouveau canal', 'backup channel', 'canal de secours', 'подписывайтесь', 'subscribe to our',
  // Services for hire: "pentest / red team services … DM for rates". (Lookup subscriptions are not here: one set
  // labels a CPF lookup panel at "plano mensal R$ 100" a sale of its data, another a service.)
  'pentest services', 'pentesting services', 'red team services', 'security services', 'dm for rates', 'for rates', 'my rates', 'mes tarifs', 'mis tarifas', 'meus precos', 'le mie tariffe', 'meine preise',
  // A service sold that says it sells no data: "No data for sale here, just service", "Non vendo DB", "No vendemos bases".
  'no data for sale', 'no data sold', 'not selling data', 'not selling any data', 'no db for sale', 'no dbs for sale', 'no database for sale', 'no databases for sale', 'just service', 'just a service', 'service only', 'no leaks here',
  'pas de base en vente', 'pas de bases en vente', 'aucune base en vente', 'je ne vends pas de base*', 'on ne vend pas de base*', 'juste du lookup', 'juste un service', 'uniquement du service',
  'no vendemos base*', 'no vendo base*', 'no vendo db', 'no vendemos db', 'no se venden bases', 'solo servicio', 'solo el servicio',
  'nao vendemos base*', 'nao vendo base*', 'nao vendo db', 'apenas servico', 'so servico', 'somente servico',
  'kein leak', 'keine daten zu verkaufen', 'verkaufe keine daten', 'verkaufe keine db', 'verkaufen keine daten', 'nur service', 'nur dienstleistung',
  'non vendo db', 'non vendo database', 'non vendiamo db', 'non vendiamo database', 'nessun db in vendita', 'solo servizio',
  'базы не продаю', 'базы не продаем', 'не продаю базы', 'не продаем базы', 'только услуга', 'только сервис',
  // Tools to steal with, not stolen data.
  'phishing kits', 'phishing pages', 'scampages', 'scam pages', 'fake pages', 'kits de phishing', 'kits di phishing', 'phishing-kits', 'фишинг-кит*'];

/**
 * Nouns that make a posting about data: without one of these (or a data type or a count), an
 * offer is of something else — replicas, IPTV, hosting, a course.
 */
/** Incidents, for a news source: business news without one is `other`, not `news`. */
export const INCIDENT_WORDS = ['hack*', 'breach*', 'leak*', 'cyber*', 'ransom*', 'attack*', 'attaqu*', 'attacco', 'angriff*', 'stolen', 'theft', 'vol de', 'piratage',
  'pirat*', 'fuite*', 'violation*', 'intrusion*', 'incident*', 'expos*', 'compromis*', 'unauthori*', 'non autoris*', 'acceso no autorizado', 'donnees', 'data', 'dados',
  'datos', 'daten', 'dati', 'данны*', 'утечк*', 'взлом*', 'хакер*', 'слив*', 'vazamento', 'vazou', 'vazad*', 'filtracion', 'filtrad*', 'gehackt', 'phishing', 'fraud*',
  'misappropriat*', 'sold', 'selling', 'mis en vente', 'mise en vente', 'mises en vente', 'en vente', 'a la venta', 'a venda', 'in vendita', 'zum verkauf', 'vendus', 'vendidos', 'vendidas', 'venduti', 'verkauft', 'sale',
  'rancongiciel*', 'datenabfluss', 'datenleck*', 'datenpanne', 'fuga de datos', 'fuga di dati', 'fuga de dados', 'access*', 'acces', 'acceso', 'zugriff*', 'esposti', 'extortion', 'extorsion', 'encrypt*',
  'chiffr*', 'cifrad*', 'malware', 'outage', 'panne', 'investigat*', 'enquete', 'police', 'cnil', 'privacy', 'acced*', 'accessed', 'vulnerab*', 'falla',
  'faille*', 'flaw*', 'patch*', 'gestohlen*', 'stole*', 'volee*', 'robad*', 'roubad*', 'sottratt*', 'украден*', 'похищен*', 'violazion*', 'rivendicazion*',
  'reivindica*', 'revendica*', 'claim*', 'lockbit', 'password*', 'passwort*', 'contrasena*', 'senha*', 'credential*', 'identifiants', 'logins', 'nessuna violazione', 'smishing', 'truffa', 'estafa', 'golpe', 'arnaque', 'betrug', 'мошенн*', 'scam*',
  'sicherheitsluck*', 'security', 'securite', 'seguridad', 'sicurezza', 'sicherheit', 'seguranca', 'безопасност*', 'уязвим*', 'атак*', 'инцидент*', 'ransomware', 'ciberataque',
  'ciberataqu*', 'ataque*', 'attentat*', 'dark web', 'darknet', 'telegram', 'forum',
  // Extortion, attackers and outages as each language reports them: "bestätigt Erpressungsversuch", "жертвой шифровальщика".
  'erpress*', 'angreifer*', 'estors*', 'extors*', 'вымогат*', 'шифровальщик*', 'кибер*', 'сбой', 'сбоя', 'сбое', 'сбои', 'vazament*', 'credenciales', 'credenciais', 'robo de', 'roubo de', 'furto di', 'diebstahl',
  // An incident by its name in each language.
  'vorfall', 'sicherheitsvorfall', 'incidente*', 'утеч*',
  // Who did it and what was done, as reports put it: "ciblé", "verschlüsselt", "злоумышленники", "la fuga di X".
  'cible', 'ciblee', 'ciblees', 'targeted', 'verschlussel*', 'злоумышленник*', 'fuga', 'donnee', 'donnee personnelle',
  'abfluss', 'comprometid*', 'indevid*', 'vulnerad*', 'compromess*', 'компрометац*', 'ausfall', 'it-ausfall'];

export const DATA_NOUNS = ['db', 'dbs', 'database*', 'databases', 'base', 'bases', 'basededatos', 'base de datos', 'base de dados', 'datenbank*', 'databank',
  'база', 'базу', 'базы', 'баз', 'dump*', 'records', 'record', 'rows', 'row', 'lines', 'lignes', 'lineas', 'linhas', 'zeilen', 'rijen', 'строк*', 'записей',
  'customers', 'clients', 'clientes', 'kunden', 'klanten', 'клиент*', 'accounts', 'comptes', 'cuentas', 'contas', 'аккаунт*', 'users', 'utilisateurs',
  'usuarios', 'members', 'membres', 'miembros', 'leads', 'fullz', 'combo*', 'logs', 'file', 'files', 'fichier*', 'archivo*', 'arquivo*', 'datei*', 'export*',
  'logins', 'логи', 'логов', 'data', 'donnees', 'datos', 'dados', 'daten', 'gegevens', 'данные', 'данных', 'documents', 'docs', 'csv', 'xlsx', 'sql',
  'patients', 'patienten', 'пациент*', 'employees', 'employes', 'empleados', 'funcionarios', 'mitarbeiter', 'сотрудник*',
  'subscribers', 'abonnes', 'profiles', 'dossiers', 'extrait', 'sample', 'echantillon', 'source code', 'code source',
  'catia', 'drawings', 'dessins', 'planos', 'zeichnungen', 'konstruktionsdaten', 'disegni', 'desenhos', 'чертеж*', 'contracts', 'contrats', 'contratos', 'contratti',
  'vertrage', 'specifications', 'credentials', 'credenziali', 'credenciales', 'credenciais', 'identifiants', 'zugangsdaten', 'учетки', 'account', 'conto', 'conti',
  'correspondence', 'corrispondenza', 'correspondance', 'correspondencia', 'correspondencia', 'korrespondenz', 'переписка', 'переписку', 'переписки', 'досье', 'абоненты', 'абонентов', 'abonenty',
  'billing', 'crm', 'repository', 'repo', 'git', 'mirror', 'akten', 'schadensakten', 'fascicoli', 'expedientes', 'processos', 'rezeptdaten', 'ricette',
  // Business records a company keeps: sold or dumped, they are its data as much as a customer table.
  'bd', 'bdd', 'бд', 'spreadsheets', 'spreadsheet', 'planilhas', 'planilha', 'hojas de calculo', 'tableurs', 'tabelle', 'таблицы', 'таблиц', 'reports', 'relatorios', 'rapports', 'informes', 'berichte', 'отчеты', 'отчетов',
  'invoices', 'factures', 'facturas', 'faturas', 'fatture', 'rechnungen',
  'payroll', 'fiches de paie', 'nominas', 'folha de pagamento', 'buste paga', 'gehaltsabrechnung*', 'ведомост*', 'зарплатн*', 'kundendaten', 'kundenvertrage', 'konstruktionszeichnungen', 'datensatze',
  'beneficiarios', 'delibere', 'verbali', 'board minutes', 'proces verbaux', 'actas', 'atas', 'protokolle', 'протоколы', 'manuales internos', 'manuais internos', 'manuali interni', 'internal manuals',
  'organigrama', 'organigramme', 'organigramm', 'organigramma', 'manifests', 'manifestes', 'manifiestos', 'manifestos', 'манифесты', 'file contabili', 'contabilita', 'comptabilite', 'contabilidad', 'contabilidade', 'buchhaltung', 'бухгалтерия',
  'codigo fuente', 'codigo fonte', 'quellcode', 'codice sorgente', 'исходный код', 'исходники', 'transactions', 'transacciones', 'transacoes', 'transazioni', 'transaktionen', 'транзакции',
  'assicurati', 'assures', 'versicherte', 'policyholders',
  // Documents and letters by the word each language uses: "1.250 documenti", "patient letters", "Projetos e orçamentos".
  'documenti', 'documentos', 'dokumente', 'документы', 'документов', 'scans', 'scansioni', 'escaneos', 'digitalizacoes', 'letters', 'lettres', 'cartas', 'lettere', 'briefe', 'письма',
  'notas fiscais', 'nfe', 'sorgenti', 'codici sorgente', 'reportes', 'pacchetto', 'bundle', 'fuentes del', 'quelltexte',
  'projetos', 'proyectos', 'projets', 'progetti', 'projekte', 'проекты', 'orcamentos', 'presupuestos', 'devis', 'preventivi', 'angebote', 'сметы',
  // Registers of people and their sign-ups, and a company's configurations, by the word each language uses.
  'anagrafica', 'anagrafiche', 'inscriptions', 'inscripciones', 'inscricoes', 'iscrizioni', 'iscritti', 'anmeldungen', 'registrations', 'регистрации', 'cadastro*', 'padron', 'fichiers clients',
  'доки', 'конфиги', 'configs', 'конфигурации', 'registros', 'registres', 'registri', 'register', 'реестр*',
  // Italian data, and Russian written in Latin letters ("klienty", "baza").
  'dati', 'klienty', 'klientov', 'baza', 'bazu', 'dannye',
  // People a database lists, in the languages the list above lacked them in.
  'clienti', 'utenti', 'pazienti', 'dipendenti', 'abbonati', 'correntisti', 'assistiti', 'pacientes', 'socios', 'colaboradores', 'nutzer', 'mitglieder', 'adherents', 'пользовател*'];
